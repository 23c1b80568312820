import type {LanguageLexicon} from './categories.js'

/** Croatian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['povezane vijesti', 'povezani članci', 'povezano', 'slične vijesti', 'možda vas zanima', 'još vijesti'],
  popular: ['najčitanije', 'najčitanije vijesti', 'najpopularnije', 'najgledanije', 'najkomentiranije'],
  recent: ['najnovije', 'najnovije vijesti', 'zadnje vijesti', 'najnoviji članci'],
  newsletter: ['prijavite se na newsletter', 'pretplatite se na newsletter', 'newsletter', 'pretplatite se', 'unesite svoju e-mail adresu', 'vaša e-mail adresa'],
  share: ['podijeli', 'podijelite', 'podijeli članak', 'podijeli na facebooku', 'podijeli na twitteru', 'pošalji e-mailom', 'kopiraj poveznicu'],
  postedIn: ['objavljeno u', 'kategorija', 'kategorije', 'oznake', 'tagovi'],
  readMore: ['pročitajte još', 'pročitaj više', 'pročitajte više', 'saznajte više', 'pročitajte i', 'nastavi čitati'],
  comments: ['komentari', 'komentiraj', 'ostavite komentar', 'dodaj komentar', '{n} komentara', 'nema komentara'],
  commentsOn: ['{n} komentara na', '{n} odgovora na'],
  authorBox: ['o autoru', 'o autorici'],
  cookie: ['ova stranica koristi kolačiće', 'ova web stranica koristi kolačiće', 'koristimo kolačiće', 'postavke kolačića', 'politika kolačića', 'prihvati sve', 'odbij sve', 'pravila privatnosti', 'uvjeti korištenja'],
  copyright: ['sva prava pridržana'],
  advertisement: ['oglas', 'reklama', 'sponzorirano', 'sponzorirani sadržaj', 'plaćeni oglas'],
  breadcrumbHome: ['naslovnica', 'početna', 'početna stranica', 'home'],
  authorLabel: ['autor', 'autorica', 'piše', 'napisao', 'napisala'],
  sourceLabel: ['izvor', 'izvorno objavljeno na'],
  photoCredit: ['foto', 'fotografija', 'ilustracija', 'snimio', 'snimila'],
  readingTime: ['vrijeme čitanja', '{n} min čitanja', '{n} minuta čitanja'],
  login: ['prijavi se', 'prijavite se', 'registracija', 'registriraj se', 'moj račun', 'odjava'],
} satisfies LanguageLexicon

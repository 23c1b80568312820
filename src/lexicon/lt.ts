import type {LanguageLexicon} from './categories.js'

/** Lithuanian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['susiję straipsniai', 'susijusios naujienos', 'jus taip pat gali sudominti', 'daugiau naujienų', 'kiti straipsniai'],
  popular: ['skaitomiausi', 'skaitomiausios naujienos', 'populiariausi', 'komentuojamiausi'],
  recent: ['naujausi', 'naujausios naujienos', 'naujausi straipsniai', 'paskutinės naujienos'],
  newsletter: ['prenumeruokite naujienlaiškį', 'naujienlaiškis', 'užsiprenumeruokite', 'jūsų el. paštas', 'įveskite el. pašto adresą'],
  share: ['dalintis', 'pasidalinkite', 'dalintis facebook', 'kopijuoti nuorodą', 'siųsti el. paštu'],
  postedIn: ['paskelbta kategorijoje', 'kategorija', 'žymės'],
  readMore: ['skaityti daugiau', 'skaitykite daugiau', 'taip pat skaitykite', 'skaityti toliau'],
  comments: ['komentarai', 'komentuoti', 'parašykite komentarą', '{n} komentarai', '{n} komentarų', 'komentarų nėra'],
  commentsOn: [],
  authorBox: ['apie autorių'],
  cookie: ['ši svetainė naudoja slapukus', 'naudojame slapukus', 'slapukų nustatymai', 'slapukų politika', 'priimti visus', 'atmesti visus', 'privatumo politika', 'naudojimosi taisyklės'],
  copyright: ['visos teisės saugomos'],
  advertisement: ['reklama', 'remiama', 'užsakomasis turinys', 'partnerio turinys'],
  breadcrumbHome: ['pradžia', 'pagrindinis', 'home'],
  authorLabel: ['autorius', 'autorė', 'parašė'],
  sourceLabel: ['šaltinis'],
  photoCredit: ['nuotrauka', 'nuotr', 'foto', 'iliustracija'],
  readingTime: ['skaitymo laikas', '{n} min skaitymo'],
  login: ['prisijungti', 'prisijungimas', 'registruotis', 'mano paskyra', 'atsijungti'],
} satisfies LanguageLexicon

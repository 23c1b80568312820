import type {LanguageLexicon} from './categories.js'

/** Slovenian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['sorodne novice', 'sorodni članki', 'povezane novice', 'morda vas zanima', 'več novic'],
  popular: ['najbolj brano', 'najbolj brane', 'najbolj priljubljeno', 'najbolj komentirano'],
  recent: ['najnovejše', 'najnovejše novice', 'zadnje novice'],
  newsletter: ['prijavite se na e-novice', 'naročite se na novice', 'e-novice', 'novičnik', 'vaš e-naslov', 'vpišite svoj e-naslov'],
  share: ['delite', 'deli članek', 'deli na facebooku', 'kopiraj povezavo'],
  postedIn: ['objavljeno v', 'kategorija', 'oznake'],
  readMore: ['preberite tudi', 'preberi več', 'preberite več', 'nadaljuj z branjem'],
  comments: ['komentarji', 'komentiraj', 'oddaj komentar', 'dodaj komentar', '{n} komentarjev', 'ni komentarjev'],
  commentsOn: [],
  authorBox: ['o avtorju', 'o avtorici'],
  cookie: ['ta spletna stran uporablja piškotke', 'uporabljamo piškotke', 'nastavitve piškotkov', 'piškotki', 'sprejmi vse', 'zavrni vse', 'politika zasebnosti', 'pogoji uporabe'],
  copyright: ['vse pravice pridržane'],
  advertisement: ['oglas', 'oglasno sporočilo', 'sponzorirano', 'plačana vsebina'],
  breadcrumbHome: ['domov', 'naslovnica', 'začetna stran', 'home'],
  authorLabel: ['avtor', 'avtorica', 'piše', 'napisal', 'napisala', 'objavil', 'objavila'],
  sourceLabel: ['izvirno objavljeno na'],
  photoCredit: ['foto', 'fotografija', 'ilustracija'],
  readingTime: ['čas branja', '{n} min branja'],
  login: ['prijavi se', 'registracija', 'moj račun', 'odjava', 'ustvari račun'],
} satisfies LanguageLexicon

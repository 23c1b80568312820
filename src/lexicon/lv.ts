import type {LanguageLexicon} from './categories.js'

/** Latvian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['saistītie raksti', 'saistītās ziņas', 'līdzīgi raksti', 'jums varētu interesēt', 'vairāk ziņu', 'citi raksti'],
  popular: ['lasītākie', 'populārākie', 'visvairāk lasītie', 'komentētākie'],
  recent: ['jaunākie', 'jaunākās ziņas', 'jaunākie raksti', 'pēdējās ziņas'],
  newsletter: ['pieraksties jaunumiem', 'abonē jaunumus', 'jaunumu vēstule', 'jūsu e-pasts', 'ievadiet savu e-pasta adresi'],
  share: ['dalīties', 'dalies', 'dalīties facebook', 'kopēt saiti', 'sūtīt e-pastā'],
  postedIn: ['publicēts kategorijā', 'kategorija', 'birkas'],
  readMore: ['lasīt vairāk', 'lasiet arī', 'lasi arī', 'turpināt lasīt'],
  comments: ['komentāri', 'komentēt', 'pievienot komentāru', '{n} komentāri', 'nav komentāru'],
  commentsOn: [],
  authorBox: ['par autoru'],
  cookie: ['šī vietne izmanto sīkdatnes', 'mēs izmantojam sīkdatnes', 'sīkdatņu iestatījumi', 'sīkdatņu politika', 'pieņemt visas', 'noraidīt visas', 'privātuma politika', 'lietošanas noteikumi'],
  copyright: ['visas tiesības aizsargātas'],
  advertisement: ['reklāma', 'sponsorēts', 'apmaksāta publikācija', 'sadarbības materiāls'],
  breadcrumbHome: ['sākums', 'sākumlapa', 'galvenā lapa', 'home'],
  authorLabel: ['autors', 'autore', 'raksta autors'],
  sourceLabel: ['avots'],
  photoCredit: ['foto', 'attēls', 'ilustrācija'],
  readingTime: ['lasīšanas laiks', '{n} min lasīšanai'],
  login: ['pieslēgties', 'reģistrēties', 'mans profils'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Catalan. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['notícies relacionades', 'articles relacionats', 'continguts relacionats', 'també et pot interessar', 'et pot interessar', 'més notícies'],
  popular: ['el més llegit', 'més llegides', 'més llegits', 'les més llegides', 'el més vist', 'més populars'],
  recent: ['últimes notícies', 'darreres notícies', 'el més recent', 'darrers articles'],
  newsletter: ['subscriu-te al butlletí', 'subscriu-te al nostre butlletí', 'butlletí', 'rep el butlletí', 'el teu correu electrònic', 'introdueix el teu correu electrònic', 'subscriu-te'],
  share: ['comparteix', 'comparteix aquest article', 'comparteix a facebook', 'comparteix a twitter', 'comparteix per whatsapp', 'envia per correu', "copia l'enllaç"],
  postedIn: ['publicat a', 'categoria', 'categories', 'etiquetes', 'arxivat a'],
  readMore: ['llegeix més', 'llegiu més', 'llegeix també', 'continua llegint', 'vegeu també'],
  comments: ['comentaris', 'deixa un comentari', 'afegeix un comentari', 'escriu un comentari', '{n} comentaris', 'sense comentaris'],
  commentsOn: ['{n} comentaris a', '{n} respostes a'],
  authorBox: ["sobre l'autor", "sobre l'autora", "quant a l'autor"],
  cookie: ['aquest lloc web utilitza galetes', 'aquest web utilitza galetes', 'utilitzem galetes', 'política de galetes', 'configuració de galetes', 'accepta-les totes', 'acceptar totes', 'rebutjar totes', 'política de privacitat', 'avís legal'],
  copyright: ['tots els drets reservats'],
  advertisement: ['publicitat', 'patrocinat', 'contingut patrocinat'],
  breadcrumbHome: ['inici', 'portada', 'pàgina principal', 'home'],
  authorLabel: ['autor', 'autora', 'escrit per'],
  sourceLabel: ['publicat originalment a', 'font original'],
  photoCredit: ['foto', 'fotografia', 'imatge', 'il·lustració'],
  readingTime: ['temps de lectura', '{n} min de lectura', '{n} minuts de lectura'],
  login: ['inicia la sessió', 'inicia sessió', 'el meu compte', 'tanca la sessió', 'crea un compte', "registra't"],
} satisfies LanguageLexicon

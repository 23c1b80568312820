import type {LanguageLexicon} from './categories.js'

/** Hausa (Boko, with or without its hooked letters ɓ ɗ ƙ). Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['labarai masu alaka', 'labarai masu alaƙa', 'karin labarai', 'ƙarin labarai', 'wasu labarai'],
  popular: ['wadanda aka fi karantawa', 'waɗanda aka fi karantawa', 'mafi karantawa', 'da aka fi karantawa'],
  recent: ['sabbin labarai', 'labarai na baya-bayan nan'],
  newsletter: ['adireshin imel', 'yi rajista don samun labarai'],
  share: ['raba wannan labari', 'raba wannan labarin', 'raba'],
  postedIn: ['batutuwa', 'rukuni'],
  readMore: ['karanta kuma', 'karanta karin', 'ƙara karantawa', 'kara karantawa', 'ci gaba da karantawa'],
  comments: ['sharhi', '{n} sharhi', 'bar sharhi', 'ra’ayoyi'],
  commentsOn: [],
  authorBox: ['game da marubuci'],
  cookie: ['muna amfani da kukis', 'manufar sirri'],
  copyright: ['dukkan hakkoki na kiyaye', 'dukkan haƙƙoƙi', 'duk hakkoki'],
  // Not 'talla' alone: Spanish and Catalan's size and carving ('Talla en madera'), which an ad word of four words or fewer would cut.
  advertisement: ['tallace-tallace'],
  breadcrumbHome: ['gida', 'shafin farko'],
  authorLabel: ['daga', 'marubuci', 'wanda ya rubuta'],
  sourceLabel: ['majiya'],
  photoCredit: ['hoto', 'hotuna'],
  readingTime: ['minti {n} na karantawa'],
  login: ['shiga asusu'],
} satisfies LanguageLexicon

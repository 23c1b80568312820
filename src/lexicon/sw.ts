import type {LanguageLexicon} from './categories.js'

/** Swahili. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['habari zinazohusiana', 'habari zinazofanana', 'makala zinazohusiana', 'unaweza pia kupenda', 'habari zaidi'],
  popular: ['zilizosomwa zaidi', 'zinazosomwa zaidi', 'habari maarufu', 'maarufu'],
  recent: ['habari mpya', 'habari za hivi punde', 'za hivi karibuni'],
  newsletter: ['jiunge na jarida letu', 'jiandikishe', 'barua pepe yako', 'weka barua pepe yako'],
  share: ['shiriki', 'shiriki makala hii', 'shiriki kwenye facebook', 'nakili kiungo', 'tuma kwa barua pepe'],
  postedIn: ['imewekwa katika', 'kategoria', 'vitambulisho'],
  readMore: ['soma zaidi', 'soma pia', 'endelea kusoma', 'tazama pia'],
  comments: ['toa maoni', 'andika maoni', 'acha maoni', '{n} maoni', 'hakuna maoni'],
  commentsOn: [],
  authorBox: ['kuhusu mwandishi'],
  cookie: ['tovuti hii inatumia vidakuzi', 'tunatumia vidakuzi', 'sera ya vidakuzi', 'kubali vyote', 'sera ya faragha', 'masharti ya matumizi'],
  copyright: ['haki zote zimehifadhiwa'],
  advertisement: ['tangazo', 'imedhaminiwa'],
  breadcrumbHome: ['nyumbani', 'mwanzo', 'ukurasa wa mwanzo', 'home'],
  authorLabel: ['mwandishi', 'imeandikwa na'],
  sourceLabel: ['chanzo'],
  photoCredit: ['picha', 'picha na'],
  readingTime: ['muda wa kusoma', 'dakika {n} za kusoma'],
  login: ['jisajili', 'akaunti yangu'],
} satisfies LanguageLexicon

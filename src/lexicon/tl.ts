import type {LanguageLexicon} from './categories.js'

/** Tagalog (Filipino). Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['kaugnay na balita', 'mga kaugnay na balita', 'mga kaugnay na artikulo', 'iba pang balita'],
  popular: ['pinakabinasa', 'pinakasikat', 'pinakapopular'],
  recent: ['pinakabagong balita', 'pinakabago'],
  newsletter: ['mag-subscribe sa aming newsletter', 'ilagay ang iyong email'],
  share: ['ibahagi', 'i-share', 'kopyahin ang link'],
  postedIn: ['mga tag', 'kategorya', 'mga paksa'],
  readMore: ['basahin din', 'basahin pa', 'magbasa pa', 'basahin ang buong artikulo'],
  comments: ['mga komento', 'mag-iwan ng komento', '{n} komento'],
  commentsOn: [],
  authorBox: ['tungkol sa may-akda'],
  cookie: ['gumagamit ang website na ito ng cookies', 'gumagamit kami ng cookies', 'patakaran sa privacy'],
  copyright: ['lahat ng karapatan ay nakalaan', 'nakalaan ang lahat ng karapatan'],
  advertisement: ['patalastas'],
  breadcrumbHome: ['tahanan', 'pangunahing pahina'],
  authorLabel: ['ni', 'isinulat ni', 'sinulat ni', 'may-akda'],
  sourceLabel: ['pinagmulan', 'pinagkunan'],
  photoCredit: ['larawan', 'kuha ni'],
  readingTime: ['{n} minutong pagbasa'],
  login: ['mag-log in', 'mag-login', 'mag-sign up'],
} satisfies LanguageLexicon

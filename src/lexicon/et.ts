import type {LanguageLexicon} from './categories.js'

/** Estonian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['seotud artiklid', 'seotud uudised', 'sarnased artiklid', 'sind võib huvitada', 'veel uudiseid'],
  popular: ['loetuimad', 'populaarsemad', 'enim loetud', 'enim kommenteeritud'],
  recent: ['viimased uudised', 'uusimad', 'värsked uudised', 'uudisvoog'],
  newsletter: ['telli uudiskiri', 'liitu uudiskirjaga', 'uudiskiri', 'sinu e-post', 'sisesta oma e-posti aadress'],
  share: ['jaga artiklit', 'jaga facebookis', 'kopeeri link', 'saada e-postiga'],
  postedIn: ['avaldatud rubriigis', 'rubriik', 'kategooria', 'sildid'],
  readMore: ['loe ka', 'loe edasi', 'loe lisaks', 'vaata ka', 'loe rohkem'],
  comments: ['kommentaarid', 'kommenteeri', 'lisa kommentaar', '{n} kommentaari', 'kommentaare pole'],
  commentsOn: [],
  authorBox: ['autorist'],
  cookie: ['see veebileht kasutab küpsiseid', 'kasutame küpsiseid', 'küpsiste seaded', 'küpsiste kasutamise tingimused', 'luba kõik', 'privaatsuspoliitika', 'kasutustingimused'],
  copyright: ['kõik õigused kaitstud'],
  advertisement: ['reklaam', 'sponsoreeritud', 'tasuline sisu', 'partnerlugu'],
  breadcrumbHome: ['avaleht', 'esileht', 'home'],
  authorLabel: ['autor', 'kirjutas'],
  sourceLabel: ['allikas', 'algselt avaldatud'],
  photoCredit: ['foto', 'illustratsioon'],
  readingTime: ['lugemisaeg', '{n} min lugemist'],
  login: ['logi sisse', 'registreeru', 'minu konto', 'logi välja'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Welsh. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['straeon cysylltiedig', 'erthyglau cysylltiedig', 'straeon eraill', 'mwy o straeon', 'mwy am y stori hon'],
  popular: ['mwyaf poblogaidd', 'y mwyaf poblogaidd', 'mwyaf darllen', 'y mwyaf darllenwyd'],
  recent: ['y diweddaraf', 'newyddion diweddaraf', 'straeon diweddaraf'],
  newsletter: ['cylchlythyr', 'ein cylchlythyr', 'cofrestrwch i dderbyn', 'tanysgrifiwch', 'eich cyfeiriad e-bost'],
  share: ['rhannu', 'rhannwch', "rhannu'r stori hon", "rhannu'r erthygl hon", 'copïo dolen'],
  postedIn: ['pynciau cysylltiedig', 'pynciau', 'tagiau', 'categorïau', 'categori'],
  readMore: ['darllenwch hefyd', 'darllen hefyd', 'darllen mwy', 'darllenwch fwy', 'gweler hefyd', 'parhau i ddarllen'],
  comments: ['sylwadau', '{n} sylw', '{n} sylwadau', 'gadael sylw', 'gadewch sylw', 'ychwanegu sylw'],
  commentsOn: [],
  authorBox: ['am yr awdur'],
  cookie: ["mae'r wefan hon yn defnyddio cwcis", 'rydym yn defnyddio cwcis', 'polisi cwcis', 'derbyn pob cwci', 'gosodiadau cwcis', 'polisi preifatrwydd'],
  copyright: ['cedwir pob hawl', "pob hawl wedi'i chadw"],
  advertisement: ['hysbyseb', 'hysbysebion', 'noddir gan'],
  breadcrumbHome: ['hafan', 'cartref'],
  authorLabel: ['gan', 'awdur', 'ysgrifennwyd gan'],
  sourceLabel: ['ffynhonnell'],
  photoCredit: ['llun', 'lluniau', 'llun gan'],
  readingTime: ["{n} munud i'w ddarllen", 'amser darllen'],
  login: ['mewngofnodi', 'fy nghyfrif', 'creu cyfrif'],
} satisfies LanguageLexicon

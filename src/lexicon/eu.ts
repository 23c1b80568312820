import type {LanguageLexicon} from './categories.js'

/** Basque. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['lotutako albisteak', 'erlazionatutako albisteak', 'gai bereko albisteak', 'albiste gehiago', 'lotutako edukiak'],
  popular: ['irakurrienak', 'gehien irakurritakoak', 'ikusienak', 'gehien ikusitakoak'],
  recent: ['azken albisteak', 'azken orduko albisteak'],
  newsletter: ['harpidetu gure buletinera', 'buletina', 'harpidetu', 'zure helbide elektronikoa'],
  share: ['partekatu', 'partekatu albiste hau', 'kopiatu esteka'],
  postedIn: ['gaiak', 'etiketak', 'kategoriak', 'kategoria'],
  readMore: ['irakurri ere', 'irakurri gehiago', 'gehiago irakurri', 'ikus ere', 'jarraitu irakurtzen'],
  comments: ['iruzkinak', '{n} iruzkin', 'utzi iruzkina', 'idatzi iruzkina'],
  commentsOn: [],
  authorBox: ['egileari buruz'],
  cookie: ['webgune honek cookieak erabiltzen ditu', 'cookieak erabiltzen ditugu', 'cookie politika', 'cookien politika', 'pribatutasun politika', 'onartu guztiak', 'lege oharra'],
  copyright: ['eskubide guztiak erreserbatuak', 'eskubide guztiak gordeta'],
  advertisement: ['publizitatea', 'iragarkia'],
  breadcrumbHome: ['azala', 'hasiera'],
  authorLabel: ['egilea', 'idazlea', 'testua'],
  sourceLabel: ['iturria'],
  photoCredit: ['argazkia', 'argazkiak'],
  readingTime: ['irakurtzeko {n} minutu', '{n} minutuko irakurketa'],
  login: ['saioa hasi', 'izena eman', 'nire kontua'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Afrikaans. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['verwante artikels', 'verwante berigte', 'verwant', 'jy sal dalk ook hou van', 'meer artikels', 'ander berigte', 'meer nuus', 'meer oor hierdie onderwerp'],
  popular: ['mees gelees', 'mees geleeste', 'gewild', 'gewilde berigte', 'mees gewild', 'gewildste'],
  recent: ['onlangse berigte', 'jongste nuus', 'jongste berigte', 'nuutste artikels', 'onlangs', 'nuut', 'nuutste'],
  newsletter: ['teken in vir ons nuusbrief', 'teken in op die nuusbrief', 'ontvang ons nuusbrief', 'nuusbrief', 'teken in', 'sleutel jou e-posadres in', 'jou e-posadres'],
  share: ['deel hierdie artikel', 'deel dit', 'deel op facebook', 'deel op twitter', 'deel op whatsapp', 'stuur per e-pos', 'kopieer skakel'],
  postedIn: ['geplaas in', 'gepubliseer in', 'kategorie', 'kategorieë', 'etikette', 'onderwerpe'],
  readMore: ['lees meer', 'lees ook', 'lees verder', 'sien ook', 'hou aan lees'],
  comments: ['kommentaar', 'lewer kommentaar', 'los kommentaar', "los 'n kommentaar", "lewer 'n kommentaar", '{n} kommentare', 'geen kommentaar nie', 'reaksies'],
  commentsOn: [],
  authorBox: ['oor die skrywer'],
  cookie: ['hierdie webwerf gebruik koekies', 'ons gebruik koekies', 'koekie-instellings', 'koekiebeleid', 'aanvaar alles', 'aanvaar koekies', 'privaatheidsbeleid', 'terme en voorwaardes'],
  copyright: ['alle regte voorbehou', 'kopiereg'],
  advertisement: ['advertensie', 'geborg', 'geborgde inhoud', 'promosie', 'betaalde inhoud'],
  breadcrumbHome: ['tuis', 'tuisblad', 'begin', 'voorblad', 'home'],
  authorLabel: ['deur', 'skrywer', 'outeur', 'geskryf deur'],
  sourceLabel: ['het eerste verskyn op', 'hierdie artikel het eerste verskyn in', 'oorspronklik gepubliseer op', 'bron'],
  photoCredit: ['foto', 'foto deur', 'foto verskaf', 'beeld', 'prent', 'illustrasie'],
  readingTime: ['leestyd', '{n} minute leestyd', 'leestyd: {n} min', '{n} min lees'],
  login: ['meld aan', 'teken aan', 'registreer', 'my rekening', 'meld af', 'skep rekening'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** German. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel', 'verwandte beiträge', 'mehr zum thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'weitere artikel', 'weitere beiträge', 'auch interessant', 'empfohlene artikel', 'andere beiträge', 'passend zum thema', 'verwandte themen', 'mehr themen', 'weitere themen', 'ähnliche themen', 'mehr zu diesem thema', 'weitere nachrichten', 'andere artikel'],
  popular: ['meistgelesen', 'meist gelesen', 'meistgelesene artikel', 'am meisten gelesen', 'beliebte beiträge', 'beliebte artikel', 'top-artikel', 'beliebt', 'meistgeklickt', 'die meistgelesenen artikel', 'meistgelesene beiträge', 'meist gesucht', 'meistgesucht'],
  recent: ['neueste beiträge', 'neueste artikel', 'aktuelle beiträge', 'neueste nachrichten', 'neu', 'aktuelles', 'zuletzt erschienen', 'neu erschienen'],
  newsletter: ['newsletter abonnieren', 'melden sie sich für unseren newsletter an', 'zum newsletter anmelden', 'newsletter bestellen', 'jetzt anmelden', 'newsletter', 'abonnieren', 'jetzt abonnieren', 'e-mail-adresse eingeben', 'ihre e-mail-adresse', 'jetzt newsletter abonnieren', 'um neue beiträge per e-mail zu erhalten', 'gib deine e-mail-adresse an'],
  share: ['teilen', 'artikel teilen', 'beitrag teilen', 'teilen mit', 'auf facebook teilen', 'auf twitter teilen', 'auf whatsapp teilen', 'per e-mail teilen', 'per e-mail versenden', 'link kopieren', 'auf x teilen', 'teile diesen beitrag', 'teile diesen artikel', 'diesen beitrag teilen', 'diesen artikel teilen', 'folgen sie uns', 'folge uns', 'empfehlen', 'artikel empfehlen', 'seite empfehlen', 'weiterempfehlen', 'drucken', 'artikel drucken', 'seite drucken'],
  postedIn: ['veröffentlicht in', 'veröffentlicht unter', 'abgelegt unter', 'kategorie', 'kategorien', 'schlagwörter', 'schlagworte', 'tags', 'themen', 'rubrik', 'verschlagwortet mit', 'getaggt mit'],
  readMore: ['weiterlesen', 'weiter lesen', 'mehr lesen', 'lesen sie auch', 'lesen sie mehr', 'lesen sie dazu auch', 'auch lesen', 'siehe auch', 'zum artikel', 'mehr dazu', 'zum weiterlesen'],
  comments: ['kommentare', 'kommentar schreiben', 'hinterlasse einen kommentar', 'schreibe einen kommentar', 'kommentieren', 'antworten', '{n} kommentare', '{n} kommentar', 'keine kommentare', 'diskutieren sie mit', 'deine e-mail-adresse wird nicht veröffentlicht', 'ihre e-mail-adresse wird nicht veröffentlicht', 'erforderliche felder sind mit', 'benachrichtige mich über nachfolgende kommentare', 'antworten abbrechen', 'diese website verwendet akismet', 'diese seite verwendet akismet', 'meinen namen, meine e-mail-adresse', 'benachrichtigung bei weiteren kommentaren', 'benachrichtige mich über neue beiträge'],
  commentsOn: ['{n} gedanken zu', 'ein gedanke zu', '{n} antworten zu', '{n} antworten auf', 'eine antwort zu', 'eine antwort auf', '{n} kommentare zu', 'ein kommentar zu'],
  authorBox: ['über den autor', 'über die autorin', 'über die autoren', 'über den autor/die autorin', 'zum autor', 'zur autorin', 'über …'],
  cookie: ['diese website verwendet cookies', 'wir verwenden cookies', 'cookie-einstellungen', 'cookie-richtlinie', 'alle akzeptieren', 'cookies akzeptieren', 'alle ablehnen', 'nur notwendige cookies', 'datenschutzerklärung', 'datenschutz', 'datenschutzhinweise', 'impressum', 'nutzungsbedingungen'],
  copyright: ['alle rechte vorbehalten', 'urheberrecht'],
  advertisement: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'advertorial', 'bezahlter inhalt', 'werbemitteilung', 'dieser beitrag enthält affiliate-links', 'dieser artikel enthält affiliate-links', 'enthält affiliate-links'],
  breadcrumbHome: ['startseite', 'home', 'start', 'zurück zur übersicht', 'zur übersicht', 'zurück zur vorherigen seite', 'zurück'],
  authorLabel: ['von', 'autor', 'autorin', 'geschrieben von', 'verfasst von', 'ein beitrag von', 'text'],
  sourceLabel: ['erschien zuerst auf', 'zuerst erschienen auf', 'der beitrag erschien zuerst auf', 'dieser artikel erschien zuerst', 'ursprünglich veröffentlicht auf', 'ursprünglich erschienen auf', 'quelle'],
  photoCredit: ['foto', 'fotos', 'foto von', 'bild', 'bildquelle', 'bildnachweis', 'illustration', 'grafik', 'symbolbild'],
  readingTime: ['lesezeit', 'lesedauer', '{n} min lesezeit', '{n} minuten lesezeit', 'lesezeit: {n} minuten', 'lesedauer: {n} minuten'],
  login: ['anmelden', 'einloggen', 'login', 'registrieren', 'mein konto', 'abmelden', 'konto erstellen', 'dieser artikel ist nur für abonnenten', 'dieser artikel ist abonnenten vorbehalten', 'bereits abonnent', 'jetzt abo abschließen', 'weiterlesen mit abo'],
} satisfies LanguageLexicon

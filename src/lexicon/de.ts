import type {LanguageLexicon} from './categories.js'

/** German. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "auch interessant", "empfohlene artikel", "andere beiträge"],
  popular: ["meistgelesen", "meist gelesen", "beliebte beiträge", "am meisten gelesen", "top-artikel", "beliebt"],
  recent: ["neueste beiträge", "neueste artikel", "aktuelle beiträge", "neu", "aktuelles", "zuletzt erschienen"],
  newsletter: ["newsletter abonnieren", "melden sie sich für unseren newsletter an", "jetzt anmelden", "newsletter", "abonnieren", "e-mail-adresse eingeben", "jetzt abonnieren"],
  share: ["teilen", "artikel teilen", "teilen mit", "auf facebook teilen", "auf twitter teilen", "per e-mail teilen", "link kopieren", "beitrag teilen"],
  postedIn: ["veröffentlicht in", "kategorie", "kategorien", "schlagwörter", "tags", "themen", "abgelegt unter"],
  readMore: ["weiterlesen", "mehr lesen", "lesen sie auch", "lesen sie mehr", "siehe auch", "auch lesen", "zum artikel"],
  comments: ["kommentare", "kommentar schreiben", "hinterlasse einen kommentar", "schreibe einen kommentar", "{n} kommentare", "keine kommentare", "diskutieren sie mit"],
  cookie: ["diese website verwendet cookies", "wir verwenden cookies", "cookie-einstellungen", "cookie-richtlinie", "alle akzeptieren", "cookies akzeptieren", "datenschutzerklärung", "datenschutz", "impressum"],
  copyright: ["alle rechte vorbehalten", "urheberrecht"],
  advertisement: ["anzeige", "werbung", "gesponsert", "sponsored", "advertorial", "bezahlter inhalt"],
  breadcrumbHome: ["startseite", "home", "start"],
  authorLabel: ["von", "autor", "autorin", "geschrieben von", "text"],
  sourceLabel: ["erschien zuerst auf", "zuerst erschienen auf", "quelle", "ursprünglich veröffentlicht auf", "dieser artikel erschien zuerst"],
  photoCredit: ["foto", "bild", "fotos", "bildquelle", "illustration", "grafik"],
  readingTime: ["lesezeit", "{n} min lesezeit", "lesezeit: {n} minuten", "{n} minuten lesezeit"],
  login: ["anmelden", "einloggen", "registrieren", "mein konto", "abmelden", "konto erstellen"],
} satisfies LanguageLexicon

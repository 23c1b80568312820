import type {LanguageLexicon} from './categories.js'

/** Norwegian Bokmål. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["relaterte artikler", "relatert", "lignende artikler", "du vil kanskje også like", "flere artikler", "mer om temaet", "andre innlegg"],
  popular: ["mest lest", "mest populære", "populære innlegg", "populært", "mest sett", "trender"],
  recent: ["siste innlegg", "siste nytt", "nyeste artikler", "nytt", "ny", "nyeste"],
  newsletter: ["abonner på nyhetsbrevet", "meld deg på nyhetsbrevet", "nyhetsbrev", "abonner", "skriv inn e-postadressen din", "få vårt nyhetsbrev"],
  share: ["del", "del artikkelen", "del på facebook", "del på twitter", "del på linkedin", "kopier lenke"],
  postedIn: ["publisert i", "postet i", "kategori", "kategorier", "stikkord", "emner", "tagger"],
  readMore: ["les mer", "les også", "fortsett å lese", "se også", "les videre"],
  comments: ["kommentarer", "legg igjen en kommentar", "skriv en kommentar", "{n} kommentarer", "ingen kommentarer", "kommenter", "svar"],
  cookie: ["dette nettstedet bruker informasjonskapsler", "vi bruker informasjonskapsler", "vi bruker cookies", "innstillinger for informasjonskapsler", "godta alle", "personvernerklæring", "personvern"],
  copyright: ["alle rettigheter forbeholdt", "opphavsrett"],
  advertisement: ["annonse", "sponset", "sponset innhold", "reklame", "i samarbeid med"],
  breadcrumbHome: ["forside", "hjem", "start", "home"],
  authorLabel: ["av", "forfatter", "skrevet av", "tekst", "journalist"],
  sourceLabel: ["ble først publisert på", "først publisert på", "kilde", "artikkelen ble opprinnelig publisert på"],
  photoCredit: ["foto", "bilde", "fotograf", "illustrasjon"],
  readingTime: ["lesetid", "{n} min lesing", "lesetid {n} min", "{n} minutters lesing"],
  login: ["logg inn", "registrer deg", "min konto", "logg ut", "opprett konto"],
} satisfies LanguageLexicon

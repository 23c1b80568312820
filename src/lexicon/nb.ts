import type {LanguageLexicon} from './categories.js'

/** Norwegian Bokmål. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['relaterte artikler', 'relaterte innlegg', 'relatert', 'lignende artikler', 'du vil kanskje også like', 'flere artikler', 'mer om temaet', 'andre innlegg', 'anbefalte innlegg', 'anbefalt', 'andre nyheter', 'flere nyheter', 'mer fra'],
  popular: ['mest lest', 'mest leste', 'mest populære', 'populære innlegg', 'populært', 'mest sett', 'trender'],
  recent: ['siste innlegg', 'siste nytt', 'siste nyheter', 'nyeste artikler', 'nytt', 'ny', 'nyeste'],
  newsletter: ['abonner på nyhetsbrevet', 'meld deg på nyhetsbrevet', 'få vårt nyhetsbrev', 'nyhetsbrev', 'abonner', 'skriv inn e-postadressen din', 'din e-postadresse'],
  share: ['del', 'del artikkelen', 'del på facebook', 'del på twitter', 'del på linkedin', 'del på e-post', 'kopier lenke', 'kopier lenken', 'følg oss', 'følg oss på'],
  postedIn: ['publisert i', 'postet i', 'kategori', 'kategorier', 'stikkord', 'emner', 'tagger'],
  readMore: ['les mer', 'les også', 'les videre', 'fortsett å lese', 'se også'],
  comments: ['kommentarer', 'legg igjen en kommentar', 'skriv en kommentar', '{n} kommentarer', '{n} kommentar', 'ingen kommentarer', 'kommenter', 'svar'],
  commentsOn: ['{n} svar på', 'ett svar på', '{n} tanker om', 'en tanke om', '{n} kommentarer til'],
  authorBox: ['om forfatteren', 'om skribenten', 'om …'],
  cookie: ['dette nettstedet bruker informasjonskapsler', 'vi bruker informasjonskapsler', 'vi bruker cookies', 'innstillinger for informasjonskapsler', 'godta alle', 'avvis alle', 'personvernerklæring', 'personvern', 'bruksvilkår'],
  copyright: ['alle rettigheter forbeholdt', 'opphavsrett'],
  advertisement: ['artikkelen fortsetter etter annonsen', 'artikkelen fortsetter under annonsen', 'saken fortsetter under annonsen', 'annonse', 'sponset', 'sponset innhold', 'annonsørinnhold', 'reklame', 'betalt innhold'],
  breadcrumbHome: ['forside', 'hjem', 'start', 'home'],
  authorLabel: ['av', 'forfatter', 'skrevet av', 'tekst', 'journalist'],
  sourceLabel: ['ble først publisert på', 'først publisert på', 'artikkelen ble opprinnelig publisert på', 'kilde'],
  photoCredit: ['foto', 'bilde', 'fotograf', 'illustrasjon', 'arkivfoto'],
  readingTime: ['lesetid', '{n} min lesing', '{n} minutters lesing', 'lesetid {n} min'],
  login: ['logg inn', 'registrer deg', 'min konto', 'min side', 'logg ut', 'opprett konto'],
} satisfies LanguageLexicon

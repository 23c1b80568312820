import type {LanguageLexicon} from './categories.js'

/** Danish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['relaterede artikler', 'relaterede indlæg', 'relateret', 'lignende artikler', 'du vil måske også kunne lide', 'flere artikler', 'mere om emnet', 'andre indlæg', 'anbefalet', 'andre nyheder', 'flere nyheder', 'mere fra'],
  popular: ['mest læste', 'mest populære', 'populære indlæg', 'populært', 'mest sete', 'trending'],
  recent: ['seneste indlæg', 'seneste nyt', 'seneste artikler', 'seneste nyheder', 'nyt', 'ny', 'nyeste'],
  newsletter: ['tilmeld dig vores nyhedsbrev', 'tilmeld dig nyhedsbrevet', 'få vores nyhedsbrev', 'nyhedsbrev', 'tilmeld', 'abonner', 'indtast din e-mail', 'din e-mailadresse'],
  share: ['del', 'del artiklen', 'del siden', 'del på facebook', 'del på twitter', 'del på linkedin', 'del via e-mail', 'kopier link', 'følg os', 'følg os på'],
  postedIn: ['udgivet i', 'slået op i', 'arkiveret under', 'kategori', 'kategorier', 'tags', 'emner'],
  readMore: ['læs mere', 'læs også', 'læs videre', 'fortsæt læsning', 'se også', 'læs hele artiklen'],
  comments: ['kommentarer', 'skriv en kommentar', 'efterlad en kommentar', 'skriv kommentar', '{n} kommentarer', '{n} kommentar', 'ingen kommentarer', 'kommenter'],
  commentsOn: ['{n} svar på', 'et svar på', '{n} tanker om', 'en tanke om', '{n} kommentarer til'],
  authorBox: ['om forfatteren', 'om skribenten', 'om …'],
  cookie: ['denne hjemmeside bruger cookies', 'dette websted bruger cookies', 'vi bruger cookies', 'cookieindstillinger', 'cookie-indstillinger', 'cookiepolitik', 'accepter alle', 'tillad alle', 'afvis alle', 'accepter cookies', 'privatlivspolitik', 'persondatapolitik'],
  copyright: ['alle rettigheder forbeholdes', 'ophavsret'],
  advertisement: ['artiklen fortsætter efter annoncen', 'artiklen fortsætter under annoncen', 'annonce', 'sponsoreret', 'sponsoreret indhold', 'annoncørbetalt', 'annoncørbetalt indhold', 'reklame', 'betalt indhold'],
  breadcrumbHome: ['forside', 'hjem', 'start', 'home'],
  authorLabel: ['af', 'forfatter', 'skrevet af', 'skribent', 'tekst'],
  sourceLabel: ['blev først bragt på', 'først udgivet på', 'artiklen blev oprindeligt bragt på', 'kilde'],
  photoCredit: ['foto', 'billede', 'fotograf', 'illustration', 'billedkilde', 'arkivfoto'],
  readingTime: ['læsetid', '{n} min læsning', '{n} minutters læsning', 'læsetid {n} min'],
  login: ['log ind', 'log på', 'opret konto', 'opret bruger', 'min konto', 'log ud'],
} satisfies LanguageLexicon

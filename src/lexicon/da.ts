import type {LanguageLexicon} from './categories.js'

/** Danish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["relaterede artikler", "relateret", "lignende artikler", "du vil måske også kunne lide", "flere artikler", "mere om emnet", "andre indlæg"],
  popular: ["mest læste", "mest populære", "populære indlæg", "populært", "mest sete", "trending"],
  recent: ["seneste indlæg", "seneste nyt", "seneste artikler", "nyt", "ny", "nyeste"],
  newsletter: ["tilmeld dig vores nyhedsbrev", "tilmeld dig nyhedsbrevet", "nyhedsbrev", "tilmeld", "abonner", "indtast din e-mail", "få vores nyhedsbrev"],
  share: ["del", "del artiklen", "del siden", "del på facebook", "del på twitter", "del på linkedin", "kopier link"],
  postedIn: ["udgivet i", "slået op i", "kategori", "kategorier", "tags", "emner", "arkiveret under"],
  readMore: ["læs mere", "læs også", "fortsæt læsning", "se også", "læs videre"],
  comments: ["kommentarer", "skriv en kommentar", "efterlad en kommentar", "{n} kommentarer", "ingen kommentarer", "kommenter"],
  cookie: ["denne hjemmeside bruger cookies", "vi bruger cookies", "cookieindstillinger", "cookiepolitik", "accepter alle", "accepter cookies", "privatlivspolitik", "persondatapolitik"],
  copyright: ["alle rettigheder forbeholdes", "ophavsret"],
  advertisement: ["annonce", "sponsoreret", "sponsoreret indhold", "reklame", "i samarbejde med"],
  breadcrumbHome: ["forside", "hjem", "start", "home"],
  authorLabel: ["af", "forfatter", "skrevet af", "skribent", "tekst"],
  sourceLabel: ["blev først bragt på", "først udgivet på", "kilde", "artiklen blev oprindeligt bragt på"],
  photoCredit: ["foto", "billede", "fotograf", "illustration", "billedkilde"],
  readingTime: ["læsetid", "{n} min læsning", "læsetid {n} min", "{n} minutters læsning"],
  login: ["log ind", "opret konto", "min konto", "log ud", "tilmeld dig"],
} satisfies LanguageLexicon

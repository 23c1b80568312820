import type {LanguageLexicon} from './categories.js'

/** Swedish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["relaterade artiklar", "relaterat", "liknande artiklar", "läs också dessa", "du kanske också gillar", "fler artiklar", "mer om ämnet", "andra inlägg"],
  popular: ["mest populärt", "mest lästa", "mest läst", "populära inlägg", "populärt", "trendar"],
  recent: ["senaste inläggen", "senaste nytt", "senaste artiklarna", "nytt", "ny", "senaste"],
  newsletter: ["prenumerera på vårt nyhetsbrev", "anmäl dig till nyhetsbrevet", "nyhetsbrev", "prenumerera", "skriv din e-postadress", "få vårt nyhetsbrev"],
  share: ["dela", "dela artikeln", "dela på facebook", "dela på twitter", "dela på linkedin", "kopiera länk"],
  postedIn: ["publicerat i", "postat i", "kategori", "kategorier", "taggar", "ämnen", "arkiverat under"],
  readMore: ["läs mer", "läs också", "läs även", "fortsätt läsa", "se även", "läs vidare"],
  comments: ["kommentarer", "lämna en kommentar", "skriv en kommentar", "{n} kommentarer", "inga kommentarer", "kommentera"],
  cookie: ["denna webbplats använder cookies", "vi använder cookies", "cookie-inställningar", "cookiepolicy", "acceptera alla", "godkänn cookies", "integritetspolicy", "personuppgiftspolicy"],
  copyright: ["alla rättigheter förbehållna", "upphovsrätt"],
  advertisement: ["annons", "sponsrat", "sponsrat innehåll", "reklam", "i samarbete med"],
  breadcrumbHome: ["start", "hem", "startsida", "home"],
  authorLabel: ["av", "skribent", "författare", "skriven av", "text"],
  sourceLabel: ["publicerades först på", "först publicerad på", "källa", "artikeln publicerades ursprungligen på"],
  photoCredit: ["foto", "bild", "fotograf", "illustration", "bildkälla"],
  readingTime: ["lästid", "{n} min läsning", "lästid {n} min", "{n} minuters läsning"],
  login: ["logga in", "registrera", "mitt konto", "logga ut", "skapa konto"],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Swedish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['relaterade artiklar', 'relaterade inlägg', 'relaterat', 'liknande artiklar', 'du kanske också gillar', 'fler artiklar', 'mer om ämnet', 'andra inlägg', 'rekommenderat', 'andra läser', 'andra nyheter', 'fler nyheter', 'mer från'],
  popular: ['mest populärt', 'mest lästa', 'mest läst', 'populära inlägg', 'populärt', 'mest delade', 'trendar'],
  recent: ['senaste inläggen', 'senaste nytt', 'senaste artiklarna', 'senaste nyheterna', 'nytt', 'ny', 'senaste'],
  newsletter: ['prenumerera på vårt nyhetsbrev', 'prenumerera på nyhetsbrevet', 'anmäl dig till nyhetsbrevet', 'få vårt nyhetsbrev', 'nyhetsbrev', 'prenumerera', 'skriv din e-postadress', 'din e-postadress'],
  share: ['dela', 'dela artikeln', 'dela på facebook', 'dela på twitter', 'dela på linkedin', 'dela via e-post', 'kopiera länk', 'kopiera länken', 'följ oss', 'följ oss på'],
  postedIn: ['publicerat i', 'postat i', 'arkiverat under', 'kategori', 'kategorier', 'taggar', 'ämnen'],
  readMore: ['läs mer', 'läs också', 'läs även', 'läs vidare', 'fortsätt läsa', 'se även'],
  comments: ['kommentarer', 'lämna en kommentar', 'skriv en kommentar', 'lämna ett svar', '{n} kommentarer', '{n} kommentar', 'inga kommentarer', 'kommentera', 'din e-postadress kommer inte publiceras', 'obligatoriska fält är märkta', 'avbryt svar', 'denna webbplats använder akismet', 'spara mitt namn, min e-postadress', 'meddela mig om nya kommentarer via e-post', 'meddela mig om nya inlägg via e-post'],
  commentsOn: ['{n} svar på', 'ett svar på', '{n} tankar om', 'en tanke om', '{n} kommentarer till', 'en kommentar till'],
  authorBox: ['om författaren', 'om skribenten', 'om …'],
  cookie: ['vi använder kakor', 'denna webbplats använder kakor', 'webbplatsen använder kakor', 'den här webbplatsen använder kakor', 'denna webbplats använder cookies', 'den här webbplatsen använder cookies', 'vi använder cookies', 'cookie-inställningar', 'cookieinställningar', 'cookiepolicy', 'acceptera alla', 'godkänn alla', 'godkänn cookies', 'neka alla', 'integritetspolicy', 'personuppgiftspolicy', 'användarvillkor'],
  copyright: ['alla rättigheter förbehållna', 'upphovsrätt'],
  advertisement: ['artikeln fortsätter under annonsen', 'artikeln fortsätter efter annonsen', 'annons', 'sponsrat', 'sponsrat innehåll', 'annonssamarbete', 'annonsörsinnehåll', 'reklam', 'betalt innehåll'],
  breadcrumbHome: ['start', 'hem', 'startsida', 'home'],
  authorLabel: ['av', 'skribent', 'författare', 'skriven av', 'text'],
  sourceLabel: ['publicerades först på', 'först publicerad på', 'artikeln publicerades ursprungligen på', 'källa'],
  photoCredit: ['foto', 'bild', 'fotograf', 'illustration', 'bildkälla', 'arkivbild'],
  readingTime: ['lästid', '{n} min läsning', '{n} minuters läsning', 'lästid {n} min'],
  login: ['logga in', 'registrera', 'registrera dig', 'mitt konto', 'mina sidor', 'logga ut', 'skapa konto', 'artikeln är endast för prenumeranter', 'redan prenumerant', 'bli prenumerant', 'för prenumeranter'],
} satisfies LanguageLexicon

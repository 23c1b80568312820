import type {LanguageLexicon} from './categories.js'

/** Italian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["articoli correlati", "notizie correlate", "correlati", "potrebbe interessarti", "ti potrebbe interessare", "altri articoli", "articoli simili", "leggi anche questi"],
  popular: ["più letti", "i più letti", "articoli popolari", "popolari", "di tendenza", "più visti"],
  recent: ["articoli recenti", "ultime notizie", "ultimi articoli", "recenti", "nuovo", "ultim’ora"],
  newsletter: ["iscriviti alla newsletter", "iscriviti alla nostra newsletter", "ricevi la newsletter", "newsletter", "iscriviti", "abbonati", "inserisci la tua email"],
  share: ["condividi", "condividi su facebook", "condividi su twitter", "condividi su whatsapp", "condividi questo articolo", "copia link"],
  postedIn: ["pubblicato in", "categoria", "categorie", "tag", "argomenti", "archiviato in"],
  readMore: ["leggi di più", "leggi anche", "continua a leggere", "vedi anche", "approfondisci", "leggi tutto"],
  comments: ["commenti", "lascia un commento", "scrivi un commento", "{n} commenti", "nessun commento", "commenta"],
  cookie: ["questo sito utilizza cookie", "utilizziamo i cookie", "impostazioni cookie", "cookie policy", "accetta tutti", "accetta i cookie", "informativa sulla privacy", "privacy policy"],
  copyright: ["riproduzione riservata", "tutti i diritti riservati", "© riproduzione riservata"],
  advertisement: ["pubblicità", "sponsorizzato", "contenuto sponsorizzato", "annuncio", "contenuto promozionale"],
  breadcrumbHome: ["home", "home page", "prima pagina"],
  authorLabel: ["di", "autore", "autrice", "scritto da"],
  sourceLabel: ["pubblicato originariamente su", "apparso originariamente su", "fonte", "questo articolo è stato pubblicato su"],
  photoCredit: ["foto", "immagine", "fotografia", "illustrazione", "credit"],
  readingTime: ["tempo di lettura", "{n} min di lettura", "lettura: {n} minuti", "{n} minuti di lettura"],
  login: ["accedi", "login", "registrati", "il mio account", "esci", "crea un account"],
} satisfies LanguageLexicon

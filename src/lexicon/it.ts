import type {LanguageLexicon} from './categories.js'

/** Italian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['articoli correlati', 'notizie correlate', 'correlati', 'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbero interessarti', 'altri articoli', 'articoli simili', 'articoli consigliati', 'dalla stessa categoria', 'altre notizie'],
  popular: ['più letti', 'i più letti', 'più visti', 'i più visti', 'articoli popolari', 'popolari', 'più popolari', 'di tendenza'],
  recent: ['articoli recenti', 'ultime notizie', 'ultimi articoli', 'recenti', 'nuovo', "ultim'ora"],
  newsletter: ['iscriviti alla newsletter', 'iscriviti alla nostra newsletter', 'ricevi la newsletter', 'newsletter', 'iscriviti', 'abbonati', 'inserisci la tua email', 'la tua email'],
  share: ['condividi', 'condividi su facebook', 'condividi su twitter', 'condividi su whatsapp', 'condividi su linkedin', 'condividi via email', 'condividi questo articolo', 'copia link', 'seguici', 'seguici su'],
  postedIn: ['pubblicato in', 'archiviato in', 'categoria', 'categorie', 'tag', 'argomenti', 'temi'],
  readMore: ['leggi di più', 'leggi anche', 'leggi tutto', "leggi l'articolo", 'continua a leggere', 'continua la lettura', 'vedi anche', 'approfondisci', 'articolo precedente', 'articolo successivo'],
  comments: ['commenti', 'lascia un commento', 'scrivi un commento', 'lascia una risposta', 'rispondi', '{n} commenti', '{n} commento', 'nessun commento', 'commenta', 'il tuo indirizzo email non sarà pubblicato', 'i campi obbligatori sono contrassegnati', 'annulla risposta', 'questo sito utilizza akismet', 'questo sito usa akismet', 'salva il mio nome, email', 'avvisami via email alla presenza di nuovi commenti', 'avvisami via email alla pubblicazione'],
  commentsOn: ['{n} pensieri su', 'un pensiero su', '{n} commenti su', 'un commento su', '{n} risposte a', 'una risposta a'],
  authorBox: ["sull'autore", "l'autore", "informazioni sull'autore", 'informazioni su …'],
  cookie: ['questo sito utilizza cookie', 'questo sito utilizza i cookie', 'utilizziamo i cookie', 'impostazioni cookie', 'cookie policy', 'informativa cookie', 'accetta tutti', 'rifiuta tutti', 'accetta i cookie', 'gestisci preferenze', 'informativa sulla privacy', 'privacy policy', 'termini e condizioni'],
  copyright: ['riproduzione riservata', '© riproduzione riservata', 'tutti i diritti riservati', 'riproduzione vietata'],
  advertisement: ['continua a leggere dopo la pubblicità', "l'articolo continua dopo la pubblicità", "l'articolo prosegue dopo la pubblicità", 'continua dopo la pubblicità', 'pubblicità', 'sponsorizzato', 'contenuto sponsorizzato', 'contenuto promozionale', 'annuncio', 'informazione pubblicitaria'],
  breadcrumbHome: ['home', 'home page', 'homepage', 'prima pagina', 'vai al contenuto', 'salta al contenuto'],
  authorLabel: ['di', 'a cura di', 'autore', 'autrice', 'scritto da'],
  sourceLabel: ['pubblicato originariamente su', 'apparso originariamente su', 'questo articolo è stato pubblicato su', 'fonte'],
  photoCredit: ['foto', 'foto di', 'immagine', 'fotografia', 'illustrazione', 'credit', "foto d'archivio", 'immagine di repertorio'],
  readingTime: ['tempo di lettura', '{n} min di lettura', '{n} minuti di lettura', 'lettura: {n} minuti'],
  login: ['accedi', 'login', 'registrati', 'il mio account', 'esci', 'crea un account', 'crea nuovo account', 'richiedi una nuova password'],
} satisfies LanguageLexicon

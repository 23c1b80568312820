import type {LanguageLexicon} from './categories.js'

/** Czech. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["související články", "související", "podobné články", "mohlo by vás zajímat", "další články", "více k tématu", "související zprávy"],
  popular: ["nejčtenější", "nejoblíbenější", "populární", "populární články", "nejsledovanější"],
  recent: ["nejnovější", "nejnovější články", "poslední příspěvky", "aktuálně", "nové", "nejnovější zprávy"],
  newsletter: ["přihlaste se k odběru newsletteru", "odebírejte newsletter", "newsletter", "přihlásit k odběru", "odebírat", "zadejte svůj e-mail"],
  share: ["sdílet", "sdílet na facebooku", "sdílet na twitteru", "sdílejte", "kopírovat odkaz", "sdílet článek"],
  postedIn: ["publikováno v", "kategorie", "rubrika", "štítky", "témata", "tagy"],
  readMore: ["číst více", "čtěte také", "čtěte též", "pokračovat ve čtení", "viz také", "přečtěte si také"],
  comments: ["komentáře", "přidat komentář", "napsat komentář", "{n} komentářů", "žádné komentáře", "diskuse"],
  cookie: ["tento web používá soubory cookie", "používáme cookies", "nastavení cookies", "zásady cookies", "přijmout vše", "souhlasím", "ochrana osobních údajů", "zásady ochrany osobních údajů"],
  copyright: ["všechna práva vyhrazena", "autorská práva"],
  advertisement: ["reklama", "sponzorováno", "komerční sdělení", "inzerce", "pr článek"],
  breadcrumbHome: ["úvod", "domů", "hlavní stránka", "home"],
  authorLabel: ["autor", "autorka", "napsal", "napsala", "text"],
  sourceLabel: ["původně publikováno na", "článek vyšel původně na", "zdroj"],
  photoCredit: ["foto", "fotografie", "obrázek", "ilustrace", "zdroj foto"],
  readingTime: ["doba čtení", "{n} min čtení", "čtení na {n} minuty", "{n} minut čtení"],
  login: ["přihlásit se", "přihlášení", "registrace", "můj účet", "odhlásit", "vytvořit účet"],
} satisfies LanguageLexicon

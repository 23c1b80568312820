import type {LanguageLexicon} from './categories.js'

/** Dutch. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["gerelateerde artikelen", "gerelateerd", "andere berichten", "meer artikelen", "lees ook deze artikelen", "dit vind je misschien ook leuk", "meer over dit onderwerp", "meer nieuws", "vergelijkbare berichten", "aanbevolen"],
  popular: ["meest gelezen", "populair", "populaire berichten", "meest bekeken", "trending", "best gelezen"],
  recent: ["recente berichten", "laatste nieuws", "nieuwste artikelen", "recent", "net binnen", "nieuw"],
  newsletter: ["schrijf je in voor de nieuwsbrief", "schrijf je in voor onze nieuwsbrief", "meld je aan voor de nieuwsbrief", "aanmelden voor de nieuwsbrief", "nieuwsbrief", "inschrijven", "abonneren", "vul je e-mailadres in", "ontvang onze nieuwsbrief"],
  share: ["deel dit artikel", "deel dit bericht", "delen", "deel", "deel op facebook", "deel op twitter", "deel op linkedin", "link kopiëren", "delen via whatsapp"],
  postedIn: ["geplaatst in", "gepubliceerd in", "categorie", "categorieën", "tags", "trefwoorden", "onderwerpen"],
  readMore: ["lees meer", "lees ook", "lees verder", "verder lezen", "bekijk ook", "zie ook", "meer lezen"],
  comments: ["reacties", "reageer", "laat een reactie achter", "plaats een reactie", "{n} reacties", "geen reacties", "reactie toevoegen"],
  cookie: ["deze website maakt gebruik van cookies", "wij gebruiken cookies", "cookie-instellingen", "cookiebeleid", "cookies accepteren", "alles accepteren", "privacybeleid", "privacyverklaring", "algemene voorwaarden"],
  copyright: ["alle rechten voorbehouden", "auteursrecht"],
  advertisement: ["advertentie", "gesponsord", "gesponsorde inhoud", "adv", "partnerbijdrage", "in samenwerking met"],
  breadcrumbHome: ["home", "start", "voorpagina", "homepage"],
  authorLabel: ["door", "auteur", "geschreven door", "tekst"],
  sourceLabel: ["verscheen eerder op", "eerder verschenen op", "oorspronkelijk gepubliceerd op", "bron", "dit artikel verscheen eerder op"],
  photoCredit: ["foto", "beeld", "afbeelding", "fotografie", "illustratie", "foto door"],
  readingTime: ["leestijd", "{n} minuten leestijd", "leestijd {n} minuten", "{n} min leestijd", "leestijd: {n} min"],
  login: ["inloggen", "log in", "registreren", "mijn account", "uitloggen", "account aanmaken"],
} satisfies LanguageLexicon

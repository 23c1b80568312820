import type {LanguageLexicon} from './categories.js'

/** Dutch. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['gerelateerde artikelen', 'gerelateerde berichten', 'gerelateerd', 'andere berichten', 'meer artikelen', 'dit vind je misschien ook leuk', 'misschien ook interessant', 'meer over dit onderwerp', 'meer nieuws', 'vergelijkbare berichten', 'aanbevolen', 'aanbevolen artikelen', 'ander nieuws', 'overig nieuws', 'meer van'],
  popular: ['meest gelezen', 'populair', 'populaire berichten', 'meest bekeken', 'trending', 'best gelezen', 'meest gelezen artikelen', 'populaire artikelen'],
  recent: ['recente berichten', 'laatste nieuws', 'nieuwste artikelen', 'nieuwste berichten', 'laatste berichten', 'recent', 'net binnen', 'nieuw', 'recente artikelen'],
  newsletter: ['schrijf je in voor de nieuwsbrief', 'schrijf je in voor onze nieuwsbrief', 'meld je aan voor de nieuwsbrief', 'meld je aan voor onze nieuwsbrief', 'aanmelden voor de nieuwsbrief', 'ontvang onze nieuwsbrief', 'nieuwsbrief', 'schrijf je in', 'inschrijven', 'abonneren', 'vul je e-mailadres in', 'je e-mailadres'],
  share: ['deel dit artikel', 'deel dit bericht', 'deel dit', 'delen', 'deel op facebook', 'deel op twitter', 'deel op linkedin', 'delen via whatsapp', 'deel via e-mail', 'link kopiëren', 'kopieer link', 'volg ons', 'volg ons op'],
  postedIn: ['geplaatst in', 'gepubliceerd in', 'geplaatst onder', 'categorie', 'categorieën', 'tags', 'trefwoorden', 'onderwerpen'],
  readMore: ['lees meer', 'lees ook', 'lees verder', 'verder lezen', 'bekijk ook', 'zie ook', 'meer lezen', 'lees het hele artikel', 'vorig artikel', 'volgend artikel'],
  comments: ['reacties', 'reageer', 'laat een reactie achter', 'plaats een reactie', 'geef een reactie', '{n} reacties', '{n} reactie', 'geen reacties', 'reactie toevoegen', 'beantwoorden', 'je e-mailadres wordt niet gepubliceerd', 'uw e-mailadres wordt niet gepubliceerd', 'vereiste velden zijn gemarkeerd met', 'reactie annuleren', 'deze site gebruikt akismet', 'mijn naam, e-mail en site opslaan', 'stuur mij een e-mail als er vervolgreacties', 'stuur mij een e-mail bij nieuwe berichten'],
  commentsOn: ['{n} gedachten over', 'een gedachte over', '{n} reacties op', 'een reactie op', '{n} antwoorden op'],
  authorBox: ['over de auteur', 'over de schrijver', 'over de auteurs', 'over …'],
  cookie: ['deze website maakt gebruik van cookies', 'deze website gebruikt cookies', 'wij gebruiken cookies', 'cookie-instellingen', 'cookievoorkeuren', 'cookiebeleid', 'cookies accepteren', 'alles accepteren', 'alle cookies accepteren', 'weigeren', 'privacybeleid', 'privacyverklaring', 'algemene voorwaarden'],
  copyright: ['alle rechten voorbehouden', 'auteursrecht'],
  advertisement: ['het artikel gaat verder onder de advertentie', 'het artikel gaat verder na de advertentie', 'advertentie', 'gesponsord', 'gesponsorde inhoud', 'gesponsord bericht', 'adv', 'partnerbijdrage', 'advertorial', 'betaalde bijdrage'],
  breadcrumbHome: ['home', 'start', 'voorpagina', 'homepage', 'hoofdpagina', 'naar de inhoud springen', 'ga naar de inhoud', 'spring naar inhoud'],
  authorLabel: ['door', 'auteur', 'geschreven door', 'tekst', 'redactie'],
  sourceLabel: ['verscheen eerder op', 'eerder verschenen op', 'verscheen eerst op', 'oorspronkelijk gepubliceerd op', 'dit artikel verscheen eerder op', 'bron'],
  photoCredit: ['foto', 'foto door', "foto's", 'beeld', 'afbeelding', 'fotografie', 'illustratie', 'archieffoto'],
  readingTime: ['leestijd', '{n} minuten leestijd', 'leestijd {n} minuten', '{n} min leestijd', 'leestijd: {n} min'],
  login: ['inloggen', 'log in', 'registreren', 'mijn account', 'uitloggen', 'account aanmaken', 'nieuw account aanmaken', 'nieuw wachtwoord aanvragen', 'aanmelden', 'dit artikel is alleen beschikbaar voor abonnees', 'dit artikel is alleen voor abonnees', 'word abonnee', 'al abonnee', 'lees verder met een abonnement', 'neem een abonnement'],
} satisfies LanguageLexicon

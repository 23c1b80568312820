import type {LanguageLexicon} from './categories.js'

/** Romanian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["articole similare", "articole asemănătoare", "articole conexe", "te-ar putea interesa", "mai multe articole", "din aceeași categorie"],
  popular: ["cele mai citite", "cele mai populare", "populare", "articole populare", "cele mai vizualizate"],
  recent: ["articole recente", "ultimele știri", "ultimele articole", "recente", "nou", "ultima oră"],
  newsletter: ["abonează-te la newsletter", "abonați-vă la newsletter", "newsletter", "abonează-te", "introdu adresa de email"],
  share: ["distribuie", "distribuie pe facebook", "distribuie pe twitter", "trimite pe whatsapp", "copiază linkul", "share"],
  postedIn: ["publicat în", "categorie", "categorii", "etichete", "tag-uri", "subiecte"],
  readMore: ["citește mai mult", "citește și", "citiți și", "continuare", "vezi și", "citește mai departe"],
  comments: ["comentarii", "lasă un comentariu", "adaugă un comentariu", "{n} comentarii", "niciun comentariu", "comentează"],
  cookie: ["acest site folosește cookie-uri", "folosim cookie-uri", "setări cookie", "politica de cookie-uri", "accept toate", "accept", "politica de confidențialitate", "termeni și condiții"],
  copyright: ["toate drepturile rezervate", "drepturi de autor"],
  advertisement: ["publicitate", "reclamă", "sponsorizat", "conținut sponsorizat", "advertorial"],
  breadcrumbHome: ["acasă", "prima pagină", "home"],
  authorLabel: ["de", "autor", "scris de", "autoare"],
  sourceLabel: ["publicat inițial pe", "a apărut inițial pe", "sursa", "sursă"],
  photoCredit: ["foto", "fotografie", "imagine", "ilustrație", "sursa foto"],
  readingTime: ["timp de citire", "{n} min de citit", "{n} minute de citire"],
  login: ["autentificare", "conectare", "înregistrare", "contul meu", "deconectare", "creează cont"],
} satisfies LanguageLexicon

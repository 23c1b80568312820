import type {LanguageLexicon} from './categories.js'

/** Romanian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['articole similare', 'articole asemănătoare', 'articole conexe', 'articole recomandate', 'te-ar putea interesa', 'ți-ar putea plăcea', 'mai multe articole', 'din aceeași categorie'],
  popular: ['cele mai citite', 'cele mai populare', 'cele mai vizualizate', 'populare', 'articole populare'],
  recent: ['articole recente', 'ultimele știri', 'ultimele articole', 'recente', 'nou', 'ultima oră'],
  newsletter: ['abonează-te la newsletter', 'abonați-vă la newsletter', 'abonează-te la newsletterul nostru', 'newsletter', 'abonează-te', 'introdu adresa de email', 'adresa ta de email'],
  share: ['distribuie', 'distribuie pe facebook', 'distribuie pe twitter', 'trimite pe whatsapp', 'trimite pe email', 'copiază linkul', 'share', 'urmărește-ne', 'urmăriți-ne'],
  postedIn: ['publicat în', 'categorie', 'categorii', 'etichete', 'tag-uri', 'subiecte'],
  readMore: ['citește mai mult', 'citește și', 'citiți și', 'citește mai departe', 'citește articolul complet', 'continuare', 'vezi și'],
  comments: ['comentarii', 'lasă un comentariu', 'adaugă un comentariu', 'lasă un răspuns', 'răspunde', '{n} comentarii', 'niciun comentariu', 'comentează'],
  commentsOn: ['{n} comentarii la', '{n} răspunsuri la', '{n} gânduri despre'],
  authorBox: ['despre autor', 'despre autoare'],
  cookie: ['acest site folosește cookie-uri', 'acest site utilizează cookie-uri', 'folosim cookie-uri', 'setări cookie', 'politica de cookie-uri', 'accept toate', 'accept', 'politica de confidențialitate', 'termeni și condiții'],
  copyright: ['toate drepturile rezervate', 'drepturi de autor'],
  advertisement: ['articolul continuă după reclamă', 'continuarea articolului după reclamă', 'publicitate', 'reclamă', 'sponsorizat', 'conținut sponsorizat', 'advertorial', 'articol susținut de'],
  breadcrumbHome: ['acasă', 'prima pagină', 'pagina principală', 'home'],
  authorLabel: ['de', 'autor', 'autoare', 'scris de'],
  sourceLabel: ['publicat inițial pe', 'a apărut inițial pe', 'sursa', 'sursă'],
  photoCredit: ['foto', 'fotografie', 'imagine', 'ilustrație', 'sursa foto', 'imagine ilustrativă'],
  readingTime: ['timp de citire', '{n} min de citit', '{n} minute de citire', '{n} min citire'],
  login: ['autentificare', 'conectare', 'intră în cont', 'înregistrare', 'contul meu', 'deconectare', 'creează un cont'],
} satisfies LanguageLexicon

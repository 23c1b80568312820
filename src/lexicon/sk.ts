import type {LanguageLexicon} from './categories.js'

/** Slovak. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['súvisiace články', 'súvisiace', 'súvisiace správy', 'podobné články', 'mohlo by vás zaujímať', 'ďalšie články', 'viac k téme'],
  popular: ['najčítanejšie', 'najčítanejšie články', 'najpopulárnejšie', 'najdiskutovanejšie'],
  recent: ['najnovšie', 'najnovšie články', 'najnovšie správy', 'posledné články'],
  newsletter: ['prihláste sa na odber newslettera', 'odoberajte newsletter', 'newsletter', 'odber noviniek', 'zadajte svoj e-mail', 'váš e-mail'],
  share: ['zdieľať', 'zdieľajte', 'zdieľať článok', 'zdieľať na facebooku', 'kopírovať odkaz'],
  postedIn: ['publikované v', 'kategória', 'rubrika', 'štítky', 'tagy'],
  readMore: ['čítať viac', 'čítajte aj', 'prečítajte si aj', 'pokračovať v čítaní', 'pozri aj'],
  comments: ['komentáre', 'pridať komentár', 'napísať komentár', '{n} komentárov', 'žiadne komentáre'],
  commentsOn: [],
  authorBox: ['o autorovi', 'o autorke'],
  cookie: ['táto stránka používa cookies', 'táto webová stránka používa súbory cookie', 'používame cookies', 'používame súbory cookie', 'nastavenia cookies', 'prijať všetko', 'odmietnuť všetko', 'ochrana osobných údajov', 'podmienky používania'],
  copyright: ['všetky práva vyhradené'],
  advertisement: ['reklama', 'sponzorované', 'komerčná prezentácia', 'inzercia', 'pr článok'],
  breadcrumbHome: ['úvod', 'domov', 'hlavná stránka', 'titulná strana', 'home'],
  authorLabel: ['autor', 'autorka', 'napísal', 'napísala'],
  sourceLabel: ['zdroj', 'prevzaté z'],
  photoCredit: ['foto', 'fotografia', 'ilustračné foto', 'ilustrácia'],
  readingTime: ['čas čítania', '{n} min čítania'],
  login: ['prihlásiť sa', 'prihlásenie', 'registrácia', 'môj účet', 'odhlásiť sa', 'vytvoriť účet'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Czech. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['související články', 'související', 'související zprávy', 'podobné články', 'mohlo by vás zajímat', 'další články', 'více k tématu', 'další z rubriky'],
  popular: ['nejčtenější', 'nejčtenější články', 'nejoblíbenější', 'populární', 'populární články', 'nejsledovanější', 'nejdiskutovanější'],
  recent: ['nejnovější', 'nejnovější články', 'nejnovější zprávy', 'nejnovější příspěvky', 'poslední příspěvky', 'aktuálně', 'nové'],
  newsletter: ['přihlaste se k odběru newsletteru', 'odebírejte newsletter', 'přihlásit k odběru', 'odběr novinek', 'newsletter', 'odebírat', 'zadejte svůj e-mail', 'váš e-mail'],
  share: ['sdílet', 'sdílejte', 'sdílet článek', 'sdílet na facebooku', 'sdílet na twitteru', 'sdílet e-mailem', 'kopírovat odkaz', 'sledujte nás', 'sledujte nás na'],
  postedIn: ['publikováno v', 'kategorie', 'rubrika', 'štítky', 'tagy', 'témata'],
  readMore: ['číst více', 'číst dál', 'čtěte také', 'čtěte též', 'přečtěte si také', 'pokračovat ve čtení', 'viz také'],
  comments: ['komentáře', 'přidat komentář', 'napsat komentář', 'vložit komentář', '{n} komentářů', '{n} komentáře', 'žádné komentáře', 'diskuse'],
  commentsOn: ['{n} komentářů u', '{n} odpovědí na'],
  authorBox: ['o autorovi', 'o autorce'],
  cookie: ['tato stránka používá cookies', 'tato stránka používá soubory cookie', 'tento web používá soubory cookies', 'tento web používá soubory cookie', 'tento web používá cookies', 'používáme cookies', 'používáme soubory cookie', 'nastavení cookies', 'zásady cookies', 'přijmout vše', 'odmítnout vše', 'souhlasím', 'ochrana osobních údajů', 'zásady ochrany osobních údajů', 'podmínky užívání'],
  copyright: ['všechna práva vyhrazena', 'autorská práva'],
  advertisement: ['článek pokračuje pod reklamou', 'pokračování článku pod reklamou', 'reklama', 'sponzorováno', 'komerční sdělení', 'komerční prezentace', 'placená spolupráce', 'inzerce', 'pr článek'],
  breadcrumbHome: ['úvod', 'úvodní stránka', 'domů', 'hlavní stránka', 'titulní strana', 'home'],
  authorLabel: ['autor', 'autorka', 'autor článku', 'napsal', 'napsala', 'text'],
  sourceLabel: ['původně publikováno na', 'článek vyšel původně na', 'převzato z', 'zdroj'],
  photoCredit: ['foto', 'fotografie', 'ilustrační foto', 'obrázek', 'ilustrace', 'zdroj foto'],
  readingTime: ['doba čtení', 'čas čtení', '{n} min čtení', '{n} minut čtení', 'čtení na {n} minuty'],
  login: ['přihlásit se', 'přihlásit', 'přihlášení', 'registrace', 'můj účet', 'odhlásit', 'odhlásit se', 'vytvořit účet'],
} satisfies LanguageLexicon

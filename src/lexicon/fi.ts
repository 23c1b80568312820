import type {LanguageLexicon} from './categories.js'

/** Finnish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["aiheeseen liittyvät", "aiheeseen liittyvät artikkelit", "liittyvät artikkelit", "saatat pitää myös", "lisää aiheesta", "muita artikkeleita", "samankaltaiset artikkelit"],
  popular: ["luetuimmat", "suosituimmat", "suositut", "suositut artikkelit", "katsotuimmat", "trendaavat"],
  recent: ["uusimmat", "viimeisimmät", "tuoreimmat", "uutta", "viimeisimmät artikkelit", "uusimmat uutiset"],
  newsletter: ["tilaa uutiskirje", "tilaa uutiskirjeemme", "liity postituslistalle", "uutiskirje", "tilaa", "syötä sähköpostiosoitteesi"],
  share: ["jaa", "jaa artikkeli", "jaa facebookissa", "jaa twitterissä", "jaa linkedinissä", "kopioi linkki"],
  postedIn: ["julkaistu kategoriassa", "kategoria", "kategoriat", "avainsanat", "aiheet", "tunnisteet"],
  readMore: ["lue lisää", "lue myös", "jatka lukemista", "katso myös", "lue koko juttu"],
  comments: ["kommentit", "jätä kommentti", "kirjoita kommentti", "{n} kommenttia", "ei kommentteja", "kommentoi"],
  cookie: ["tämä sivusto käyttää evästeitä", "käytämme evästeitä", "evästeasetukset", "evästekäytäntö", "hyväksy kaikki", "hyväksy evästeet", "tietosuojaseloste", "tietosuoja"],
  copyright: ["kaikki oikeudet pidätetään", "tekijänoikeus"],
  advertisement: ["mainos", "sponsoroitu", "kaupallinen yhteistyö", "mainoslinkki"],
  breadcrumbHome: ["etusivu", "koti", "home"],
  authorLabel: ["kirjoittaja", "teksti", "toimittaja", "kirjoittanut"],
  sourceLabel: ["julkaistiin alun perin", "alun perin julkaistu", "lähde", "artikkeli julkaistiin ensin"],
  photoCredit: ["kuva", "kuvat", "valokuva", "kuvitus", "kuvaaja"],
  readingTime: ["lukuaika", "{n} min lukuaika", "lukuaika {n} min", "{n} minuutin lukuaika"],
  login: ["kirjaudu sisään", "kirjaudu", "rekisteröidy", "oma tili", "kirjaudu ulos", "luo tili"],
} satisfies LanguageLexicon

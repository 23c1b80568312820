import type {LanguageLexicon} from './categories.js'

/** Finnish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['aiheeseen liittyvät', 'aiheeseen liittyvät artikkelit', 'liittyvät artikkelit', 'samankaltaiset artikkelit', 'saatat pitää myös', 'lisää aiheesta', 'samasta aiheesta', 'muita artikkeleita', 'suosittelemme'],
  popular: ['luetuimmat', 'luetuimmat uutiset', 'suosituimmat', 'suositut', 'suositut artikkelit', 'katsotuimmat', 'trendaavat'],
  recent: ['uusimmat', 'uusimmat uutiset', 'uusimmat artikkelit', 'viimeisimmät', 'viimeisimmät artikkelit', 'tuoreimmat', 'uutta'],
  newsletter: ['tilaa uutiskirje', 'tilaa uutiskirjeemme', 'liity postituslistalle', 'uutiskirje', 'tilaa', 'syötä sähköpostiosoitteesi', 'sähköpostiosoitteesi'],
  share: ['jaa', 'jaa artikkeli', 'jaa facebookissa', 'jaa twitterissä', 'jaa linkedinissä', 'jaa whatsappissa', 'jaa sähköpostilla', 'kopioi linkki', 'seuraa meitä'],
  postedIn: ['julkaistu kategoriassa', 'kategoria', 'kategoriat', 'avainsanat', 'aiheet', 'tunnisteet'],
  readMore: ['lue lisää', 'lue myös', 'jatka lukemista', 'katso myös', 'lue koko juttu'],
  comments: ['kommentit', 'jätä kommentti', 'kirjoita kommentti', '{n} kommenttia', '{n} kommentti', 'ei kommentteja', 'kommentoi'],
  commentsOn: ['{n} vastausta artikkeliin', '{n} kommenttia artikkeliin', '{n} ajatusta aiheesta', 'yksi ajatus aiheesta'],
  authorBox: ['kirjoittajasta', 'tietoa kirjoittajasta'],
  cookie: ['tämä sivusto käyttää evästeitä', 'käytämme evästeitä', 'evästeasetukset', 'evästekäytäntö', 'hyväksy kaikki', 'hyväksy evästeet', 'hylkää kaikki', 'tietosuojaseloste', 'tietosuojakäytäntö', 'tietosuoja', 'käyttöehdot'],
  copyright: ['kaikki oikeudet pidätetään', 'tekijänoikeus'],
  advertisement: ['artikkeli jatkuu mainoksen alla', 'juttu jatkuu mainoksen alla', 'artikkeli jatkuu mainoksen jälkeen', 'juttu jatkuu mainoksen jälkeen', 'mainos', 'sponsoroitu', 'kaupallinen yhteistyö', 'mainoslinkki', 'maksettu yhteistyö'],
  breadcrumbHome: ['etusivu', 'koti', 'home'],
  authorLabel: ['kirjoittaja', 'kirjoittanut', 'teksti', 'toimittaja'],
  sourceLabel: ['julkaistiin alun perin', 'alun perin julkaistu', 'artikkeli julkaistiin ensin', 'lähde'],
  photoCredit: ['kuva', 'kuvat', 'valokuva', 'kuvitus', 'kuvituskuva', 'kuvaaja', 'arkistokuva'],
  readingTime: ['lukuaika', '{n} min lukuaika', '{n} minuutin lukuaika', 'lukuaika {n} min'],
  login: ['kirjaudu sisään', 'kirjaudu', 'rekisteröidy', 'oma tili', 'kirjaudu ulos', 'luo tili'],
} satisfies LanguageLexicon

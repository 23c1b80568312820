/**
 * Evidence that tells apart languages franc confuses, where a text carries
 * it. These are facts of spelling, not a model: they decide a near-tie
 * only, and a text without them stays a tie.
 */

/**
 * Letters only some members of a close group write (franc codes): Swedish
 * ä ö against Danish and Norwegian æ ø; Portuguese ã õ ç and Spanish or
 * Galician ñ; Russian ы э ё, Ukrainian ї є ґ і, Belarusian ў, Bulgarian's
 * frequent ъ, Serbian ђ ћ, Macedonian ѓ ќ ѕ; Arabic ي ك ة ى against the
 * Persian and Urdu ی ک, Persian and Urdu پ چ ژ گ, Urdu ے ں ٹ ڈ ڑ ھ ہ, Pashto
 * ټ ډ ړ ږ ښ ګ ڼ, Uyghur ۆ ۇ ۈ ۋ.
 */
export const signatureLetters: Readonly<Record<string, string>> = {
  swe: 'äö',
  dan: 'æø',
  nob: 'æø',
  nno: 'æø',
  por: 'ãõç',
  spa: 'ñ',
  glg: 'ñ',
  cat: 'ç',
  rus: 'ыэё',
  bel: 'ўыэёі',
  ukr: 'їєґі',
  bul: 'ъ',
  srp: 'ђћџјљњ',
  mkd: 'ѓќѕџјљњ',
  arb: 'يكةى',
  pes: 'یکپچژگ',
  urd: 'یکپچژگےںٹڈڑھہ',
  pbu: 'یکپچژګټډړږښڼ',
  uig: 'ۆۇۈۋېى',
}

/*
 * Croatian, Bosnian and Serbian are one language with three standards, and
 * franc's models for them (trained on short translations of one text) are
 * no better than a coin. What separates them in running text: the reflex
 * of old yat (Serbian is ekavian, `vreme`, `dete`, `pre`; Croatian and
 * Bosnian ijekavian, `vrijeme`, `dijete`, `prije`) and the words each
 * standard prescribes (Croatian `tisuća`, `tjedan`, `milijun`, `tko`;
 * Bosnian and Serbian `hiljada`, `sedmica`, `milion`, `ko`).
 */
const ekavian = [
  'vreme', 'mesto', 'mesta', 'reka', 'reke', 'dete', 'deca', 'decu', 'dece', 'lepo', 'lepa', 'lep', 'cena', 'cene',
  'mesec', 'meseca', 'meseci', 'nedelja', 'nedelje', 'uvek', 'pre', 'posle', 'gde', 'ovde', 'sledeći', 'sledeće', 'sledeća',
  'sledećeg', 'reč', 'reči', 'rečima', 'predsednik', 'predsednica', 'predsednika', 'zamenik', 'zamenika', 'leto', 'leta',
  'mleko', 'pesma', 'pesme', 'videti', 'razumeti', 'živeti', 'sedeti', 'telo', 'ceo', 'cela', 'celo', 'deo', 'vest', 'vesti',
  'uopšte', 'opština', 'opštine', 'opštini', 'istorija', 'istorije', 'hleb', 'verovatno',
]
const ijekavian = [
  'vrijeme', 'mjesto', 'mjesta', 'rijeka', 'rijeke', 'dijete', 'djeca', 'djecu', 'djece', 'lijepo', 'lijepa',
  'lijep', 'cijena', 'cijene', 'mjesec', 'mjeseca', 'mjeseci', 'nedjelja', 'nedjelje', 'uvijek', 'prije', 'poslije', 'gdje',
  'ovdje', 'sljedeći', 'sljedeće', 'sljedeća', 'sljedećeg', 'riječ', 'riječi', 'riječima', 'predsjednik', 'predsjednica',
  'predsjednika', 'zamjenik', 'zamjenika', 'ljeto', 'ljeta', 'mlijeko', 'pjesma', 'pjesme', 'vidjeti', 'razumjeti',
  'živjeti', 'sjediti', 'tijelo', 'cijeli', 'cijela', 'cijelo', 'dio', 'vijest', 'vijesti', 'vijeće', 'vijeća', 'svijet',
  'svijeta', 'općina', 'općine', 'općini', 'uopće',
]
const croatian = [
  'tisuća', 'tisuće', 'tisuću', 'tjedan', 'tjedna', 'tjedno', 'vlak', 'vlaka', 'kruh', 'glazba', 'glazbe', 'zrakoplov',
  'sveučilište', 'sveučilišta', 'kazalište', 'kazališta', 'tvornica', 'tvornice', 'milijun', 'milijuna', 'proračun',
  'proračuna', 'udruga', 'udruge', 'tijekom', 'ponovno', 'obitelj', 'obitelji', 'znanost', 'znanosti', 'povijest',
  'povijesti', 'tko', 'točno', 'vjerojatno', 'izvješće', 'nogomet', 'siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja',
  'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca',
]
const bosnianSerbian = [
  'hiljada', 'hiljade', 'hiljadu', 'sedmica', 'sedmice', 'voz', 'voza', 'milion', 'miliona', 'budžet', 'budžeta',
  'udruženje', 'udruženja', 'tokom', 'ponovo', 'porodica', 'porodice', 'nauka', 'nauke', 'ko', 'šta', 'tačno', 'fudbal',
  'univerzitet', 'univerziteta', 'fabrika', 'fabrike', 'januara', 'februara', 'marta', 'septembra', 'oktobra', 'novembra',
  'decembra',
]
const bosnian = ['historija', 'historije', 'hljeb', 'vjerovatno', 'augusta', 'lahko', 'kahva', 'sahat']

/*
 * Indonesian and Malay share most of their words, and stopwords-iso's Malay
 * list is drawn from news text (it holds `dewan`, `anggota`), so it cannot
 * tell them apart; the spellings and words each standard uses can.
 */
const indonesian = [
  'bahwa', 'karena', 'bisa', 'saja', 'mau', 'yaitu', 'pemerintah', 'uang', 'kantor', 'mobil', 'polisi', 'universitas',
  'perusahaan', 'karyawan', 'dokter', 'telepon', 'kualitas', 'aktivitas', 'komunitas', 'fasilitas', 'petisi', 'informasi',
  'renovasi', 'agustus', 'maret', 'desember', 'provinsi', 'kabupaten', 'nggak', 'enggak', 'gak', 'aja', 'dong', 'silakan',
]
const malay = [
  'bahawa', 'kerana', 'boleh', 'sahaja', 'mahu', 'baharu', 'iaitu', 'kerajaan', 'wang', 'pejabat', 'polis',
  'universiti', 'syarikat', 'kakitangan', 'doktor', 'telefon', 'kualiti', 'aktiviti', 'komuniti', 'kemudahan', 'petisyen',
  'maklumat', 'ogos', 'mac', 'julai', 'disember', 'negeri', 'jabatan', 'pengerusi', 'timbalan', 'kos', 'bajet', 'bandaraya',
  'kanak', 'selepas', 'encik', 'nak',
]

/*
 * Afrikaans and Dutch: stopwords-iso's Afrikaans list has 51 words against
 * Dutch's 413, so the lists' difference speaks for Dutch whatever the text.
 * Afrikaans writes 'n, sê, nie … nie, vir, hulle; Dutch een, niet, voor,
 * zijn, and the ij that Afrikaans spells y.
 */
const afrikaans = ["'n", '’n', 'sê', 'nie', 'vir', 'hulle', 'julle', 'ons', 'jy', 'baie', 'hierdie', 'sal', 'wees', 'gewees', 'nuwe', 'my', 'by', 'kan', 'gaan']
const dutch = ['een', 'niet', 'voor', 'zijn', 'wordt', 'werd', 'zal', 'zij', 'wij', 'jij', 'hun', 'heeft', 'hebben', 'naar', 'bij', 'mijn', 'deze', 'zich', 'nieuwe', 'veel', 'kunnen', 'gaat']

/*
 * Galician, Portuguese and Spanish: the Galician list has 160 words against
 * 560 and 732, so the lists mislead here too; the words that differ are few
 * and frequent (Galician non, unha, xa, moi, tamén, polo; Portuguese não,
 * uma, já, muito, também, pelo; Spanish no, una, ya, muy, también, pero).
 */
const galician = ['non', 'unha', 'unhas', 'xa', 'moi', 'moito', 'moitos', 'moita', 'tamén', 'polo', 'pola', 'polos', 'coa', 'cos', 'cando', 'dende', 'aínda', 'máis', 'despois', 'dun', 'dunha', 'nun', 'nunha', 'cun', 'cunha', 'ten', 'teñen', 'facer', 'xente', 'ás', 'esa', 'nin']
const portuguese = ['não', 'uma', 'umas', 'já', 'muito', 'muitos', 'muita', 'também', 'pelo', 'pela', 'pelos', 'quando', 'ainda', 'mais', 'depois', 'num', 'numa', 'com', 'tem', 'têm', 'fazer', 'gente', 'às', 'são', 'você', 'então', 'isso', 'nem']
const spanish = ['no', 'una', 'unas', 'ya', 'muy', 'mucho', 'muchos', 'mucha', 'también', 'por', 'cuando', 'todavía', 'más', 'después', 'con', 'tiene', 'tienen', 'hacer', 'gente', 'pero', 'el', 'los', 'las', 'del', 'hay', 'y', 'lo', 'sus', 'ni']

/** Words that speak for one member of a close group (franc codes). */
export const markerWords: Readonly<Record<string, ReadonlySet<string>>> = {
  srp: new Set([...ekavian, ...bosnianSerbian]),
  bos: new Set([...ijekavian, ...bosnianSerbian, ...bosnian]),
  hrv: new Set([...ijekavian, ...croatian]),
  ind: new Set(indonesian),
  zlm: new Set(malay),
  afr: new Set(afrikaans),
  nld: new Set(dutch),
  glg: new Set(galician),
  por: new Set(portuguese),
  spa: new Set(spanish),
}

/**
 * Languages whose stopwords-iso lists are missing or mislead against their
 * close relatives (see above): only marker words and letters speak for them.
 */
export const stopwordsMislead = new Set(['hrv', 'bos', 'srp', 'ind', 'zlm', 'afr', 'nld', 'glg', 'por', 'spa'])

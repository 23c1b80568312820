import {type WordTest, MarkerSet} from './marker-set.js'
import {bosnian, bosnianSerbian, croatian, ekavian, ijekavian, ijekavianSpelling, slovene} from './markers-bcs.js'
import {indonesian, indonesianSpelling, malay, malaySpelling} from './markers-malay.js'

/**
 * Evidence that tells apart languages franc confuses, where a text carries
 * it. These are facts of spelling, not a model: they decide a near-tie
 * only, and a text without them stays a tie.
 */

/**
 * Letters only some members of a close group write (franc codes): Swedish
 * ä ö against Danish and Norwegian æ ø; Portuguese ã õ ç and Spanish or
 * Galician ñ; Russian ы э ё, Ukrainian ї є ґ і, Belarusian ў, Bulgarian's
 * frequent ъ, Serbian ђ ћ, Macedonian ѓ ќ ѕ; Croatian, Bosnian and Serbian
 * ć đ, which Slovene and Slovak do not write; Slovak ä ô ľ ĺ ŕ against
 * Czech ě ř ů; Arabic ي ك ة ى against the
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
  srp: 'ђћџјљњćđ',
  hrv: 'ćđ',
  slk: 'äôľĺŕ',
  ces: 'ěřů',
  bos: 'ćđ',
  mkd: 'ѓќѕџјљњ',
  arb: 'يكةى',
  pes: 'یکپچژگ',
  urd: 'یکپچژگےںٹڈڑھہ',
  pbu: 'یکپچژګټډړږښڼ',
  uig: 'ۆۇۈۋېى',
}

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
 * uma, já, muito, também, pelo; Spanish una, ya, muy, también, pero).
 * Spanish `no` and `por` are Portuguese and Galician words too ("no ano",
 * "por dados"): no marker.
 */
const galician = ['non', 'unha', 'unhas', 'xa', 'moi', 'moito', 'moitos', 'moita', 'tamén', 'polo', 'pola', 'polos', 'coa', 'cos', 'cando', 'dende', 'aínda', 'máis', 'despois', 'dun', 'dunha', 'nun', 'nunha', 'cun', 'cunha', 'ten', 'teñen', 'facer', 'xente', 'ás', 'esa', 'nin']
const portuguese = ['não', 'uma', 'umas', 'já', 'muito', 'muitos', 'muita', 'também', 'pelo', 'pela', 'pelos', 'quando', 'ainda', 'mais', 'depois', 'num', 'numa', 'com', 'tem', 'têm', 'fazer', 'gente', 'às', 'são', 'você', 'então', 'isso', 'nem']
const spanish = ['una', 'unas', 'ya', 'muy', 'mucho', 'muchos', 'mucha', 'también', 'cuando', 'todavía', 'más', 'después', 'con', 'tiene', 'tienen', 'hacer', 'gente', 'pero', 'el', 'los', 'las', 'del', 'hay', 'y', 'lo', 'sus', 'ni']

/*
 * Catalan against Spanish, and against French, Italian, Romanian: it shares el, la, una, del, per with one or
 * another of them, so its markers are the words none of them writes (els, amb, dels, molt, també, perquè …).
 */
const catalan = ['els', 'amb', 'dels', 'als', 'molt', 'molts', 'molta', 'també', 'quan', 'però', 'perquè', 'aquest', 'aquesta', 'aquests', 'aquestes', 'són', 'seva', 'seves', 'gent', 'així', 'només', 'mateix', 'tots', 'totes', 'després']

/*
 * Slovak against Serbian, Croatian, Slovene and Czech: franc ties them on a short text, and Slovak's own letters
 * (ä ô ľ) can be few; ekavian Serbian writes its mesto and pre too. Its markers are words none of the others writes.
 */
const slovak = ['ktorý', 'ktorá', 'ktoré', 'ktorí', 'ktorého', 'ktorej', 'alebo', 'sú', 'viac', 'tiež', 'veľmi', 'podľa', 'môže', 'môžu', 'aj', 'budú', 'keď', 'ešte', 'bol', 'bolo']

/*
 * Danish against Norwegian (Bokmål and Nynorsk) and Swedish: the stopwords-iso lists mislead here (Norwegian's
 * lacks godt, to, alt, kommer, which Norwegian writes as often as Danish), so the markers are spellings only one of
 * them writes: Danish af, hvad, noget, ud, uden, mellem, siger, havde; Bokmål å (to, before a verb), hva, noe, seg,
 * etter, uten, mellom, sier, hadde; Nynorsk ikkje, eg, kva, berre, frå, mykje. No word Swedish writes too (sig,
 * mig, efter, blev, nu, av, ut, blir, hennes) is a marker: the group's pairs with Swedish ask the same sets.
 */
const danish = ['af', 'hvad', 'noget', 'nogle', 'ud', 'uden', 'mellem', 'gennem', 'bliver', 'siger', 'havde', 'været', 'tilbage', 'måske', 'jer', 'vores', 'hendes', 'op', 'lige']
const bokmal = ['å', 'hva', 'noe', 'noen', 'seg', 'meg', 'deg', 'etter', 'uten', 'mellom', 'gjennom', 'sier', 'hadde', 'vært', 'tilbake', 'kanskje', 'mye', 'ble', 'dere', 'opp', 'igjen', 'nå']
const nynorsk = ['ikkje', 'eg', 'kva', 'korleis', 'berre', 'frå', 'mykje', 'noko', 'nokre', 'vere', 'sjølv', 'heile', 'kvifor', 'å', 'etter', 'seg', 'meg', 'deg', 'mellom', 'gjennom', 'opp', 'igjen']

/*
 * Words Danish and Norwegian write alike that only one of their stopwords-iso lists holds: each would speak for that
 * one wherever it occurs. Norwegian's list lacks godt, to, alt, kommer, helt, store that Danish's holds; Danish's
 * lacks både, samme, siden, tid, folk that Norwegian's holds. Between these two they speak for neither; against
 * Swedish (se, hos, helt, tre are Swedish words too) the lists stand as they are.
 */
const danishNorwegian = ['alt', 'dine', 'dog', 'far', 'fem', 'fire', 'flere', 'fleste', 'forrige', 'får', 'godt', 'ham', 'helt', 'hos', 'jo', 'komme', 'kommer', 'lille', 'ni', 'nær', 'se', 'seks', 'ser', 'stor', 'store', 'ti', 'to', 'tre', 'bort', 'både', 'folk', 'gå', 'lang', 'mest', 'navn', 'samme', 'siden', 'start', 'stille', 'tid']

/** Words that speak for neither of two close languages (franc codes), whatever their stopword lists hold. */
export const sharedWords: ReadonlyArray<{languages: readonly string[]; words: ReadonlySet<string>}> = [{languages: ['dan', 'nob', 'nno'], words: new Set(danishNorwegian)}]

/** Words (and spellings) that speak for one member of a close group (franc codes). */
export const markerWords: Readonly<Record<string, WordTest>> = {
  srp: new MarkerSet([...ekavian, ...bosnianSerbian]),
  bos: new MarkerSet([...ijekavian, ...bosnianSerbian, ...bosnian], [ijekavianSpelling]),
  hrv: new MarkerSet([...ijekavian, ...croatian], [ijekavianSpelling]),
  slv: new MarkerSet(slovene),
  ind: new MarkerSet(indonesian, [indonesianSpelling]),
  zlm: new MarkerSet(malay, [malaySpelling]),
  afr: new Set(afrikaans),
  nld: new Set(dutch),
  glg: new Set(galician),
  por: new Set(portuguese),
  spa: new Set(spanish),
  cat: new Set(catalan),
  slk: new Set(slovak),
  dan: new Set(danish),
  nob: new Set(bokmal),
  nno: new Set(nynorsk),
}

/**
 * A spelling whose absence from a text of at least `minWords` words speaks
 * for a language, against a rival whose markers hold it: no ijekavian
 * `ije`/`je` in forty words of Croatian-Bosnian-Serbian is Serbian.
 */
export const absentSpelling: Readonly<Record<string, {pattern: () => RegExp; minWords: number; rivals: readonly string[]; name: string}>> = {
  srp: {pattern: ijekavianSpelling, minWords: 40, rivals: ['hrv', 'bos'], name: 'no ijekavian ije/je'},
}

/**
 * Languages whose stopwords-iso lists are missing or mislead against their
 * close relatives (see above): only marker words and letters speak for them.
 */
export const stopwordsMislead = new Set(['hrv', 'bos', 'srp', 'ind', 'zlm', 'afr', 'nld', 'glg', 'por', 'spa'])

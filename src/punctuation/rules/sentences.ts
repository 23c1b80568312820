import {toLangCode} from '../../language/codes.js'
import {stopwordsOf} from '../../language/evidence.js'
import {extensions, tlds} from '../protect.js'
import type {PunctuationRule} from '../rule.js'
import {onFirstUse} from '../../util/on-first-use.js'

/**
 * Words that end in a dot without ending a sentence: titles, company forms,
 * "etc.", "No.", months. After one, a glued capital ("Mr.Smith",
 * "St.Petersburg") is left as it came. Lower case; two letters or more
 * (the rule never reads a one-letter word).
 */
const abbreviations = new Set([
  // English
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'hon', 'gen', 'col', 'capt', 'lt', 'sgt', 'maj', 'gov',
  'sen', 'rep', 'pres', 'mt', 'ft', 'ave', 'blvd', 'rd', 'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ',
  'etc', 'vs', 'viz', 'cf', 'al', 'approx', 'ca', 'fig', 'figs', 'no', 'nos', 'nr', 'vol', 'vols', 'ch', 'sec', 'pp', 'ed',
  'eds', 'chem', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // German, Dutch
  'bzw', 'usw', 'evtl', 'ggf', 'inkl', 'zzgl', 'vgl', 'str', 'hr', 'fr', 'abs', 'bd', 'jh', 'mio', 'mrd', 'tel', 'dhr', 'mevr', 'blz',
  // Romance languages
  'sra', 'srta', 'dra', 'ud', 'uds', 'sig', 'sigg', 'dott', 'ing', 'avv', 'mme', 'mlle', 'mm', 'ste', 'av', 'pág', 'núm',
  // Russian, Ukrainian
  'ул', 'им', 'др', 'пр', 'см', 'стр', 'тыс', 'млн', 'млрд', 'руб', 'коп', 'проф', 'акад', 'доц',
  // Greek
  'κα', 'δηλ', 'βλ', 'σελ', 'αρ',
])

/**
 * Two-letter words a sentence opens with, for languages whose stopwords-iso
 * list is no evidence here: the English one holds every country code (de,
 * es, fr …), and many of these words are country domains too (It, In, Is,
 * Ma, Il). Other languages: their stopwords that are no top-level domain.
 */
const shortOpeners: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['it', 'if', 'in', 'on', 'at', 'as', 'an', 'no', 'so', 'we', 'he', 'my', 'by', 'to', 'or', 'up', 'us', 'do', 'go', 'be', 'me', 'is', 'of', 'oh', 'ok']),
  de: new Set(['er', 'es', 'da', 'du', 'im', 'in', 'an', 'am', 'so', 'ob', 'wo', 'zu', 'ja', 'um', 'ab']),
  nl: new Set(['de', 'in', 'ik', 'we', 'ze', 'er', 'op', 'na', 'nu', 'zo', 'om', 'al', 'je', 'te', 'en', 'of', 'is', 'ja']),
  fr: new Set(['il', 'le', 'la', 'je', 'tu', 'on', 'en', 'un', 'ce', 'ça', 'si', 'ne', 'et', 'au', 'du', 'de', 'ma', 'sa', 'ta', 'où', 'là', 'ni', 'ou']),
  es: new Set(['el', 'la', 'lo', 'en', 'un', 'de', 'se', 'no', 'si', 'sí', 'ya', 'yo', 'tú', 'él', 'mi', 'tu', 'su', 'al', 'es', 'ni']),
  it: new Set(['il', 'la', 'lo', 'le', 'ma', 'in', 'un', 'se', 'ci', 'si', 'io', 'tu', 'da', 'di', 'ne', 'no', 'mi', 'ti', 'ed', 'ha', 'va', 'là']),
  pt: new Set(['os', 'as', 'um', 'em', 'eu', 'no', 'na', 'se', 'já', 'há', 'do', 'da', 'ao', 'de', 'só', 'tu', 'me', 'lá']),
}

/**
 * One-letter words a sentence often opens with, by language: articles,
 * conjunctions and prepositions ("A vonal …", "Η γραμμή …", "O governo …",
 * "I think …"). Only these are read after a glued full stop, and only before
 * a lower-case word: one capital letter alone is more often an initial
 * ("J.R.R. Tolkien") or a label ("Plan.A", "vitamin.B12").
 */
const oneLetterOpeners: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['a', 'i']),
  hu: new Set(['a']),
  el: new Set(['η', 'ο']),
  pt: new Set(['o', 'a', 'e']),
  es: new Set(['a', 'y', 'o', 'e']),
  it: new Set(['a', 'e', 'i', 'o']),
  ca: new Set(['a', 'i']),
  ro: new Set(['o', 'a', 'e']),
  pl: new Set(['a', 'i', 'w', 'z', 'o', 'u']),
  cs: new Set(['a', 'i', 'v', 'z', 's', 'k', 'o', 'u']),
  sk: new Set(['a', 'i', 'v', 'z', 's', 'k', 'o', 'u']),
  hr: new Set(['a', 'i', 'u', 'o', 's', 'k']),
  bs: new Set(['a', 'i', 'u', 'o', 's', 'k']),
  sr: new Set(['a', 'i', 'u', 'o', 's', 'k', 'а', 'и', 'у', 'о', 'с', 'к']),
  sl: new Set(['a', 'v', 'z', 's', 'k', 'o']),
  ru: new Set(['а', 'и', 'в', 'с', 'к', 'о', 'у', 'я']),
  uk: new Set(['а', 'і', 'в', 'у', 'з', 'я', 'й', 'о']),
  bg: new Set(['а', 'и', 'в', 'с', 'я']),
  sv: new Set(['i', 'å']),
  nb: new Set(['i', 'å']),
  da: new Set(['i', 'å']),
}

/** A one-letter word of the block's language that opens sentences ("A", "Η", "O"). */
function isOneLetterOpener(word: string, lang: string): boolean {
  return oneLetterOpeners[toLangCode(lang)]?.has(word) ?? false
}

/** English words that never follow a sentence's first "A" or "I": "grade.A and", "section.A of" are labels. */
const neverAfterOpener = new Set(['and', 'or', 'of', 'nor', 'than', 'to', 'from', 'with', 'vs'])

/**
 * One letter after the dot: a word sentences of the language open with, after a lower-case word of three letters or
 * more that is no abbreviation ("e.g.A", "km.A", "Plan.A" and "chem.A" stay), and before a word that can follow it
 * (the caller has seen a lower-case one: "grade.A and" stays).
 */
function opensWithOneLetter(before: string, after: string, lang: string, next: string): boolean {
  if ([...before].length < 3 || !lowerWord().test(before) || !sameScript(before, after) || abbreviations.has(before)) return false
  if (toLangCode(lang) === 'en' && neverAfterOpener.has(next.toLowerCase())) return false
  return isOneLetterOpener(after.toLowerCase(), lang)
}

/** A two-letter word of the block's language that opens sentences ("It", "Ma", "Οι", "Но"). */
function isShortOpener(word: string, lang: string): boolean {
  const curated = shortOpeners[toLangCode(lang)]
  if (curated) return curated.has(word)
  return (stopwordsOf(lang)?.has(word) ?? false) && !tlds.has(word)
}

/** Languages that capitalize every noun: a capitalized word before the dot is as much prose as a lower-case one. */
const nounsCapitalized = new Set(['de', 'lb'])

/** Generic top-level domains written capitalized in brand names (Yahoo.Com, Booking.Com): never a sentence's first word. */
const genericDomains = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz'])

/** What may stand before the word before the dot: the start, a space, an opening mark or a hyphen or apostrophe inside a word. */
const beforeWord = /[\s"'“‘„‚«‹(\[¿¡–—\-’]/u
/** What may follow the capitalized word: the end, a space, or a mark that ends a word ("It's", "Ma,"). */
const afterWord = /[\s"'”’»›)\],;:!?…]/u

const letters = onFirstUse(() => /[\p{L}\p{M}]/u)
const lowerWord = onFirstUse(() => /^\p{Ll}[\p{Ll}\p{M}]*$/u)
const titleWord = onFirstUse(() => /^\p{Lu}[\p{Ll}\p{M}]*$/u)
const scripts = onFirstUse(() => [/^[\p{Script=Latin}\p{M}]+$/u, /^[\p{Script=Greek}\p{M}]+$/u, /^[\p{Script=Cyrillic}\p{M}]+$/u])

/** Both words written in one of Latin, Greek or Cyrillic, the same one. */
function sameScript(a: string, b: string): boolean {
  return scripts().some((script) => script.test(a) && script.test(b))
}

/**
 * Whether a dot between `before` and `after` (a capitalized word) ends a
 * sentence, on the evidence of the two words and the block's language.
 */
export function isGluedBoundary(before: string, after: string, lang: string, wordAfter = ''): boolean {
  if ([...after].length === 1) return opensWithOneLetter(before, after, lang, wordAfter)
  if ([...before].length < 2) return false
  if (!sameScript(before, after) || !titleWord().test(after)) return false
  const lower = lowerWord().test(before)
  if (!lower && !titleWord().test(before)) return false // ASP.NET, camelCase.Name, U.S
  if (abbreviations.has(before.toLowerCase())) return false
  const next = after.toLowerCase()
  if (extensions.has(next) || genericDomains.has(next)) return false // Vue.Js, README.Md, Yahoo.Com
  // Two letters: a country's domain (Amazon.De, amazon.It) unless a word of the block's language a sentence opens with.
  if ([...next].length === 2) return lower ? isShortOpener(next, lang) : isShortOpener(next, lang) && !tlds.has(next)
  if (!lower) {
    if (tlds.has(next)) return false // Yahoo.Shop, Dropbox.Tech, Spiders.Agency
    // German capitalizes its nouns, so a sentence often ends in one (Daten.Weder, Haus.Der).
    if (nounsCapitalized.has(toLangCode(lang))) return true
    // Elsewhere a capitalized word before the dot is a name (System.Linq, Her.Meneutics): only a function word after it says prose (Paris.The).
    return stopwordsOf(lang)?.has(next) ?? false
  }
  // A lower-case word of prose, then a capitalized word of three letters or more (beschenken.Die, today.Apple).
  return true
}

export const gluedSentence: PunctuationRule = {
  name: 'common/glued-sentence',
  // The dot first, its lookbehind after it (as in apply): a letter first is tried at every letter of the text.
  needs: /\.(?<=\p{L}\.)(?=\p{Lu})/u,
  description:
    'Restores the space after a full stop glued to the next sentence’s capitalized first word (shiny.If, previsto.Ma, αυτοκίνητα.Οι) when the evidence says prose: a lower-case word of two letters or more before the dot, with a word before it on its line (a capitalized one only in German, which capitalizes nouns, or before a function word of the block’s language, and never before a domain), a capitalized word after it in the same script that ends there, and a two-letter word after it only if it is a function word of the block’s language, and a one-letter word only if sentences of the block’s language open with it (A in Hungarian, Η in Greek, O in Portuguese), after a lower-case word of three letters or more and before a lower-case word (negyeddel.A vonal). Domains, URLs, file names, versions, numbers, initials, abbreviations (Mr.Smith, St.Petersburg) and code stay; so does a word that starts its line (lit.Cologne).',
  enabled: true,
  apply: (text, {lang}) =>
    // The dot first, its lookbehind after it: a pattern that opens with a lookbehind is tried at every character of a long text.
    text.replace(/\.(?<=\p{L}{2}\.)(?=\p{Lu}(?:\p{Ll}| \p{Ll}))/gu, (dot: string, offset: number, whole: string) => {
      let start = offset
      while (start > 0 && letters().test(whole[start - 1]!)) start--
      if (start > 0 && !beforeWord.test(whole[start - 1]!)) return dot
      // A sentence before the dot: some word earlier on the line. A name or code that starts its line ("lit.Cologne", " exports.Cow = Cow;") has none.
      const head = whole.slice(Math.max(0, start - 200), start)
      if (!/[\p{L}\p{N}]/u.test(head.slice(head.lastIndexOf('\n') + 1))) return dot
      let end = offset + 1
      while (end < whole.length && letters().test(whole[end]!)) end++
      const following = whole[end]
      // More dotted parts after the word (Yahoo.Co.Jp, glued.It.Works) make a name, not a sentence; a full stop that ends it is fine.
      const endsWord = following === undefined || afterWord.test(following) || (following === '.' && (end + 1 === whole.length || /\s/u.test(whole[end + 1]!)))
      if (!endsWord) return dot
      const wordAfter = following === ' ' ? (/^\p{L}+/u.exec(whole.slice(end + 1, end + 24))?.[0] ?? '') : ''
      return isGluedBoundary(whole.slice(start, offset), whole.slice(offset + 1, end), lang, wordAfter) ? '. ' : dot
    }),
  examples: [
    ['without looking shiny.If your kitchen is warm', 'without looking shiny. If your kitchen is warm'],
    ['ships today.It is available', 'ships today. It is available'],
    ['not flashy.It', 'not flashy. It'],
    ['un risultato previsto.Ma non subito', 'un risultato previsto. Ma non subito', 'it'],
    ['ηλεκτρικά αυτοκίνητα.Οι πωλήσεις', 'ηλεκτρικά αυτοκίνητα. Οι πωλήσεις', 'el'],
    ['он пришёл домой.Но она ушла', 'он пришёл домой. Но она ушла', 'ru'],
    ['Das ist unser Haus.Der Garten ist groß', 'Das ist unser Haus. Der Garten ist groß', 'de'],
    ['Verlust der Daten.Weder die Kasse noch', 'Verlust der Daten. Weder die Kasse noch', 'de'],
    // A one-letter word that opens sentences in the block's language, before a lower-case word.
    ['az egyetemi negyeddel.A vonal hossza', 'az egyetemi negyeddel. A vonal hossza', 'hu'],
    ['την ανατολική πλευρά της πόλης.Η γραμμή έχει', 'την ανατολική πλευρά της πόλης. Η γραμμή έχει', 'el'],
    ['ficou para depois.O governo disse', 'ficou para depois. O governo disse', 'pt'],
    ['we stayed home.I think it was', 'we stayed home. I think it was'],
    ['it came today.I went', 'it came today. I went'],
    ['the new phones ship today.Apple said', 'the new phones ship today. Apple said'],
    ['it was warm today.It’s cold now', 'it was warm today. It’s cold now'],
    // Guards: domains and URLs.
    ['visit example.com or Yahoo.Com and bbc.co.uk', 'visit example.com or Yahoo.Com and bbc.co.uk'],
    ['bought on Amazon.De and Amazon.It yesterday', 'bought on Amazon.De and Amazon.It yesterday'],
    ['see https://example.com/Path.It and www.Example.Com now', 'see https://example.com/Path.It and www.Example.Com now'],
    ['on Yahoo.Co.Jp or Glued.It.Works', 'on Yahoo.Co.Jp or Glued.It.Works'],
    ['mail jane.Doe@example.com today', 'mail jane.Doe@example.com today'],
    // File names, frameworks, versions, numbers, code.
    ['edit index.ts and README.md with Node.js', 'edit index.ts and README.md with Node.js'],
    ['built with ASP.NET and Vue.Js and Chart.Js', 'built with ASP.NET and Vue.Js and Chart.Js'],
    ['upgrade to v2.1.0 or 3.5 at 10.30 today', 'upgrade to v2.1.0 or 3.5 at 10.30 today'],
    ['call myObject.Name or Number.EPSILON or obj.toString()', 'call myObject.Name or Number.EPSILON or obj.toString()'],
    ['call fmt.Println(x) and #today.It', 'call fmt.Println(x) and #today.It'],
    // A name or code that starts its line; a capitalized name before a word that is no function word, or before a domain.
    ['lit.Cologne\nTickets', 'lit.Cologne\nTickets', 'de'],
    ['Code:\n exports.Cow = Cow;', 'Code:\n exports.Cow = Cow;'],
    ['using System.Linq and Her.Meneutics', 'using System.Linq and Her.Meneutics'],
    ['auf Dropbox.Tech und Spiders.Agency', 'auf Dropbox.Tech und Spiders.Agency', 'de'],
    // Abbreviations and initials.
    ['the U.S.It and e.g.It and a.m.It and Ph.D. here', 'the U.S.It and e.g.It and a.m.It and Ph.D. here'],
    ['by J.R.R. Tolkien and J.R.R.Tolkien', 'by J.R.R. Tolkien and J.R.R.Tolkien'],
    ['Mr.Smith went to St.Petersburg etc.It was', 'Mr.Smith went to St.Petersburg etc.It was'],
    ['No.5 and ITV.It and something.IT department', 'No.5 and ITV.It and something.IT department'],
    // Thin evidence: a two-letter word that is no function word here, a name before a short word, an ellipsis, one letter.
    ['he moved to Paris.It was', 'he moved to Paris.It was'],
    ['bought at amazon.De today', 'bought at amazon.De today'],
    ['wait...Then it came', 'wait…Then it came'],
    // One letter: not after an abbreviation or a short word, not before a capital or a number, not a letter the language does not open with.
    ['see etc.A list and km.A road', 'see etc.A list and km.A road'],
    ['use Plan.A now and vitamin.B12 or grade.A Plus', 'use Plan.A now and vitamin.B12 or grade.A Plus'],
    ['got grade.A and see section.A of it or chem.A solution', 'got grade.A and see section.A of it or chem.A solution'],
    ['das ist gut.A ist', 'das ist gut.A ist', 'de'],
    ['mixed scripts: word.Οι and слово.It', 'mixed scripts: word.Οι and слово.It'],
  ],
}

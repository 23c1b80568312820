// A JSON module, not createRequire: a bundler (esbuild, Vite) then carries the lists into a user's bundle.
import stopwordsIso from 'stopwords-iso' with {type: 'json'}
import {toLangCode} from './codes.js'
import type {WordTest} from './marker-set.js'
import {absentSpelling, markerWords, sharedWords, signatureLetters, stopwordsMislead} from './markers.js'

/** stopwords-iso: function words for 57 languages, keyed by ISO 639-1 code. */
const stopwordLists = stopwordsIso as Record<string, string[]>

/** stopwords-iso files Bokmål and Nynorsk under the macrolanguage, Norwegian. */
const listKey = (code: string): string => (code === 'nb' || code === 'nn' ? 'no' : code)

const sets = new Map<string, ReadonlySet<string> | undefined>()

/** The stopword set of a franc code, or undefined when stopwords-iso has none. */
export function stopwordsOf(code: string): ReadonlySet<string> | undefined {
  if (!sets.has(code)) {
    const list = stopwordLists[listKey(toLangCode(code))]
    // The longer lists hold single letters (`b`, `c`, `z`): in another language they are words, not evidence.
    sets.set(code, list ? new Set(list.filter(longerThanALetter)) : undefined)
  }
  return sets.get(code)
}

/** More than one code point (as `[...word].length > 1`, without the array: the lists hold thousands of words). */
function longerThanALetter(word: string): boolean {
  if (word.length !== 2) return word.length > 2
  const first = word.charCodeAt(0)
  const second = word.charCodeAt(1)
  return !(first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff)
}

/** Lower-case words of a text, apostrophes kept inside a word (`l'homme`) and Afrikaans `'n` whole. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/['’]n(?!\p{L})|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu) ?? []
}

interface StopwordIndex {
  codes: readonly string[]
  /** Word → the positions in `codes` of the languages whose stopwords hold it. */
  words: Map<string, readonly number[]>
}

const indexes = new Map<string, StopwordIndex>()

/** The stopword index of one pool of codes, built once per pool. */
function indexOf(codes: readonly string[]): StopwordIndex {
  const key = codes.join(' ')
  let index = indexes.get(key)
  if (!index) {
    const lists = new Map<string, number[]>()
    codes.forEach((code, position) => {
      for (const word of stopwordsOf(code) ?? []) {
        const known = lists.get(word)
        if (known) known.push(position)
        else lists.set(word, [position])
      }
    })
    // The lists as they are: copying 15,000 of them into typed arrays took a one-file run some 20 ms.
    index = {codes: [...codes], words: lists}
    if (indexes.size < 64) indexes.set(key, index)
  }
  return index
}

/**
 * The share of words that are stopwords of each code that has a list, best
 * first. Cheap (one lookup per word in an index of the pool's lists, counts
 * in a typed array), so it can rank a script's whole pool before franc
 * compares trigrams with a few.
 */
export function stopwordShares(words: readonly string[], codes: readonly string[]): Array<[string, number]> {
  if (words.length === 0) return []
  const hits = stopwordHits(words, codes)
  const shares: Array<[string, number]> = []
  hits.forEach((count, position) => {
    if (count > 0) shares.push([codes[position]!, count / words.length])
  })
  return shares.sort((a, b) => b[1] - a[1])
}

/** Pools asked once so far, by their codes: a pool's index is built when it is asked again. */
const askedOnce = new Set<string>()

/**
 * How many of the words are stopwords of each code. The first time a pool is
 * asked, each word is looked up in each list: a one-file run asks once, and
 * indexing all of a pool's lists (some 15,000 words) cost it more than the
 * few thousand lookups. From the second time on, one lookup per word in the
 * pool's index.
 */
function stopwordHits(words: readonly string[], codes: readonly string[]): Uint16Array {
  const hits = new Uint16Array(codes.length)
  const key = codes.join(' ')
  if (indexes.has(key) || askedOnce.has(key)) {
    const index = indexOf(codes)
    for (const word of words) {
      const positions = index.words.get(word)
      if (positions) for (const position of positions) hits[position]!++
    }
    return hits
  }
  if (askedOnce.size < 64) askedOnce.add(key)
  codes.forEach((code, position) => {
    const stopwords = stopwordsOf(code)
    if (stopwords) for (const word of words) if (stopwords.has(word)) hits[position]!++
  })
  return hits
}

/** What speaks for `a` over `b`: counts of letters, stopwords and marker words only one of them uses. */
export interface PairEvidence {
  /** Positive for `a`, negative for `b`. */
  score: number
  /** The strongest signals, for the reason a warning or a test shows. */
  signs: string[]
}

/**
 * Evidence between two close languages (franc codes) in a text: letters
 * only one of them writes (å/æ/ø against ä/ö, ї/є/ґ, ъ, پ/چ/گ against ة),
 * stopwords only one of them has (stopwords-iso), marker words and
 * spellings (`markers-bcs.ts`, `markers-malay.ts`, `markers.ts`), and a
 * spelling a long text lacks (no ijekavian `ije`/`je`: Serbian).
 */
export function pairEvidence(text: string, words: readonly string[], a: string, b: string): PairEvidence {
  const signs: string[] = []
  let score = 0
  const tally = (found: Map<string, number>, sign: 1 | -1) => {
    for (const [item, count] of found) {
      score += sign * count
      signs.push(`${sign > 0 ? a : b}:${item}`)
    }
  }
  const letters = signatureCounts(text)
  tally(letterCounts(letters, signatureLetters[a], signatureLetters[b]), 1)
  tally(letterCounts(letters, signatureLetters[b], signatureLetters[a]), -1)
  const useStopwords = !stopwordsMislead.has(a) && !stopwordsMislead.has(b) && comparable(stopwordsOf(a), stopwordsOf(b))
  const ownA = [markerWords[a], useStopwords ? stopwordsOf(a) : undefined]
  const ownB = [markerWords[b], useStopwords ? stopwordsOf(b) : undefined]
  const shared = sharedBy(a, b)
  tally(wordCounts(words, ownA, ownB, shared), 1)
  tally(wordCounts(words, ownB, ownA, shared), -1)
  tally(absence(words, a, b), 1)
  tally(absence(words, b, a), -1)
  return {score, signs: signs.slice(0, 8)}
}

const allSignatures = new Set(Object.values(signatureLetters).join(''))
let lastText = ''
let lastCounts = new Map<string, number>()

/** How often each signature letter occurs in a text: one pass, remembered for the pairs asked about the same text. */
function signatureCounts(text: string): Map<string, number> {
  if (text === lastText) return lastCounts
  const counts = new Map<string, number>()
  for (const char of text.toLowerCase()) {
    if (allSignatures.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  lastText = text
  lastCounts = counts
  return counts
}

/** Lists of very different length (Ukrainian's 73 words, Russian's 559) make their difference speak for the longer one. */
function comparable(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  return !a || !b || (Math.max(a.size, b.size) <= 3 * Math.min(a.size, b.size))
}

function letterCounts(counts: ReadonlyMap<string, number>, own = '', rival = ''): Map<string, number> {
  const found = new Map<string, number>()
  for (const letter of own) {
    const count = counts.get(letter)
    if (count && !rival.includes(letter)) found.set(letter, count)
  }
  return found
}

type WordSets = ReadonlyArray<WordTest | undefined>

/** One point for `own` when a long enough text lacks a spelling the rival writes (see `absentSpelling`). */
function absence(words: readonly string[], own: string, rival: string): Map<string, number> {
  const found = new Map<string, number>()
  const rule = absentSpelling[own]
  if (rule && rule.rivals.includes(rival) && words.length >= rule.minWords && !words.some((word) => rule.pattern().test(word))) found.set(rule.name, 1)
  return found
}

/** The words both of two languages write alike, that speak for neither (see `sharedWords`). */
function sharedBy(a: string, b: string): ReadonlySet<string> | undefined {
  return sharedWords.find((entry) => entry.languages.includes(a) && entry.languages.includes(b))?.words
}

function wordCounts(words: readonly string[], own: WordSets, rival: WordSets, shared?: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>()
  if (!own.some(Boolean)) return found
  for (const word of words) {
    if (own.some((set) => set?.has(word)) && !rival.some((set) => set?.has(word)) && !shared?.has(word)) found.set(word, (found.get(word) ?? 0) + 1)
  }
  return found
}

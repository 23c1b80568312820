/**
 * How much of a text is one language's stopwords, read word by word from
 * its start and stopped as soon as the answer is known: the per-block test
 * runs on every block of a document, so it splits nothing and builds no
 * array.
 */

/** Code points below this that end a word: spaces and the punctuation that sticks to words. */
const breaks = new Uint8Array(0x2030)
for (const char of ' \t\n\r\f\v\u00a0\u1680.,;:!?()[]{}"\'«»„“”‘’‚‹›—–-…/') breaks[char.codePointAt(0)!] = 1
for (let code = 0x2000; code <= 0x200a; code++) breaks[code] = 1
for (const code of [0x2028, 0x2029, 0x202f]) breaks[code] = 1

function isBreak(code: number): boolean {
  return code < 0x2030 ? breaks[code] === 1 : code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** The share of the first `maxWords` words of a text that are in a stopword set. */
export function stopwordShare(text: string, stopwords: ReadonlySet<string>, maxWords: number): number {
  const own = countStopwords(text, stopwords, maxWords, Number.POSITIVE_INFINITY)
  return counted.words === 0 ? 0 : own / counted.words
}

/**
 * Whether at least `share` of the first `maxWords` words of a text are in a
 * stopword set; it stops reading once enough were found, so a block plainly
 * in the language costs a dozen lookups.
 */
export function reachesShare(text: string, stopwords: ReadonlySet<string>, share: number, maxWords: number): boolean {
  const enough = Math.max(1, Math.ceil(share * maxWords))
  const own = countStopwords(text, stopwords, maxWords, enough)
  return own >= enough || (counted.words > 0 && own / counted.words >= share)
}

/**
 * Per UTF-16 code unit, its lower case when that is one code unit; 0 not
 * known yet, -1 when lower-casing it needs the whole word (İ becomes two
 * units; Greek final sigma depends on its place).
 */
const lowerUnits = new Int32Array(0x10000)

function lowerUnit(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code
  let lower = lowerUnits[code]!
  if (lower === 0) {
    const char = String.fromCharCode(code)
    const lowered = char.toLowerCase()
    lower = lowered.length === 1 && code !== 0x03a3 ? lowered.charCodeAt(0) : -1
    lowerUnits[code] = lower
  }
  return lower
}

/** FNV-1a over UTF-16 code units, folded to 30 bits so it stays a small integer. */
const seed = 0x811c9dc5 | 0
const step = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193)
const fold = (hash: number): number => hash & 0x3fffffff

function hashOf(word: string): number {
  let hash = seed
  for (let index = 0; index < word.length; index++) hash = step(hash, word.charCodeAt(index))
  return fold(hash)
}

const hashedSets = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>()

/**
 * A stopword set as the hashes of its words: the scan below hashes each
 * word as it reads it, so it slices no string and a lookup is a small
 * integer's. Two words sharing a 30-bit hash (one chance in a million per
 * word read against 600 stopwords) would count a word wrongly; a share is
 * a rough measure and survives that.
 */
function hashedSet(stopwords: ReadonlySet<string>): ReadonlySet<number> {
  let hashed = hashedSets.get(stopwords)
  if (!hashed) {
    hashed = new Set([...stopwords].map(hashOf))
    hashedSets.set(stopwords, hashed)
  }
  return hashed
}

/** The words `countStopwords` read last (a second return value without an allocation). */
const counted = {words: 0}

/**
 * Stopwords among the first `maxWords` lower-cased words of a text, read
 * until `enough` stopwords were found; `counted.words` says how many words
 * were read. One loop over the characters that hashes each word as it goes:
 * no split, no slice, no callback, since this runs on every block.
 */
function countStopwords(text: string, stopwords: ReadonlySet<string>, maxWords: number, enough: number): number {
  const hashes = hashedSet(stopwords)
  let own = 0
  let words = 0
  let start = -1
  let hash = seed
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20
    if (!isBreak(code)) {
      if (start < 0) {
        start = index
        hash = seed
      }
      const lower = hash === -1 ? 0 : lowerUnit(code)
      // A unit whose lower case needs the word: hash the word lower-cased whole when it ends.
      hash = lower === -1 || hash === -1 ? -1 : step(hash, lower)
      continue
    }
    if (start < 0) continue
    words++
    const found = hash === -1 ? hashOf(text.slice(start, index).toLowerCase()) : fold(hash)
    if (hashes.has(found) && ++own >= enough) break
    if (words >= maxWords) break
    start = -1
  }
  counted.words = words
  return own
}

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

/** Per UTF-16 code unit: 0 not known yet, 1 no capital, 2 a capital letter. */
const capitals = new Uint8Array(0x10000)

function startsUpper(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90
  if (capitals[code] === 0) {
    const char = String.fromCharCode(code)
    capitals[code] = char.toLowerCase() === char ? 1 : 2
  }
  return capitals[code] === 2
}

/** The words `countStopwords` read last (a second return value without an allocation). */
const counted = {words: 0}

/**
 * Stopwords among the first `maxWords` lower-cased words of a text, read
 * until `enough` stopwords were found; `counted.words` says how many words
 * were read. One loop over the characters, no split and no callback: this
 * runs on every block.
 */
function countStopwords(text: string, stopwords: ReadonlySet<string>, maxWords: number, enough: number): number {
  let own = 0
  let words = 0
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isBreak(text.charCodeAt(index))) {
      if (start < 0) start = index
      continue
    }
    if (start < 0) continue
    words++
    // Lower-casing is the costly part, and most words need none: only those that start with a capital.
    const word = startsUpper(text.charCodeAt(start)) ? text.slice(start, index).toLowerCase() : text.slice(start, index)
    if (stopwords.has(word) && ++own >= enough) break
    if (words >= maxWords) break
    start = -1
  }
  counted.words = words
  return own
}

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {reachesShare, stopwordShare} from '../src/language/share.js'

/** The share as a plain reading would compute it: split at the scan's breaks, lower-case, look up. */
function naiveShare(text: string, stopwords: ReadonlySet<string>, maxWords: number): number {
  const words = text.split(/[\s.,;:!?()[\]{}"'«»„“”‘’‚‹›—–\-…/\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/u).filter(Boolean).slice(0, maxWords)
  return words.length === 0 ? 0 : words.filter((word) => stopwords.has(word.toLowerCase())).length / words.length
}

const stopwords = new Set(['the', 'and', 'über', 'σοφία', 'istanbul', 'i̇stanbul', 'ὅτι', 'och', 'şu'])
const word = fc.constantFrom('the', 'The', 'THE', 'and', 'ÜBER', 'Über', 'ΣΟΦΊΑ', 'σοφία', 'İstanbul', 'ISTANBUL', 'och', 'Och', 'Şu', 'house', 'Haus', 'σοφός', 'iPhone', '東京', '😀', 'l’homme', 'x')
const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', '\u00a0', '…', '"', '/')
const text = fc.array(fc.tuple(word, gap), {maxLength: 60}).map((pairs) => pairs.map(([w, g]) => w + g).join(''))

describe('stopword share (the per-block test, read by hashing words as it scans)', () => {
  it('equals a plain split, lower-case and lookup, capitals and non-Latin scripts included', () => {
    fc.assert(fc.property(text, fc.integer({min: 1, max: 80}), (value, maxWords) => {
      expect(stopwordShare(value, stopwords, maxWords)).toBeCloseTo(naiveShare(value, stopwords, maxWords), 10)
    }), {numRuns: 500})
  })

  it('reachesShare says whether the share of the first words reaches the bar, though it stops reading early', () => {
    fc.assert(fc.property(text, fc.double({min: 0.05, max: 0.9, noNaN: true}), (value, share) => {
      expect(reachesShare(value, stopwords, share, 40)).toBe(naiveShare(value, stopwords, 40) >= share)
    }), {numRuns: 500})
  })

  it('lower-cases a word whose capital needs the whole word (final sigma, dotted I)', () => {
    expect(stopwordShare('ΣΟΦΊΑ', new Set(['σοφία']), 10)).toBe(1)
    // ΟΔΟΣ lower-cased is οδος with a final ς (U+03C2), not a medial σ (U+03C3).
    expect(stopwordShare('ΟΔΟΣ', new Set(['\u03bf\u03b4\u03bf\u03c2']), 10)).toBe(1)
    expect(stopwordShare('ΟΔΟΣ', new Set(['\u03bf\u03b4\u03bf\u03c3']), 10)).toBe(0)
    expect(stopwordShare('İstanbul', new Set(['i̇stanbul']), 10)).toBe(1)
  })
})

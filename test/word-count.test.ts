import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countWords, wordsIn} from '../src/util/text.js'
import {unicodeText} from './helpers/arbitraries.js'

/** countWords counts words in a walk over the code points: as many as the pattern's matches, on any text. */
const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu
const piece = fc.constantFrom('a', 'Z', '7', '٣', 'é', 'e\u0301', '\u0301', "'", '’', '-', ' ', '.', 'ß', 'ǅ', 'Ⅻ', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00', '你', 'ก', 'ー', '\u00a0', '—')
const text = fc.oneof(unicodeText, fc.array(piece, {maxLength: 40}).map((parts) => parts.join('')))

describe('words counted in a walk', () => {
  it('counts what the pattern matches', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(wordsIn(value)).toBe(value.match(word)?.length ?? 0)
      }),
      {seed: 20251206, numRuns: 5000},
    )
  })

  it('counts words, and pairs of characters in scripts without spaces', () => {
    expect(countWords("l'homme va-t-il au café? 12,5 %")).toBe(6)
    expect(countWords('政府宣布新的规则')).toBe(4)
  })
})

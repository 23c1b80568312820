import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lexicons} from '../src/index.js'
import {firstToken, matchLexicon, mayClosePhrase, mayOpenPhrase, tokens} from '../src/lexicon/match.js'
import {unicodeText} from './helpers/arbitraries.js'

/**
 * matchLexicon turns most lines away by their first word, read from the
 * words before a space instead of the line's first 160 characters: the same
 * first token, on text made of what normalization and lower-casing read in
 * context (final sigma, Turkish İ, compatibility forms, combining marks,
 * numbers that become `#`), and on any Unicode text.
 */
const piece = fc.constantFrom(' ', '  ', 'Σ', 'ΟΔΟΣ', 'σ', 'İ', 'i\u0307', 'ﬁ', 'Ａ', '①', '\u0301', 'e\u0301', '12', '3.5', '{n}', '©', '#', '—', '|', '\u00a0', '\u3000', 'Share', 'read', '\u1100', '\u1161', '\u{1d400}', 'ǅ', '\ufdfa', '.', ',', '本网站', 'Cookie', 'クッキー', 'ー', '々')
const line = fc.oneof(fc.array(piece, {maxLength: 30}).map((parts) => parts.join('')), unicodeText)

describe('the first token of a line, from the words before a space', () => {
  it('is the first token of the line', () => {
    fc.assert(
      fc.property(line, fc.integer({min: 1, max: 200}), (value, limit) => {
        const first = firstToken(value, limit)
        if (first !== undefined) expect(first).toBe(tokens(value.slice(0, limit))[0])
      }),
      {seed: 20251206, numRuns: 5000},
    )
  })

  it('the tokens before a space are the first tokens of the line (matchLexicon reads a long line\'s first words so)', () => {
    fc.assert(
      fc.property(line, fc.integer({min: 0, max: 200}), (value, from) => {
        const space = value.indexOf(' ', from)
        fc.pre(space !== -1)
        const lead = tokens(value.slice(0, space))
        expect(tokens(value).slice(0, lead.length)).toEqual(lead)
      }),
      {seed: 20251207, numRuns: 5000},
    )
  })

  it('a line opens no phrase when its first word starts none (mayOpenPhrase)', () => {
    const words = fc.constantFrom('Top', 'Rated', 'Comments', 'More', 'Blog', 'Stories', 'Related', 'articles', 'Share', 'read', 'Σ', 'İ', 'ﬁ', '①', '12', '{n}', '|', '—', '©', 'x\u0301', 'Kommentare', 'the', 'zzz')
    fc.assert(
      fc.property(fc.array(words, {minLength: 1, maxLength: 6}), (parts) => {
        if (!mayOpenPhrase(parts[0]!)) expect(matchLexicon(parts.join(' '))).toEqual([])
      }),
      {seed: 20251208, numRuns: 5000},
    )
    expect(mayOpenPhrase('Related')).toBe(true)
    expect(mayOpenPhrase('zzz')).toBe(false)
  })

  it('tokens reads ASCII as the patterns do', () => {
    const byPatterns = (text: string) => {
      const folded = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase().replace(/i\u0307/g, 'i')
      return folded.replace(/\{n\}/g, '#').replace(/\p{N}+(?:[.,]\p{N}+)*/gu, '#').match(/[\p{L}\p{M}\p{N}©#]+/gu) ?? []
    }
    const ascii = fc.constantFrom('a', 'Z', 'Share', '1', '23', '.', ',', '#', '{n}', '{', 'n}', ' ', '-', "'", '_', '|', '\t', '(', ')', '!', '\u007f', '\u0000')
    fc.assert(fc.property(fc.array(ascii, {maxLength: 20}).map((parts) => parts.join('')), (text) => JSON.stringify(tokens(text)) === JSON.stringify(byPatterns(text))), {seed: 20251209, numRuns: 20000})
  })

  it('still finds the phrases a line opens with', () => {
    expect(matchLexicon('Share this article').length).toBeGreaterThan(0)
    expect(matchLexicon('The council approved the plan on Tuesday')).toEqual([])
  })
})

describe('whether a line may end with a whole phrase (boundaryOf reads the tails of short lines only then)', () => {
  const wanted = ['related', 'popular', 'recent', 'comments', 'authorBox'] as const
  const phrases = Object.values(lexicons).flatMap((lexicon) => wanted.flatMap((category) => lexicon[category] ?? []))
  const ending = fc.oneof(fc.constant(''), fc.constantFrom(...phrases).map((phrase) => ` ${phrase}`), fc.constantFrom(...phrases).map((phrase) => ` ${phrase} (12)`))
  const closed = fc.tuple(line, ending).map(([start, end]) => `${start}${end}`)

  it('says yes of every line whose tail is such a phrase', () => {
    let found = 0
    fc.assert(
      fc.property(closed, (value) => {
        const words = value.trim().split(/\s+/u)
        for (let start = 0; start < words.length; start++) {
          if (!matchLexicon(words.slice(start).join(' ')).some((match) => match.whole && (wanted as readonly string[]).includes(match.category))) continue
          found++
          expect(mayClosePhrase(words, wanted)).toBe(true)
        }
      }),
      {seed: 20251207, numRuns: 3000},
    )
    // The property was tried on lines that hold such a phrase, not on misses alone.
    expect(found).toBeGreaterThan(500)
  })

  it('says no of a line whose last word ends no such phrase', () => {
    expect(mayClosePhrase('Top Rated Comments'.split(' '), wanted)).toBe(true)
    expect(mayClosePhrase('Kommentare (12)'.split(' '), wanted)).toBe(true)
    expect(mayClosePhrase('The mayor spoke on Tuesday'.split(' '), wanted)).toBe(false)
    expect(mayClosePhrase(['»', '|'], wanted)).toBe(false)
  })
})

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cutOffWithEllipsis, endsWithStop} from '../src/util/text.js'
import {holdsOtherDigit, otherDigit} from '../src/util/dates.js'
import {mayHoldSegments, segmentSeparator} from '../src/util/byline-lines.js'
import {isCodeLine} from '../src/parse/text-blocks.js'
import {mayNeedEncodingFix} from '../src/punctuation/rules/common.js'

/**
 * Speed paths (issue 14) that read a line from its end, or rule it out by a
 * plain scan before a Unicode pattern, answer as the patterns they stand for.
 */
const settings = (numRuns: number) => ({numRuns, seed: 14})
const textOf = (pieces: string[], maxLength = 12) => fc.array(fc.constantFrom(...pieces), {maxLength}).map((parts) => parts.join(''))

describe('pretests and reads from the end', () => {
  it('cutOffWithEllipsis and endsWithStop read the end as their patterns do', () => {
    const pieces = ['word', ' ', '.', '..', '...', '…', '"', "'", '”', '’', '»', ')', ']', '」', '!', '?', '\u00a0', '\u3000', '\n', '\t', 'é', '😀', ',']
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(cutOffWithEllipsis(text)).toBe(/(?:…|\.\.\.)["'”’»)\]]*\s*$/u.test(text))
        expect(endsWithStop(text)).toBe(/[.!?]$/u.test(text.trim()))
      }),
      settings(20000),
    )
    expect(cutOffWithEllipsis('So Many Ways to Play…and Pay…')).toBe(true)
    expect(cutOffWithEllipsis('Ein gemeinsames Ziel: Das Wohlbefinden der...» ')).toBe(true)
    expect(cutOffWithEllipsis('A finished sentence.')).toBe(false)
    expect(endsWithStop('Related articles')).toBe(false)
    expect(endsWithStop('Read this first! ')).toBe(true)
  })

  it('a line with no code unit past U+065F holds no digit of another script', () => {
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue
      const character = String.fromCodePoint(point)
      if (otherDigit.test(character)) expect(holdsOtherDigit(character), `U+${point.toString(16)}`).toBe(true)
    }
    expect(holdsOtherDigit('۱۴ فروردین ۱۴۰۴')).toBe(true)
    expect(holdsOtherDigit('14 März 2025, كتب')).toBe(false)
  })

  it("a line that the scan rules out holds no byline segment's separator", () => {
    const pieces = ['Penulis X', ' ', '   ', '|', '•', '·', '｜', '│', '\u3000', '来源', '：', ':', '記者陳怡君', '／', '/', '›', '»', '«', '>', '→', '::', 'Home', 'News', '𠀀', '\u{16FE2}', 'é', '-']
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        if (!mayHoldSegments.test(text)) expect(text.split(segmentSeparator)).toEqual([text])
      }),
      settings(20000),
    )
  })

  it('isCodeLine reads the brackets at a line edge as its patterns did', () => {
    const before = (line: string) => /^[}\])]+[;,]?$/u.test(line) || /^\}/u.test(line) || /(?:\{|[)}\]];)$/u.test(line) || /[=:]\s*[{[(]$/u.test(line)
    const pieces = ['}', ']', ')', '{', '[', '(', ';', ',', '=', ':', ' ', 'x', 'if (a)', 'Hello world', '.']
    fc.assert(
      fc.property(textOf(pieces, 8), (text) => {
        const line = text.trim()
        // Where the old patterns say code, so does isCodeLine; where they do not, only its other tests can.
        if (line !== '' && before(line)) expect(isCodeLine(text)).toBe(true)
      }),
      settings(20000),
    )
    expect(isCodeLine('} else {')).toBe(true)
    expect(isCodeLine('const x = [')).toBe(true)
    expect(isCodeLine('[VIDEO]')).toBe(false)
  })

  it('the encoding fixes\' test answers as it did with the u flag', () => {
    const unicode = new RegExp(mayNeedEncodingFix.source, 'u')
    const pieces = ['a', ' ', '\u00ad', 'é', 'e\u0301', '😀', '\ud83d', '\ude00', '\u2014', '\u2060', '\u200b', 'ж', '\t']
    fc.assert(fc.property(textOf(pieces), (text) => mayNeedEncodingFix.test(text) === unicode.test(text)), settings(20000))
  })
})

import fc from 'fast-check'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {metaToYaml, orderMeta, yamlDocument} from '../src/frontmatter.js'
import {isProtected, protectedByPatterns, replaceTokens} from '../src/punctuation/protect.js'
import type {Meta} from '../src/types.js'
import {misreadByYaml11} from '../src/yaml-1-1.js'
import {capitalizedWords, countWords, endsSentence, isSpaceCode, normalizeForCompare, plainCompareForm, plainForm, sentenceEnding} from '../src/util/text.js'
import {isAge, isCommentStamp, isSignatureLine, timeAgo} from '../src/util/byline-lines.js'
import {endsWithLibrary, isStockLibrary} from '../src/lexicon/stock-photos.js'
import {forgetLines} from '../src/util/line-memo.js'
import {shortWord, shortWords} from '../src/article/features.js'
import {lastSentenceEnd} from '../src/lexicon/captions.js'
import {punctuationRules} from '../src/punctuation/index.js'
import {mayNeedEncodingFix} from '../src/punctuation/rules/common.js'
import {Element} from 'domhandler'
import {classWords} from '../src/parse/html/dom.js'
import {taxonomyClass} from '../src/parse/html/chrome-tokens.js'
import {arabicLetter} from '../src/punctuation/rules/arabic.js'
import {markPatterns} from '../src/punctuation/rules/quote-pairs.js'
import {gluedSentence, holdsGluedSentence} from '../src/article/zones.js'
import {contentWord, contentWords} from '../src/article/headline-features.js'
import {lastSentence} from '../src/lexicon/chrome.js'
import {letterCounts} from '../src/util/names.js'
import {type AnyNode, isTag, isText} from 'domhandler'
import {parseDomWithNotes} from '../src/parse/html/parse-dom.js'
import {openShadowRoots} from '../src/parse/html/shadow-roots.js'
import {customBlocksAsDivs} from '../src/parse/html/custom-elements.js'
import {blankServerErrors} from '../src/parse/html/server-errors.js'

/**
 * Speed changes that must answer as before: each fast path below skips work
 * only where the slow path would give the same answer. Random inputs built
 * from the characters the fast paths read (and those that send them back to
 * the slow path) are answered by both.
 */
const settings = (runs: number) => ({numRuns: Number(process.env.PROPERTY_RUNS ?? runs), seed: Number(process.env.PROPERTY_SEED ?? 20_261_206)})

const yamlPieces = [
  'a', 'B', 'é', 'g', 'Inch', '$', '£', '%', '+', '=', '<', '>', '|', '٣', 'e1', '.5', '0o', '0O', '1_0', 'a_b', 'inf', '.inf', 'nan', 'E', 'e', 'e\u0301', 'ß', 'ж', '日', 'x', 'Y', 'y', 'N', 'n', 'o', 'O', 'es', 'ES', 'ff', 'rue', 'alse', 'ull', 'T', 'F', 'f', 't',
  '0', '1', '12', '0x', '0b', '_', ' ', '  ', '\t', '\n', ',', '.', ';', ':', ': ', '#', ' #', '!', '?', '-', '--', '---', '–', '—', '&', '*', '/', '(', ')',
  '[', ']', '{', '}', '"', "'", '’', '“', '”', '%', '@', '`', '|', '>', '<<', '~', '\u00A0', '\u200B', '\u0007', 'http://', 'https://', 'www.', 'en', 'pt-BR',
  'yes', 'Yes', 'no', 'No', 'on', 'off', 'OFF', 'true', 'False', 'null', 'NULL', '2024-05-01', 'T10:00', 'Z', '+02:00',
]
const yamlText = fc.array(fc.constantFrom(...yamlPieces), {minLength: 1, maxLength: 12}).map((parts) => parts.join(''))

/** The yaml package's 1.1 reading, as misreadByYaml11 asked it before its shortcut. */
function parsedAsOther(value: string): boolean {
  try {
    return typeof parse(value, {version: '1.1', logLevel: 'silent'}) !== 'string'
  } catch {
    return false
  }
}

describe('fast paths give the slow paths\' answers', () => {
  it('misreadByYaml11 answers as the 1.1 parse', () => {
    for (const word of ['Y', 'y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'N', 'n', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF', 'null', 'Null', 'NULL', 'nO', 'yEs', 'en', 'nl', 'pt-BR', 'Nullable', 'Falsey', 'On the road']) {
      expect(misreadByYaml11(word), word).toBe(parsedAsOther(word))
    }
    fc.assert(fc.property(yamlText, (value) => misreadByYaml11(value) === parsedAsOther(value)), settings(3000))
  })

  it('metaToYaml writes what the yaml package writes', () => {
    const value = yamlText.map((text) => text.trim())
    const meta = fc.record(
      {
        title: value,
        author: value,
        date: fc.oneof(value, fc.constantFrom('2024-05-01', '2024-05-01T10:00:00Z', '2024-05-01 10:00', '2024-05-01T10:00:00+02:00')),
        lang: fc.oneof(value, fc.constantFrom('en', 'no', 'pt-BR', 'de')),
        site: value,
        url: fc.oneof(value, fc.constantFrom('https://example.com/a/b?c=d&e=f', 'http://example.com:8080/x', 'https://example.com/x#y', 'https://exa mple.com/')),
        description: value,
        tags: fc.array(value, {maxLength: 4}),
        categories: fc.array(value, {maxLength: 3}),
      },
      {requiredKeys: []},
    )
    fc.assert(
      fc.property(meta, (drawn) => {
        const ordered = orderMeta(drawn as Meta)
        return Object.keys(ordered).length === 0 || metaToYaml(drawn as Meta) === yamlDocument(ordered)
      }),
      settings(3000),
    )
  })

  it('isProtected answers as its patterns read in turn', () => {
    const pieces = ['a', 'b', 'x', 'X', 'D', 'P', 'o', 'O', 'm', 'A', 'i', 'l', 't', 'w', 'B', 'é', '\u0301', 'Ж', '1', ':', '/', '.', '-', "'", '’', '"', '“', '”', '(', ')', '[', ']', '{', '}', '…', ',', ';', '!', '?', '@', '#', '_', '«', '»', '„', '‘', 'mailto:', 'Mailto:', 'www', 'fooBar']
    for (const token of ['word.', '(word', 'don’t,', 'well-known…', '“Word”', 'xD', 'XO)', 'fooBar.', 'www.', 'mailto:', 'word}']) {
      expect(isProtected(token), token).toBe(protectedByPatterns(token))
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 8}).map((parts) => parts.join('')), (token) => isProtected(token) === protectedByPatterns(token)), settings(20000))
  })

  it('replaceTokens replaces the tokens replace(/\\S+/gu) gives, as it does', () => {
    const pieces = ['a', 'B', 'x', 'X', 'é', 'e\u0301', '\u0301', 'ж', '日', '𝐀', '\uD835', '\uDC00', '1', ',', ';', '!', '?', '.', ':', "'", '-', '\uE000', ' ', '  ', '\t', '\n', '\u00A0', '\u2028', '\u3000', '\uFEFF', '\u200B', 'xD', 'word']
    // Plain words come back as they are (the masking's own first test); every other token is marked, so that each call shows.
    const mark = (token: string) => (/^(?![xX])[\p{L}\p{M}]+[,;!?]?$/u.test(token) ? token : `<${token}>`)
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join('')), (text) => replaceTokens(text, mark) === text.replace(/\S+/gu, mark)), settings(20000))
  })

  it('endsSentence answers as its pattern', () => {
    // Every character as the final mark, a closing mark after one, and a space after one.
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      for (const text of [character, `.${character}`, `.)${character}`]) if (endsSentence(text) !== sentenceEnding.test(text)) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
    const pieces = ['a', 'B', '.', '!', '?', '…', '。', '؟', '።', '"', "'", '”', '’', '»', ')', ']', '」', '』', '(', '«', '\u200B', '𝐀', '\uD835', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join('')), (text) => endsSentence(text) === sentenceEnding.test(text)), settings(20000))
  })

  it('lastSentence is the last part the sentence split gives, when it gives two or more', () => {
    const split = (text: string) => {
      const parts = text.split(/(?<=[.!?])\s+(?=[¡¿«"“„‘'(]?\p{Lu})/u)
      return parts.length < 2 ? undefined : parts.at(-1)
    }
    const pieces = ['a', 'B', 'É', '𝐀', '\uD835', 'ж', 'Ж', '日', '1', '.', '!', '?', '…', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '"', ')', '(', '¡', '¿', '«', '“', 'Subscribe', 'now']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 20}).map((parts) => parts.join('')), (text) => lastSentence(text) === split(text)), settings(20000))
  })

  it('letterCounts counts the letters and finds a cased one as the letters\' array did', () => {
    const pieces = ['a', 'B', 'É', 'e\u0301', '\u0301', '𝐀', '𝐚', '\uD835', '\uDC00', 'ж', '日', 'ا', 'ǅ', 'ª', 'ⅰ', '1', ' ', '.', '-']
    const byArray = (text: string) => {
      const letters = text.match(/\p{L}/gu) ?? []
      return {letters: letters.length, cased: letters.some((letter) => letter.toUpperCase() !== letter.toLowerCase())}
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 20}).map((parts) => parts.join('')), (text) => JSON.stringify(letterCounts(text)) === JSON.stringify(byArray(text))), settings(20000))
  })

  it('contentWords finds what the contentWord pattern finds in the lower-cased text', () => {
    const pieces = ['a', 'B', 'İ', 'é', 'e\u0301', '\u0301', 'ж', 'Σ', '日', '𝐀', '𝐚', '\uD835', '\uDC00', '1', '٣', '_', ' ', '-', "'", '.', 'word', 'Der', 'it']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join('')), (text) => JSON.stringify(contentWords(text)) === JSON.stringify(text.toLowerCase().match(contentWord()) ?? [])), settings(20000))
  })

  it('patterns that open with their mark and look behind it match where those that looked behind first did', () => {
    // The punctuation rules' patterns as written before (opening with the lookbehind) and as the rules write them now.
    const pairs: Array<[RegExp, RegExp]> = [
      [/(?<=\p{L})'(?=\p{L})|(?<=\p{N})'(?=\p{Ll})(?!x\s?\p{N})/gu, /'(?:(?<=\p{L}')(?=\p{L})|(?<=\p{N}')(?=\p{Ll})(?!x\s?\p{N}))/gu],
      [/(?<=\p{L})'(?=[\s,.;:!?)\]"“”„«»‘’‚‹›]|$)/gu, /'(?<=\p{L}')(?=[\s,.;:!?)\]"“”„«»‘’‚‹›]|$)/gu],
      [/(?<=\p{L}{2})([.!?])(?=(\p{L})\p{L}{2})/gu, /([.!?])(?<=\p{L}{2}[.!?])(?=(\p{L})\p{L}{2})/gu],
      [/(?<=\p{L}{2}),(?=\p{L}{2})/gu, /,(?<=\p{L}{2},)(?=\p{L}{2})/gu],
      [/(?<=\p{L}{2})\.(?=\p{Lu}\p{Ll})/gu, /\.(?<=\p{L}{2}\.)(?=\p{Lu}\p{Ll})/gu],
      [/(?<=[\p{L}\p{M}][»”"')\]]?[,.!?…]?) - (?=[\p{L}«„“"(])/gu, / - (?<=[\p{L}\p{M}][»”"')\]]?[,.!?…]? - )(?=[\p{L}«„“"(])/gu],
      [/(?<=[\p{L}\p{M}][»”"')\]]?[,!?…])- (?=\p{L})/gu, /- (?<=[\p{L}\p{M}][»”"')\]]?[,!?…]- )(?=\p{L})/gu],
    ]
    const pieces = ['a', 'b', 'Ab', 'É', 'e\u0301', '\u0301', 'ж', 'Ж', '日', '𝐀', '1', '5', 'x', ' ', '  ', '\n', "'", '’', '.', ',', '!', '?', '…', '-', ' - ', '- ', ',-', '»', '”', '"', ')', ']', '«', '„', '(', 'Der', 'it']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(''))
    const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((found) => [found.index, ...found])
    for (const [before, after] of pairs) {
      fc.assert(fc.property(texts, (text) => JSON.stringify(matches(text, before)) === JSON.stringify(matches(text, after))), settings(3000))
    }
  })

  it('capitalizedWords counts the words split(/\\s+/u) gives that open with a letter and a capital', () => {
    const pieces = ['a', 'B', 'É', 'é', 'e\u0301', 'ж', 'Ж', '日', '𝐀', '𝐚', '\uD835', '\uDC00', '1', '-', '.', '“', ' ', '  ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u200B', 'Ǆ', 'ǅ', 'ª', 'ⅰ', 'Ⅰ']
    const split = (text: string) => {
      const words = text.split(/\s+/u).filter((word) => /^\p{L}/u.test(word))
      return {words: words.length, capitalized: words.filter((word) => /^\p{Lu}/u.test(word)).length}
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join('')), (text) => JSON.stringify(capitalizedWords(text)) === JSON.stringify(split(text))), settings(5000))
  })

  it('shortWords counts the parts split(/\\s+/u) gives that the shortWord pattern takes', () => {
    const pieces = ['a', 'B', 'é', 'e\u0301', 'ж', '日', '𝐀', '\uD835', '1', ' ', '  ', '\t', '\n', '\u00A0', '\u3000', '"', "'", '“', '„', '«', '(', ',', '.', ';', ':', '!', '?', '”', '»', ')', '-', 'the', 'and', 'word']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join('')), (text) => shortWords(text) === text.split(/\s+/u).filter((part) => shortWord.test(part)).length),
      settings(5000),
    )
  })

  it('lastSentenceEnd finds, from near the end, the last sentence end that a search from the start finds', () => {
    // The search from the start, as creditAfterSentence read it before: every sentence end, the last one kept if near the end.
    const fromStart = (text: string, reach: number) => {
      let found: {start: number; spaced: boolean} | undefined
      for (const match of text.matchAll(/[.!?]["'”’»)]*\s*(?=\p{Lu})/gu)) found = {start: match.index + match[0].length, spaced: /\s$/u.test(match[0])}
      return found && text.length - found.start <= reach ? found : undefined
    }
    const pieces = ['a', 'B', 'É', 'ж', '𝐀', '\uD835', '.', '!', '?', '"', "'", '”', '’', '»', ')', ' ', '   ', '\n', '\u00A0', '. ', '."  ', '.     ', 'word ', 'Credit: AP']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))
    fc.assert(fc.property(texts, fc.integer({min: 0, max: 30}), (text, reach) => JSON.stringify(lastSentenceEnd(text, reach)) === JSON.stringify(fromStart(text, reach))), settings(20000))
  })

  it('punctuation rules\' needs answer by the text alone, so that rules sharing one are asked once per text', () => {
    // A g or y flag would make test() read from lastIndex: a second asking could answer otherwise.
    for (const rule of punctuationRules) expect(rule.needs === undefined || (!rule.needs.global && !rule.needs.sticky), rule.name).toBe(true)
  })

  it('the rules\' needs that open with their mark find what those that opened with a letter found', () => {
    const needs = (name: string) => punctuationRules.find((rule) => rule.name === name)!.needs!
    const pairs: Array<[RegExp, RegExp]> = [
      [/\p{L}[.!?,]\p{L}/u, needs('common/space-after-punctuation')],
      [/\p{L}\.\p{Lu}/u, needs('common/glued-sentence')],
    ]
    const pieces = ['a', 'B', 'É', 'e\u0301', '\u0301', 'ж', 'Ж', '日', '𝐀', '\uD835', '1', ' ', '.', ',', '!', '?', '..', 'Der', 'it']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 20}).map((parts) => parts.join(''))
    for (const [before, after] of pairs) fc.assert(fc.property(texts, (text) => before.test(text) === after.test(text)), settings(5000))
    // The zone search counts glued sentences only where the test read from the mark finds one.
    fc.assert(fc.property(texts, (text) => holdsGluedSentence.test(text) === (text.match(gluedSentence()) ?? []).length > 0), settings(5000))
  })

  it('the quote marks\' patterns find the marks of their sets and nothing else', () => {
    const wrong: string[] = []
    for (const [set, pattern] of markPatterns) {
      for (let code = 0; code <= 0xffff; code++) {
        const character = String.fromCharCode(code)
        pattern.lastIndex = 0
        if (pattern.test(character) !== set.includes(character)) wrong.push(`${set} ${code.toString(16)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('the Arabic rules\' test finds every Arabic-script letter', () => {
    const arabic = /\p{Script=Arabic}/u
    const missed: string[] = []
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue
      const character = String.fromCodePoint(point)
      if (arabic.test(character) && !arabicLetter.test(character)) missed.push(point.toString(16))
    }
    expect(missed).toEqual([])
  })

  it('normalizeForCompare reads ASCII and common punctuation as NFKC would', () => {
    const slow = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()
    const punctuation = ['\u00A0', '©', '«', '®', '·', '»', '–', '—', '‘', '’', '“', '”', '•', '…']
    for (const mark of punctuation) expect(plainForm.test(mark), mark).toBe(true)
    const pieces = [...punctuation, 'a', 'B', 'I', 'e\u0301', '\u0301', '\u0338', '=', 'é', 'İ', 'ß', 'ﬁ', '①', 'Ａ', '™', '½', '1', ' ', '  ', '\t', '\n', '.', ',', "'", '"', '-', 'Der', 'it']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 20}).map((parts) => parts.join(''))
    fc.assert(fc.property(texts, (text) => normalizeForCompare(text) === slow(text)), settings(20000))
  })

  it('plainCompareForm joins the runs of a-z and 0-9 as the replacement did', () => {
    const slow = (lower: string) => lower.replace(/[^a-z0-9]+/g, ' ').trim()
    const pieces = ['a', 'z', 'A', 'Z', '0', '9', 'der', 'it', '42', ' ', '  ', '\t', '\n', '.', ',', "'", '-', '_', '{', '~', '\u007f', '\u0000', '’', '…', '\u00A0']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 24}).map((parts) => parts.join(''))
    fc.assert(fc.property(texts, (text) => plainCompareForm(text) === slow(text)), settings(20000))
  })

  it('isSpaceCode answers every UTF-16 code unit as \\s does', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpaceCode(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)))
  })

  it('endsWithLibrary answers as its reading by one-character strings and patterns did', () => {
    // The reading before it went by character code: each character a string, white space a pattern, every part cut at slashes.
    const isSpace = (character: string) => /\s/u.test(character)
    const wordStart = (text: string, end: number, floor: number) => {
      let start = end
      while (start > floor && !isSpace(text[start - 1]!)) start--
      return start
    }
    const slow = (text: string) => {
      let end = text.length
      while (end > 0 && [')', '.', ' ', '\t', '\n', '\u00a0'].includes(text[end - 1]!)) end--
      const floor = Math.max(0, end - 200)
      const lastStart = wordStart(text, end, floor)
      const last = text.slice(lastStart, end)
      if (last.length > 24 && !last.includes('/')) return false
      if (last.split('/').some(isStockLibrary)) return true
      let previousEnd = lastStart
      while (previousEnd > floor && isSpace(text[previousEnd - 1]!)) previousEnd--
      if (previousEnd === lastStart || previousEnd <= floor) return false
      const previous = text.slice(wordStart(text, previousEnd, floor), previousEnd).split('/').at(-1)!
      return isStockLibrary(`${previous}${last}`)
    }
    const pieces = ['Adobe', 'Stock', 'AdobeStock', 'stock.adobe.com', 'Unsplash', 'UNSPLASH', 'unsplash.com', 'Pixa', 'bay', 'pixelio.de', '123RF', '123', 'RF', 'Depositphotos.com', 'İstockphoto', 'istock', 'photo', 'Rike', 'Photo by Jane Doe on', '©', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '/', ' / ', ')', '(', '.', 'x'.repeat(30), 'word ']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 16}).map((parts) => parts.join(''))
    fc.assert(fc.property(texts, (text) => endsWithLibrary(text) === slow(text)), settings(20000))
    expect(endsWithLibrary('Foto: Rike/pixelio.de')).toBe(true)
    expect(endsWithLibrary('© fotomek / Adobe Stock')).toBe(true)
  })

  it('isAge answers as its pattern, for lines with a digit', () => {
    const pieces = ['12', '3', '2024', ' ', 'days', 'Stunden', 'jours', 'horas', 'AGO', 'ago', 'Ago', 'geleden', 'sedan', 'siden', 'fa', 'FA', 'vor', 'Vor', 'il y a', 'IL Y A', 'hace', 'HACE', 'há', 'HÁ', 'ſedan', 'min.', 'x', '٣', 'ａｇｏ', 'Facebook', 'avoid']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((parts) => parts.join(' '))
    fc.assert(fc.property(texts, (text) => isAge(text) === (/\p{N}/u.test(text) && timeAgo().test(text))), settings(20000))
    expect(isAge('Miles Taylor 12 days ago')).toBe(true)
    expect(isAge('vor 3 Stunden')).toBe(true)
  })

  it('isSignatureLine and isCommentStamp answer a line as they answer it with its word count, asked once or again', () => {
    const pieces = ['By', 'Jane', 'Doe', 'Barry Joseph', 'September 27th, 2012', ' at ', '11:01 pm', '07.15.12', '2 hours ago', 'vor 3 Stunden', 'hace 5 horas', '12 days ago', 'Posted by:', ' | ', 'Mar 26, 2007', '14:05 Uhr', 'the', 'harbour', 'reopens', '.', ' ', '2024-05-01']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 18}).map((parts) => parts.join(' '))
    forgetLines()
    fc.assert(
      fc.property(texts, (text) => {
        const words = countWords(text)
        const signature = isSignatureLine(text, words)
        const stamp = isCommentStamp(text, words)
        return isSignatureLine(text) === signature && isSignatureLine(text) === signature && isCommentStamp(text) === stamp && isCommentStamp(text) === stamp
      }),
      settings(3000),
    )
    expect(isCommentStamp('Barry Joseph September 27th, 2012 at 11:01 pm')).toBe(true)
    expect(isSignatureLine('By Jane Doe')).toBe(true)
    expect(isSignatureLine('The harbour reopens.')).toBe(false)
    // A byline past a signature's fifteen words, that names its author first; not a sentence that opens with "By" and a date.
    expect(isSignatureLine('by Julie Moos Published Nov. 7, 2012 8:42 am Updated Nov. 7, 2012 2:01 pm')).toBe(true)
    expect(isSignatureLine('By November 7, 2012 the council had voted to close the old road for six months while engineers work')).toBe(false)
    expect(isSignatureLine('By the end of the meeting on Nov. 7, 2012, the council had voted to close the old road')).toBe(false)
  })

  it('the encoding fixes change no text without a character their shared test finds', () => {
    const raw = punctuationRules.filter((rule) => rule.raw)
    expect(raw.map((rule) => rule.name)).toEqual(['common/nfc', 'common/invisible', 'rtl/marks'])
    for (const rule of raw) expect(rule.needs, rule.name).toBe(mayNeedEncodingFix)
    const context = {lang: 'und', quotes: 'keep'} as const
    // Every code point the test passes over is its own NFC form, kept by each rule, and composes with none of the others.
    const inert: string[] = []
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue
      const character = String.fromCodePoint(point)
      if (mayNeedEncodingFix.test(character)) continue
      inert.push(character)
      for (const rule of raw) expect(rule.apply(character, context), `${rule.name} U+${point.toString(16)}`).toBe(character)
    }
    expect(inert.length).toBeGreaterThan(250)
    const composing: string[] = []
    for (const first of inert) for (const second of inert) if ((first + second).normalize('NFC') !== first + second) composing.push(first + second)
    expect(composing).toEqual([])
    // And text made of them, with the characters the rules fix among them.
    const pieces = [...inert.filter((_, index) => index % 7 === 0), 'e\u0301', '\u0301', '\u00AD', '\u200B', '\u200E', '\u202B', '\u2066', '\u0007', '\u0085', 'قال', 'ж', '\u2000', '\u2028', 'Der', ' ']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 16}).map((parts) => parts.join(''))
    fc.assert(fc.property(texts, (text) => mayNeedEncodingFix.test(text) || raw.every((rule) => rule.apply(text, context) === text)), settings(20000))
  })

  it('classWords reads an element\'s class and id as it did before its values were remembered, asked once or again', () => {
    const slow = (value: string | undefined, skip?: RegExp) =>
      !value ? [] : value.split(/\s+/).filter((name) => name !== '' && !skip?.test(name)).flatMap((name) => name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter((word) => word !== '').map((word) => word.toLowerCase()))
    const pieces = ['post', 'Body', 'comments', '_', '-', ' ', '  ', 'tag-social', 'category', 'author-bio', 'author-name', 'has-', 'x1', 'ÄÖ', 'commentsWrapper', '\t', 'nav']
    const value = fc.oneof(fc.constant(undefined), fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((parts) => parts.join('')))
    forgetLines()
    fc.assert(
      fc.property(value, value, fc.constantFrom(undefined, taxonomyClass), (classes, id, skip) => {
        const attribs: Record<string, string> = {}
        if (classes !== undefined) attribs['class'] = classes
        if (id !== undefined) attribs['id'] = id
        const element = new Element('div', attribs)
        const expected = [...slow(classes, skip), ...slow(id, skip)]
        return JSON.stringify(classWords(element, skip)) === JSON.stringify(expected) && JSON.stringify(classWords(element, skip)) === JSON.stringify(expected)
      }),
      settings(5000),
    )
  })

  it('metaToYaml writes a colon inside a word as the yaml package does', () => {
    const colonPieces = [':', ': ', ':\t', 'AI', 'erna', 'Re', 'Invent', 'a', '12', '30', '0', 'T', 'Z', 'e5', ' ', '-', '.', 'yes', 'No', 'on', '2024-05-01', 'é', '#', ' #', '//', 'x']
    const colonText = fc.array(fc.constantFrom(...colonPieces), {minLength: 1, maxLength: 10}).map((parts) => parts.join('').trim())
    fc.assert(
      fc.property(colonText, (title) => {
        const ordered = orderMeta({title})
        return Object.keys(ordered).length === 0 || metaToYaml({title}) === yamlDocument(ordered)
      }),
      settings(20000),
    )
    expect(metaToYaml({title: 'DeepSeek, loppet för AI:erna och den stora kollektiva FOMO'})).toBe('title: DeepSeek, loppet för AI:erna och den stora kollektiva FOMO')
  })

  it('metaToYaml writes text that cannot be plain in double quotes as the yaml package does', () => {
    const quotePieces = [': ', ':', ' #', '#', "'", '"', '\\', '\n', '\t', ' ', '-', '?', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', 'Fact Check', 'Is', 'yes', 'No', '12:30', 'é', '’', '日本', '\u0085', '\u2028', '\u00a0', '\ud800', 'x']
    const quoteText = fc.array(fc.constantFrom(...quotePieces), {minLength: 1, maxLength: 10}).map((parts) => parts.join('').trim())
    fc.assert(
      fc.property(quoteText, fc.constantFrom('title', 'description', 'author', 'date'), (text, key) => {
        const ordered = orderMeta({[key]: text} as Meta)
        return Object.keys(ordered).length === 0 || metaToYaml({[key]: text} as Meta) === yamlDocument(ordered)
      }),
      settings(20000),
    )
    expect(metaToYaml({title: "'We Got Her!': Video Shows Dramatic Rescue"})).toBe('title: "\'We Got Her!\': Video Shows Dramatic Rescue"')
  })

  it('metaToYaml writes common pages\' front matter line by line, as the yaml package does', () => {
    const meta: Meta = {title: 'Harbour reopens after the storms', author: 'Anna Berg', date: '2025-03-12', lang: 'en', url: 'https://example.com/news/harbour?id=3', description: 'Ferries run again, the mayor said.', tags: ['Harbour', 'Weather news']}
    expect(metaToYaml(meta)).toBe(yamlDocument(orderMeta(meta)))
    expect(metaToYaml(meta)).toBe(
      'title: Harbour reopens after the storms\nauthor: Anna Berg\ndate: 2025-03-12\nlang: en\nurl: https://example.com/news/harbour?id=3\ndescription: Ferries run again, the mayor said.\ntags: [Harbour, Weather news]',
    )
  })

  it('the parse\'s notes and the look for <b> skip only pages the source patterns found nothing in', () => {
    const pagePieces = [
      '<div>', '</div>', '<p>', '</p>', 'Harbour', ' ', '<app-text>', '</app-text>', '<fb:like-box>', '</fb:like-box>', '<x_y-z>', '</x_y-z>',
      '<template shadowrootmode="open">', '<TEMPLATE SHADOWROOT="open">', '<template>', '</template>', '<slot>', '<slot name="a">', '</slot>',
      '<span slot="a">', '</span>', '<script>var a="<my-el";</script>', 'shadowroot', '<b>', '</b>', 'Warning', 'Notice', '</b>:', ' on line <b>',
      '<b>Warning</b>: x in <b>/a.php</b> on line <b>7</b><br />', '<b>Notice</b>:  y in <b>/b.php</b> on line <b>12</b>', '\n',
    ]
    const page = fc.array(fc.constantFrom(...pagePieces), {minLength: 1, maxLength: 30}).map((parts) => parts.join(''))
    // The patterns the notes and the look for <b> stand in for: the page's source was searched with them.
    const phpMessage = /<b>(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal error|Recoverable fatal error)<\/b>:[^<]+<b>[^<]+<\/b> on line <b>\d+<\/b>(?:<br ?\/?>)?/g
    const shape = (node: AnyNode): unknown => (isTag(node) ? [node.name, node.attribs, node.children.map(shape)] : isText(node) ? node.data : node.type)
    const options = {xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true}
    fc.assert(
      fc.property(page, (html) => {
        const noted = parseDomWithNotes(html, options)
        openShadowRoots(noted.document, noted.notes)
        customBlocksAsDivs(noted.document, html, noted.notes)
        // As before the notes: every page walked, the source's own pattern the only test.
        const walked = parseDomWithNotes(html, options)
        const always = {hyphenatedName: true, shadowRoot: /shadowroot/iu.test(html)}
        openShadowRoots(walked.document, always)
        customBlocksAsDivs(walked.document, html, always)
        const errors = blankServerErrors(html).errors.map((error) => error.start)
        const expected = html.includes(' on line <b>') ? [...html.matchAll(phpMessage)].map((match) => match.index) : []
        return JSON.stringify(noted.document.children.map(shape)) === JSON.stringify(walked.document.children.map(shape)) && JSON.stringify(errors) === JSON.stringify(expected)
      }),
      settings(3000),
    )
  })
})

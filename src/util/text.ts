import {CodePointKinds} from './code-point-kinds.js'
import {forgetLines, memoLine} from './line-memo.js'
import {onFirstUse} from './on-first-use.js'

/**
 * Small text measures the stages share: word counts for every script,
 * sentence punctuation, and a normal form for comparing lines.
 */

/** Scripts written without spaces between words: count characters instead. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu

/** Words in a text; in scripts without spaces, every two characters count as one word. The stages count the same lines again and again, several times in a row: each answer is remembered (memoLine). */
export function countWords(text: string): number {
  return countedWords(text)
}

const countedWords = memoLine((text: string): number => {
  // Most text has no character of those scripts: one cheap test spares the Unicode-property scan.
  if (!maybeUnspaced.test(text)) return wordsIn(text)
  const spaced = wordsIn(text.replace(unspaced, ' '))
  const dense = text.match(unspaced)?.length ?? 0
  return spaced + Math.ceil(dense / 2)
})

/** What a code point can be in a word: its start (a letter or digit), and what goes on with it (also marks, apostrophes, hyphens). */
const wordStart = 1
const wordGoesOn = 2
const wordKinds = new CodePointKinds((character) => (/[\p{L}\p{N}]/u.test(character) ? wordStart | wordGoesOn : /[\p{M}'’\-]/u.test(character) ? wordGoesOn : 0))

/**
 * The words of `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*` (flags g and u) in a text, counted in
 * a walk over its code points: a word starts at a letter or digit outside a
 * word and goes on through letters, marks, digits, apostrophes and hyphens.
 * The same count as the pattern's matches, without the array of matched
 * words (a paragraph's hundreds of strings) that took most of countWords' time.
 */
export function wordsIn(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index = wordKinds.next) {
    const kind = wordKinds.at(text, index)
    if (inWord) inWord = (kind & wordGoesOn) !== 0
    else if ((kind & wordStart) !== 0) {
      count++
      inWord = true
    }
  }
  return count
}

/** Forget the lines counted so far, and every other line measure (benchmarks measure documents the process has not seen). */
export function forgetCountedLines(): void {
  forgetLines()
}
/**
 * Every code unit an unspaced script can use: Thai, Lao, Myanmar, Khmer, CJK, their extensions and
 * half-width forms, and the surrogates of the supplementary Kana and Han planes. A superset is fine: it only costs the slow path.
 */
const maybeUnspaced = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u2E80-\u9FFF\uA9E0-\uA9FF\uAA60-\uAA7F\uF900-\uFAFF\uFF00-\uFFEF\uD82C-\uD82F\uD840-\uD8BF]/

/** Sentence-final punctuation in any script (Latin, CJK, Arabic, Devanagari, Armenian, Ethiopic …). */
export const sentenceEnd = /[.!?…。！？؟۔।॥።։]/u

/**
 * Does the text hold a boundary between two sentences: a full stop, ! or ?
 * followed by a space and a capital (or any letter in scripts without case,
 * or a CJK full stop)? "Play…and Pay" and "Ph.D." are not one.
 */
export function hasSentenceBoundary(text: string): boolean {
  // Georgian's Mkhedruli is \p{Ll} but written without case (see isCased); Armenian ends a sentence with ։, Amharic with ።.
  return /[.!?]["'”’»)]*\s+(?:\p{Lu}|[\u10D0-\u10FF]|[^\p{Ll}\p{Lu}\s\p{N}\p{P}])|[。！？؟।։።]/u.test(text)
}

/** A line cut off with an ellipsis, a teaser's ("So Many Ways to Play…and Pay…", "Ein gemeinsames Ziel: Das Wohlbefinden der…"), not a finished sentence. */
export function cutOffWithEllipsis(text: string): boolean {
  // `/(?:…|\.\.\.)["'”’»)\]]*\s*$/u` read from the end, as endsSentence reads (the pattern is tried from every
  // character of a paragraph): past the spaces, past the closing marks, an ellipsis.
  let index = text.length - 1
  while (index >= 0 && spaces.has(text.charCodeAt(index))) index--
  while (index >= 0 && ellipsisClosers.has(text.charCodeAt(index))) index--
  if (text.charCodeAt(index) === 0x2026) return true
  return index >= 2 && text.charCodeAt(index) === 0x2e && text.charCodeAt(index - 1) === 0x2e && text.charCodeAt(index - 2) === 0x2e
}

/** Does the text end like a sentence (bar closing quotes and brackets)? */
export function endsSentence(text: string): boolean {
  // Read from the end (`sentenceEnding`, which is tried at each mark of a paragraph): past the spaces, past the closing marks, a final mark.
  let index = text.length - 1
  while (index >= 0 && spaces.has(text.charCodeAt(index))) index--
  while (index >= 0 && closers.has(text.charCodeAt(index))) index--
  return index >= 0 && finals.has(text.charCodeAt(index))
}

/**
 * Whether the text ends in . ! or ? before any trailing white space: `/[.!?]$/u.test(text.trim())`, read from the
 * end (the pattern is tried from every character of a paragraph, and the trim copies it).
 */
export function endsWithStop(text: string): boolean {
  let index = text.length - 1
  while (index >= 0 && spaces.has(text.charCodeAt(index))) index--
  const code = text.charCodeAt(index)
  return code === 0x2e || code === 0x21 || code === 0x3f
}

/** What endsSentence reads; none of its characters is of two of its sets. */
export const sentenceEnding = /[.!?…。！？؟۔।॥።։]["'”’»)\]」』]*\s*$/u
const codes = (characters: string) => new Set([...characters].map((character) => character.charCodeAt(0)))
const finals = codes('.!?…。！？؟۔।॥።։')
const closers = codes('"\'”’»)]」』')
/** What may close a line after its ellipsis (cutOffWithEllipsis). */
const ellipsisClosers = codes('"\'”’»)]')
/** `\s`: white space and line terminators. */
const spaces = codes('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')

/** Whether a UTF-16 code unit is white space as `\s` reads it, without a pattern or a string of one character (ASCII's without the table). */
export function isSpaceCode(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : spaces.has(code)
}

/** Does the text end in a comma, colon or semicolon (a line that continues)? */
export function endsOpen(text: string): boolean {
  return /[,;:،؛、，：；]\s*$/u.test(text)
}

/** A normal form for comparing lines: NFKC, lower case, letters and digits only, single spaces. */
export function normalizeForCompare(text: string): string {
  return compareForm(text)
}

/** Stages compare the same lines again and again (title, dedupe, breadcrumbs): normalized once. */
const compareForm = memoLine((text: string) =>
  // ASCII text is its own NFKC form, and its letters and digits are a-z and 0-9 once lower-cased: no Unicode tables read.
  // So is text whose other characters are common punctuation: no letter, digit or mark, nor one in their NFKC form, which
  // composes with nothing (a no-break space becomes a space, an ellipsis three dots: the spaces their runs are written as).
  plainForm.test(text)
    ? plainCompareForm(text.toLowerCase())
    : text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
        .trim(),
)

/**
 * `lower.replace(/[^a-z0-9]+/g, ' ').trim()`: the runs of a-z and 0-9, one
 * space between them, in one walk that copies the runs (the replacement built
 * its result a match at a time, and dedupe asks it of every paragraph).
 */
export function plainCompareForm(lower: string): string {
  let form = ''
  let start = -1
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = index
    } else if (start >= 0) {
      form = form === '' ? lower.slice(start, index) : `${form} ${lower.slice(start, index)}`
      start = -1
    }
  }
  return form
}

/** ASCII and the punctuation of most Western pages: curly quotes, dashes, ellipsis, guillemets, no-break space, bullet, middle dot, © and ®. */
export const plainForm = /^[\x00-\x7f\u00A0\u00A9\u00AB\u00AE\u00B7\u00BB\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]*$/

/**
 * Is this letter of a script with case (Latin, Cyrillic, Greek …)? Georgian's Mkhedruli has capitals in Unicode
 * (Mtavruli), but its writers never open a sentence or a name with them: the script is written without case.
 */
export function isCased(letter: string): boolean {
  if (letter >= '\u10D0' && letter <= '\u10FF') return false
  return letter.toUpperCase() !== letter.toLowerCase()
}

/** Capitals and no small letters: "HISTALP", "BREAKING NEWS" (a text without cased letters is not). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

/** The first letter of a text is upper case, or its script has no case (Arabic, CJK …). */
export function startsUpper(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0]
  if (!first) return false
  return !isCased(first) || first === first.toUpperCase()
}

/** What the first code point of a word is: a letter, a capital (`\p{Lu}`), and whether a character is white space (`\s`). */
const letterKind = 1
const capitalKind = 2
const spaceKind = 4
const charKinds = new CodePointKinds(charKind)

function charKind(character: string): number {
  return (/^\p{L}$/u.test(character) ? letterKind : 0) | (/^\p{Lu}$/u.test(character) ? capitalKind : 0) | (/^\s$/u.test(character) ? spaceKind : 0)
}

/**
 * The white-space separated words of a text (`text.split(/\s+/u)`) that open
 * with a letter, and those that open with a capital: counted in one walk
 * over the code points, without an array of words and a pattern test for
 * each (isTitleCase asks it of every paragraph).
 */
export function capitalizedWords(text: string): {words: number; capitalized: number} {
  let words = 0
  let capitalized = 0
  let afterSpace = true
  for (let index = 0; index < text.length; index = charKinds.next) {
    const kind = charKinds.at(text, index)
    if (kind & spaceKind) {
      afterSpace = true
      continue
    }
    if (afterSpace) {
      if (kind & letterKind) words++
      if (kind & capitalKind) capitalized++
    }
    afterSpace = false
  }
  return {words, capitalized}
}

/** A web or e-mail address among a line's words ("Mehr Infos unter www.verein.de", "Kontakt: info@verein.de"). */
export function holdsAddress(text: string): boolean {
  return /(?:https?:\/\/|www\.)\S/iu.test(text) || /[^\s@]@[^\s@.]+\.[^\s@]/u.test(text)
}

/**
 * A line that is one e-mail address and nothing else ("john.smith@dailypost.example"), also spelled out against
 * harvesters ("dudecraft::AT::gmail::DOT::com", "jane [at] example [dot] org"): a reporter's contact, no headline.
 */
export function isEmailAlone(text: string): boolean {
  const line = text.trim()
  // The at first: most lines have none, and the pattern is built and compiled only for a page with one.
  return (line.includes('@') && emailAlone().test(line)) || (line.length <= 120 && spelledEmail.test(line))
}

const emailAlone = onFirstUse(() => /^[^\s@]+@[^\s@]+\.\p{L}{2,}$/u)
/** The at and the dots in brackets or colons; each part between them one run of word characters, so matching stays linear. */
const spelledEmail = /^[\w.+-]+ ?(?:\[at\]|\(at\)|\{at\}|::at::) ?\w[\w-]*(?: ?(?:\[dot\]|\(dot\)|\{dot\}|::dot::|\.) ?\w[\w-]*)+$/iu

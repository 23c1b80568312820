import {forgetLines, lineTable, memoLine} from './line-memo.js'

/**
 * Small text measures the stages share: word counts for every script,
 * sentence punctuation, and a normal form for comparing lines.
 */

/** Scripts written without spaces between words: count characters instead. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu
const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu

/** Words in a text; in scripts without spaces, every two characters count as one word. */
export function countWords(text: string): number {
  let count = counted.get(text)
  if (count === undefined) {
    // Most text has no character of those scripts: one cheap test spares the Unicode-property scan.
    if (!maybeUnspaced.test(text)) {
      count = text.match(word)?.length ?? 0
    } else {
      const spaced = text.replace(unspaced, ' ').match(word)?.length ?? 0
      const dense = text.match(unspaced)?.length ?? 0
      count = spaced + Math.ceil(dense / 2)
    }
    // The stages count the same lines again and again: remember them.
    if (counted.size >= 5_000) counted.clear()
    counted.set(text, count)
  }
  return count
}

const counted = lineTable<number>()

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
  return /[.!?]["'”’»)]*\s+(?:\p{Lu}|[^\p{Ll}\p{Lu}\s\p{N}\p{P}])|[。！？؟।]/u.test(text)
}

/** Does the text end like a sentence (bar closing quotes and brackets)? */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？؟۔।॥።։]["'”’»)\]」』]*\s*$/u.test(text)
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
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim(),
)

/** Is this letter of a script with case (Latin, Cyrillic, Greek …)? */
export function isCased(letter: string): boolean {
  return letter.toUpperCase() !== letter.toLowerCase()
}

/** The first letter of a text is upper case, or its script has no case (Arabic, CJK …). */
export function startsUpper(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0]
  if (!first) return false
  return !isCased(first) || first === first.toUpperCase()
}

/**
 * Small text measures the stages share: word counts for every script,
 * sentence punctuation, and a normal form for comparing lines.
 */

/** Scripts written without spaces between words: count characters instead. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu
const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu

/** Words in a text; in scripts without spaces, every two characters count as one word. */
export function countWords(text: string): number {
  const spaced = text.replace(unspaced, ' ').match(word)?.length ?? 0
  const dense = text.match(unspaced)?.length ?? 0
  return spaced + Math.ceil(dense / 2)
}

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
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
}

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

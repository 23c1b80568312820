import {matchLexicon} from './match.js'
import {isSpaceCode} from '../util/text.js'

/**
 * Stock photo libraries, as credits name them ("© Thinkstock", "Photo by Jane
 * Doe on Unsplash", "Foto: Rike/pixelio.de", "© fotomek/AdobeStock"). They
 * license photos, not text: their name closing a line is a photo's credit,
 * where an agency's name may close a wire's paragraph.
 */
const libraries = new Set([
  'unsplash', 'pixabay', 'pexels', 'thinkstock', 'fotolia', 'adobestock', 'stock.adobe', 'istockphoto', '123rf', 'pixelio',
  'depositphotos', 'dreamstime', 'colourbox', 'westend61', 'freepik',
])

/** Whether a credit's part names a stock library, with or without its domain's ending ("Pixabay.com", "pixelio.de", "Adobe Stock"). */
export function isStockLibrary(part: string): boolean {
  // Asked of every line's last word: the patterns only when the word has a space or a dot to take out. Trimmed, a part is no longer.
  if (part.length < minLibraryLength) return false
  let name = part.trim().toLowerCase()
  if (name.length < minLibraryLength) return false
  if (/\s/u.test(name)) name = name.replace(/\s+/gu, '')
  if (name.includes('.')) name = name.replace(/\.(?:com|de|net|org)$/u, '')
  return libraries.has(name)
}

/** The shortest library's name ("123rf"). */
const minLibraryLength = 5

/** What sets a credit off before the library's name: a copyright mark, a slash or bar, a dash, a colon, a bracket. */
const creditMark = /[©/|–—:(]|\s-\s/u
/** The words that put a photographer's name before the library's in its own credit line ("… on Unsplash", "… via Pexels", "… auf Pixabay"). */
const byWords = /\s(?:on|via|from|auf|bei|sur|en|su|na|z)\s/u
/** Where the text after a line's last sentence starts: past its last stop and the space after it (0 for none). */
function lastStop(text: string): number {
  let found = 0
  for (const match of text.matchAll(/[.!?]["'”’»)]*\s/gu)) found = match.index + match[0].length
  return found
}

/** The most words of the credit after the caption's last sentence. */
const maxCreditWords = 16

/** What may close a credit after the library's name: a bracket, a stop, spaces (by code: read from the end of every line). */
const closingMarks = new Set([')', '.', ' ', '\t', '\n', '\u00a0'].map((mark) => mark.charCodeAt(0)))
/** How far from a line's end its last two words are looked for, in characters. */
const maxTailLength = 200

/** Whether the line's last word, one of its parts cut at slashes ("Rike/pixelio.de"), or its last two words ("Adobe Stock") name a library. */
export function endsWithLibrary(text: string): boolean {
  // Read with string operations on the line's end, word by word from it (asked of every line: no split of the line,
  // and no pattern anchored at the end, which is tried from every character of a long line), by character code: no
  // string of one character, nor a pattern, for each character read.
  let end = text.length
  while (end > 0 && closingMarks.has(text.charCodeAt(end - 1))) end--
  const floor = Math.max(0, end - maxTailLength)
  const lastStart = wordStart(text, end, floor)
  const last = text.slice(lastStart, end)
  if (last.length > maxLibraryPart && !last.includes('/')) return false
  if (last.includes('/') ? last.split('/').some(isStockLibrary) : isStockLibrary(last)) return true
  let previousEnd = lastStart
  while (previousEnd > floor && isSpaceCode(text.charCodeAt(previousEnd - 1))) previousEnd--
  if (previousEnd === lastStart || previousEnd <= floor) return false
  const word = text.slice(wordStart(text, previousEnd, floor), previousEnd)
  const previous = word.slice(word.lastIndexOf('/') + 1)
  // Lower case makes no word shorter, and a domain's ending is four characters: longer, the two are no library's name.
  return previous.length + last.length <= maxLibraryName + 4 && isStockLibrary(`${previous}${last}`)
}

/** The longest library's name ("depositphotos"). */
const maxLibraryName = [...libraries].reduce((longest, name) => Math.max(longest, name.length), 0)

/** Longer than any library's name with its domain ("stock.adobe.com"): no library, unless cut at slashes. */
const maxLibraryPart = 24

/** Where the word ending at `end` starts, not before `floor`. */
function wordStart(text: string, end: number, floor: number): number {
  let start = end
  while (start > floor && !isSpaceCode(text.charCodeAt(start - 1))) start--
  return start
}

/**
 * A stock library's credit that closes a line (a photo's caption, or the credit alone): the library's name ends it,
 * set off by a credit's mark ("… zu machen. © Thinkstock", "Fotos: Sasi Ponchaisang/123RF") or, after a photo label,
 * by "on", "via", "auf" ("Photo by Jane Doe on Unsplash"). A sentence that names the library ("I take my photos from
 * Unsplash.") has neither. The credit is what follows the line's last sentence.
 */
export function stockCredit(text: string): string | undefined {
  if (!endsWithLibrary(text)) return undefined
  const tail = text.slice(lastStop(text)).trim()
  if (tail.split(/\s+/u).length > maxCreditWords) return undefined
  if (creditMark.test(tail)) return tail
  const labelled = matchLexicon(tail).some((match) => match.category === 'photoCredit')
  return labelled && byWords.test(tail) ? tail : undefined
}

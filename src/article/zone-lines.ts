import type {RootContent} from 'mdast'
import {isDateLine} from '../util/dates.js'
import {looksLikeName} from '../util/names.js'
import {capitalizedWords, countWords, endsSentence} from '../util/text.js'

/** Measures of single lines that the zone search and its edge rules share. */

/** Chrome found inside articles costs almost nothing and hides from the neighbour test. */
export const inlineCost = -0.5

/**
 * What a "Related articles" or "Comments" heading costs: more than a few
 * comments or teasers after it can earn back, less than the rest of an
 * article. A heading with a paragraph of prose within its next four blocks
 * is an inline box ("Mehr zum Thema", one link, and the article goes on),
 * and costs nothing (see `findZones`).
 */
export const boundaryCost = 100

/** What a list costs at most in the sum: no more than a short paragraph earns (a list of fragments inside the article, a data list of 5 000 items, must not cut the paragraphs after it off). */
export const maxListCost = -20

/** The hand score from which a block reads as prose (a sentence of eight words or more). */
export const minProseScore = 8

/**
 * A line that ends the look for article lines around the core: a name (the
 * author's, printed after the article), a date, a headline in Title Case
 * (without a final full stop).
 * A numbered item ("1. Lavendel") is no name, whatever its capitals.
 */
export function endsLook(text: string): boolean {
  const words = countWords(text)
  // Capitals alone make no headline: German capitalizes every noun; a headline has no final full stop.
  return (words >= 2 && !/\p{N}/u.test(text) && looksLikeName(text)) || isDateLine(text) || (words >= 3 && !endsSentence(text) && isTitleCase(text))
}

/** Long lower-case words that make a line a sentence about names, not a headline in Title Case. */
const maxHeadlineLower = 2

/**
 * Title Case as a headline or a menu writes it: most words capitalized, and the words left in lower case short
 * ("How to Make the Best Bread at Home"). A line with two long words in lower case (five letters or more: a verb,
 * a noun, not an "of", "and", "with") is a sentence, or a list line, whose capitals are names: "Gempa bermagnitudo
 * 6,2 mengguncang Kabupaten Sumedang, Jawa Barat."
 */
export function isHeadlineCase(text: string): boolean {
  if (!isTitleCase(text)) return false
  return (text.match(longLowerWord)?.length ?? 0) < maxHeadlineLower
}

/** A word of five letters or more that opens in lower case. */
const longLowerWord = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{4,}/gu

/** The most a short line without chrome costs (see lineScore); chrome costs 8 or more, a boundary 100. */
export const maxShortLineCost = -5

/** Most words capitalized, as English headlines and menus are: "Former Apple Employee Shares Story". */
export function isTitleCase(text: string): boolean {
  const {words, capitalized} = capitalizedWords(text)
  return words > 0 && capitalized / words >= 0.6
}

/** Whether the block after `index` starts on the input line right under it, with no blank line between (a dump's lines of one box). */
export function setRightOver(children: readonly RootContent[], index: number): boolean {
  const below = children[index + 1]?.position?.start.line
  const ends = children[index]?.position?.end.line
  return below !== undefined && ends !== undefined && below === ends + 1
}

import {capitalizedWords, countWords, endsSentence, holdsAddress} from '../util/text.js'
import {isTitleCase} from './zone-lines.js'

/**
 * A run of label lines: short lines each cut in two by the same mark, a label
 * and its value ("Příkon: 1 000 W" / "Tlak: 15 bar", "Data: 20 grudnia" /
 * "Miejsce: …") or a name and its work ("Witold Lutosławski – „Kolędy”" /
 * "Andrzej Koszewski – „Trzy kolędy”"), as a product's parameters, an event's
 * programme or a fact box prints them. Their capitals are names and units,
 * not a headline's: such a line does not end the look for the article's
 * lines around the core, as a headline in Title Case does, when two more of
 * its kind stand right beside it. A run that gives an address is a contact
 * box, whose lines end the look as before.
 */

/** The fewest lines of a run. */
const minRun = 3
/** The most words of a label line. */
const maxLabelLineWords = 10
/** The most words of the label before the mark. */
const maxLabelWords = 4

/** The fewest words (of letters) of a value that reads as a headline when in Title Case. */
const minHeadlineWords = 3

/** The label and its mark: a colon right after the label, or a dash with a space each side. */
const labelled = /^([^:：–—]+?)(?:([:：])\s|\s([–—])\s)\S/u

/** The mark that cuts a label line in two (':' or a dash), or undefined when the line is none. */
export function labelMark(text: string): string | undefined {
  const words = countWords(text)
  if (words < 2 || words > maxLabelLineWords || endsSentence(text)) return undefined
  const match = labelled.exec(text.trim())
  if (!match || countWords(match[1]!) > maxLabelWords) return undefined
  // A kicker over a headline in Title Case ("Opinion: Why We Should Tax Sugar") is a teaser's line, not a label's value.
  const value = text.trim().slice(match[0].length - 1)
  if (capitalizedWords(value).words >= minHeadlineWords && isTitleCase(value)) return undefined
  return match[2] === undefined ? '–' : ':'
}

/** Whether the line at `index` is one of a run of at least `minRun` label lines in a row that share their mark. */
export function inLabelRun(texts: readonly string[], index: number): boolean {
  const mark = labelMark(texts[index]!)
  if (mark === undefined) return false
  let first = index
  while (first > 0 && labelMark(texts[first - 1]!) === mark) first--
  let last = index
  while (last + 1 < texts.length && labelMark(texts[last + 1]!) === mark) last++
  if (last - first + 1 < minRun) return false
  // A run that gives an e-mail or web address ("E-mail: redactie@…") is the site's contact box, not the article's data.
  for (let at = first; at <= last; at++) if (holdsAddress(texts[at]!)) return false
  return true
}

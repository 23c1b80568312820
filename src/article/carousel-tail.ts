import type {RootContent} from 'mdast'
import {countWords, endsSentence} from '../util/text.js'
import {isProse} from './zones.js'

/** The fewest pairs of a carousel. */
const minPairs = 3
/** The fewest and most words of a teaser's headline. */
const minHeadlineWords = 2
const maxHeadlineWords = 16
/** The fewest and most words of the summary under it: a sentence or two of the page it links to. */
const minSummaryWords = 8
const maxSummaryWords = 60
/** The fewest prose blocks of the article's own above the carousel. */
const minProseAbove = 2

/**
 * A carousel of other pages at the core's end: pairs of a headline (a short
 * line with no final stop or colon) and the one summary under it, run to the
 * core's last block, where one pair comes again word for word (a slider
 * prints its slides twice, to loop). An article prints none of its sections
 * twice: the core ends above the first slide printed again, when the article's own prose stands
 * above it (a page that is all such pairs, printed twice, is left alone).
 */
export function carouselTail(children: readonly RootContent[], texts: readonly string[], start: number, end: number): number {
  let first = end + 1
  while (first - 2 >= start && isPair(children, texts, first - 2)) first -= 2
  // The slider starts at the first slide it prints again: pairs above that are the article's own sections of a heading
  // and a paragraph, which a run of pairs joins without a break (tips, then the teasers of other pages).
  const seen = new Map<string, number>()
  let loop: number | undefined
  for (let index = first; index < end; index += 2) {
    const key = `${texts[index]}\n${texts[index + 1]}`
    const at = seen.get(key)
    if (at === undefined) seen.set(key, index)
    else if (loop === undefined || at < loop) loop = at
  }
  if (loop === undefined) return end
  // A pair right above it whose paragraph ends no sentence is no section of the article but a box's title and caption
  // ("Radiobeitrag vom 30.1.2022 von … in Antenne Düsseldorf", a player's), and goes with the slider.
  const run = first
  first = loop
  while (first - 2 >= run && !endsSentence(texts[first - 1]!)) first -= 2
  if ((end + 1 - first) / 2 < minPairs) return end
  let prose = 0
  for (let index = start; index < first && prose < minProseAbove; index++) if (isProse(children[index]!)) prose++
  return prose >= minProseAbove ? first - 1 : end
}

/** A teaser's headline at `index` and its summary right under it. */
function isPair(children: readonly RootContent[], texts: readonly string[], index: number): boolean {
  const head = children[index]
  const summary = children[index + 1]
  if (!head || !summary || (head.type !== 'paragraph' && head.type !== 'heading') || summary.type !== 'paragraph') return false
  const headline = texts[index]!
  const headlineWords = countWords(headline)
  if (headlineWords < minHeadlineWords || headlineWords > maxHeadlineWords || endsSentence(headline) || /[:：]\s*$/u.test(headline)) return false
  const summaryWords = countWords(texts[index + 1]!)
  return summaryWords >= minSummaryWords && summaryWords <= maxSummaryWords
}

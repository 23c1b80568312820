import type {RootContent} from 'mdast'
import {countWords, hasSentenceBoundary} from '../util/text.js'
import {inlineCost, maxListCost, maxShortLineCost, setRightOver} from './zone-lines.js'

/** The fewest lines of a box that read as a list's items. */
const minItems = 3
/** The most lines of such a box: longer runs of short lines are a sidebar's archive, a tag cloud or a site map, not a list the article holds. */
const maxItems = 20
/** The most words of one item ("Export the journal to PDF, HTML, Latex or plain text"). */
const maxItemWords = 12

/**
 * A list as a browser dumps it: a `<ul>` of short items becomes lines set
 * right under each other, with a blank line above and below the lot (on a
 * page that parts its paragraphs by blank lines), no bullet left to read it
 * by. From HTML the same list is one block that costs at most `maxListCost`;
 * as lines each costs as a menu's line, and a list of a dozen features or
 * tour dates inside the article cost more than the paragraphs under it earn,
 * which the core then left out. Here such a box costs at most what a list
 * costs, in proportion over its lines. Only short lines the lexicon names
 * no chrome (a share bar's "Tweet" / "Share on Facebook" is no list) and no
 * boundary heading; a box with one such line is no list.
 */
export function capLineLists(children: readonly RootContent[], texts: readonly string[], base: readonly number[], scores: number[]): void {
  let start = 0
  while (start < children.length) {
    let end = start
    while (end + 1 < children.length && children[end]!.type === 'paragraph' && children[end + 1]!.type === 'paragraph' && setRightOver(children, end)) end++
    if (end - start + 1 >= minItems && end - start + 1 <= maxItems) cap(texts, base, scores, start, end)
    start = end + 1
  }
}

function cap(texts: readonly string[], base: readonly number[], scores: number[], start: number, end: number): void {
  let sum = 0
  for (let index = start; index <= end; index++) {
    if (!isItem(texts[index]!, base[index]!) || scores[index] === Number.NEGATIVE_INFINITY) return
    sum += Math.min(0, scores[index]!)
  }
  if (sum >= maxListCost) return
  const factor = maxListCost / sum
  for (let index = start; index <= end; index++) if (scores[index]! < 0) scores[index]! *= factor
}

function isItem(text: string, base: number): boolean {
  return base >= maxShortLineCost && base !== inlineCost && countWords(text) <= maxItemWords && !hasSentenceBoundary(text)
}

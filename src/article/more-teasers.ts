import type {RootContent} from 'mdast'
import {endsWithMoreLink} from '../lexicon/more-links.js'
import {countWords, endsSentence} from '../util/text.js'
import {isProse} from './zones.js'

/** The fewest words of a teaser: a sentence or two of the page it links to. */
const minTeaserWords = 8
/** The fewest and most words of a teaser's headline over it. */
const minHeadlineWords = 2
const maxHeadlineWords = 16

/**
 * Teasers of other pages inside the article: a paragraph that ends with its "more" link ("… Hintergründe. mehr")
 * under its headline (a short line with no final stop), as a box between an article's paragraphs prints them, both
 * to go. Only where the article's own paragraphs outnumber them two to one: a page that is a list of such teasers (a
 * directory of golf courses) has them for its text. Each index maps to the reason, for the audit trail.
 */
export function moreTeasers(children: readonly RootContent[], texts: readonly string[], start: number, end: number): Map<number, string> {
  const teasers: number[] = []
  let prose = 0
  for (let index = start; index <= end && index < children.length; index++) {
    const node = children[index]!
    // The headline over it first: most paragraphs stand under another paragraph, and the look at a text's end is the larger cost.
    if (node.type === 'paragraph' && isTeaserHeadline(children[index - 1], texts[index - 1]) && countWords(texts[index]!) >= minTeaserWords && endsWithMoreLink(texts[index]!)) teasers.push(index)
    else if (isProse(node)) prose++
  }
  const found = new Map<number, string>()
  if (teasers.length === 0 || teasers.length * 2 > prose) return found
  for (const index of teasers) {
    found.set(index, 'a teaser of another page, its "more" link at its end, inside the article')
    if (index - 1 >= start) found.set(index - 1, 'the headline of a teaser of another page inside the article')
  }
  return found
}

/**
 * A teaser's headline (or the name over a bio that links to its page): a short line with no final stop or colon.
 * A post that ends with its own "Continue reading" link has its paragraphs over it, no headline.
 */
function isTeaserHeadline(node: RootContent | undefined, text: string | undefined): boolean {
  if (!node || text === undefined || (node.type !== 'heading' && node.type !== 'paragraph')) return false
  const words = countWords(text)
  return words >= minHeadlineWords && words <= maxHeadlineWords && !endsSentence(text) && !/[:：,;]\s*$/u.test(text)
}

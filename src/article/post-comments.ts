import {boundaryOf} from '../lexicon/chrome.js'
import {countWords} from '../util/text.js'
import {boundaryCost, minProseScore} from './zone-lines.js'

/** The most blocks between the title and the post's first paragraph (a date, a byline, a category line). */
const maxLinesToPost = 4
/** How far under the post's first paragraph its comment form is looked for, in blocks (a list of details, a share bar, the author's box). */
const maxPostBlocks = 60
/** How many blocks under the comments' heading hold no paragraph: the form's fields, or the first comment's head. */
const formReach = 4
/** How far under the heading no two paragraphs stand together: the article does not go on there. */
const bodyReach = 12

/**
 * Where a short post's comment form starts, under the title found for sure
 * (the URL's slug, the page's metadata): the first comments' heading after
 * the paragraph right under the title, with no paragraph in the next few
 * blocks (the form's fields) and none standing together for a while. A
 * blog prints the title, the post, the comments, and then its sidebar,
 * whose boxes may outweigh a post of a sentence or two: nothing after the
 * form is the post's. A "Comments" link between a standfirst and the body
 * has the body, no form, under it. -1 when there is none. `first`: the
 * first block under the title.
 */
export function postCommentsWall(texts: readonly string[], base: readonly number[], first: number): number {
  if (first < 0) return -1
  let post = first
  while (post < texts.length && post - first <= maxLinesToPost && base[post]! < minProseScore) post++
  if (post >= texts.length || base[post]! < minProseScore) return -1
  for (let index = post + 1; index < texts.length && index - post <= maxPostBlocks; index++) {
    if (base[index] !== -boundaryCost || boundaryOf(texts[index]!, countWords(texts[index]!)) !== 'comments') continue
    return formUnder(base, index) ? index : -1
  }
  return -1
}

/** Whether no paragraph stands within a few blocks under the comments' heading (its form's fields), and no two paragraphs stand together for a while after it (the article going on under a "Comments" link). */
function formUnder(base: readonly number[], heading: number): boolean {
  for (let index = heading + 1; index < base.length && index - heading <= formReach; index++) if (base[index]! >= minProseScore) return false
  for (let index = heading + 2; index < base.length && index - heading <= bodyReach; index++) if (base[index]! >= minProseScore && base[index - 1]! >= minProseScore) return false
  return true
}

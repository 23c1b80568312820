import type {AnyNode, Element} from 'domhandler'
import {isDateLine} from '../../util/dates.js'
import {countWords} from '../../util/text.js'
import {contains, elementsIn, isElement, textOf} from './dom.js'
import type {Measure} from './measure.js'

/** How many boxes above the chosen container its header may stand in. */
const maxLevelsUp = 4
/** Words of a post's title: a line, not a paragraph set as a heading. */
const maxLineWords = 30

/** A post's title: a heading below the page's own (`<h1>` is the page's headline, which the front matter holds). */
const postHeadings = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
/** What a box without words may still show: a picture, a player, a link. It is no empty wrapper then. */
const shows = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'a'])

/**
 * The box of the chosen container and the title of its post printed right
 * above it (a blog's `div.post` with its `h3.post-title` over `div.post-body`).
 * The prose score falls with each level, so the tightest container of the text
 * leaves the title out; yet a box whose only other content is a heading before
 * the text, and nothing after it, is the post's box, and the heading is its
 * title. Its title is a heading below the page's `<h1>` (the page's headline,
 * which the front matter holds) and no date (a blog's day heading over its
 * posts: a dateline, read from the lines above); any other line (a standfirst,
 * a kicker), a picture or link, or anything after the text (the page's other
 * boxes) ends the climb.
 */
export function withHeader(chosen: Element, body: Element, measured: Measure, headline: Element | undefined): Element {
  let node = chosen
  let found = chosen
  for (let level = 0; level < maxLevelsUp; level++) {
    const parent = node.parent
    if (!parent || !isElement(parent) || parent === body || parent.name === 'body' || parent.name === 'html' || !measured.score.has(parent)) break
    const siblings = parent.children
    const at = siblings.indexOf(node)
    if (siblings.slice(at + 1).some((sibling) => !isEmpty(sibling))) break
    const before = siblings.slice(0, at).filter((sibling) => !isEmpty(sibling))
    if (!before.every((sibling) => isPostTitle(sibling, headline))) break
    node = parent
    if (before.length > 0) found = parent
  }
  return found
}

/** A post's title: a heading below `<h1>`, not the page's headline, not a date. */
function isPostTitle(node: AnyNode, headline: Element | undefined): boolean {
  const text = textOf(node)
  if (countWords(text) > maxLineWords) return false
  if (isElement(node)) {
    if (headline && (node === headline || contains(node, headline))) return false
    // A day's heading over the posts of a blog's day is a dateline, not the post's title: the byline stage reads datelines.
    if (postHeadings.has(node.name)) return !isDateLine(text)
  }
  return false
}

/** A node that shows nothing: no words, no picture, no link (whitespace, a clearing `<div>`, a named anchor). */
function isEmpty(node: AnyNode): boolean {
  if (/[\p{L}\p{N}]/u.test(textOf(node))) return false
  if (!isElement(node)) return true
  return !elementsIn(node).some((inner) => shows.has(inner.name) && (inner.name !== 'a' || inner.attribs['href'] !== undefined))
}

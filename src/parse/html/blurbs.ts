import type {Element} from 'domhandler'
import {hasBlockChild, textOf} from './dom.js'
import type {Measure} from './measure.js'
import {endsSentence} from '../../util/text.js'

/** Characters of a linked blurb that make it a teaser of another page (a sentence or two), not a menu's item. */
const blurbChars = 60
const blurbBlocks = new Set(['p', 'li', 'dd', 'div'])

/**
 * A block whose text is all links', long and ending as a sentence does ("…", "?"): the blurb of a teaser, its
 * first lines linked to the page they open. A menu's items are short and end with no mark.
 */
export function isBlurb(element: Element, measured: Measure): boolean {
  if (!blurbBlocks.has(element.name) || hasBlockChild(element)) return false
  const chars = measured.chars.get(element) ?? 0
  return chars >= blurbChars && measured.links.get(element) === chars && endsSentence(textOf(element))
}

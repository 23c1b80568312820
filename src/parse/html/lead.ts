import type {Element} from 'domhandler'
import {readByline} from '../../util/byline-lines.js'
import {isDateLine} from '../../util/dates.js'
import {countWords, endsSentence, normalizeForCompare} from '../../util/text.js'
import {blockTags, contains, elementsIn, isElement, mostlyLinks, setChildren, textOf} from './dom.js'

/** The most levels above the chosen container at which the headline's box may stand. */
const maxLevelsUp = 4
/** More words than this between the headline and the container: the headline is not this article's, or the gap holds more than a lead. */
const maxGapWords = 250
/** A lead's paragraph: a sentence or a few, not a whole article. */
const leadWords = {min: 8, max: 120}
/** At most this many paragraphs of lead. */
const maxLeadBlocks = 3

/** Where a lead is never: captions, menus, lists, forms, asides. */
const outsideLead = new Set(['figure', 'figcaption', 'nav', 'ul', 'ol', 'dl', 'table', 'form', 'aside', 'button', 'select', 'label'])

/**
 * The lead between the headline and the chosen container: the standfirst a
 * page prints in its own box under the headline (`<p class="intro">`, a
 * `<div>` of its own, the `<header>` that holds the headline), which the
 * container does not hold. It is article text (issue 16: the lead stays in
 * the body), found by where it stands, not by its class: the prose blocks
 * after the headline and before the container, within the box they share,
 * each a sentence or a few, not a byline, a date or mostly links.
 */
export function leadAbove(main: Element, body: Element, headline: Element | undefined): Element[] {
  if (!headline || contains(main, headline) || contains(headline, main)) return []
  // The lowest box above the container that holds the headline too.
  let shared: Element | undefined
  let node: Element = main
  for (let level = 0; level < maxLevelsUp && node !== body; level++) {
    const parent = node.parent
    if (!parent || !isElement(parent)) break
    node = parent
    if (contains(node, headline)) {
      shared = node
      break
    }
  }
  if (!shared) return []
  const inside = elementsIn(shared)
  const from = inside.indexOf(headline)
  const to = inside.indexOf(main)
  if (from < 0 || to < 0 || from > to) return []
  // The boxes that hold the container stand before it too: their words are the article's, not the gap's.
  const gap = inside.slice(from + 1, to).filter((element) => !contains(headline, element) && !contains(element, main))
  const inGap = new Set(gap)
  const gapWords = gap.filter((element) => !inGap.has(element.parent as Element)).reduce((sum, element) => sum + countWords(textOf(element)), 0)
  if (gapWords > maxGapWords) return []
  const blocks = new Set(gap.filter((element) => isLeadBlock(element, inGap, headline)))
  // The outermost blocks only: one inside another lead block is read with it.
  const leads = [...blocks].filter((element) => !gapAncestors(element, inGap).some((above) => blocks.has(above)))
  if (leads.length === 0) return []
  // A lead the container prints again (a dek repeating the first paragraph) is there already.
  // A dek printed twice (the header's and the abstract's) is one lead.
  const held = normalizeForCompare(textOf(main))
  const seen = new Set<string>()
  return leads
    .filter((element) => {
      const text = normalizeForCompare(textOf(element))
      if (held.includes(text) || seen.has(text)) return false
      seen.add(text)
      return true
    })
    .slice(0, maxLeadBlocks)
}

/** The element's ancestors that stand in the gap, nearest first. */
function gapAncestors(element: Element, inGap: ReadonlySet<Element>): Element[] {
  const found: Element[] = []
  for (let up = element.parent; up && isElement(up) && inGap.has(up); up = up.parent) found.push(up)
  return found
}

function isLeadBlock(element: Element, inGap: ReadonlySet<Element>, headline: Element): boolean {
  if (!blockTags.has(element.name) || outsideLead.has(element.name)) return false
  // A block of blocks is read by its parts, blocks inside an inline box (an `<object>`, a link) too.
  if (elementsIn(element).some((inner) => inner !== element && inner.name !== 'br' && blockTags.has(inner.name))) return false
  // Inside a list, a caption or a link (a card whose whole box links elsewhere): not the lead.
  if (gapAncestors(element, inGap).some((above) => outsideLead.has(above.name) || above.name === 'a')) return false
  const text = textOf(element)
  const words = countWords(text)
  if (words < leadWords.min || words > leadWords.max || !(endsSentence(text) || isSubtitle(element, headline))) return false
  if (isDateLine(text) || readByline(text)?.author !== undefined) return false
  return !mostlyLinks(element, text)
}

const headings = /^h[1-6]$/u

/** The heading right under the headline (`<h1>…</h1><h2>…</h2>`): the subtitle, a dek that needs no full stop. */
function isSubtitle(element: Element, headline: Element): boolean {
  if (!headings.test(element.name)) return false
  let previous = element.prev
  while (previous && !isElement(previous)) previous = previous.prev
  return previous === headline
}

/** Put the lead's blocks at the start of the container, in their order: the body then opens with its lead. */
export function prependLead(main: Element, lead: readonly Element[]): void {
  if (lead.length === 0) return
  for (const block of lead) {
    const parent = block.parent
    if (parent) setChildren(parent, parent.children.filter((child) => child !== block))
    // A dek set as a heading is a sentence of the lead, not a section's title.
    if (/^h[1-6]$/u.test(block.name)) block.name = 'p'
  }
  setChildren(main, [...lead, ...main.children])
}

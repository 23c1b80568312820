import type {AnyNode, Element} from 'domhandler'
import {boundaryOf, coreCategories} from '../../lexicon/chrome.js'
import {matchLexicon} from '../../lexicon/match.js'
import {countWords, endsSentence} from '../../util/text.js'
import type {Dropped} from './clean-dom.js'
import {contains, elementsIn, hasBlockChild, isElement, isPageOutline, shortTexts, textOf} from './dom.js'
import {isSignatureLine} from '../../util/byline-lines.js'
import type {Measure} from './measure.js'
import {orphanTail} from './orphan-tail.js'
import {isBlurb} from './blurbs.js'

/** Containers that may be dropped whole when they are mostly links. Not a `<span>`: inline, it is part of its paragraph (a sentence and a long URL under it). */
const linkBoxes = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'header', 'footer', 'figure', 'p'])
const headingLike = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'header', 'section'])

/**
 * Take out what the main content still holds that is not article: boxes
 * that are mostly links and hold no prose (tag lists, "next/previous"
 * navigation, teaser grids), unless one holds the page's `headline`, and everything after a heading that opens a
 * section of other pages or of comments ("Related articles", "You may also
 * like", "Comments"), as long as most of the prose comes before it; then
 * the heading or labels the article is left ending with (orphan-tail.ts).
 */
export function trimContent(container: Element, measured: Measure, headline?: Element, index = false): Dropped[] {
  const dropped: Dropped[] = []
  const total = measured.prose.get(container) ?? 0
  const elements = elementsIn(container)
  const gone = new Set<AnyNode>()

  for (const element of elements) {
    if (element === container || gone.has(element.parent!)) {
      if (element !== container) gone.add(element)
      continue
    }
    const chars = measured.chars.get(element) ?? 0
    if (!linkBoxes.has(element.name) || chars === 0) continue
    const links = measured.links.get(element) ?? 0
    // The box that holds the page's headline is the article's own, however short its text and linked its pictures;
    // so is its outline, whose links lead to its own sections.
    if (links * 2 > chars && (measured.prose.get(element) ?? 0) === 0 && !isLinkedSentence(element, chars - links) && !introduced(element) && !(headline && contains(element, headline)) && !isPageOutline(element) && !(index && holdsBlurb(element, measured))) {
      gone.add(element)
      dropped.push({element, reason: 'links without prose inside the article (tags, navigation or teasers)'})
    }
  }

  // The first boundary heading after most of the prose: what follows it belongs to other pages. A comments
  // heading that signed comments follow cuts after any prose, however long the thread under a short post.
  let before = 0
  let short: ((element: Element) => string | undefined) | undefined
  // By index, not `elements.entries()`: a pair for each element of the page was garbage that outlived the young generation.
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!
    if (gone.has(element)) continue
    before += (measured.prose.get(element) ?? 0) - childProse(element, measured)
    if (!headingLike.has(element.name) || total === 0 || before === 0) continue
    // Texts of 60 characters or fewer, all found in one pass: textOf of each nested box read all it holds (quadratic).
    short ??= shortTexts(maxHeadingLength)
    const text = short(element)
    if (text === undefined || text === '' || text.length > maxHeadingLength) continue
    const boundary = boundaryOf(text, countWords(text))
    // A data table's cell ("new", a task's state) is the table's content, never a section's heading; layout tables' cells are boxes by now.
    if (boundary === undefined || inCell(element, container)) continue
    if (before * 2 < total && !(boundary === 'comments' && signedBelow(elements, index))) continue
    const reason = `after "${text}": a section of other pages or comments, not the article`
    for (let node: Element = element; node !== container && node.parent && isElement(node.parent); node = node.parent) {
      const siblings = node.parent.children
      for (let index = siblings.indexOf(node) + (node === element ? 0 : 1); index < siblings.length; index++) {
        const sibling = siblings[index]!
        if (isElement(sibling) && !gone.has(sibling)) dropped.push({element: sibling, reason})
        gone.add(sibling)
      }
      if (node.parent === container) break
    }
    break
  }
  const orphans = orphanTail(elements, container, gone)
  for (const element of orphans) dropped.push({element, reason: 'a heading or label the article ends with, whose section is gone (its links, or what it announces)'})
  for (const {element} of dropped) remove(element)
  return dropped
}

/** The longest heading that can open a section of other pages or comments, in characters. */
const maxHeadingLength = 60

/** How many blocks after a comments heading are read for the comments' signatures, and how many make a thread. */
const signatureReach = 40
const threadSignatures = 2

/** Signatures ("Posted by: Andrew | Mar 26, 2007 2:00:18 PM", "Jo, 2 hours ago") in the blocks after `index`: a thread. */
function signedBelow(elements: readonly Element[], index: number): boolean {
  let found = 0
  for (const element of elements.slice(index + 1, index + 1 + signatureReach)) {
    if (hasBlockChild(element)) continue
    const text = textOf(element)
    if (isSignatureLine(text) && ++found >= threadSignatures) return true
  }
  return false
}

const lists = new Set(['ul', 'ol', 'dl', 'table'])
/** A line that introduces a list: a few words ending in a colon ("Other deals:", "Previous interviews from the series:"). */
const maxIntroWords = 12

/**
 * A list the article introduces with a line of its own ending in a colon ("Top deal:", "Other works I've
 * reviewed:"): the article's list, links or not. Not one whose line holds a phrase of the lexicon's (other pages,
 * comments, sharing: "Related posts:", "Read also:"), nor a list of headlines.
 */
function introduced(element: Element): boolean {
  // A list of headlines (an item holding a heading) is a box of other pages' teasers, whatever introduces it.
  if (!lists.has(element.name) || elementsIn(element).some((inner) => /^h[1-6]$/u.test(inner.name))) return false
  let previous = element.prev
  while (previous && !isElement(previous) && textOf(previous) === '') previous = previous.prev
  if (!previous || !isElement(previous) || lists.has(previous.name) || hasBlockChild(previous)) return false
  const text = textOf(previous)
  const words = countWords(text)
  if (words === 0 || words > maxIntroWords || !/:\s*$/u.test(text)) return false
  // "Related posts:", "Lesen Sie auch die folgenden Beiträge:": the lexicon names other pages' box, wherever its phrase stands.
  return boundaryOf(text, words) === undefined && !matchLexicon(text).some((match) => coreCategories.includes(match.category))
}

/** Words of its own, outside its links, that a paragraph needs to be a sentence written around links. */
const minOwnWords = 4

/**
 * A paragraph that is a sentence written around its links ("Also ahead of the trial, <a>Jeremy Page dug
 * into its political implications</a> at <a>the Journal</a>."): a link roundup's entry, not a box of links;
 * or a list most of whose items are such entries. A tag list, a list of headlines or a "Read more: <a>…</a>"
 * line has too few words of its own, or no sentence end.
 */
function isLinkedSentence(element: Element, ownChars: number): boolean {
  if (ownChars === 0) return false
  // `<li><a>Dog debarking policy raises protest</a> – It's sad that dog lovers support it.</li>`: a quickies post's list.
  if (element.name === 'ul' || element.name === 'ol') {
    const items = element.children.filter((child): child is Element => isElement(child) && child.name === 'li')
    return items.length > 0 && items.filter((item) => writtenAroundLinks(item)).length * 2 > items.length
  }
  return element.name === 'p' && writtenAroundLinks(element)
}

/** Whether a block is a sentence with words of its own outside its links. */
function writtenAroundLinks(element: Element): boolean {
  const text = textOf(element)
  if (!endsSentence(text)) return false
  let own = 0
  for (const node of element.children) if (!(isElement(node) && node.name === 'a')) own += countWords(textOf(node))
  return own >= minOwnWords
}

/** Whether a box holds a teaser's linked blurb: on an index page (trimContent's `index`), a teaser, the page's text. */
function holdsBlurb(element: Element, measured: Measure): boolean {
  return isBlurb(element, measured) || elementsIn(element).some((inner) => isBlurb(inner, measured))
}

const cells = new Set(['td', 'th'])

/** Whether the element stands in a table cell below the container. */
function inCell(element: Element, container: Element): boolean {
  for (let node = element.parent; node && node !== container && isElement(node); node = node.parent) if (cells.has(node.name)) return true
  return false
}

function childProse(element: Element, measured: Measure): number {
  let sum = 0
  for (const child of element.children) if (isElement(child)) sum += measured.prose.get(child) ?? 0
  return sum
}

function remove(node: AnyNode): void {
  const parent = node.parent
  if (!parent) return
  const index = parent.children.indexOf(node)
  if (index < 0) return
  parent.children.splice(index, 1)
  if (node.prev) node.prev.next = node.next
  if (node.next) node.next.prev = node.prev
  node.parent = null
}

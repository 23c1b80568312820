import type {AnyNode, Element} from 'domhandler'
import {countWords, endsSentence} from '../../util/text.js'
import {boundaryOf} from '../../lexicon/chrome.js'
import {blockTags, hasBlockChild, isElement, textOf} from './dom.js'

/** A line of the tail this short, without a sentence end, is a label, not the article's last words. */
const maxLabelWords = 8
/** The most lines taken off the end: an orphan section's heading and its few labels, not an article. */
const maxOrphanLines = 6
/** More headings than this at the end, with nothing under them: the article's own outline. */
const maxOrphanHeadings = 2
/** Where the article's own short lines live (list items, table cells, code, quotes, figures): the tail stops there. */
const structured = new Set(['li', 'dt', 'dd', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'dl', 'pre', 'code', 'blockquote', 'figure'])
const media = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'canvas'])
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The lines a container ends with that belong to nothing once its boxes of
 * links are gone (`gone`, trim-content.ts): the heading of a section of
 * other pages whose list was taken ("Mehr aus dem Channel"), a line that
 * announces what is no longer there ("You may also be interested in:"),
 * and the short labels under them ("Valora esta noticia"). From the end,
 * each heading and each short line without a sentence end is read, up to
 * the first line of prose; the tail starts at the topmost heading or
 * announcing line among them, and goes when that line announces (":") or
 * when a box of links went after it. Short lines above it (a list of
 * contacts) are the article's; lists, tables, quotes, code, pictures and
 * text outside any line end the walk.
 */
export function orphanTail(elements: readonly Element[], container: Element, gone: ReadonlySet<AnyNode>): Element[] {
  const tail: Element[] = []
  /** How many lines were read when the last box of links that went was passed. */
  let linesAtLastBox = -1
  // What each ancestor answers is kept for the walk: the elements of a line nested 500 deep (unclosed <font><b>) asked it of every ancestor.
  const boxes = new Map<AnyNode, Element | undefined>()
  const lines = new Map<AnyNode, boolean>()
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]!
    if (element === container) continue
    const box = goneBox(element, container, gone, boxes)
    if (box) {
      if (box === element) linesAtLastBox = tail.length
      continue
    }
    if (media.has(element.name) || structured.has(element.name)) break
    if (!isLine(element)) {
      // Inline markup inside a line is read with its line; a box of blocks by its blocks; loose text ends the walk.
      if (insideLine(element, container, lines) || hasBlockChild(element) || textOf(element) === '') continue
      break
    }
    const text = textOf(element)
    if (text === '') continue
    const label = headings.has(element.name) || (countWords(text) <= maxLabelWords && (!endsSentence(text) || /[?:]\s*$/u.test(text)))
    if (!label || tail.length >= maxOrphanLines) break
    tail.push(element)
  }
  const top = tail.findLastIndex((line) => headings.has(line.name) || /:\s*$/u.test(textOf(line)))
  if (top < 0) return []
  const section = tail.slice(0, top + 1)
  if (section.filter((line) => headings.has(line.name)).length > maxOrphanHeadings) return []
  // Its links went after the section's opening line (read before it, walking up from the end), or it announces what is not
  // there: with a colon, or as the lexicon's heading of a section of other pages or comments ("111 Responses to …").
  const opening = textOf(section[top]!)
  const announces = /:\s*$/u.test(opening) || boundaryOf(opening, countWords(opening)) !== undefined
  return announces || (linesAtLastBox >= 0 && linesAtLastBox <= top) ? section : []
}

/** A block of text that holds no other block: a paragraph, a heading, a `<div>` of text. */
function isLine(element: Element): boolean {
  return blockTags.has(element.name) && !structured.has(element.name) && !hasBlockChild(element)
}

/**
 * The outermost element that went holding this one (itself, or an ancestor below the container), if any.
 * `known`: the answers for elements asked before (an element's is its parent's, else itself if it went).
 */
function goneBox(element: Element, container: Element, gone: ReadonlySet<AnyNode>, known: Map<AnyNode, Element | undefined>): Element | undefined {
  const chain: Element[] = []
  let found: Element | undefined
  for (let node: AnyNode | null = element; node && node !== container && isElement(node); node = node.parent) {
    if (known.has(node)) {
      found = known.get(node)
      break
    }
    chain.push(node)
  }
  for (let at = chain.length - 1; at >= 0; at--) {
    const node = chain[at]!
    if (found === undefined && gone.has(node)) found = node
    known.set(node, found)
  }
  return found
}

/** Whether an ancestor of the element below the container is a line. `known`: the answers for the ancestors asked before. */
function insideLine(element: Element, container: Element, known: Map<AnyNode, boolean>): boolean {
  const chain: AnyNode[] = []
  let inside = false
  for (let node = element.parent; node && node !== container && isElement(node); node = node.parent) {
    if (known.has(node)) {
      inside = known.get(node)!
      break
    }
    chain.push(node)
  }
  // An ancestor's answer: it is a line, or one above it is.
  for (let at = chain.length - 1; at >= 0; at--) {
    const node = chain[at]!
    inside ||= isLine(node as Element)
    known.set(node, inside)
  }
  return inside
}

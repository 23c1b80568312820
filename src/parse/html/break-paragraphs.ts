import {type AnyNode, Element, type ParentNode, isText} from 'domhandler'
import {blockTags, isBlockElement, isElement, setChildren, textOf} from './dom.js'
import {append} from '../../util/append.js'

/**
 * Text split by two or more `<br>` read as the paragraphs a browser shows
 * (after Readability's `<br><br>` pass), as old pages and forums write it.
 */

/**
 * In each parent of the given `<br>` elements, text split by two or more of
 * them (whitespace between) becomes paragraphs: `<td>One.<br><br>Two.</td>`
 * reads as two paragraphs, as a browser shows it. A single `<br>` stays a
 * line break. A `<p>` split so becomes a `<div>` of paragraphs.
 */
export function paragraphsFromBreaks(breaks: readonly Element[]): void {
  const done = new Set<ParentNode>()
  for (const br of breaks) {
    const parent = br.parent
    if (!parent || done.has(parent) || !isElement(parent as AnyNode)) continue
    done.add(parent)
    splitAtBreakRuns(parent as Element)
  }
}

function isBreak(node: AnyNode | undefined): boolean {
  return node !== undefined && isElement(node) && node.name === 'br'
}

function isBlank(node: AnyNode): boolean {
  return isText(node) && node.data.trim() === ''
}

/** Where a run of two or more `<br>` (blank text between) starts and ends, in a child list. */
function breakRuns(children: readonly AnyNode[]): Array<[start: number, end: number]> {
  const runs: Array<[number, number]> = []
  for (let index = 0; index < children.length; index++) {
    if (!isBreak(children[index])) continue
    let end = index
    let count = 1
    for (let next = index + 1; next < children.length; next++) {
      if (isBreak(children[next])) {
        count++
        end = next
      } else if (!isBlank(children[next]!)) break
    }
    if (count >= 2) runs.push([index, end])
    index = end
  }
  return runs
}

/**
 * Only these are split. Not a data table's cell (Markdown's cells hold no
 * paragraphs; a layout table's cells are `<div>`s by now), nor a heading,
 * a link or emphasis, whose text would run together.
 */
const splitParents = new Set(['p', 'div', 'li', 'section', 'article', 'main', 'body', 'center', 'blockquote', 'dd', 'font', 'span', 'form', 'aside'])

/** Inline containers old pages wrap whole articles in (`<font>`): split only where no phrasing element stands around them. */
const inlineContainers = new Set(['font', 'span'])

/** Elements whose content is one run of text: a paragraph made inside them would glue to its neighbours. */
const phrasing = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'b', 'strong', 'i', 'em', 'u', 'font', 'span', 'label', 'caption', 'dt', 'summary', 'td', 'th', 'small', 'big', 'q', 'cite'])

/** Whether an element stands inside phrasing content, looking up to the nearest block. */
function insidePhrasing(element: Element): boolean {
  for (let up = element.parent; up && isElement(up as AnyNode); up = (up as Element).parent) {
    const name = (up as Element).name
    if (phrasing.has(name)) return true
    if (blockTags.has(name)) return false
  }
  return false
}

function splitAtBreakRuns(parent: Element): void {
  if (!splitParents.has(parent.name) || insidePhrasing(parent)) return
  const children = parent.children
  const runs = breakRuns(children)
  if (runs.length === 0) return
  const out: AnyNode[] = []
  let inline: AnyNode[] = []
  // Inline content gathered since the last block or run of breaks becomes one paragraph;
  // the first, a stack of labels (headline, byline, date), one paragraph per line.
  const flush = () => {
    while (inline.length > 0 && (isBlank(inline[0]!) || isBreak(inline[0]))) detach(inline.shift()!)
    while (inline.length > 0 && (isBlank(inline[inline.length - 1]!) || isBreak(inline[inline.length - 1]))) detach(inline.pop()!)
    if (inline.length > 0) append(out, out.length === 0 ? paragraphsOf(inline) : [paragraphOf(inline)])
    inline = []
  }
  let run = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const current = runs[run]
    if (current && index >= current[0] && index <= current[1]) {
      detach(child)
      if (index === current[1]) {
        flush()
        run++
      }
      continue
    }
    if (isBlockElement(child)) {
      flush()
      out.push(child)
    } else {
      inline.push(child)
    }
  }
  flush()
  // A paragraph cannot hold paragraphs: the split `<p>` becomes their container.
  if (parent.name === 'p' || inlineContainers.has(parent.name)) parent.name = 'div'
  setChildren(parent, out)
}

/** A line this long, or ending a sentence, is running text: its `<br>` is a line break, not a list of labels. */
const labelLine = 80
const sentenceEnd = /[.!?…。！？]["”’»)]?$/u

/**
 * One paragraph; or one per line when every line split by a single `<br>`
 * is a short label (a headline, a byline, a date stacked at the top of an
 * old page's article cell), so each is read as the line it is.
 */
function paragraphsOf(nodes: AnyNode[]): Element[] {
  const lines: AnyNode[][] = [[]]
  for (const node of nodes) {
    if (isBreak(node)) lines.push([])
    else lines[lines.length - 1]!.push(node)
  }
  const texts = lines.map((line) => line.map((node) => textOf(node)).join(' ').trim())
  const labels = lines.length >= 2 && lines.length <= maxLabels && texts.every((text) => text !== '' && text.length <= labelLine && !sentenceEnd.test(text))
  if (!labels) return [paragraphOf(nodes)]
  for (const node of nodes) if (isBreak(node)) detach(node)
  return lines.map((line) => paragraphOf(line))
}

/** A stack of labels has a few lines; more are a poem, an address, a list. */
const maxLabels = 4

/** Take a node out of the tree for good: no links left to its old place. */
function detach(node: AnyNode): void {
  node.parent = null
  node.prev = null
  node.next = null
}

function paragraphOf(nodes: AnyNode[]): Element {
  const paragraph = new Element('p', {})
  paragraph.startIndex = nodes[0]!.startIndex
  paragraph.endIndex = nodes[nodes.length - 1]!.endIndex
  setChildren(paragraph, nodes)
  return paragraph
}

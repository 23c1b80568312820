import {type AnyNode, Element, type ParentNode, isText} from 'domhandler'
import {blockTags, isElement, textOf} from './dom.js'

/**
 * Older markup read the way the article extractors read it (Readability's
 * `_isDataTable` and its `<br><br>` pass): a table that lays out the page
 * (menu cell, article cell, sidebar cell) becomes plain blocks, so its
 * cells are weighed and cleaned one by one instead of becoming one
 * Markdown table; and text split by two or more `<br>` becomes paragraphs.
 */

/** Whether a table holds data (rows and columns a reader compares) rather than laying out the page. */
export function isDataTable(table: Element): boolean {
  const attribs = table.attribs
  const role = attribs['role']
  if (role === 'presentation' || role === 'none' || attribs['datatable'] === '0') return false
  if (attribs['summary']) return true
  const {rows, cells, marked, nested} = shapeOf(table)
  if (marked) return true
  if (nested) return false
  const columns = Math.max(0, ...rows.map((row) => row.length))
  // A cell of prose in a small table is an article, not a datum (a long table of data may have a long cell).
  if (rows.length < manyRows && cells.some((cell) => textOf(cell).length >= proseCell)) return false
  if (rows.length <= 1 || columns <= 1) return false
  return rows.length >= manyRows || columns > 4 || rows.length * columns > 10
}

/** Readability's line: this many rows are data whatever the cells hold. */
const manyRows = 10

/** Text this long in one cell is prose: a data table's cells are short. */
const proseCell = 200

/** Elements only a data table has. */
const dataParts = new Set(['th', 'thead', 'tfoot', 'col', 'colgroup'])
const rowGroups = new Set(['thead', 'tbody', 'tfoot'])

interface Shape {
  /** Each own row's cells. */
  rows: Element[][]
  cells: Element[]
  /** A header cell, head, foot, column or a caption with text. */
  marked: boolean
  /** A table inside one of the cells. */
  nested: boolean
}

/** The table's own rows and cells (not those of a table nested in a cell). */
function shapeOf(table: Element): Shape {
  const shape: Shape = {rows: [], cells: [], marked: false, nested: false}
  const readRow = (row: Element) => {
    const cells = row.children.filter((child): child is Element => isElement(child) && (child.name === 'td' || child.name === 'th'))
    shape.rows.push(cells)
    shape.cells.push(...cells)
    if (cells.some((cell) => cell.name === 'th')) shape.marked = true
  }
  for (const child of table.children) {
    if (!isElement(child)) continue
    if (dataParts.has(child.name) || (child.name === 'caption' && textOf(child) !== '')) shape.marked = true
    if (child.name === 'tr') readRow(child)
    else if (rowGroups.has(child.name)) for (const row of child.children) if (isElement(row) && row.name === 'tr') readRow(row)
  }
  shape.nested = shape.cells.some((cell) => hasTable(cell))
  return shape
}

function hasTable(root: Element): boolean {
  const stack: AnyNode[] = [...root.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    if (node.name === 'table') return true
    stack.push(...node.children)
  }
  return false
}

const tableParts = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'])

/** Turn a layout table's own parts (not a nested table's) into `<div>`s, keeping their classes and ids. */
function unwrapTable(table: Element): void {
  const stack: Element[] = [table]
  while (stack.length > 0) {
    const element = stack.pop()!
    element.name = 'div'
    for (const child of element.children) {
      if (isElement(child) && tableParts.has(child.name) && child.name !== 'table') stack.push(child)
    }
  }
}

/** Every layout table among `tables` becomes plain blocks. Data tables stay tables. */
export function unwrapLayoutTables(tables: readonly Element[]): number {
  // Decide on every table first: unwrapping an outer one must not change how an inner one is judged.
  const layout = tables.filter((table) => !isDataTable(table))
  for (const table of layout) unwrapTable(table)
  return layout.length
}

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
    if (inline.length > 0) out.push(...(out.length === 0 ? paragraphsOf(inline) : [paragraphOf(inline)]))
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
    if (isElement(child) && blockTags.has(child.name) && child.name !== 'br') {
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

/** Replace a parent's children, keeping the tree's parent and sibling links right. */
function setChildren(parent: Element, children: AnyNode[]): void {
  children.forEach((child, index) => {
    child.parent = parent
    child.prev = children[index - 1] ?? null
    child.next = children[index + 1] ?? null
  })
  parent.children = children as Element['children']
}

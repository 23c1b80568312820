import type {AnyNode, Element} from 'domhandler'
import {isElement, textOf} from './dom.js'
import {append, largest} from '../../util/append.js'

/**
 * Tables read the way the article extractors read them (after
 * Readability's `_isDataTable`): a table that lays out the page (menu
 * cell, article cell, sidebar cell) becomes plain blocks, so its cells are
 * weighed and cleaned one by one instead of becoming one Markdown table.
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
  const columns = largest(rows.map((row) => row.length), 0)
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
    append(shape.cells, cells)
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
    append(stack, node.children)
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

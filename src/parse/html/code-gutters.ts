import type {Element} from 'domhandler'
import {elementsIn, isElement, replaceWith, textOf} from './dom.js'

/**
 * Code printed with its line numbers as a table of two cells: a gutter of the
 * numbers 1, 2, 3 … beside the code's `<pre>` (Pygments' `highlighttable` in
 * MkDocs, Sphinx and Jekyll, Chroma's `lntable` in Hugo, Rouge's gutter). A
 * reader copies the code, not the numbers: the table becomes the code cell's
 * content, one code block, instead of a table whose cells run the code's
 * lines together, or a block of numbers above the code.
 */
export function unwrapCodeGutters(tables: readonly Element[]): number {
  let unwrapped = 0
  for (const table of tables) {
    const code = codeBesideGutter(table)
    if (!code || !table.parent) continue
    replaceWith(table, code.children)
    unwrapped++
  }
  return unwrapped
}

/** The line numbers of a gutter: digits, one number a line, counting up by one. */
function isGutter(cell: Element): boolean {
  if (elementsIn(cell).some((inner) => inner.name === 'pre' && textOf(inner).trim() !== '' && !/^[\d\s]+$/.test(textOf(inner)))) return false
  const numbers = textOf(cell).trim().split(/\s+/)
  if (numbers.length === 0 || !numbers.every((number) => /^\d{1,6}$/.test(number))) return false
  return numbers.every((number, at) => at === 0 || Number(number) === Number(numbers[at - 1]) + 1)
}

/** The table's cell that holds code beside a gutter of its line numbers, if the table is only that (and a file name above). */
function codeBesideGutter(table: Element): Element | undefined {
  const rows: Element[][] = []
  const readRow = (row: Element) => rows.push(row.children.filter((child): child is Element => isElement(child) && (child.name === 'td' || child.name === 'th')))
  for (const child of table.children) {
    if (!isElement(child)) continue
    if (child.name === 'tr') readRow(child)
    else if (child.name === 'tbody' || child.name === 'thead') for (const row of child.children) if (isElement(row) && row.name === 'tr') readRow(row)
  }
  // One row of gutter and code; a file name's row of one cell above it at most.
  const pairs = rows.filter((cells) => cells.length === 2)
  if (pairs.length !== 1 || rows.length > 2 || rows.some((cells) => cells.length !== 2 && cells.length !== 1)) return undefined
  const [gutter, code] = pairs[0]!
  if (!elementsIn(code!).some((inner) => inner.name === 'pre') || !isGutter(gutter!)) return undefined
  return code
}

import type {Code, Table, TableRow} from 'mdast'
import {type Line, spanOf} from './text-lines.js'

/**
 * Blocks of a text dump that are no prose: the lines of a `<pre>` (code, a
 * shell session, a Dockerfile) and the rows of a `<table>`, which innerText
 * writes with a tab between the cells. As paragraphs, each line would count
 * as a short line without a sentence, and a post with a long listing would
 * lose its prose around it; as one block each, they count as one.
 */

/** The fewest lines a listing needs to be read as code, and the longest line in it. */
const minCodeLines = 3
const maxCodeLine = 200

/**
 * A line that reads as code and not as prose: an instruction in capitals
 * with its arguments (`RUN npm ci`, `COPY --from=build /app`, `SELECT id
 * FROM t`; not a menu's "CRAFTS & DIY", a dateline's "WASHINGTON (AP)" nor
 * "US stocks fell on Monday."), a shell prompt
 * (`$ npm test`), a line opening or closing a block (`}`, `) {`, `];`; not a
 * bare `)` or `]`, which ends many a caption and teaser: "[VIDEO]"), or
 * operators no sentence has (`=>`, `===`, `&&`, `::`, `+=`), a configuration file's setting or section
 * (`timeout = 30`, `[server]`).
 */
export function isCodeLine(text: string): boolean {
  const line = text.trim()
  if (line === '' || line.length > maxCodeLine) return false
  if (isInstruction(line)) return true
  if (/^\$\s+\S/u.test(line)) return true
  if (opensOrClosesBlock(line)) return true
  if (isConfigLine(line)) return true
  return /=>|===|!==|&&|\|\||::|\+=|-=|:=/u.test(line)
}

/**
 * `/^[}\])]+[;,]?$/`, `/^\}/`, `/(?:\{|[)}\]];)$/` or `/[=:]\s*[{[(]$/`: each needs a bracket as the line's first
 * character or a bracket or semicolon as its last, read first (asked of every line of a dump, which most lack).
 */
function opensOrClosesBlock(line: string): boolean {
  const first = line[0]
  const last = line[line.length - 1]
  if (first === '}') return true
  if ((first === ']' || first === ')') && /^[}\])]+[;,]?$/u.test(line)) return true
  if ((last === '{' || last === ';') && /(?:\{|[)}\]];)$/u.test(line)) return true
  return (last === '{' || last === '[' || last === '(') && /[=:]\s*[{[(]$/u.test(line)
}

/**
 * A setting of a configuration file: a key in lower case (`adres = "redis://…"`, `retries = 3`) or a section's
 * (`[server.tls]`). Unlike the operators and instructions above, no headline is written so ("Tom && Jerry: the reunion").
 */
export function isConfigLine(text: string): boolean {
  const line = text.trim()
  return /^[a-z_][\w.-]{0,60} ?= ?(?:["'\d[{-]|true|false)/u.test(line) || /^\[[a-z_][\w.-]{0,60}\]$/u.test(line)
}

/** Instructions of the listings dumps carry (Dockerfile, SQL, shell builtins), written in capitals. */
const instructions = new Set([
  'FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR', 'ENV', 'ARG', 'CMD', 'ENTRYPOINT', 'EXPOSE', 'USER', 'LABEL', 'VOLUME',
  'SELECT', 'INSERT', 'UPDATE', 'DELETE', 'CREATE', 'ALTER', 'DROP', 'GRANT', 'WITH', 'EXPORT', 'SET',
])

/**
 * A capitals word and its arguments: a known instruction, or any capitals
 * word with a path, flag or assignment after it (`MAKE -j4`). Not prose led
 * by an acronym ("US stocks fell on Monday.", "UK news"): no sentence end,
 * and no bare lower-case words after an unknown capitals word.
 */
function isInstruction(line: string): boolean {
  const match = /^([A-Z][A-Z_]+)\s+(\S.*)$/u.exec(line)
  if (!match) return false
  // A line all in capitals is a shouted headline or menu ("CREATE ACCOUNT", "WITH LOVE FROM PARIS").
  if (instructions.has(match[1]!)) return !/^[\p{Lu}\s&'’!-]+$/u.test(match[2]!)
  return !/[.!?]$/u.test(line) && /(?:^|\s)(?:-{1,2}\w|\/|\$\w)|=/u.test(match[2]!)
}

/** A run of code lines, as one `code` block; blank lines inside it are kept. */
export function codeRun(lines: Line[], index: number): {node: Code; next: number} | undefined {
  if (!isCodeLine(lines[index]!.text)) return undefined
  let end = index
  let count = 1
  for (let at = index + 1; at < lines.length; at++) {
    const text = lines[at]!.text
    if (text.trim() === '') continue
    if (!isCodeLine(text)) break
    end = at
    count++
  }
  if (count < minCodeLines) return undefined
  const value = lines.slice(index, end + 1).map((line) => line.text.trimEnd()).join('\n')
  const node: Code = {type: 'code', lang: null, meta: null, value, position: {start: spanOf(lines[index]!).start, end: spanOf(lines[end]!).end}}
  return {node, next: end + 1}
}

/** The cells of a table row as innerText writes it: text, a tab, text; a cell may be empty, the first and one more may not. */
function cellsOf(text: string): string[] | undefined {
  if (!text.includes('\t')) return undefined
  const cells = text.split('\t').map((cell) => cell.trim())
  return cells.length >= 2 && cells[0] !== '' && cells.filter((cell) => cell !== '').length >= 2 ? cells : undefined
}

/** Two rows or more with the same number of tab-separated cells, as a GFM table (the first row its head). */
export function tableRun(lines: Line[], index: number): {node: Table; next: number} | undefined {
  const first = cellsOf(lines[index]!.text)
  if (!first) return undefined
  const rows: TableRow[] = []
  let next = index
  while (next < lines.length) {
    const cells = cellsOf(lines[next]!.text)
    if (!cells || cells.length !== first.length) break
    const position = spanOf(lines[next]!)
    rows.push({type: 'tableRow', position, children: cells.map((cell) => ({type: 'tableCell', children: [{type: 'text', value: cell}]}))})
    next++
  }
  if (rows.length < 2) return undefined
  const node: Table = {type: 'table', align: first.map(() => null), children: rows, position: {start: rows[0]!.position!.start, end: rows[rows.length - 1]!.position!.end}}
  return {node, next}
}

/**
 * Each line measured once: the stages ask the same questions of the same
 * lines (is it a date? a byline? a name? how many words?), stage after stage
 * and zone search after zone search. A line measure that depends on the
 * line's text alone is wrapped once here and answers from a table after the
 * first time. The tables are bounded: a full table takes no new line for the
 * rest of the document and is emptied when the next one begins (`beginDocument`),
 * as a batch moves on to other sites; `forgetLines` empties them all, for
 * benchmarks that measure documents the process has not seen.
 */

const tables: Array<Map<string, unknown>> = []

/** Most lines a table remembers before it starts again. */
const limit = 5_000

/** A table of line answers, registered so that `beginDocument` and `forgetLines` empty it. */
export function lineTable<T>(): Map<string, T> {
  const table = new Map<string, T>()
  tables.push(table as Map<string, unknown>)
  return table
}

/** What the tables hold for an answer of `undefined` (a table's own undefined means "not asked yet"). */
const none: unique symbol = Symbol('undefined')

/** How many times the tables were forgotten: a memo's last answer is good only in the generation it was given in. */
let generation = 0

/** `measure` answered once per distinct line (it must read nothing but the line). */
export function memoLine<T>(measure: (line: string) => T): (line: string) => T {
  // The answers themselves, not a record around each: a record a line and a measure was garbage to collect.
  const table = lineTable<T | typeof none>()
  // The last line asked, and its answer: a line is often asked twice in a row (its score, then its transparency), and
  // comparing it with the last one is cheaper than finding it in the table.
  let lastLine: string | undefined
  let lastAnswer: T | undefined
  let lastGeneration = -1
  return (line) => {
    if (line === lastLine && lastGeneration === generation) return lastAnswer as T
    const known = table.get(line)
    let value: T
    if (known !== undefined) value = known === none ? (undefined as T) : known
    else {
      value = measure(line)
      rememberLine(table, line, value === undefined ? none : value)
    }
    lastLine = line
    lastAnswer = value
    lastGeneration = generation
    return value
  }
}

/**
 * A line's answer kept in a table, unless the table is full: it then answers
 * the lines it holds, and the others are measured each time, to the end of
 * the document. Emptied when full, as it was, a table took a document of
 * more distinct lines than it holds in turns, stage after stage: each line
 * was gone before it was asked again, and every refill grew the table's
 * store anew (some 90 bytes of garbage a line and measure, 50 MB for a page
 * of 21,000 lines, which stood to the next full collection).
 */
export function rememberLine<T>(table: Map<string, T>, line: string, value: T): void {
  if (table.size < limit) table.set(line, value)
}

/** A document begins: the tables that are full are emptied, for its lines. */
export function beginDocument(): void {
  for (const table of tables) if (table.size >= limit) table.clear()
}

/** Forget every line measured so far, in every table. */
export function forgetLines(): void {
  for (const table of tables) table.clear()
  generation++
}

/**
 * Each line measured once: the stages ask the same questions of the same
 * lines (is it a date? a byline? a name? how many words?), stage after stage
 * and zone search after zone search. A line measure that depends on the
 * line's text alone is wrapped once here and answers from a table after the
 * first time. The tables are bounded (cleared when full, as a batch moves on
 * to other sites) and `forgetLines` empties them all, for benchmarks that
 * measure documents the process has not seen.
 */

const tables: Array<Map<string, unknown>> = []

/** Most lines a table remembers before it starts again. */
const limit = 5_000

/** A table of line answers, registered so that `forgetLines` empties it. */
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
      if (table.size >= limit) table.clear()
      table.set(line, value === undefined ? none : value)
    }
    lastLine = line
    lastAnswer = value
    lastGeneration = generation
    return value
  }
}

/** Forget every line measured so far, in every table. */
export function forgetLines(): void {
  for (const table of tables) table.clear()
  generation++
}

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

/** What a line's answers hold for an answer of `undefined` (an empty slot means "not asked yet"). */
const none: unique symbol = Symbol('undefined')

/**
 * Every line asked, with one slot per measure (`memoLine`) for its answer:
 * one entry a line, not one in a table per measure, and the measures asked
 * of a line in a row (its words, its lexicon phrases, its caption credit,
 * whether it is a share button, …) find it as the last line asked, where
 * each measure looked the line up in its own table.
 */
const answered = lineTable<unknown[]>()
/** How many measures there are: each has the slot of its number. */
let measures = 0
/** The last line asked, and its answers. */
let lastLine: string | undefined
let lastAnswers: unknown[] | undefined

/** The answers given for `line` so far (a new record, empty, for a line not asked yet). */
function answersOf(line: string): unknown[] {
  if (line === lastLine) return lastAnswers!
  let answers = answered.get(line)
  if (answers === undefined) {
    if (answered.size >= limit) answered.clear()
    answers = new Array(measures)
    answered.set(line, answers)
  }
  lastLine = line
  lastAnswers = answers
  return answers
}

/** `measure` answered once per distinct line (it must read nothing but the line). */
export function memoLine<T>(measure: (line: string) => T): (line: string) => T {
  const slot = measures++
  return (line) => {
    // Held here: the measure may ask other lines (then they are the last asked, and the table may start again).
    const answers = answersOf(line)
    const known = answers[slot]
    if (known !== undefined) return (known === none ? undefined : known) as T
    const value = measure(line)
    answers[slot] = value === undefined ? none : value
    return value
  }
}

/** Forget every line measured so far, in every table. */
export function forgetLines(): void {
  for (const table of tables) table.clear()
  lastLine = undefined
  lastAnswers = undefined
}

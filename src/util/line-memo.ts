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

/** What a record holds for an answer of `undefined` (a record's own undefined means "not asked yet"). */
const none: unique symbol = Symbol('undefined')

/**
 * Every measure's answers for a string, in one record: slot `i` is the `i`th
 * measure's. The measures ask about the same line one after another (its
 * words, its boundary, its lexicon matches, its caption credit …): one table
 * lookup finds all their answers, and the last string's record is kept
 * aside, so the next measure asked of it looks up nothing. A table per
 * measure was a lookup and an entry per measure and line.
 */
export class StringRecords {
  private readonly table = lineTable<unknown[]>()
  /** How many measures share the records. */
  slots = 0
  /** The string asked last and its record (kept when the table is full too, for the measures asked of it in a row). */
  private lastKey: string | undefined
  private lastRecord: unknown[] | undefined

  /** The record of a string's answers: the last string's, else the table's, else a new one (kept in the table unless it is full). */
  recordOf(key: string): unknown[] {
    if (key === this.lastKey && this.lastRecord !== undefined) return this.lastRecord
    let record = this.table.get(key)
    if (record === undefined) {
      // One slot per measure from the start: filled in any order, the array keeps its first shape.
      record = new Array<unknown>(this.slots)
      rememberLine(this.table, key, record)
    }
    this.lastKey = key
    this.lastRecord = record
    return record
  }

  forgetLast(): void {
    this.lastKey = undefined
    this.lastRecord = undefined
  }
}

const allRecords: StringRecords[] = []

/** A family of strings whose measures share records: the lines of text, or another kind (attribute values) that must not take the lines' places. */
export function stringRecords(): StringRecords {
  const records = new StringRecords()
  allRecords.push(records)
  return records
}

/** The lines of text: what the stages measure. */
const lines = stringRecords()

/** `measure` answered once per distinct line (it must read nothing but the line); `family` keeps its strings apart from the lines. */
export function memoLine<T>(measure: (line: string) => T, family: StringRecords = lines): (line: string) => T {
  const slot = family.slots++
  return (line) => {
    const record = family.recordOf(line)
    const known = record[slot]
    if (known !== undefined) return (known === none ? undefined : known) as T
    // Held in a local: the measure may ask other lines first, which moves the last record on.
    const value = measure(line)
    record[slot] = value === undefined ? none : value
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
  for (const records of allRecords) records.forgetLast()
}

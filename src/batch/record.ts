/** Which fields of a JSON Lines record hold its id and its document (`--id-key`, `--text-key`). */
export interface RecordKeys {
  /** Default `id`. */
  id?: string
  /** The one field holding the document (HTML if it is named `html`, else detected). Default: `html`, else `text`. */
  text?: string
}

/** A record of a JSON Lines input: `{id, url?, html? | text?, …}`. */
export interface InputRecord {
  /** The id as a string: the shard key, and what the errors file and `--resume` name. */
  id: string
  /** The id as the record gives it (a number stays a number in the output). */
  givenId: string | number
  url?: string
  html?: string
  text?: string
  /** The record's other fields, in their order: passed through to the result. */
  extras: Record<string, unknown>
  /** What the reading noticed (both `html` and `text`): written to the result's warnings. */
  warnings: string[]
}

/** A line that is not a record: it fails under the key `line N`, which is also its shard key. */
export interface BadLine {
  id: string
  /** The id as the record gives it, when it gives one: the errors file writes it so (a number stays a number). */
  givenId?: string | number
  error: string
}

/** Parse one line; a number id is read as its decimal string for sharding and errors, and kept as a number for the output. */
export function parseRecord(raw: string, line: number, keys: RecordKeys = {}): InputRecord | BadLine {
  const idKey = keys.id ?? 'id'
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return {id: `line ${line}`, error: 'not valid JSON'}
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {id: `line ${line}`, error: 'a record must be a JSON object'}
  const record = value as Record<string, unknown>
  const givenId = record[idKey]
  if (typeof givenId !== 'string' && typeof givenId !== 'number') return {id: `line ${line}`, error: `the record has no ${JSON.stringify(idKey)} (a string or a number)`}
  const id = String(givenId)
  for (const key of ['html', 'text', 'url', ...(keys.text === undefined ? [] : [keys.text])]) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') return {id, givenId, error: `"${key}" must be a string, not ${kind(record[key])}`}
  }
  const result: InputRecord = {id, givenId, extras: {}, warnings: []}
  if (typeof record.url === 'string') result.url = record.url
  let documentKeys: string[]
  if (keys.text !== undefined) {
    const document = record[keys.text]
    if (typeof document !== 'string') return {id, givenId, error: `the record has no ${JSON.stringify(keys.text)} string`}
    if (keys.text === 'html') result.html = document
    else result.text = document
    documentKeys = [keys.text]
  } else {
    if (typeof record.html !== 'string' && typeof record.text !== 'string') return {id, givenId, error: 'the record has neither "html" nor "text"'}
    if (typeof record.html === 'string') result.html = record.html
    else result.text = record.text as string
    documentKeys = ['html', 'text']
    if (typeof record.html === 'string' && typeof record.text === 'string') {
      result.warnings.push('the record has both "html" and "text": "html" was cleaned and "text" left out (--text-key names the field to clean)')
    }
  }
  for (const [key, field] of Object.entries(record)) {
    if (key !== idKey && !documentKeys.includes(key)) result.extras[key] = field
  }
  return result
}

/** `a number`, `an object`, `an array`, `true`: what a value is, for a message. */
function kind(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

export function isBadLine(record: InputRecord | BadLine): record is BadLine {
  return 'error' in record
}

/**
 * The id of a record known only by its first bytes (a line over the limit,
 * not read whole): found when `"id"` is the record's first key, as writers
 * put it; else the line's key, `line N`.
 */
export function idFromHead(head: string, line: number): string {
  const match = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(head)
  if (match) {
    try {
      return String(JSON.parse(match[1]!))
    } catch {
      // A broken escape in the id: the line's key.
    }
  }
  return `line ${line}`
}

import {memberText} from './json-token.js'

/** Which fields of a JSON Lines record hold its id and its document (`--id-key`, `--text-key`). */
export interface RecordKeys {
  /** Default `id`. */
  id?: string
  /** The one field holding the document (HTML if it is named `html`, else detected). Default: `html`, else `text`. */
  text?: string
}

/** A record of a JSON Lines input: `{id, url?, html? | text?, …}`. */
export interface InputRecord {
  /** The id as a string: the shard key, what duplicates and `--resume` compare (see idOf). */
  id: string
  /** The id as JSON text to write back (output, errors file): a number stays a number, with its digits as given (see idOf). */
  idJson: string
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
  /** The id as JSON text, when the record gives one: the errors file writes it so (a number stays a number). */
  idJson?: string
  error: string
}

/** A record's id: its key (shard, duplicates, `--resume`) and the JSON text it is written back as. */
export interface RecordId {
  id: string
  idJson: string
}

/**
 * The id `value` that `JSON.parse` read from the member `key` of the line
 * `raw`. A string is itself. A number that a double holds exactly (a whole
 * number up to 2^53 - 1) is its decimal digits, as `String` writes it (`1e3`
 * and `1.0` are `1000` and `1`). Any other number (12345678901234567891,
 * 1e400, 0.1) is the number's text in the line, as written: reading it as a
 * double would change it, and two ids would meet in one.
 */
export function idOf(value: string | number, raw: string, key: string): RecordId {
  if (typeof value === 'string') return {id: value, idJson: JSON.stringify(value)}
  if (Number.isSafeInteger(value)) return {id: String(value), idJson: String(value)}
  const text = memberText(raw, key)
  return text === undefined ? {id: String(value), idJson: JSON.stringify(value)} : {id: text, idJson: text}
}

/** `{"id": …, …fields}` as one line of JSON, the id written as its JSON text (a number with its digits as given, see idOf). */
export function withId(idJson: string, fields: object): string {
  const rest = JSON.stringify(fields)
  return `{"id":${idJson}${rest === '{}' ? '}' : `,${rest.slice(1)}`}`
}

/** Parse one line; a number id keeps its digits as written when a double cannot hold them (see idOf). */
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
  const {id, idJson} = idOf(givenId, raw, idKey)
  for (const key of ['html', 'text', 'url', ...(keys.text === undefined ? [] : [keys.text])]) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') return {id, idJson, error: `"${key}" must be a string, not ${kind(record[key])}`}
  }
  const result: InputRecord = {id, idJson, extras: {}, warnings: []}
  if (typeof record.url === 'string') result.url = record.url
  let documentKeys: string[]
  if (keys.text !== undefined) {
    const document = record[keys.text]
    if (typeof document !== 'string') return {id, idJson, error: `the record has no ${JSON.stringify(keys.text)} string`}
    if (keys.text === 'html') result.html = document
    else result.text = document
    documentKeys = [keys.text]
  } else {
    if (typeof record.html !== 'string' && typeof record.text !== 'string') return {id, idJson, error: 'the record has neither "html" nor "text"'}
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
 * not read whole): found when its id key (`"id"`, or `--id-key`'s) is the
 * record's first key, as writers put it; else the line's key, `line N` (and
 * no JSON text).
 */
export function idFromHead(head: string, line: number, key = 'id'): {id: string; idJson?: string} {
  const match = /^\s*\{\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(head)
  if (match) {
    try {
      if (JSON.parse(match[1]!) === key) return idOf(JSON.parse(match[2]!) as string | number, `{"id":${match[2]!}}`, 'id')
    } catch {
      // A broken escape in the key or the id: the line's key.
    }
  }
  return {id: `line ${line}`}
}

/** A record of a JSON Lines input: `{id, url?, html? | text?}`. */
export interface InputRecord {
  id: string
  url?: string
  html?: string
  text?: string
}

/** A line that is not a record: it fails under the key `line N`, which is also its shard key. */
export interface BadLine {
  id: string
  error: string
}

/** Parse one line; a number id is read as its decimal string. */
export function parseRecord(raw: string, line: number): InputRecord | BadLine {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return {id: `line ${line}`, error: 'not valid JSON'}
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {id: `line ${line}`, error: 'a record must be a JSON object'}
  const record = value as Record<string, unknown>
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined
  if (id === undefined) return {id: `line ${line}`, error: 'the record has no "id" (a string or a number)'}
  for (const key of ['html', 'text', 'url'] as const) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') return {id, error: `"${key}" must be a string, not ${kind(record[key])}`}
  }
  if (typeof record.html !== 'string' && typeof record.text !== 'string') return {id, error: 'the record has neither "html" nor "text"'}
  const result: InputRecord = {id}
  if (typeof record.url === 'string') result.url = record.url
  if (typeof record.html === 'string') result.html = record.html
  if (typeof record.text === 'string') result.text = record.text
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

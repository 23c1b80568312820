import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {createGunzip} from 'node:zlib'

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
  if (typeof record.html !== 'string' && typeof record.text !== 'string') return {id, error: 'the record has neither "html" nor "text"'}
  const result: InputRecord = {id}
  if (typeof record.url === 'string') result.url = record.url
  if (typeof record.html === 'string') result.html = record.html
  if (typeof record.text === 'string') result.text = record.text
  return result
}

export function isBadLine(record: InputRecord | BadLine): record is BadLine {
  return 'error' in record
}

/** A line of input with its 1-based number and its size in bytes (newline included). */
export interface Line {
  number: number
  text: string
  bytes: number
}

/**
 * The lines of a JSON Lines file, gzipped (`.gz`) or `-` for standard input,
 * read lazily: readline pauses the file while lines wait, so reading goes no
 * faster than the consumer. A read error (a missing file, a corrupt gzip)
 * rejects the iteration.
 */
export async function* readLines(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Line> {
  const source: NodeJS.ReadableStream = path === '-' ? stdin : createReadStream(path)
  let input: NodeJS.ReadableStream = source
  if (path.endsWith('.gz')) {
    const gunzip = createGunzip()
    // pipe() does not pass errors on; without this a missing .gz would wait forever.
    source.on('error', (error: Error) => gunzip.destroy(error))
    input = source.pipe(gunzip)
  }
  let number = 0
  for await (const text of createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})) {
    number++
    yield {number, text, bytes: Buffer.byteLength(text) + 1}
  }
}

import {createReadStream} from 'node:fs'
import {gunzipStream} from '../gzip.js'

export {type BadLine, type InputRecord, isBadLine, parseRecord} from '../../batch/record.js'

/** A line of input: its 1-based number, its UTF-8 bytes (a buffer of its own, newline excluded) and its size with the newline. */
export interface Line {
  number: number
  bytes: Uint8Array
  size: number
}

/**
 * The lines of a JSON Lines file or `-` for standard input, gzipped or not
 * (known by its first bytes, whatever its name),
 * read lazily: a chunk is read only when the lines before it are taken, so
 * reading goes no faster than cleaning and writing (readline's iterator, by
 * contrast, queues up to a thousand lines ahead). Lines stay bytes: this
 * thread never makes strings of the documents, which keeps its heap small.
 * A read error (a missing file, a corrupt gzip) rejects the iteration.
 */
export async function* readLines(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Line> {
  const source: NodeJS.ReadableStream = path === '-' ? stdin : createReadStream(path)
  let number = 0
  for await (const bytes of splitLines(gunzipStream(source as AsyncIterable<Uint8Array>))) {
    number++
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length
    yield {number, bytes: end === bytes.length ? bytes : bytes.slice(0, end), size: bytes.length + 1}
  }
}

/**
 * Split a byte stream at each `\n` into lines, each copied into an
 * ArrayBuffer of its own (so it can be moved to a worker thread without
 * taking its neighbours along), in time linear in the size even for a line
 * of many megabytes.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  // The pieces of a line longer than a chunk, joined once when it ends.
  let pieces: Uint8Array[] = []
  const finish = (tail: Uint8Array) => {
    if (pieces.length === 0) return tail.slice()
    pieces.push(tail)
    const line = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
    let offset = 0
    for (const piece of pieces) {
      line.set(piece, offset)
      offset += piece.length
    }
    pieces = []
    return line
  }
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      yield finish(bytes.subarray(start, newline))
      start = newline + 1
    }
    if (start < bytes.length) pieces.push(bytes.subarray(start))
  }
  if (pieces.length > 0) yield finish(new Uint8Array(0))
}

/** Is a line only spaces and tabs (or empty)? Such lines are skipped. */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)
}

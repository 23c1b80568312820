import {createReadStream} from 'node:fs'
import {gunzipStream} from '../gzip.js'

export {type BadLine, type InputRecord, isBadLine, parseRecord} from '../../batch/record.js'

/** A line of input: its 1-based number, its UTF-8 bytes (a buffer of its own, newline excluded) and its size with the newline. */
export interface Line {
  number: number
  bytes: Uint8Array
  size: number
  /**
   * Set when the line passed the limit: `bytes` is then only its first
   * bytes (enough for an id written first), and the rest of the line is
   * skipped unread, however long it goes on.
   */
  oversized?: true
}

/** How much of an over-limit line is kept: enough to find an `"id"` written before the document. */
const keptHead = 4096

/**
 * The lines of a JSON Lines file or `-` for standard input, gzipped or not
 * (known by its first bytes, whatever its name),
 * read lazily: a chunk is read only when the lines before it are taken, so
 * reading goes no faster than cleaning and writing (readline's iterator, by
 * contrast, queues up to a thousand lines ahead). Lines stay bytes: this
 * thread never makes strings of the documents, which keeps its heap small.
 * A line longer than `limit` bytes is never held whole: it comes as an
 * `oversized` line as soon as it passes the limit (a line that never ends,
 * from /dev/zero or a gzip bomb, too), and reading goes on after its newline.
 * A read error (a missing file, a corrupt gzip) rejects the iteration.
 */
export async function* readLines(path: string, stdin: NodeJS.ReadableStream, limit = Number.POSITIVE_INFINITY): AsyncGenerator<Line> {
  const source: NodeJS.ReadableStream = path === '-' ? stdin : createReadStream(path)
  let number = 0
  // The skipped rest of an over-limit line counts with the next line (for the progress bar's bytes).
  let carried = 0
  for await (const piece of splitLines(gunzipStream(source as AsyncIterable<Uint8Array>), limit)) {
    if (piece instanceof Skipped) {
      carried += piece.size
      continue
    }
    number++
    const size = carried
    carried = 0
    if (piece instanceof Oversized) {
      yield {number, bytes: piece.head, size: size + piece.size, oversized: true}
      continue
    }
    const end = piece.length > 0 && piece[piece.length - 1] === 0x0d ? piece.length - 1 : piece.length
    yield {number, bytes: end === piece.length ? piece : piece.slice(0, end), size: size + piece.length + 1}
  }
}

/** A line that passed the limit: its first bytes, and its size so far. */
export class Oversized {
  constructor(
    readonly head: Uint8Array,
    readonly size: number,
  ) {}
}

/** The end of an over-limit line, skipped (its newline reached, or the input's end). */
export class Skipped {
  constructor(readonly size: number) {}
}

/**
 * Split a byte stream at each `\n` into lines, each copied into an
 * ArrayBuffer of its own (so it can be moved to a worker thread without
 * taking its neighbours along), in time linear in the size even for a line
 * of many megabytes. A line that passes `limit` bytes comes as `Oversized`
 * the moment it does, and its rest is dropped as it is read, so no more than
 * `limit` bytes of one line are ever held; `Skipped` marks where it ended.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>, limit = Number.POSITIVE_INFINITY): AsyncGenerator<Uint8Array | Oversized | Skipped> {
  // The pieces of a line longer than a chunk, joined once when it ends.
  let pieces: Uint8Array[] = []
  let held = 0
  // Bytes of an over-limit line dropped so far (-1: not in one).
  let skipping = -1
  const join = (tail: Uint8Array) => {
    if (pieces.length === 0) return tail.slice()
    pieces.push(tail)
    const line = new Uint8Array(held + tail.length)
    let offset = 0
    for (const piece of pieces) {
      line.set(piece, offset)
      offset += piece.length
    }
    pieces = []
    held = 0
    return line
  }
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    while (start < bytes.length) {
      const found = bytes.indexOf(0x0a, start)
      const end = found === -1 ? bytes.length : found
      if (skipping >= 0) {
        skipping += end - start
        if (found !== -1) {
          yield new Skipped(skipping + 1)
          skipping = -1
        }
      } else if (held + end - start > limit) {
        const size = held + end - start
        const head = firstBytes([...pieces, bytes.subarray(start, end)], keptHead)
        pieces = []
        held = 0
        yield new Oversized(head, size)
        if (found === -1) skipping = 0
        else yield new Skipped(1)
      } else if (found !== -1) {
        yield join(bytes.subarray(start, end))
      } else {
        pieces.push(bytes.subarray(start, end))
        held += end - start
      }
      start = end + 1
    }
  }
  if (skipping >= 0) yield new Skipped(skipping)
  else if (pieces.length > 0) yield join(new Uint8Array(0))
}

/** The first `count` bytes of pieces, copied. */
function firstBytes(pieces: Uint8Array[], count: number): Uint8Array {
  const head = new Uint8Array(Math.min(count, pieces.reduce((sum, piece) => sum + piece.length, 0)))
  let offset = 0
  for (const piece of pieces) {
    if (offset === head.length) break
    const part = piece.subarray(0, head.length - offset)
    head.set(part, offset)
    offset += part.length
  }
  return head
}

/** Is a line only spaces and tabs (or empty)? Such lines are skipped. */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)
}

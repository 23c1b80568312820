import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import {open} from 'node:fs/promises'
import {Readable, pipeline} from 'node:stream'
import {createGunzip, createGzip, gunzipSync} from 'node:zlib'
import {ScrubdownError} from '../errors.js'

/**
 * Gzip is known by its first two bytes (0x1f 0x8b), not by a file's name:
 * `cat pages.jsonl.gz | scrubdown --jsonl -` and a `.html.gz` page work as
 * their plain forms do.
 */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** Does the file start with gzip's magic bytes? (false for a file that cannot be read: the reading says why) */
export async function startsWithGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return false
  try {
    const head = Buffer.alloc(2)
    const {bytesRead} = await handle.read(head, 0, 2, 0)
    return isGzip(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/**
 * A document's bytes, gunzipped when they are gzip. The output is capped at
 * `maxBytes`, so a small file that inflates to gigabytes is refused
 * (`ETOOLARGE`) before it fills the memory.
 */
export function gunzipDocument(bytes: Buffer, maxBytes: number): Buffer {
  if (!isGzip(bytes)) return bytes
  try {
    return gunzipSync(bytes, {maxOutputLength: maxBytes})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ScrubdownError('ETOOLARGE', `input inflates (gzip) to more than the limit of ${maxBytes} bytes (raise --max-bytes to clean it)`)
    }
    throw new ScrubdownError('EBINARY', `input starts as gzip but does not inflate: ${(error as Error).message}`)
  }
}

/** A byte stream, gunzipped on the way when its first bytes are gzip's; errors of either pass on to the reader. */
export async function* gunzipStream(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]()
  // The first chunk of a pipe may be a single byte: gather two before deciding.
  const head: Uint8Array[] = []
  let size = 0
  let ended = false
  while (size < 2) {
    const next = await iterator.next()
    if (next.done) {
      ended = true
      break
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value
    head.push(chunk)
    size += chunk.length
  }
  const all = async function* (): AsyncGenerator<Uint8Array> {
    yield* head
    if (ended) return
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value
  }
  if (!isGzip(Buffer.concat(head))) {
    yield* all()
    return
  }
  const gunzip = createGunzip()
  // pipeline() passes a read error on to the gunzip stream, so the reader sees it.
  pipeline(Readable.from(all(), {objectMode: false}), gunzip, () => {})
  yield* gunzip as AsyncIterable<Uint8Array>
}

/** Is this output path one to gzip (`OUT.jsonl.gz`)? */
export function wantsGzip(path: string): boolean {
  return /\.gz$/i.test(path)
}

/**
 * A file to write, gzipped or not: the stream to write to, and a promise
 * that settles once every byte is in the file.
 */
export function createOutputFile(path: string, flags: 'a' | 'w', gzipped: boolean): {stream: NodeJS.WritableStream; closed: Promise<void>} {
  const file = createWriteStream(path, {flags})
  if (!gzipped) return {stream: file, closed: once(file, 'close').then(() => undefined)}
  const gzip = createGzip()
  const closed = new Promise<void>((done, failed) => pipeline(gzip, file, (error) => (error ? failed(error) : done())))
  // A write error is reported through the stream's 'error' event (as for a plain file); the promise must not be left unhandled.
  closed.catch(() => {})
  return {stream: gzip, closed}
}

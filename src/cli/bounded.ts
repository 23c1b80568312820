import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {ScrubdownError} from '../errors.js'

/**
 * Reads that stop at `--max-bytes`. A file's size says nothing for standard
 * input, a pipe or a special file (`/dev/zero` has size 0 and never ends),
 * so the bytes are counted as they come and the read stops one byte past the
 * limit: an input may cost the limit in memory, never more.
 */

/** The error for an input that goes on past the limit (its whole size is never known: it is not read). */
export function overLimit(limit: number, what = 'input'): ScrubdownError {
  return new ScrubdownError('ETOOLARGE', `${what} is above the limit of ${limit} bytes${megabytes(limit)}; reading stopped there (raise --max-bytes to clean it)`)
}

function megabytes(size: number): string {
  return size >= 1024 * 1024 ? ` (${Math.round((size / 1024 / 1024) * 10) / 10} MB)` : ''
}

/** All of a stream, or ETOOLARGE as soon as it passes `limit` bytes (the stream is then destroyed). */
export async function readBounded(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  // Leaving the loop early (the throw) ends the stream's iteration, which destroys a Node stream.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    size += bytes.length
    if (size > limit) throw overLimit(limit)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, size)
}

/**
 * A file's bytes, whatever kind of file it is (a link to a device, a FIFO):
 * at most `limit + 1` bytes are read. A regular file over the limit is
 * refused by its size, unread.
 */
export async function readFileBounded(path: string, limit: number): Promise<Buffer> {
  const info = await stat(path)
  if (info.isFile() && info.size > limit) {
    throw new ScrubdownError('ETOOLARGE', `input is ${info.size} bytes${megabytes(info.size)}, above the limit of ${limit}${megabytes(limit)} (raise maxBytes, or --max-bytes, to clean it)`)
  }
  return readBounded(createReadStream(path, {start: 0, end: limit}), limit)
}

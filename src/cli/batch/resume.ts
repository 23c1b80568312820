import {createReadStream} from 'node:fs'
import {open, stat} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {idOf} from '../../batch/record.js'
import type {ErrorEntry} from './errors.js'

/**
 * Cut a file after its last newline: a killed run may have written half a
 * line. Reads backwards from the end, so a file of any size costs one chunk
 * or a few. Returns the length kept (0 for a missing file).
 */
export async function cutToCompleteLines(path: string): Promise<number> {
  const size = (await stat(path).catch(() => undefined))?.size ?? 0
  if (size === 0) return 0
  const handle = await open(path, 'r+')
  try {
    const chunk = Buffer.alloc(64 * 1024)
    let end = size
    while (end > 0) {
      const start = Math.max(0, end - chunk.length)
      const {bytesRead} = await handle.read(chunk, 0, end - start, start)
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a)
      if (newline !== -1) {
        const kept = start + newline + 1
        if (kept < size) await handle.truncate(kept)
        return kept
      }
      end = start
    }
    await handle.truncate(0)
    return 0
  } finally {
    await handle.close()
  }
}

async function* completeLines(path: string, length: number): AsyncGenerator<string> {
  if (length === 0) return
  for await (const line of createInterface({input: createReadStream(path, {end: length - 1}), crlfDelay: Number.POSITIVE_INFINITY})) {
    if (line !== '') yield line
  }
}

/**
 * What a killed JSON Lines run had finished, read back from its `OUT.part`
 * and its errors `.part`. The output holds results in input order and the
 * errors file names failures by input line; a failure is on disk before any
 * later result is written (see runJsonl), so every record before the last
 * result on disk is either in the output or in the errors. Walking the input
 * again, each record is matched in turn: a listed failure, or the next
 * output line, whose id must be the record's (else the output was made from
 * other input, and resuming would mix them). The first record that is neither
 * is where cleaning starts again.
 */
export class ResumePoint {
  private readonly results: AsyncGenerator<string>
  private exhausted = false

  private constructor(
    outPath: string,
    outLength: number,
    /** Failures already recorded: input line → record id. */
    readonly failures: Map<number, string>,
  ) {
    this.results = completeLines(outPath, outLength)
  }

  /** Cut both files to whole lines and open them for the walk. */
  static async load(outPart: string, errorsPart: string): Promise<ResumePoint> {
    const outLength = await cutToCompleteLines(outPart)
    const errorsLength = await cutToCompleteLines(errorsPart)
    const failures = new Map<number, string>()
    for await (const line of completeLines(errorsPart, errorsLength)) {
      const entry = JSON.parse(line) as ErrorEntry
      // Ids are compared as the shard key (see idOf: a number's digits as written when a double cannot hold them).
      if (typeof entry.line === 'number') failures.set(entry.line, idKey(entry.id, line))
    }
    return new ResumePoint(outPart, outLength, failures)
  }

  /** Does the walk need this line's record id: while the output has results left, and for a listed failure. */
  needs(line: number): boolean {
    return !this.exhausted || this.failures.has(line)
  }

  /**
   * Is the record at `line` with key `id` already done? `'failed'` or
   * `'cleaned'` if so, `false` if it is to be cleaned; throws where the files
   * do not match the input.
   */
  async done(line: number, id: string, isRecord: boolean): Promise<'failed' | 'cleaned' | false> {
    const failed = this.failures.get(line)
    if (failed !== undefined) {
      if (failed !== id) throw new ResumeMismatch(`line ${line} of the input is ${JSON.stringify(id)}, but the errors file has ${JSON.stringify(failed)} there`)
      return 'failed'
    }
    if (this.exhausted) return false
    const next = await this.results.next()
    if (next.done) {
      this.exhausted = true
      return false
    }
    const found = idKey((JSON.parse(next.value) as {id: unknown}).id, next.value)
    if (!isRecord || found !== id) throw new ResumeMismatch(`line ${line} of the input is ${JSON.stringify(id)}, but the output has ${JSON.stringify(found)} there`)
    return 'cleaned'
  }

  /** After the whole input: results left over mean the output came from a longer or other input. */
  async finish(): Promise<void> {
    if (this.exhausted) return
    const next = await this.results.next()
    if (!next.done) throw new ResumeMismatch(`the output has more results than the input has records (next: ${JSON.stringify(idKey((JSON.parse(next.value) as {id: unknown}).id, next.value))})`)
  }
}

/** The key of the id a written line (a result, an error) names: as the input record's (see idOf). */
function idKey(id: unknown, line: string): string {
  return typeof id === 'string' || typeof id === 'number' ? idOf(id, line, 'id').id : String(id)
}

/** The files of a killed run do not belong to this input: resuming would mix two runs. */
export class ResumeMismatch extends Error {
  override name = 'ResumeMismatch'
}

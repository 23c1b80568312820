import {hash} from 'node:crypto'
import {closeSync, createReadStream, existsSync, ftruncateSync, openSync, writeSync} from 'node:fs'
import {open, rm, stat, truncate} from 'node:fs/promises'
import {idOf} from '../../batch/record.js'
import type {ErrorEntry} from './errors.js'
import {splitLines} from './records.js'

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

/** A line of a file the run wrote, with the offset just after its newline. */
interface Written {
  text: string
  end: number
}

/** The non-empty lines of the first `length` bytes of a file, each with where it ends. */
async function* writtenLines(path: string, length: number): AsyncGenerator<Written> {
  if (length === 0) return
  let offset = 0
  for await (const line of splitLines(createReadStream(path, {end: length - 1}))) {
    if (!(line instanceof Uint8Array)) continue
    offset += line.length + 1
    if (line.length > 0) yield {text: Buffer.from(line.buffer, line.byteOffset, line.length).toString('utf8'), end: offset}
  }
}

/**
 * What the sums file says of a record that is done: its input line, its size
 * in the input and the first 64 bits of the SHA-256 of its bytes (of its
 * first bytes, for a line over the limit, which is never read whole).
 */
export function sumOf(line: number, size: number, bytes: Uint8Array): string {
  return `${line} ${size} ${hash('sha256', bytes, 'hex').slice(0, 16)}`
}

/**
 * The sums file, `OUT.jsonl.sums.part`: one line per record written to the
 * output or the errors file, in the same order, naming the input bytes the
 * record was made from (see sumOf). --resume keeps a result or a failure only
 * where the input read now has the same bytes on that line: records of a
 * stream that was corrupt (a gzip whose check fails only at the end of its
 * member, after its garbled lines were cleaned and written) or of an input
 * that changed since are cleaned again. Lines are written synchronously, so
 * each is with the operating system before the next record is settled.
 */
export class SumsLog {
  private fd: number | undefined

  constructor(readonly path: string) {}

  /** Start the file anew, or (`keep`) append to what a killed run left. */
  open(keep: boolean): void {
    this.fd = openSync(this.path, keep ? 'a' : 'w')
  }

  write(line: number, size: number, bytes: Uint8Array): void {
    if (this.fd !== undefined) writeSync(this.fd, `${sumOf(line, size, bytes)}\n`)
  }

  /** Keep the first `length` bytes (the file is opened to append, so later lines follow them). */
  truncate(length: number): void {
    if (this.fd !== undefined) ftruncateSync(this.fd, length)
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }

  async remove(): Promise<void> {
    this.close()
    await rm(this.path, {force: true})
  }
}

/** The files a JSON Lines run writes while it goes (each `.part` until the end). */
export interface PartFiles {
  out: string
  errors: string
  sums: SumsLog
}

/**
 * What a killed JSON Lines run had finished, read back from its `OUT.part`,
 * its errors `.part` and its sums file. All three are written in input order
 * (a failure is on disk before its sum; a result may still be on its way to
 * the disk when its sum is), so what a run killed at any moment finished is a
 * prefix of the input. Walking the input again, each record is done when the
 * sums file's next line is the record's (same line, same bytes) and its
 * failure is listed, or the output's next line has its id (else the output
 * was made with other options, and resuming would mix them: ResumeMismatch).
 * The first record that is not done is where cleaning starts again: the
 * three files are cut after the records done before it, so a result, a
 * failure or a sum written past it, or made from other bytes, is not kept.
 *
 * A finished output that --resume continues (`verified`) has no sums file:
 * it was published only once its whole input had been read and checked, so
 * its records are matched by id alone, and their sums are written as they
 * are matched, for a run that is killed in turn.
 */
export class ResumePoint {
  private readonly results: AsyncGenerator<Written>
  private readonly sums: AsyncGenerator<Written> | undefined
  /** Where the records done so far end in each file. */
  private outEnd = 0
  private errorsEnd = 0
  private sumsEnd = 0
  private matchedFailures = 0
  /** The point is reached: the files are cut, and nothing more is done. */
  private reached = false
  /** The line where the input's bytes differ from those the killed run cleaned, if they do. */
  changedAt: number | undefined

  private constructor(
    private readonly files: PartFiles,
    outLength: number,
    sumsLength: number,
    /** Failures already recorded: input line → record id and where its entry ends. */
    private readonly failures: Map<number, {id: string; end: number}>,
    private readonly verified: boolean,
  ) {
    this.results = writtenLines(files.out, outLength)
    this.sums = verified ? undefined : writtenLines(files.sums.path, sumsLength)
  }

  /** Cut the files to whole lines and open them for the walk. */
  static async load(files: PartFiles, verified: boolean): Promise<ResumePoint> {
    const outLength = await cutToCompleteLines(files.out)
    const errorsLength = await cutToCompleteLines(files.errors)
    const sumsLength = verified ? 0 : await cutToCompleteLines(files.sums.path)
    if (verified) await rm(files.sums.path, {force: true})
    const failures = new Map<number, {id: string; end: number}>()
    for await (const {text, end} of writtenLines(files.errors, errorsLength)) {
      const entry = JSON.parse(text) as ErrorEntry
      // Ids are compared as the shard key (see idOf: a number's digits as written when a double cannot hold them).
      if (typeof entry.line === 'number') failures.set(entry.line, {id: idKey(entry.id, text), end})
    }
    return new ResumePoint(files, outLength, sumsLength, failures, verified)
  }

  /** Does the walk need this line's record id: until the point is reached. */
  needs(): boolean {
    return !this.reached
  }

  /**
   * Is the record at `line` with key `id` (`size` bytes in the input, read
   * as `bytes`) already done? `'failed'` or `'cleaned'` if so, `false` if it
   * is to be cleaned; throws where the files do not match the input.
   */
  async done(line: number, id: string, isRecord: boolean, size: number, bytes: Uint8Array): Promise<'failed' | 'cleaned' | false> {
    if (this.reached) return false
    let sumEnd = 0
    if (this.sums) {
      const sum = await this.sums.next()
      if (sum.done || sum.value.text !== sumOf(line, size, bytes)) {
        if (!sum.done) this.changedAt = line
        await this.reach()
        return false
      }
      sumEnd = sum.value.end
    }
    const failed = this.failures.get(line)
    if (failed !== undefined) {
      if (failed.id !== id) throw new ResumeMismatch(`line ${line} of the input is ${JSON.stringify(id)}, but the errors file has ${JSON.stringify(failed.id)} there`)
      this.errorsEnd = failed.end
      this.matchedFailures++
      this.matched(sumEnd, line, size, bytes)
      return 'failed'
    }
    const next = await this.results.next()
    if (next.done) {
      await this.reach()
      return false
    }
    const found = idKey((JSON.parse(next.value.text) as {id: unknown}).id, next.value.text)
    if (!isRecord || found !== id) throw new ResumeMismatch(`line ${line} of the input is ${JSON.stringify(id)}, but the output has ${JSON.stringify(found)} there`)
    this.outEnd = next.value.end
    this.matched(sumEnd, line, size, bytes)
    return 'cleaned'
  }

  /** A record is done: its sum is kept (or, for a finished output, written now). */
  private matched(sumEnd: number, line: number, size: number, bytes: Uint8Array): void {
    if (this.verified) this.files.sums.write(line, size, bytes)
    else this.sumsEnd = sumEnd
  }

  /** Where cleaning starts again: each file keeps the records done before it, and the run appends after them. */
  private async reach(): Promise<void> {
    this.reached = true
    this.failures.clear()
    await this.results.return(undefined)
    await this.sums?.return(undefined)
    await truncate(this.files.out, this.outEnd)
    if (existsSync(this.files.errors)) await truncate(this.files.errors, this.errorsEnd)
    if (!this.verified) this.files.sums.truncate(this.sumsEnd)
  }

  /** After the whole input: results, failures or sums left over mean the files came from a longer or other input. */
  async finish(): Promise<void> {
    if (this.reached) return
    const next = await this.results.next()
    if (!next.done) throw new ResumeMismatch(`the output has more results than the input has records (next: ${JSON.stringify(idKey((JSON.parse(next.value.text) as {id: unknown}).id, next.value.text))})`)
    if (this.matchedFailures < this.failures.size) throw new ResumeMismatch('the errors file names more failures than the input has records')
    if (this.sums && !(await this.sums.next()).done) throw new ResumeMismatch('the output was made from more records than the input has')
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

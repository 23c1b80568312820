import {once} from 'node:events'
import {existsSync} from 'node:fs'
import {open, realpath, rename, rm, stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {BatchResult} from '../../batch/job.js'
import {idFromHead} from '../../batch/record.js'
import {defaultMaxBytes} from '../../input.js'
import type {CliOptions} from '../args.js'
import {overLimit} from '../bounded.js'
import {describe} from '../describe.js'
import {createOutputFile, startsWithGzip, wantsGzip} from '../gzip.js'
import {AuditPages, indexFileName, total} from './audit-pages.js'
import {ErrorLog} from './errors.js'
import type {Io} from './io.js'
import {inShard, realTarget} from './paths.js'
import {Stats, createProgress, writeStats} from './progress.js'
import {OutputError, cannotWrite} from './output.js'
import {type Line, isBadLine, isBlank, parseRecord, readLines} from './records.js'
import {ResumeMismatch, ResumePoint, SumsLog} from './resume.js'
import {SeenIds} from './seen-ids.js'
import {batchTask, runnerFor} from './task.js'

/** A line's result, waiting for its turn to be written. */
interface Outcome {
  line: number
  result: BatchResult
  bytesIn: number
  /** The line itself: a worker that timed out or crashed returns no record id, so it is read from here. */
  bytes: Uint8Array
}

/** The errors file beside OUT.jsonl: `OUT.errors.jsonl`, so outputs sharing a folder (shards) never share it. */
export function errorsPathFor(outPath: string | undefined): string {
  if (outPath === undefined) return resolve('scrubdown-errors.jsonl')
  return `${outPath.replace(/(?:\.(?:jsonl|ndjson|json))?(?:\.gz)?$/i, '')}.errors.jsonl`
}

/** The sums file beside OUT.jsonl while it is written (see SumsLog). */
export function sumsPathFor(outPath: string): string {
  return `${outPath}.sums.part`
}

/**
 * `scrubdown --jsonl IN.jsonl [--out OUT.jsonl]`: records in, `{id, meta,
 * markdown, removed?}` out, in input order, streamed: at most a few records
 * per thread are in flight, reading waits while they are, and writing waits
 * for the output to drain, so memory stays flat whatever the file size.
 * Gzip input (by its first bytes) and `-` (stdin) work; OUT ending in `.gz` is gzipped. OUT appears whole at the end (it is
 * written as `OUT.jsonl.part`, then renamed); `--resume` continues a killed
 * run's `.part` and ends with the same bytes as an unbroken run, keeping only
 * the records made from the bytes the input has now (see SumsLog).
 */
export async function runJsonl(options: CliOptions & {jsonl: string}, io: Io): Promise<number> {
  const say = (message: string) => io.stderr.write(`scrubdown: ${message}\n`)
  const outPath = options.out === undefined ? undefined : resolve(options.out)
  const errors = new ErrorLog(errorsPathFor(outPath))
  const usage = await checkPaths(options.jsonl, outPath, errors, sumsPathFor(outPath ?? ''))
  if (usage) {
    say(usage)
    return usage.endsWith('no such file') ? 1 : 2
  }
  if (options.resume && !outPath) {
    say('--resume needs --out OUT.jsonl')
    return 2
  }
  if (options.resume && outPath && wantsGzip(outPath)) {
    say('--resume cannot continue a gzipped output (a half-written gzip cannot be cut at a line); write OUT.jsonl and gzip it after the run')
    return 2
  }
  const partPath = `${outPath}.part`
  const sums = new SumsLog(sumsPathFor(outPath ?? ''))
  let resume: ResumePoint | undefined
  // A finished run is continued like a killed one: everything checks out as done, new records are added.
  const reopened = {out: false, errors: false}
  if (options.resume && outPath) {
    if (!existsSync(partPath) && existsSync(outPath)) reopened.out = await rename(outPath, partPath).then(() => true)
    if (!existsSync(errors.partPath) && existsSync(errors.path)) reopened.errors = await rename(errors.path, errors.partPath).then(() => true)
    // A finished output was published only after its whole input was read and checked: its records need no sums.
    resume = await ResumePoint.load({out: partPath, errors: errors.partPath, sums}, reopened.out)
  }
  if (outPath) {
    // Opened once before any work: a read-only or missing folder is one clear line, not a run that cleans for nothing.
    const refused = await open(partPath, options.resume ? 'a' : 'w').then((handle) => handle.close(), (error: unknown) => describe(error))
    if (refused) {
      say(`cannot write ${outPath}: ${refused}`)
      return cannotWrite
    }
    try {
      sums.open(options.resume)
    } catch (error) {
      say(new OutputError(sums.path, error).message)
      return cannotWrite
    }
  }
  try {
    await errors.open(options.resume)
  } catch (error) {
    say(new OutputError(errors.path, error).message)
    return cannotWrite
  }
  const file = outPath ? createOutputFile(partPath, options.resume ? 'a' : 'w', wantsGzip(outPath)) : undefined
  const out: NodeJS.WritableStream = file?.stream ?? io.stdout
  let writeError: Error | undefined
  out.on('error', (error: Error) => {
    writeError ??= error
  })

  const runner = await runnerFor(options, say)
  const pages = options.reportHtml === undefined ? undefined : new AuditPages(resolve(options.reportHtml), indexFileName(options.shard))
  const stats = new Stats()
  const size = options.jsonl === '-' || (await startsWithGzip(options.jsonl)) ? undefined : (await stat(options.jsonl)).size
  const progress = createProgress(io.stderr, size === undefined ? undefined : {bytes: size}, options.quiet)
  const window = Math.max(4, runner.threads * 4)
  const pending: Array<Promise<Outcome>> = []
  /** Each id met, with its first line (as a 64-bit hash): duplicates are reported. */
  const seen = new SeenIds()
  let stopped: number | undefined
  // The input failed its check (gzip's CRC, a cut member): nothing read from it can be trusted.
  let corrupt = false
  // A line is read whole only up to --max-bytes; a longer one fails alone, unread, and the next is cleaned.
  const limit = options.maxBytes ?? defaultMaxBytes
  try {
    for await (const line of readLines(options.jsonl, io.stdin, limit)) {
      stats.bytesRead += line.size
      if (line.oversized) {
        const {id, idJson} = idFromHead(Buffer.from(line.bytes.buffer, line.bytes.byteOffset, line.bytes.length).toString('utf8'), line.number, options.keys.id)
        if (!inShard(id, options.shard)) continue
        if (resume?.needs() && (await doneBefore(resume, line, id, false))) continue
        const result: BatchResult = {kind: 'failed', id, ...(idJson === undefined ? {} : {idJson}), error: overLimit(limit, 'the record').message}
        pending.push(Promise.resolve({line: line.number, result, bytesIn: line.size, bytes: line.bytes}))
        if (pending.length >= window) await settle(await pending.shift()!)
        continue
      }
      if (isBlank(line.bytes)) continue
      if (resume?.needs()) {
        // Only here does this thread parse a record: to match it against what a killed run finished.
        const record = parseRecord(Buffer.from(line.bytes.buffer, line.bytes.byteOffset, line.bytes.length).toString('utf8'), line.number, options.keys)
        if (!inShard(record.id, options.shard)) continue
        if (await doneBefore(resume, line, record.id, !isBadLine(record))) continue
      }
      // A copy goes to the thread (it is moved there, not shared): this one names the record if its worker never answers.
      const outcome = runner.batch(batchTask(options, line.bytes.slice(), 'jsonl', line.number))
      pending.push(outcome.then((result) => ({line: line.number, result, bytesIn: line.size, bytes: line.bytes})))
      if (pending.length >= window) await settle(await pending.shift()!)
    }
    while (pending.length > 0) await settle(await pending.shift()!)
    await resume?.finish()
  } catch (error) {
    // Stop without publishing: what is written stays in the .part files for --resume.
    stopped = error instanceof ResumeMismatch ? 2 : error instanceof OutputError ? cannotWrite : 1
    corrupt = isCorruptInput(error)
    if (error instanceof ResumeMismatch) say(`cannot resume: ${error.message}; run without --resume to start over`)
    else if (error instanceof OutputError) say(error.message)
    else if (corrupt) say(`${options.jsonl}: ${(error as Error).message}; the records read from it are not kept for --resume (they may come from the corrupt part)`)
    else if (!writeError) say(`${options.jsonl}: ${(error as Error).message}`)
  }
  progress.stop()
  await runner.close()
  if (file) {
    out.end()
    await file.closed.catch(() => {})
  }
  if (writeError) {
    stopped = cannotWrite
    say(`cannot write ${outPath ?? 'the output'}: ${describe(writeError)}`)
  }
  if (stopped !== undefined) {
    await errors.abandon()
    // Refused before writing anything: a finished output goes back as it was.
    if (stats.documents === 0 && outPath) {
      if (reopened.out) await rename(partPath, outPath)
      if (reopened.errors) await rename(errors.partPath, errors.path)
    }
    // Results of records read before the check failed would pass for done on --resume.
    if (corrupt && outPath) await Promise.all([rm(partPath, {force: true}), rm(errors.partPath, {force: true}), sums.remove()])
    else if (stats.documents === 0 && reopened.out) await sums.remove()
    sums.close()
    return stopped
  }
  if (outPath) {
    await rename(partPath, outPath)
    await sums.remove()
  }
  await errors.finish(false)
  await pages?.finish(`scrubdown audit: ${options.jsonl === '-' ? 'standard input' : options.jsonl}`)
  if (options.stats) await writeStats(options.stats, stats)
  if (!options.quiet) io.stderr.write(stats.summary())
  return stats.failed + stats.failedBefore > 0 ? 1 : 0

  /** Did a killed run finish this record? Then it is counted as skipped. */
  async function doneBefore(point: ResumePoint, line: Line, id: string, isRecord: boolean): Promise<boolean> {
    const done = await point.done(line.number, id, isRecord, line.size, line.bytes)
    if (!done) {
      if (point.changedAt === line.number) progress.log(`scrubdown: line ${line.number} of the input is not what the killed run read there (a corrupt or changed input): cleaning again from there`)
      return false
    }
    stats.skipped++
    if (done === 'failed') stats.failedBefore++
    progress.tick(stats)
    return true
  }

  /** Note in the sums file which input bytes the record just written came from (see SumsLog). */
  function writeSum(line: number, size: number, bytes: Uint8Array): void {
    try {
      sums.write(line, size, bytes)
    } catch (error) {
      throw new OutputError(sums.path, error)
    }
  }

  /** A record whose id an earlier one had: cleaned all the same, and named (ids are how pipelines join results back). */
  function noteDuplicate(id: string, line: number): void {
    if (id === `line ${line}`) return
    const first = seen.note(id, line)
    if (first === undefined) {
      if (seen.notKept === 1) progress.log(`scrubdown: line ${line}: ${seen.limit} ids seen; from here on, ids are checked against those but no more are kept (a repeat among the later ones goes unnamed)`)
      return
    }
    stats.duplicates++
    progress.log(`scrubdown: line ${line}: the id ${JSON.stringify(id)} is also on line ${first}`)
  }

  /** Write one outcome, in input order. A failure is on disk before any later result is written, which --resume relies on. */
  async function settle({line, result, bytesIn, bytes}: Outcome): Promise<void> {
    if (writeError) throw writeError
    if (result.kind === 'other-shard') return
    if (result.kind === 'failed') {
      let id = result.id
      let idJson = result.idJson
      if (id === undefined) {
        // Timed out or crashed before answering: the record's id (and its shard) from the line, so errors and --resume name it as the worker would have.
        const parsed = parseRecord(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), line, options.keys)
        id = parsed.id
        idJson = parsed.idJson
        if (!inShard(id, options.shard)) return
      }
      stats.failure(bytesIn, result.error)
      pages?.failed(line, id, result.error)
      noteDuplicate(id, line)
      progress.log(`scrubdown: ${id}: ${result.error}`)
      // The id as the record gives it: a number stays a number, as in the output.
      await errors.write({id, line, error: result.error}, idJson).catch((error: unknown) => {
        throw new OutputError(errors.path, error)
      })
      writeSum(line, bytesIn, bytes)
    } else {
      if (pages && result.page) {
        // Named by its line, never by its id: ids are data, not file names.
        const entry = {name: result.id ?? `line ${line}`, lang: result.lang, removals: total(result.removals), warnings: total(result.warnings)}
        await pages.write(line, entry, `line-${line}.html`, result.page).catch((error: unknown) => {
          throw new OutputError(pages.pathOf(`line-${line}.html`), error)
        })
      }
      stats.cleaned(result.lang, result.removals, bytesIn, result.bytes.length, result.warnings)
      if (result.id !== undefined) noteDuplicate(result.id, line)
      const drained = out.write(result.bytes)
      writeSum(line, bytesIn, bytes)
      if (!drained) await once(out, 'drain')
    }
    progress.tick(stats)
  }
}

/** What is wrong with the input and output paths, if anything: --out must be a file that is not the input. */
async function checkPaths(input: string, outPath: string | undefined, errors: ErrorLog, sumsPath: string): Promise<string | undefined> {
  const source = input === '-' ? undefined : await realpath(input).catch(() => null)
  if (source === null) return `${input}: no such file`
  if (outPath === undefined) return undefined
  if ((await stat(outPath).catch(() => undefined))?.isDirectory()) return `--out ${outPath} is a folder; with --jsonl, --out names the output file (OUT.jsonl)`
  if (source === undefined) return undefined
  for (const path of [outPath, `${outPath}.part`, errors.path, errors.partPath, sumsPath]) {
    if ((await realTarget(path)) === source) return `${path} is the input; the input is never overwritten`
  }
  return undefined
}

/**
 * Did the input fail its own check? zlib says so once a gzip member ends:
 * its CRC or length does not match (Z_DATA_ERROR), or it stops short
 * (Z_BUF_ERROR). The lines before were given out unchecked.
 */
function isCorruptInput(error: unknown): boolean {
  const code = (error as {code?: unknown} | undefined)?.code
  return typeof code === 'string' && code.startsWith('Z_')
}

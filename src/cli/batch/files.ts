import {realpath, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import pLimit from 'p-limit'
import {defaultMaxBytes} from '../../input.js'
import type {CliOptions} from '../args.js'
import {readFileBounded} from '../bounded.js'
import {describe} from '../describe.js'
import {formatForFile} from '../format-by-name.js'
import {gunzipDocument} from '../gzip.js'
import {ErrorLog} from './errors.js'
import {type Input, byCodeUnit, expandInputs, outputNames, realPaths} from './inputs.js'
import type {Io} from './io.js'
import {settingsPerInput} from './input-settings.js'
import {inShard, inside, isWithin, realTarget} from './paths.js'
import {Stats, createProgress, writeStats} from './progress.js'
import {batchTask, runnerFor} from './task.js'
import {OutputError, cannotWrite, isSystemic, unwritableFolder} from './output.js'
import {ReportLog, reportFileName} from './report-log.js'
import {AuditPages, indexFileName, total} from './audit-pages.js'
import {writeAtomic} from './write.js'

/** One line on the files folders held that are not read: how many, and why, by extension. */
export function skippedNote(skipped: Map<string, number>): string {
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0)
  const reasons = [...skipped].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0])).map(([reason, count]) => `${count} ${reason}`)
  return `scrubdown: left out ${total} file${total === 1 ? '' : 's'} found in folders: ${reasons.join(', ')}; name a file or a glob to clean it anyway`
}

/** The errors file of a run; shards get their own, so machines sharing one output folder never write the same file. */
export function errorsFileName(shard: CliOptions['shard']): string {
  return shard ? `errors-${shard.index}-of-${shard.count}.jsonl` : 'errors.jsonl'
}

/**
 * `scrubdown --out DIR INPUTS…`: one output per input under DIR, mirroring
 * its relative path (`.md`, or `.json` with `--json`); failures go to
 * DIR/errors.jsonl with the reason, and the rest goes on. At most a few
 * documents per thread are read ahead, so a folder of any size runs in flat
 * memory.
 */
export async function runFiles(options: CliOptions & {out: string}, io: Io): Promise<number> {
  const say = (message: string) => io.stderr.write(`scrubdown: ${message}\n`)
  const outDir = resolve(options.out)
  if ((await stat(outDir).catch(() => undefined))?.isDirectory() === false) {
    say(`--out ${options.out} is a file; name a folder (for JSON Lines output, use --jsonl)`)
    return 2
  }
  const {inputs: all, missing, skipped} = await expandInputs(options.inputs, outDir)
  const inputs = all.filter((input) => inShard(input.rel, options.shard))
  let settingsOf: (input: Input) => CliOptions
  try {
    settingsOf = await settingsPerInput(options, inputs)
  } catch (error) {
    say(`${(error as Error).message}\nTry 'scrubdown --help'.`)
    return 2
  }
  // Every input, of every shard, is protected from being replaced by an output.
  const protectedPaths = await realPaths(all)
  const errors = new ErrorLog(join(outDir, errorsFileName(options.shard)))
  // Markdown outputs have no room for the audit: with --report it goes to DIR/report.jsonl (in .json outputs it is inside each).
  const report = options.report && !options.json ? new ReportLog(join(outDir, reportFileName(options.shard))) : undefined
  for (const log of report ? [errors, report] : [errors]) {
    if (protectedPaths.has(log.path) || protectedPaths.has(log.partPath)) {
      say(`${log.path} is an input; choose another --out folder`)
      return 2
    }
  }
  const unwritable = await unwritableFolder(outDir)
  if (unwritable) {
    say(`cannot write to --out ${options.out}: ${unwritable}`)
    return cannotWrite
  }
  const realOut = await realpath(outDir).catch(() => realTarget(outDir))
  const targets = outputNames(inputs, options.json ? '.json' : '.md')
  const pages = options.reportHtml === undefined ? undefined : new AuditPages(resolve(options.reportHtml), indexFileName(options.shard))
  const pageNames = pages ? outputNames(inputs, '.html') : undefined
  const stats = new Stats()
  await errors.open(false)
  await report?.open(false)
  const runner = await runnerFor(options, say)
  const progress = createProgress(io.stderr, {documents: inputs.length}, options.quiet)
  for (const {pattern, reason} of missing) await fail(pattern, reason)
  if (skipped.size > 0) progress.log(skippedNote(skipped))
  const fileLimit = pLimit(16)
  const window = Math.max(4, runner.threads * 4)
  const inflight = new Set<Promise<void>>()
  // A write that fails for every input alike (a full or read-only disk) stops the run.
  let fatal: OutputError | undefined
  for (const input of inputs) {
    if (fatal) break
    const job = cleanOne(input).finally(() => inflight.delete(job))
    inflight.add(job)
    if (inflight.size >= window) await Promise.race(inflight)
  }
  await Promise.all(inflight)
  progress.stop()
  await runner.close()
  if (fatal) {
    await errors.abandon()
    say(`${fatal.message}; the run stopped after ${stats.documents} documents (--resume continues it)`)
    return cannotWrite
  }
  await errors.finish(true)
  await report?.finish(true)
  await pages?.finish(`scrubdown audit: ${options.inputs.join(' ')}`)
  if (options.stats) await writeStats(options.stats, stats)
  if (!options.quiet) io.stderr.write(stats.summary())
  return stats.failed > 0 ? 1 : 0

  async function cleanOne(input: Input): Promise<void> {
    const target = inside(outDir, targets.get(input)!)
    const real = await realTarget(target)
    if (!isWithin(realOut, real)) return fail(input.rel, `the output ${target} would land outside --out through a symbolic link`)
    if (protectedPaths.has(real) || protectedPaths.has(`${real}.part`)) return fail(input.rel, 'the output would overwrite an input; choose another --out folder')
    if (options.resume && (await stat(target).catch(() => undefined))) {
      stats.skipped++
      return progress.tick(stats)
    }
    const settings = settingsOf(input)
    const maxBytes = settings.maxBytes ?? defaultMaxBytes
    let bytes: Buffer
    try {
      // Refused before reading: a runaway file must not fill the memory.
      const {size} = await stat(input.path)
      if (size > maxBytes) return fail(input.rel, `input is ${size} bytes, above the limit of ${maxBytes} (raise --max-bytes to clean it)`, size)
      // A special file or a pipe has no size to go by (a link to /dev/zero): the read itself stops at the limit.
      bytes = gunzipDocument(await fileLimit(() => readFileBounded(input.path, maxBytes)), maxBytes)
    } catch (error) {
      return fail(input.rel, describe(error))
    }
    const size = bytes.length
    const task = batchTask(settings, bytes, options.json ? 'json' : 'markdown')
    const format = formatForFile(input.path, settings.format)
    if (format) task.format = format
    if (pages) task.name = input.rel
    const result = await runner.batch(task)
    if (result.kind !== 'cleaned') return fail(input.rel, result.kind === 'failed' ? result.error : 'not in this shard', size)
    try {
      await fileLimit(() => writeAtomic(target, result.bytes))
    } catch (error) {
      if (!isSystemic(error)) return fail(input.rel, `cannot write ${target}: ${describe(error)}`, size)
      fatal ??= new OutputError(target, error)
      return
    }
    if (pages && result.page) {
      const path = pages.pathOf(pageNames!.get(input)!)
      if (protectedPaths.has(await realTarget(path))) return fail(input.rel, `its audit page ${path} would overwrite an input; choose another --report-html folder`, size)
      try {
        await pages.write(input.rel, {name: input.rel, lang: result.lang, removals: total(result.removals), warnings: total(result.warnings)}, pageNames!.get(input)!, result.page)
      } catch (error) {
        if (!isSystemic(error)) return fail(input.rel, `cannot write its audit page ${path}: ${describe(error)}`, size)
        fatal ??= new OutputError(path, error)
        return
      }
    }
    stats.cleaned(result.lang, result.removals, size, result.bytes.length, result.warnings)
    if (report && result.audit) await report.write({id: input.rel, ...result.audit})
    progress.tick(stats)
  }

  async function fail(id: string, reason: string, bytesIn = 0): Promise<void> {
    stats.failure(bytesIn, reason)
    pages?.failed(id, id, reason)
    progress.log(`scrubdown: ${id}: ${reason}`)
    try {
      await errors.write({id, error: reason})
    } catch (error) {
      fatal ??= new OutputError(errors.path, error)
    }
    progress.tick(stats)
  }
}

import cliProgress from 'cli-progress'
import {writeAtomic} from './write.js'

/** What a batch did, for the progress line and the closing summary. */
export class Stats {
  /** Documents this run tried to clean, failures included. */
  documents = 0
  failed = 0
  /** Inputs a killed run had already finished (`--resume`). */
  skipped = 0
  /** Of those, the ones that had failed: still failures of the whole batch. */
  failedBefore = 0
  bytesIn = 0
  bytesOut = 0
  /** How far into a JSON Lines input the reading is, in bytes (for the bar). */
  bytesRead = 0
  readonly languages = new Map<string, number>()
  readonly removals = new Map<string, number>()
  /** Failures by the kind of their reason (`input is not valid UTF-8 (bad byte 0x… at offset N)`). */
  readonly failures = new Map<string, number>()
  /** JSON Lines records whose id an earlier record had. */
  duplicates = 0
  /** Warnings by stage (the language undetermined, an output without text …), over all documents. */
  readonly warnings = new Map<string, number>()
  readonly started = performance.now()
  private readonly cpuAtStart = process.cpuUsage()

  /** A document cleaned: its language and how many removals each stage made. */
  cleaned(lang: string, removals: Record<string, number>, bytesIn: number, bytesOut: number, warnings: Record<string, number> = {}): void {
    this.documents++
    this.bytesIn += bytesIn
    this.bytesOut += bytesOut
    this.languages.set(lang, (this.languages.get(lang) ?? 0) + 1)
    for (const [stage, count] of Object.entries(removals)) this.removals.set(stage, (this.removals.get(stage) ?? 0) + count)
    for (const [stage, count] of Object.entries(warnings)) this.warnings.set(stage, (this.warnings.get(stage) ?? 0) + count)
  }

  /** A document that could not be cleaned, and why (counted by the kind of reason: its numbers left out). */
  failure(bytesIn = 0, reason?: string): void {
    this.documents++
    this.failed++
    this.bytesIn += bytesIn
    if (reason !== undefined) {
      const kind = reasonKind(reason)
      this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1)
    }
  }

  /** The figures as plain data, for `--stats FILE`: counts, bytes, languages, removals and warnings per stage, failures by reason. */
  toJSON(): Record<string, unknown> {
    const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
    return {
      documents: this.documents,
      cleaned: this.documents - this.failed,
      failed: this.failed,
      skipped: this.skipped,
      skippedFailed: this.failedBefore,
      duplicateIds: this.duplicates,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      seconds: Math.round(this.seconds() * 1000) / 1000,
      languages: sorted(this.languages),
      removalsByStage: sorted(this.removals),
      warningsByStage: sorted(this.warnings),
      failuresByReason: sorted(this.failures),
    }
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000
  }

  rate(): number {
    return this.documents / Math.max(this.seconds(), 1e-3)
  }

  summary(): string {
    const seconds = this.seconds()
    const {user, system} = process.cpuUsage(this.cpuAtStart)
    const cpu = (user + system) / 1e6
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
    const top = (map: Map<string, number>) => {
      const sorted = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, count]) => `${key} ${count}`)
      return sorted.length > 12 ? `${sorted.slice(0, 12).join(', ')} and ${sorted.length - 12} more` : sorted.join(', ') || 'none'
    }
    const duplicates = this.duplicates ? `\n  duplicate ids: ${this.duplicates} records repeat an earlier record's id` : ''
    const skipped = this.skipped ? `, ${this.skipped} skipped as done${this.failedBefore ? ` (${this.failedBefore} of them failed before)` : ''}` : ''
    return [
      `cleaned ${this.documents - this.failed} of ${this.documents} documents (${this.failed} failed${skipped}) in ${seconds.toFixed(1)} s, ${this.rate().toFixed(1)} docs/s`,
      `  ${mb(this.bytesIn)} MB in, ${mb(this.bytesOut)} MB out, ${(this.bytesIn / 1e6 / Math.max(seconds, 1e-3)).toFixed(2)} MB/s`,
      `  languages: ${top(this.languages)}`,
      `  removals by stage: ${top(this.removals)}`,
      `  warnings by stage: ${top(this.warnings)}${duplicates}`,
      // CPU time and maxRSS (kilobytes) are the whole process's, worker threads included.
      `  CPU time: ${cpu.toFixed(1)} s (${(cpu / Math.max(seconds, 1e-3)).toFixed(1)} cores busy)`,
      `  peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ].join('\n') + '\n'
  }
}

export interface Progress {
  tick(stats: Stats): void
  /** A line for people (a failed input): on a terminal, it clears the bar's line first; the bar is drawn again below. */
  log(line: string): void
  stop(): void
}

/**
 * How far a batch is: documents out of a known count (folders), or bytes read
 * out of the input's size (a JSON Lines file), or neither (a pipe).
 */
export type Total = {documents: number} | {bytes: number} | undefined

/**
 * A bar on a terminal (documents, MB, docs/s, ETA), a plain line every few
 * seconds otherwise (logs), nothing with `--quiet`.
 */
export function createProgress(stream: NodeJS.WritableStream & {isTTY?: boolean}, total: Total, quiet: boolean): Progress {
  const log = (line: string) => stream.write(`${line}\n`)
  if (quiet) return {tick() {}, log, stop() {}}
  const done = (stats: Stats) => stats.documents + stats.skipped
  if (stream.isTTY) return bar(stream, total, done)
  let last = performance.now()
  return {
    tick(stats) {
      const now = performance.now()
      if (now - last < 5000) return
      last = now
      const of = total && 'documents' in total ? `/${total.documents}` : ''
      const read = total && 'bytes' in total ? ` (${((100 * stats.bytesRead) / Math.max(total.bytes, 1)).toFixed(0)}% read)` : ''
      stream.write(`scrubdown: ${done(stats)}${of} documents${read}, ${stats.failed} failed, ${(stats.bytesIn / 1e6).toFixed(1)} MB, ${stats.rate().toFixed(1)} docs/s\n`)
    },
    log,
    stop() {},
  }
}

function bar(stream: NodeJS.WritableStream, total: Total, done: (stats: Stats) => number): Progress {
  const byBytes = total !== undefined && 'bytes' in total
  const format = byBytes
    ? '{bar} {percentage}% read | {docs} docs | {mb} MB | {rate} docs/s | ETA {eta_formatted}'
    : '{bar} {value}/{total} docs | {mb} MB | {rate} docs/s | ETA {eta_formatted}'
  const progress = new cliProgress.SingleBar({format, stream, hideCursor: true, etaBuffer: 50}, cliProgress.Presets.shades_classic)
  progress.start(total ? ('bytes' in total ? total.bytes : total.documents) : 0, 0, {mb: '0.0', rate: '0', docs: 0})
  return {
    tick(stats) {
      const payload = {mb: (stats.bytesIn / 1e6).toFixed(1), rate: stats.rate().toFixed(1), docs: done(stats)}
      if (total === undefined) progress.setTotal(done(stats))
      progress.update(byBytes ? stats.bytesRead : done(stats), payload)
    },
    log: (line) => stream.write(`\r\u001b[2K${line}\n`),
    stop: () => progress.stop(),
  }
}

/** A failure's reason without the numbers that change from one input to the next (sizes, offsets, bytes), so like failures count together. */
export function reasonKind(reason: string): string {
  return reason.replace(/0x[0-9a-f]+/gi, '0x…').replace(/\d+(?:\.\d+)?/g, 'N')
}

/** `--stats FILE`: the run's figures as JSON, written whole (through FILE.part). */
export async function writeStats(path: string, stats: Stats): Promise<void> {
  await writeAtomic(path, `${JSON.stringify(stats.toJSON(), null, 2)}\n`)
}

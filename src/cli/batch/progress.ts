import cliProgress from 'cli-progress'
import type {TaskResult} from '../../batch/worker.js'

/** What a batch did, for the progress line and the closing summary. */
export class Stats {
  documents = 0
  failed = 0
  skipped = 0
  bytesIn = 0
  bytesOut = 0
  readonly languages = new Map<string, number>()
  readonly removals = new Map<string, number>()
  readonly started = performance.now()

  add(result: TaskResult, bytesIn: number, bytesOut: number): void {
    this.documents++
    this.bytesIn += bytesIn
    this.bytesOut += bytesOut
    if (!result.ok) {
      this.failed++
      return
    }
    const lang = result.meta.lang ?? 'und'
    this.languages.set(lang, (this.languages.get(lang) ?? 0) + 1)
    for (const removal of result.removed) this.removals.set(removal.stage, (this.removals.get(removal.stage) ?? 0) + 1)
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000
  }

  summary(): string {
    const seconds = this.seconds()
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
    const top = (map: Map<string, number>) =>
      [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, count]) => `${key} ${count}`).join(', ') || 'none'
    return [
      `cleaned ${this.documents - this.failed} of ${this.documents} documents (${this.failed} failed${this.skipped ? `, ${this.skipped} skipped as done` : ''}) in ${seconds.toFixed(1)} s, ${(this.documents / Math.max(seconds, 1e-3)).toFixed(1)} docs/s`,
      `  ${mb(this.bytesIn)} MB in, ${mb(this.bytesOut)} MB out, ${(this.bytesIn / 1e6 / Math.max(seconds, 1e-3)).toFixed(2)} MB/s`,
      `  languages: ${top(this.languages)}`,
      `  removals by stage: ${top(this.removals)}`,
      // maxRSS is in kilobytes, for the whole process, worker threads included.
      `  peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ].join('\n') + '\n'
  }
}

export interface Progress {
  tick(stats: Stats): void
  stop(): void
}

/**
 * A bar on a terminal (documents, MB, docs/s, ETA), a plain line every few
 * seconds otherwise (logs), nothing with `--quiet`.
 */
export function createProgress(stream: NodeJS.WritableStream & {isTTY?: boolean}, total: number | undefined, quiet: boolean): Progress {
  if (quiet) return {tick() {}, stop() {}}
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {format: '{bar} {value}/{total} docs | {mb} MB | {rate} docs/s | ETA {eta_formatted}', stream, hideCursor: true},
      cliProgress.Presets.shades_classic,
    )
    bar.start(total ?? 0, 0, {mb: '0.0', rate: '0'})
    return {
      tick(stats) {
        if (total === undefined) bar.setTotal(stats.documents)
        bar.update(stats.documents, {mb: (stats.bytesIn / 1e6).toFixed(1), rate: (stats.documents / Math.max(stats.seconds(), 1e-3)).toFixed(1)})
      },
      stop: () => bar.stop(),
    }
  }
  let last = performance.now()
  return {
    tick(stats) {
      const now = performance.now()
      if (now - last < 5000) return
      last = now
      stream.write(`scrubdown: ${stats.documents}${total === undefined ? '' : `/${total}`} documents, ${stats.failed} failed, ${(stats.documents / Math.max(stats.seconds(), 1e-3)).toFixed(1)} docs/s\n`)
    },
    stop() {},
  }
}

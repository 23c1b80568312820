import type {Runner} from './batch/pool.js'
import type {WorkerOptions} from './batch/cleaners.js'
import type {DocumentOptions} from './clean.js'
import {ScrubdownError} from './errors.js'
import type {Input} from './input.js'
import {checkOptions} from './options-check.js'
import type {CleanResult} from './types.js'

/** Options of a pool: the cleaner's plain-data options (as for `cleanStream`), its threads and a time limit. */
export interface PoolOptions extends WorkerOptions {
  /** Worker threads, started once and kept warm (default 1). */
  threads?: number
  /** Stop a document that takes longer than this many milliseconds: its `clean` rejects (default: no limit). */
  timeout?: number
}

/** Options for one document in a pool: the document's own, and a signal that abandons it. */
export interface PoolDocumentOptions extends DocumentOptions {
  /** Abandon the document: `clean` rejects with the signal's reason, and its thread is replaced if it had started. */
  signal?: AbortSignal
}

/** Worker threads that clean documents off the calling thread, reused across calls: a server's or a queue consumer's cleaner. */
export interface CleanerPool {
  /** Clean one document in a worker thread; the event loop stays free meanwhile. Rejects with a ScrubdownError for bad input. */
  clean(input: Input, options?: PoolDocumentOptions): Promise<CleanResult>
  /** Stop the threads. */
  close(): Promise<void>
  readonly threads: number
  /** The runner underneath, for `cleanStream({pool})`. @internal */
  readonly runner: Runner
  /** The cleaner options every document is cleaned with. @internal */
  readonly options: WorkerOptions
}

/**
 * Start a pool of worker threads, warm before they take work, for cleaning
 * without blocking the event loop (`clean`, `cleanSync` and a `createCleaner`
 * cleaner run on the calling thread). Reuse it for every document, and pass
 * it to `cleanStream` too; close it when the service stops.
 *
 * @example
 * ```ts
 * const pool = await createPool({threads: 2, timeout: 30_000})
 * const {markdown} = await pool.clean(html, {url, signal: AbortSignal.timeout(10_000)})
 * await pool.close()
 * ```
 */
export async function createPool(options: PoolOptions = {}): Promise<CleanerPool> {
  const {threads = 1, timeout = 0, ...cleaner} = options
  checkOptions(cleaner)
  if (!Number.isInteger(threads) || threads < 1) throw new ScrubdownError('EOPTIONS', `threads must be a whole number from 1, not ${String(threads)}`)
  const {createRunner} = await import('./batch/pool.js')
  const runner = await createRunner(threads, () => {}, {offThread: true, ...(timeout > 0 ? {timeout} : {})})
  return {
    threads: runner.threads,
    runner,
    options: cleaner,
    async clean(input, document = {}) {
      const {signal, ...rest} = document
      if (rest.format !== undefined || rest.lang !== undefined) checkOptions({format: rest.format, lang: rest.lang})
      const value = typeof input === 'string' || input instanceof Uint8Array ? input : typeof input.value === 'string' ? input.value : (input.value as Uint8Array)
      const task = {input: value, options: rest.encoding ? {...cleaner, encoding: rest.encoding} : cleaner, ...(rest.format ? {format: rest.format} : {}), ...(rest.url ? {url: rest.url} : {}), ...(rest.lang ? {lang: rest.lang} : {})}
      const result = await runner.run(task, signal)
      if (!result.ok) throw result.code ? new ScrubdownError(result.code, result.error) : new Error(result.error)
      const {meta, markdown, removed, warnings, notes} = result
      return {markdown, meta, removed, warnings, notes}
    },
    close: () => runner.close(),
  }
}

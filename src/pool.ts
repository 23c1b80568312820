import type {WorkerOptions} from './batch/cleaners.js'
import type {DocumentOptions} from './clean.js'
import type {Input} from './input.js'
import {startPool} from './threads.js'
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

/**
 * Worker threads that clean documents off the calling thread, reused across
 * calls: a server's or a queue consumer's cleaner. `createPool` makes one,
 * and so does `createCleaner({threads})`; `cleanStream({pool})` takes either.
 */
export interface CleanerPool {
  /** Clean one document in a worker thread; the event loop stays free meanwhile. Rejects with a ScrubdownError for bad input. */
  clean(input: Input, options?: PoolDocumentOptions): Promise<CleanResult>
  /** Stop the threads; later calls to `clean` reject. */
  close(): Promise<void>
  /** How many documents it cleans at once. */
  readonly threads: number
  /**
   * Settles once every thread has started and cleaned a warm-up document
   * (`createPool` waits for it; `createCleaner({threads})` starts the
   * threads and returns at once). `clean` waits for it too, so awaiting it
   * is only needed to be warm before taking work.
   */
  readonly ready: Promise<void>
}

/**
 * Start a pool of worker threads, warm before they take work, for cleaning
 * without blocking the event loop (`clean`, `cleanSync` and a `createCleaner`
 * cleaner without `threads` run on the calling thread). Reuse it for every
 * document, and pass it to `cleanStream` too; close it when the service stops.
 * `createCleaner({threads})` is the same pool with `cleanSync` beside it.
 *
 * @example
 * ```ts
 * const pool = await createPool({threads: 2, timeout: 30_000})
 * const {markdown} = await pool.clean(html, {url, signal: AbortSignal.timeout(10_000)})
 * await pool.close()
 * ```
 */
export async function createPool(options: PoolOptions = {}): Promise<CleanerPool> {
  const pool = startPool(options)
  await pool.ready
  return pool
}

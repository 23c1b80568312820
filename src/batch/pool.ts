import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {dirname, extname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {ResourceLimits} from 'node:worker_threads'
import {Piscina} from 'piscina'
import {startClock, timedOut, watchDeadline} from './deadline.js'
import type {BatchResult, BatchTask} from './job.js'
import type {Task, TaskResult} from './worker.js'

/** Where documents are cleaned: worker threads, or this thread. */
export interface Runner {
  /** Clean one document; never rejects (a failure is a result), except when `signal` aborts it: then with the signal's reason. */
  run(task: Task, signal?: AbortSignal): Promise<TaskResult>
  /** Do one document of a CLI batch (see job.ts); never rejects. */
  batch(task: BatchTask): Promise<BatchResult>
  close(): Promise<void>
  /** How many documents it cleans at once. */
  readonly threads: number
}

export function defaultConcurrency(): number {
  return availableParallelism()
}

/**
 * The flags a worker thread needs to load the worker module. Built (`.js`,
 * the published package), none. From source (`.ts`: tests, `tsx` runs), a
 * TypeScript loader: threads inherit the process's flags, so under
 * `node --import tsx` they have it already; under a runner with a loader of
 * its own (vitest), tsx (a dev dependency, there when the source is) is
 * added for the threads.
 */
function workerExecArgv(worker: string): string[] | undefined {
  if (extname(worker) !== '.ts' || process.execArgv.some((flag) => flag.includes('tsx'))) return undefined
  try {
    const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')
    return [...process.execArgv, '--import', pathToFileURL(tsx).href]
  } catch {
    return undefined
  }
}

/** How a runner cleans, besides how many documents at once. */
export interface RunnerOptions {
  /**
   * Stop a document that runs longer than this, in milliseconds (0 or
   * absent: no limit). Its thread is stopped and replaced, and the document
   * fails with `timed out after N s`. Time spent waiting for a thread does
   * not count. Synchronous code cannot be interrupted on the calling thread,
   * so with a timeout even one document at a time runs in a worker thread.
   */
  timeout?: number
  /** The worker module; tests use one with a stage that never ends. Default: this folder's `worker`. */
  worker?: URL
  /** Clean in a worker thread even with one thread and no timeout (a library caller who must not block its event loop). */
  offThread?: boolean
}

/**
 * A pool of `concurrency` worker threads (piscina) for the CPU work; one
 * thread without a timeout means in-process. The worker is this folder's
 * `worker` module in the same form as this file (`.js` when built, `.ts`
 * from source, see workerExecArgv). Each thread is tried with an empty
 * document first; where none can load (source run without tsx installed),
 * cleaning falls back to this thread and says so, rather than failing every
 * document.
 */
export async function createRunner(concurrency: number, warn: (message: string) => void, options: RunnerOptions = {}): Promise<Runner> {
  // Loaded only when this thread cleans: with workers, the pipeline lives in them alone.
  const inProcess: Runner = {
    run: async (task, signal) => {
      signal?.throwIfAborted()
      return (await import('./worker.js')).default(task)
    },
    batch: async (task) => (await import('./job.js')).runBatchTask(task),
    close: async () => {},
    threads: 1,
  }
  const timeout = options.timeout ?? 0
  if (concurrency <= 1 && timeout <= 0 && !options.offThread) return inProcess
  const worker = fileURLToPath(options.worker ?? new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url))
  const execArgv = workerExecArgv(worker)
  const threads = Math.max(1, concurrency)
  const threadPool = (settings: {minThreads: number; maxThreads: number; idleTimeout: number; resourceLimits: ResourceLimits}) =>
    new Piscina<Task | BatchTask, TaskResult | BatchResult>({filename: pathToFileURL(worker).href, ...settings, ...(execArgv ? {execArgv} : {})})
  const pool = threadPool({minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: cappedLimits})
  // Started on the first large document, stopped when idle: one thread whose heap may grow as a large document needs.
  let roomyPool: ReturnType<typeof threadPool> | undefined
  const roomy = () => (roomyPool ??= threadPool({minThreads: 0, maxThreads: 1, idleTimeout: roomyIdle, resourceLimits: roomyLimits}))
  // A worker that cannot start is reported through the ping below, not thrown from the event.
  let failure: Error | undefined
  pool.on('error', (error: Error) => {
    failure ??= error
  })
  try {
    await pool.run({input: '', options: {}})
    if (failure) throw failure
  } catch (error) {
    await pool.destroy().catch(() => {})
    warn(`worker threads unavailable (${(failure ?? (error as Error)).message.split('\n')[0]}); cleaning on one thread${timeout > 0 ? ', without a timeout' : ''}`)
    return inProcess
  }
  // A worker that dies (out of memory, a native crash) or runs out of time fails its document, not the batch; piscina starts a new one.
  const crashed = (error: unknown) => `the worker cleaning it crashed: ${error instanceof Error ? error.message : String(error)}`
  function attempt<Result>(on: ReturnType<typeof threadPool>, task: Task | BatchTask, run: RunOptions): Promise<Result> {
    if (timeout <= 0) return on.run(task, run) as Promise<Result>
    const caller = run.signal as AbortSignal | undefined
    const clock = startClock()
    const controller = new AbortController()
    const unwatch = watchDeadline(clock, timeout, () => controller.abort())
    const signal = caller ? AbortSignal.any([caller, controller.signal]) : controller.signal
    return (on.run({...task, clock}, {...run, signal}) as Promise<Result>)
      .catch((error: unknown) => {
        throw controller.signal.aborted && !caller?.aborted ? new TimedOut(timedOut(timeout)) : error
      })
      .finally(unwatch)
  }
  // Inputs are copied to the thread, never moved: a document that runs out of memory is tried again.
  async function call<Result>(task: Task | BatchTask, run: RunOptions, failed: (reason: string) => Result): Promise<Result> {
    const large = inputSize(task.input) > largeInput
    try {
      return await attempt<Result>(large ? roomy() : pool, task, run)
    } catch (error) {
      const caller = run.signal as AbortSignal | undefined
      if (caller?.aborted) throw caller.reason
      if (error instanceof TimedOut) return failed(error.message)
      if (large || !isOutOfMemory(error)) return failed(crashed(error))
    }
    // A small input that needed more than a capped thread holds: once more, on the roomy thread.
    try {
      return await attempt<Result>(roomy(), task, run)
    } catch (error) {
      return failed(error instanceof TimedOut ? error.message : crashed(error))
    }
  }
  return {
    run: (task, signal) => call(task, signal ? {signal} : {}, (error): TaskResult => ({ok: false, error})),
    batch: (task) => call(task, {name: 'batch'}, (error): BatchResult => ({kind: 'failed', error})),
    close: async () => {
      await Promise.all([pool.destroy(), roomyPool?.destroy()])
    },
    threads,
  }
}

type RunOptions = NonNullable<Parameters<Piscina['run']>[1]>

/**
 * The cleaning threads' heaps. The old generation is capped, which makes V8
 * collect sooner: left alone it lets each thread's heap grow long before it
 * collects, and two threads on a 64 MB stream of dumps peaked anywhere from
 * 285 to 540 MB (GC timing), the dev set's HTML at 363 to 384 MB; capped, at
 * 225 to 230 MB and 242 to 252 MB. On a 16 MB corpus it costs no measurable
 * time; on a run of a few seconds, 12 to 15 % more CPU while the heaps warm
 * up (any cap does, 512 MB too). A young generation of 8 MB takes about 15 MB off
 * each thread at no cost in docs/s (documents are small and short-lived).
 */
const cappedLimits: ResourceLimits = {maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192}
/** Large documents need memory in proportion (about 50 times their size): their thread has no cap. */
const roomyLimits: ResourceLimits = {maxYoungGenerationSizeMb: 8}
/** Inputs above this many bytes (or characters) go to the roomy thread. */
const largeInput = 2 * 1024 * 1024
/** The roomy thread stops after this long without work, and its memory goes with it. */
const roomyIdle = 2000

function inputSize(input: Uint8Array | string): number {
  return typeof input === 'string' ? input.length : input.byteLength
}

function isOutOfMemory(error: unknown): boolean {
  return (error as {code?: string} | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
}

/** A document stopped by its time limit (a failure of its own, never tried again). */
class TimedOut extends Error {}

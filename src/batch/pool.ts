import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {dirname, extname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Piscina} from 'piscina'
import {startClock, timedOut, watchDeadline} from './deadline.js'
import type {BatchResult, BatchTask} from './job.js'
import type {Task, TaskResult} from './worker.js'

/** Where documents are cleaned: worker threads, or this thread. */
export interface Runner {
  /** Clean one document; never rejects (a failure is a result). */
  run(task: Task): Promise<TaskResult>
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
    run: async (task) => (await import('./worker.js')).default(task),
    batch: async (task) => (await import('./job.js')).runBatchTask(task),
    close: async () => {},
    threads: 1,
  }
  const timeout = options.timeout ?? 0
  if (concurrency <= 1 && timeout <= 0) return inProcess
  const worker = fileURLToPath(options.worker ?? new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url))
  const execArgv = workerExecArgv(worker)
  const threads = Math.max(1, concurrency)
  const pool = new Piscina<Task | BatchTask, TaskResult | BatchResult>({
    filename: pathToFileURL(worker).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // A small young generation: a thread's RSS drops by about 15 MB at no measurable cost in docs/s (documents are small and short-lived).
    resourceLimits: {maxYoungGenerationSizeMb: 8},
    ...(execArgv ? {execArgv} : {}),
  })
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
  function call<Result>(task: Task | BatchTask, run: NonNullable<Parameters<typeof pool.run>[1]>, failed: (reason: string) => Result): Promise<Result> {
    if (timeout <= 0) return (pool.run(task, run) as Promise<Result>).catch((error: unknown) => failed(crashed(error)))
    const clock = startClock()
    const controller = new AbortController()
    const unwatch = watchDeadline(clock, timeout, () => controller.abort())
    return (pool.run({...task, clock}, {...run, signal: controller.signal}) as Promise<Result>)
      .catch((error: unknown) => failed(controller.signal.aborted ? timedOut(timeout) : crashed(error)))
      .finally(unwatch)
  }
  return {
    run: (task) => call(task, {}, (error): TaskResult => ({ok: false, error})),
    // Input bytes that fill a buffer of their own are moved to the thread, not copied: the caller hands them over.
    batch: (task) => call(task, {name: 'batch', transferList: owns(task.input) ? [task.input.buffer] : []}, (error): BatchResult => ({kind: 'failed', error})),
    close: () => pool.destroy(),
    threads,
  }
}

/** Does this view span a whole ArrayBuffer (not a slice of Node's shared pool), so that moving it takes nothing else along? */
function owns(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
}

import {availableParallelism} from 'node:os'
import {extname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import type {Task, TaskResult} from './worker.js'

/** Where documents are cleaned: worker threads, or this thread. */
export interface Runner {
  run(task: Task): Promise<TaskResult>
  close(): Promise<void>
  /** How many documents it cleans at once. */
  readonly threads: number
}

export function defaultConcurrency(): number {
  return availableParallelism()
}

/**
 * A pool of `concurrency` worker threads (piscina) for the CPU work; one
 * thread means in-process. The worker is this folder's `worker` module in
 * the same form as this file (`.js` when built, `.ts` under tsx, whose loader
 * the threads inherit). Where a worker cannot load it (a test runner with its
 * own module loader), cleaning falls back to this thread, and says so.
 */
export async function createRunner(concurrency: number, warn: (message: string) => void): Promise<Runner> {
  // Loaded only when this thread cleans: with workers, the pipeline lives in them alone.
  const inProcess: Runner = {
    run: async (task) => (await import('./worker.js')).default(task),
    close: async () => {},
    threads: 1,
  }
  if (concurrency <= 1) return inProcess
  const filename = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href
  const pool = new Piscina<Task, TaskResult>({filename, minThreads: concurrency, maxThreads: concurrency, idleTimeout: 1000})
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
    warn(`worker threads unavailable (${(failure ?? (error as Error)).message.split('\n')[0]}); cleaning on one thread`)
    return inProcess
  }
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy(),
    threads: concurrency,
  }
}

/**
 * The worker-thread pool behind `createPool`, `createCleaner({threads})` and
 * `cleanStream({pool})`, apart from src/pool.ts so that the published types
 * of the public API do not reach the thread pool's (piscina's).
 */
import type {Runner} from './batch/pool.js'
import type {WorkerOptions} from './batch/cleaners.js'
import {ScrubdownError} from './errors.js'
import {checkOptions} from './options-check.js'
import type {CleanerPool, PoolOptions} from './pool.js'

/** What `cleanStream` needs of a pool: its runner and the options every document is cleaned with. */
interface PoolInside {
  runner: Promise<Runner>
  options: WorkerOptions
}

const inside = new WeakMap<CleanerPool, PoolInside>()

/** The runner and options of a pool made here; undefined for any other object. */
export function poolInside(pool: CleanerPool): PoolInside | undefined {
  return inside.get(pool)
}

/**
 * The pool underneath `createPool` and `createCleaner({threads})`: checks the
 * options (throwing a ScrubdownError before any thread starts), starts the
 * threads, and returns at once; each `clean` waits for the threads to be
 * ready. Options besides `threads` and `timeout` are the cleaner's, and
 * cross to the threads: plain data only (see `checkCrossable`). A cleaner's
 * `url` and `lang` cross with them, as defaults for every document.
 */
export function startPool(options: PoolOptions): CleanerPool {
  const {threads = 1, timeout = 0, ...cleaner} = options
  checkOptions(cleaner)
  if (!Number.isInteger(threads) || threads < 1) throw new ScrubdownError('EOPTIONS', `threads must be a whole number from 1, not ${String(threads)}`)
  if (typeof timeout !== 'number' || !(timeout >= 0)) throw new ScrubdownError('EOPTIONS', `timeout must be a number of milliseconds from 0, not ${String(timeout)}`)
  checkCrossable(cleaner)
  // The thread pool (piscina) loads with the first pool, not with every `import 'scrubdown'`.
  const runner = import('./batch/pool.js').then(({createRunner}) => createRunner(threads, () => {}, {offThread: true, ...(timeout > 0 ? {timeout} : {})}))
  // A failure to start is the first call's rejection (or ready's), never an unhandled one.
  runner.catch(() => {})
  let closed = false
  const pool: CleanerPool = {
    threads,
    ready: runner.then(() => {}),
    async clean(input, document = {}) {
      if (closed) throw new Error('the cleaner is closed')
      const {signal, ...rest} = document
      if (rest.format !== undefined || rest.lang !== undefined) checkOptions({format: rest.format, lang: rest.lang})
      const value = typeof input === 'string' || input instanceof Uint8Array ? input : typeof input.value === 'string' ? input.value : (input.value as Uint8Array)
      const task = {input: value, options: rest.encoding ? {...cleaner, encoding: rest.encoding} : cleaner, ...(rest.format ? {format: rest.format} : {}), ...(rest.url ? {url: rest.url} : {}), ...(rest.lang ? {lang: rest.lang} : {})}
      const running = await runner
      // Closed while the threads were starting.
      if (closed) throw new Error('the cleaner is closed')
      const result = await running.run(task, signal)
      if (!result.ok) throw result.code ? new ScrubdownError(result.code, result.error) : new Error(result.error)
      const {meta, markdown, removed, warnings, notes} = result
      return {markdown, meta, removed, warnings, notes}
    },
    async close() {
      closed = true
      await (await runner).close()
    },
  }
  inside.set(pool, {runner, options: cleaner})
  return pool
}

/**
 * Refuse cleaner options that cannot cross to a worker thread, before any
 * thread starts: a stage list (`stages`: plugins are code) and a function or
 * symbol anywhere in the options (a remark-stringify handler). Structured
 * cloning would otherwise fail on every document, or drop them silently.
 */
export function checkCrossable(options: object): void {
  if ((options as {stages?: unknown}).stages !== undefined) {
    throw new ScrubdownError('EOPTIONS', 'stages cannot cross to a worker thread (a stage list is code): clean with createCleaner without threads, on this thread, to use your own stages')
  }
  const seen = new Set<object>()
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new ScrubdownError('EOPTIONS', `${path} is a ${typeof value}: options that cross to a worker thread must be plain data (clean without threads to pass code)`)
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`))
    else for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`)
  }
  visit(options, '')
}

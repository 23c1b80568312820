import type {Runner} from './batch/pool.js'
import type {CleanOptions} from './clean.js'
import {checkOptions} from './options-check.js'
import type {CleanerPool} from './pool.js'
import {checkCrossable, poolInside} from './threads.js'
import {ScrubdownError} from './errors.js'
import type {StageName} from './pipeline.js'
import type {Format, Meta, Removal} from './types.js'

/** A document for `cleanStream`: an id and its HTML or text. */
export interface StreamRecord {
  id: string
  url?: string
  html?: string
  text?: string
}

/** What `cleanStream` yields for each record, in input order. */
export type StreamResult =
  | {id: string; ok: true; meta: Meta; markdown: string; removed: Removal[]}
  | {id: string; ok: false; error: string}

/**
 * The cleaner's options a stream takes: every one that is plain data (each
 * stage's options, `disable`, `format`, `lang`, `maxBytes`, `html`,
 * `articleFinder`), since documents may be cleaned in worker threads. A
 * custom stage list (`stages`) cannot cross to a thread: clean with
 * `createCleaner` for that.
 */
export interface StreamOptions extends Pick<CleanOptions, 'disable' | 'format' | 'lang' | 'maxBytes' | 'html' | 'articleFinder' | StageName> {
  /** Worker threads for the CPU work; 1 (default) cleans on the calling thread, unless there is a `timeout`. */
  threads?: number
  /**
   * Stop a document that takes longer than this, in milliseconds (default:
   * no limit): it yields `{ok: false, error: 'timed out after N s'}` and the
   * stream goes on. Only a thread can be stopped, so with a timeout the
   * documents are cleaned in worker threads, one at least.
   */
  timeout?: number
  /** Records in flight at once; bounds memory (default: 4 per thread). */
  window?: number
  /**
   * A pool to clean in: one from `createPool`, or a cleaner from
   * `createCleaner({threads})` (its threads, time limit and cleaner options;
   * those given here are not used). It stays open after the stream, for the
   * next one. Without it, each stream starts threads of its own.
   */
  pool?: CleanerPool
}

/**
 * Clean a stream of records, for ingestion jobs that already run an engine
 * (a queue consumer, a Beam or Spark step, a Node stream): records in, results
 * out in the same order, at most `window` in flight, so memory stays flat and
 * a slow consumer slows the reading. A bad document yields `{ok: false, error}`
 * and the stream goes on.
 *
 * @example
 * ```ts
 * import {cleanStream} from 'scrubdown'
 * for await (const result of cleanStream(records, {threads: 4})) {
 *   if (result.ok) await save(result.id, result.markdown)
 *   else console.error(result.id, result.error)
 * }
 * ```
 */
export async function* cleanStream(
  records: AsyncIterable<StreamRecord> | Iterable<StreamRecord>,
  options: StreamOptions = {},
): AsyncGenerator<StreamResult> {
  const {threads: _threads, timeout: _timeout, window: _window, lang: _lang, pool, ...streamOptions} = options
  // Refused here, once, before any thread starts, rather than once per document in the threads.
  checkOptions(streamOptions)
  const given = pool ? poolInside(pool) : undefined
  if (pool && !given) throw new ScrubdownError('EOPTIONS', 'pool must come from createPool or createCleaner({threads})')
  if (!pool && ((options.threads ?? 1) > 1 || (options.timeout ?? 0) > 0)) checkCrossable(streamOptions)
  let runner: Runner
  if (given) {
    runner = await given.runner
  } else {
    // The thread pool (piscina) loads with the first stream, not with every `import 'scrubdown'`.
    const {createRunner} = await import('./batch/pool.js')
    runner = await createRunner(options.threads ?? 1, () => {}, options.timeout ? {timeout: options.timeout} : {})
  }
  const taskOptions = given ? given.options : streamOptions
  const window = options.window ?? Math.max(4, runner.threads * 4)
  const pending: Array<Promise<StreamResult>> = []
  const cleanOne = async (record: StreamRecord): Promise<StreamResult> => {
    const input = record.html ?? record.text
    if (input === undefined) return {id: record.id, ok: false, error: 'the record has neither "html" nor "text"'}
    const format: Format | undefined = record.html !== undefined ? 'html' : options.format
    const task = {input, options: taskOptions, ...(format ? {format} : {}), ...(record.url ? {url: record.url} : {}), ...(options.lang ? {lang: options.lang} : {})}
    const result = await runner.run(task)
    if (!result.ok) return {id: record.id, ok: false, error: result.error}
    const {meta, markdown, removed} = result
    return {id: record.id, ok: true, meta, markdown, removed}
  }
  try {
    for await (const record of records) {
      pending.push(cleanOne(record))
      // The oldest result goes out before the next record is read: order kept, memory bounded.
      if (pending.length >= window) yield await pending.shift()!
    }
    while (pending.length > 0) yield await pending.shift()!
  } finally {
    // A caller's pool stays open for its next use.
    if (!pool) await runner.close()
  }
}

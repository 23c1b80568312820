import {isWorkerThread, move, transferableSymbol, valueSymbol} from 'piscina'
import {ScrubdownError, type ScrubdownErrorCode} from '../errors.js'
import type {Format, Meta, Note, Removal, Warning} from '../types.js'
import {type WorkerOptions, cleanerFor} from './cleaners.js'
import {type StartClock, markStarted} from './deadline.js'
import {type BatchResult, type BatchTask, runBatchTask} from './job.js'
import {warmUp} from './warm-up.js'

// Loading this module is part of a thread's start, before it takes work: the start includes the warm-up.
if (isWorkerThread) {
  try {
    warmUp()
  } catch {
    // A pipeline that fails on the warm-up fails on documents too, and says so there, one by one.
  }
}

/** One document to clean, as it crosses to a worker thread (cleanStream). */
export interface Task {
  input: Uint8Array | string
  format?: Format
  url?: string
  lang?: string
  /** The cleaner's options; tasks with equal options share one processor. */
  options: WorkerOptions
  /** Set by a runner with a timeout: where the worker notes when it starts (see deadline.ts). */
  clock?: StartClock
}

export type TaskResult =
  | {ok: true; meta: Meta; markdown: string; removed: Removal[]; warnings: Warning[]; notes: Note[]}
  | {ok: false; error: string; code?: ScrubdownErrorCode}

/**
 * Clean one document; never throws, so one bad document is a result, not a
 * crash of the pool. Runs in a worker thread (piscina) or in-process; the
 * `batch` export does a CLI batch's whole per-document work (job.ts).
 */
export default function runTask(task: Task): TaskResult {
  markStarted(task.clock)
  try {
    const document: {url?: string; lang?: string; format?: Format} = {}
    if (task.url) document.url = task.url
    if (task.lang) document.lang = task.lang
    if (task.format) document.format = task.format
    const {meta, markdown, removed, warnings, notes} = cleanerFor(task.options).cleanSync(task.input, document)
    return {ok: true, meta, markdown, removed, warnings, notes}
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error), ...(error instanceof ScrubdownError ? {code: error.code} : {})}
  }
}

/** `runBatchTask` across threads: the output bytes are moved back to the main thread, not copied. */
export function batch(task: BatchTask): BatchResult | ReturnType<typeof move> {
  markStarted(task.clock)
  const result = runBatchTask(task)
  if (result.kind !== 'cleaned') return result
  return move({
    get [transferableSymbol]() {
      return result.page ? [result.bytes.buffer, result.page.html.buffer] : [result.bytes.buffer]
    },
    get [valueSymbol]() {
      return result
    },
  })
}

import {type Cleaner, type CleanOptions, createCleaner} from '../clean.js'
import type {Format, Meta, Removal} from '../types.js'

/** One document to clean, as it crosses to a worker thread. */
export interface Task {
  input: Uint8Array | string
  format?: Format
  url?: string
  lang?: string
  /** The cleaner's options; tasks with equal options share one processor. */
  options: Pick<CleanOptions, 'disable' | 'format' | 'maxBytes'>
}

export type TaskResult =
  | {ok: true; meta: Meta; markdown: string; removed: Removal[]}
  | {ok: false; error: string}

const cleaners = new Map<string, Cleaner>()

/**
 * Clean one document; never throws, so one bad document is a result, not a
 * crash of the pool. Runs in a worker thread (piscina) or in-process.
 */
export default function runTask(task: Task): TaskResult {
  try {
    const key = JSON.stringify(task.options)
    let cleaner = cleaners.get(key)
    if (!cleaner) {
      cleaner = createCleaner(task.options)
      cleaners.set(key, cleaner)
    }
    const document: {url?: string; lang?: string; format?: Format} = {}
    if (task.url) document.url = task.url
    if (task.lang) document.lang = task.lang
    if (task.format) document.format = task.format
    const {meta, markdown, removed} = cleaner.cleanSync(task.input, document)
    return {ok: true, meta, markdown, removed}
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}

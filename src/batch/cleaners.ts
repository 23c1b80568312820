import {type Cleaner, type CleanOptions, createCleaner} from '../clean.js'
import type {StageName} from '../pipeline.js'

/** The cleaner's options that cross to a worker thread: plain data, no functions. */
export type WorkerOptions = Pick<CleanOptions, 'disable' | 'format' | 'maxBytes' | 'html' | 'encoding' | 'articleFinder' | StageName>

const cleaners = new Map<string, Cleaner>()

/** A cleaner per distinct options, built once per thread: a batch uses one, a stream a few at most. */
export function cleanerFor(options: WorkerOptions): Cleaner {
  const key = JSON.stringify(options)
  let cleaner = cleaners.get(key)
  if (!cleaner) {
    cleaner = createCleaner(options)
    cleaners.set(key, cleaner)
  }
  return cleaner
}

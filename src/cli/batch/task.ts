import type {BatchTask} from '../../batch/job.js'
import {type Runner, createRunner, defaultConcurrency} from '../../batch/pool.js'
import type {WorkerOptions} from '../../batch/cleaners.js'
import type {CliOptions} from '../args.js'
import {cleanerOptions} from '../cleaner-options.js'

/** The threads of a batch run: `--concurrency` of them, each document stopped after `--timeout` seconds. */
export function runnerFor(options: CliOptions, warn: (message: string) => void): Promise<Runner> {
  return createRunner(options.concurrency ?? defaultConcurrency(), warn, {
    timeout: options.timeout * 1000,
    ...(options.worker ? {worker: options.worker} : {}),
  })
}

/**
 * The worker's task for one document under the command line's options: a
 * file's bytes (`markdown` or `json` output), or a JSON Lines record at
 * `line` (`jsonl` output; the worker reads the record's own url and format).
 */
export function batchTask(options: CliOptions, input: Uint8Array, output: BatchTask['output'], line?: number): BatchTask {
  const task: BatchTask = {
    input,
    output,
    report: options.report,
    options: workerOptions(options),
  }
  if (line !== undefined) {
    task.line = line
    if (options.keys.id !== undefined || options.keys.text !== undefined) task.keys = options.keys
    if (options.body) task.body = true
  }
  if (options.reportHtml !== undefined) task.auditPage = true
  if (options.shard && line !== undefined) task.shard = options.shard
  // One --url for a folder of files is the caller's choice; records carry their own.
  if (options.url && line === undefined) task.url = options.url
  if (options.lang) task.lang = options.lang
  return task
}

/** The cleaner's options for a batch's threads; the language is sent per document (task.lang). */
function workerOptions(options: CliOptions): WorkerOptions {
  const {lang: _perDocument, ...rest} = cleanerOptions(options)
  return rest
}

import type {Task} from '../../batch/worker.js'
import type {Format} from '../../types.js'
import type {CliOptions} from '../args.js'

/**
 * The task for one document under the command line's options. `format`
 * overrides `--format` for a record that says what it holds (`html`).
 */
export function taskFor(options: CliOptions, input: Uint8Array | string, document: {format?: Format; url?: string} = {}): Task {
  const task: Task = {
    input,
    options: {format: options.format, disable: options.disable, ...(options.maxBytes ? {maxBytes: options.maxBytes} : {})},
  }
  if (document.format) task.format = document.format
  if (document.url) task.url = document.url
  if (options.lang) task.lang = options.lang
  return task
}

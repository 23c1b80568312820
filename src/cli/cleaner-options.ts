import type {CleanOptions} from '../clean.js'
import type {CliOptions} from './args.js'

/** The cleaner's options a command line sets, for one file and for every document of a batch alike. */
export function cleanerOptions(options: CliOptions): CleanOptions {
  return {
    ...options.stageSettings,
    format: options.format,
    disable: options.disable,
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.maxBytes ? {maxBytes: options.maxBytes} : {}),
    ...(options.html ? {html: options.html} : {}),
    ...(options.encoding ? {encoding: options.encoding} : {}),
  }
}

import type {CliOptions} from '../args.js'
import {runFiles} from './files.js'
import type {Io} from './io.js'
import {runJsonl} from './jsonl.js'

/** `--jsonl` or `--out`: the batch modes of the CLI. */
export function runBatch(options: CliOptions, io: Io): Promise<number> {
  if (options.jsonl !== undefined) return runJsonl({...options, jsonl: options.jsonl}, io)
  return runFiles({...options, out: options.out!}, io)
}

import type {CliOptions} from '../args.js'
import {pagesFolderProblem} from './audit-pages.js'
import {runFiles} from './files.js'
import type {Io} from './io.js'
import {runJsonl} from './jsonl.js'

/** `--jsonl` or `--out`: the batch modes of the CLI. */
export async function runBatch(options: CliOptions, io: Io): Promise<number> {
  const problem = await pagesFolderProblem(options.reportHtml)
  if (problem) {
    io.stderr.write(`scrubdown: ${problem}\n`)
    return 2
  }
  if (options.jsonl !== undefined) return runJsonl({...options, jsonl: options.jsonl}, io)
  return runFiles({...options, out: options.out!}, io)
}

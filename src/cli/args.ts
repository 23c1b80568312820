import {parseArgs} from 'node:util'
import type {Format} from '../types.js'

export const usage = `Usage: scrubdown [options] [FILE | -]
       scrubdown --out DIR [options] INPUT...
       scrubdown --jsonl IN.jsonl [--out OUT.jsonl] [options]

Clean a scraped article (a text dump, HTML, or Markdown) into Markdown with
YAML front matter. With no FILE, or FILE '-', read standard input.

Output
  --json               print {"meta", "markdown", "removed"} as JSON
  --report             also say what was removed and why (on standard error;
                       in batch output, a "removed" list per document)
  --out DIR            clean files, folders and globs into DIR, one .md each
                       (.json with --json), mirroring their relative paths
  --jsonl FILE         read JSON Lines records {"id", "url"?, "html"? | "text"?}
                       (.jsonl.gz or - for stdin); write {"id", "meta",
                       "markdown"} lines to --out OUT.jsonl or stdout

Cleaning
  --format FORMAT      auto (default), text, html or markdown
  --url URL            the page's URL, written to the front matter
  --lang CODE          the language you expect; breaks ties (e.g. nb vs da)
  --disable STAGES     comma-separated stages to skip: shortcodes, breadcrumbs,
                       title, byline, boilerplate, dedupe, language,
                       punctuation, structure
  --max-bytes SIZE     refuse larger inputs (default 20MB; e.g. 500000, 64MB)

Batch
  --concurrency N      documents in parallel, in worker threads (default: the
                       number of cores)
  --resume             skip inputs whose output is already complete
  --shard K/N          clean only the K-th of N stable shares of the inputs
                       (a hash of the path or id: N machines, no coordinator)
  --quiet              no progress and no summary
  Inputs that fail are named on standard error and, with their reason, in
  DIR/errors.jsonl (--out DIR), OUT.errors.jsonl (--jsonl --out OUT.jsonl)
  or ./scrubdown-errors.jsonl (--jsonl to standard output). Outputs appear
  whole (written as NAME.part, then renamed).

  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 all cleaned, 1 some inputs failed (each named on standard
error), 2 bad usage.

Examples
  scrubdown fixtures/sv-deepseek-fomo/input.txt
  curl -s https://example.com/a | scrubdown --format html --url https://example.com/a -
  scrubdown --json --report article.txt
  scrubdown --out clean/ dumps/ 'more/**/*.html'
  scrubdown --jsonl pages.jsonl.gz --out pages.clean.jsonl --shard 3/8
`

export interface CliOptions {
  inputs: string[]
  json: boolean
  report: boolean
  out?: string
  jsonl?: string
  format: Format
  url?: string
  lang?: string
  disable: string[]
  /** Largest input accepted, in bytes (the library's default when absent). */
  maxBytes?: number
  concurrency?: number
  resume: boolean
  shard?: {index: number; count: number}
  quiet: boolean
  help: boolean
  version: boolean
}

/** A mistake in the command line: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const formats: readonly Format[] = ['auto', 'text', 'html', 'markdown']

export function parseCli(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: {type: 'boolean', default: false},
        report: {type: 'boolean', default: false},
        out: {type: 'string'},
        jsonl: {type: 'string'},
        format: {type: 'string', default: 'auto'},
        url: {type: 'string'},
        lang: {type: 'string'},
        disable: {type: 'string', multiple: true, default: []},
        'max-bytes': {type: 'string'},
        concurrency: {type: 'string'},
        resume: {type: 'boolean', default: false},
        shard: {type: 'string'},
        quiet: {type: 'boolean', short: 'q', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false},
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  const format = values.format as Format
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`)
  const options: CliOptions = {
    inputs: positionals,
    json: values.json,
    report: values.report,
    format,
    disable: values.disable.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean),
    resume: values.resume,
    quiet: values.quiet,
    help: values.help,
    version: values.version,
  }
  if (values.out !== undefined) options.out = values.out
  if (values.jsonl !== undefined) options.jsonl = values.jsonl
  if (values.url !== undefined) options.url = values.url
  if (values.lang !== undefined) options.lang = values.lang
  if (values['max-bytes'] !== undefined) options.maxBytes = parseSize(values['max-bytes'])
  if (values.concurrency !== undefined) {
    const count = Number(values.concurrency)
    if (!Number.isInteger(count) || count < 1) throw new UsageError(`--concurrency takes a whole number from 1, not "${values.concurrency}"`)
    options.concurrency = count
  }
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard)
    const index = Number(match?.[1])
    const count = Number(match?.[2])
    if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes K/N with 1 <= K <= N, like 2/8, not "${values.shard}"`)
    options.shard = {index, count}
  }
  return options
}

/** "500000", "512kB", "64MB": a size in bytes (k and M are 1024 and 1024²). */
function parseSize(value: string): number {
  const match = /^(\d+)\s*(k|kb|m|mb)?$/i.exec(value.trim())
  if (!match || Number(match[1]) < 1) throw new UsageError(`--max-bytes takes a size such as 500000 or 64MB, not "${value}"`)
  const unit = (match[2] ?? '').toLowerCase()
  return Number(match[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1)
}

import {type ParseArgsConfig, parseArgs} from 'node:util'

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>
import {encodingName} from '../encoding.js'
import type {HtmlContentOptions} from '../parse/html.js'
import type {Format} from '../types.js'

export const usage = `Usage: scrubdown [options] [FILE | -]
       scrubdown --out DIR [options] INPUT...
       scrubdown --jsonl IN.jsonl [--out OUT.jsonl] [options]

Clean a scraped article (a text dump, HTML, or Markdown) into Markdown with
YAML front matter. With no FILE, or FILE '-', read standard input.

Output
  --json               print {"meta", "markdown", "removed", "warnings"?} as
                       JSON
  --report             also say what was removed and why: on standard error
                       for one file; a "removed" list in each .json or JSON
                       Lines result; DIR/report.jsonl ({"id", "removed",
                       "warnings"} per document) for .md outputs. Warnings
                       are in every JSON output without it
  --report-html PATH   an audit page to look at: the input with every removal
                       struck through, coloured by stage, its reason on
                       hover, and the front matter; self-contained, nothing
                       in it runs or loads. One file: PATH is the page. A
                       batch: PATH is a folder, one page per document (named
                       as its output, or line-N.html for JSON Lines) and
                       index.html linking them
  --out DIR            clean files, folders and globs into DIR, one .md each
                       (.json with --json), mirroring their relative paths.
                       Folders give .txt, .html, .htm, .md (gzipped too) and
                       files of other names unless their name (images, .css,
                       .json …) or first bytes say they are not documents;
                       what is left out is said. An empty folder or a glob
                       matching nothing is a failure
  --jsonl FILE         read JSON Lines records {"id", "url"?, "html"? | "text"?}
                       (- for stdin); write {"id", ...the record's other
                       fields, "meta", "markdown"} lines to --out OUT.jsonl
                       or stdout, in input order; ids as given (a number
                       stays a number). Gzip is read wherever its first
                       bytes say so (files, stdin); --out OUT.jsonl.gz
                       writes gzip. A record whose id an earlier one had is
                       cleaned and named on standard error with that line
                       (the first 3,145,728 ids are kept, 12 bytes each)
  --id-key KEY         JSON Lines: the field holding the id (default id)
  --text-key KEY       JSON Lines: the one field holding the document (HTML
                       if KEY is html, else detected); default html, else
                       text
  --body               JSON Lines: add "body", the Markdown without its front
                       matter, beside "markdown"
  --stats FILE         batch: write the run's figures as JSON (documents,
                       bytes, languages, removals and warnings per stage,
                       failures by reason, duplicate ids)

Cleaning
  --config FILE        the cleaner's options from a YAML or JSON file, as in
                       code: every stage's options (punctuation: {quotes:
                       keep}), disable, lang, format, maxBytes, html,
                       articleFinder. Flags win over it. Without it, the
                       nearest .scrubdownrc (.json, .yaml, .yml) or
                       package.json "scrubdown" key is used, looked for in
                       each input's folder and up (the current folder for
                       stdin)
  --no-config          use no config file, not even one found
  --set STAGE.OPTION=VALUE
                       one stage option (repeatable): punctuation.quotes=keep,
                       boilerplate.edges=false, language.only=nl,af,
                       punctuation.rules.common/ellipsis=false
  --format FORMAT      auto (default), text, html or markdown
  --url URL            the page's URL, written to the front matter
  --lang CODE          the language you expect; breaks ties (e.g. nb vs da)
  --disable STAGES     comma-separated stages to skip: shortcodes, breadcrumbs,
                       title, byline, boilerplate, dedupe, language,
                       punctuation, structure
  --max-bytes SIZE     refuse larger inputs (a file, stdin, a JSON Lines line),
                       reading no further (default 20MB; e.g. 500000, 64MB, 1GB)
  --links MODE         HTML links: keep (default) as Markdown links, or text
                       (only their text)
  --images MODE        HTML images: keep (default, with their alt text) or drop
  --encoding LABEL     the encoding of the input bytes, when you know it (an
                       HTTP charset: windows-1252, shift_jis, ...); a BOM
                       still wins. Without it, HTML is read by its <meta
                       charset> and text as UTF-8. Not for --jsonl: records
                       are JSON text already

Batch
  --concurrency N      documents in parallel, in worker threads (default: the
                       number of cores)
  --resume             skip inputs whose output is already complete
  --shard K/N          clean only the K-th of N stable shares of the inputs
                       (a hash of the path or id: N machines, no coordinator)
  --timeout SECONDS    stop a document that takes longer (default 60; 0 for
                       no limit; fractions such as 0.5 too): it fails as
                       "timed out after N s" and the rest goes on. Its thread
                       is replaced; even --concurrency 1 cleans in a worker
                       thread then, since only a thread can be stopped
  -q, --quiet          no progress and no summary
  Inputs that fail are named on standard error and, with their reason, in
  DIR/errors.jsonl (--out DIR), OUT.errors.jsonl (--jsonl --out OUT.jsonl)
  or ./scrubdown-errors.jsonl (--jsonl to standard output). Outputs appear
  whole (written as NAME.part, then renamed).

  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 all cleaned, 1 some inputs failed (each named on standard
error), 2 bad usage, 3 the output could not be written (a read-only or full
disk): the run stopped, and --resume continues it.

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
  /** `--report-html PATH`: the audit page (one file), or the folder of pages and their index (a batch). */
  reportHtml?: string
  out?: string
  jsonl?: string
  format: Format
  url?: string
  lang?: string
  disable: string[]
  /** Largest input accepted, in bytes (the library's default when absent). */
  maxBytes?: number
  /** What the Markdown keeps of an HTML page's links and images (`--links`, `--images`). */
  html?: HtmlContentOptions
  /** The WHATWG name of the input bytes' encoding (`--encoding`). */
  encoding?: string
  concurrency?: number
  /** Seconds a batch document may take before it is stopped; 0 for no limit. */
  timeout: number
  /** Not a flag: the worker module batch threads load (tests use one with a stage that never ends). */
  worker?: URL
  resume: boolean
  shard?: {index: number; count: number}
  /** JSON Lines: the fields holding the id and the document (`--id-key`, `--text-key`). */
  keys: {id?: string; text?: string}
  /** JSON Lines: add `body`, the Markdown without front matter (`--body`). */
  body: boolean
  /** Where to write the run's figures as JSON (`--stats FILE`). */
  stats?: string
  /** `--config FILE`: a YAML or JSON file of the cleaner's options (read by main). */
  config?: string
  /** `--no-config`: no config file is looked for beside the inputs. */
  noConfig: boolean
  /** `--set STAGE.OPTION=VALUE`, as given. */
  set: string[]
  /** Each stage's options and `articleFinder`, from --config and --set (filled by main). */
  stageSettings?: Record<string, unknown>
  quiet: boolean
  help: boolean
  version: boolean
}

/** A mistake in the command line: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const formats: readonly Format[] = ['auto', 'text', 'html', 'markdown']
const linkModes = ['keep', 'text'] as const
const imageModes = ['keep', 'drop'] as const

/** The default of `--timeout`, in seconds: far above any real document (a 10 MB dump takes about 9 s), short enough not to stall a run. */
export const defaultTimeout = 60

/** Every flag `parseCli` accepts; `--help` names each one (a test checks). */
export const flags = {
  json: {type: 'boolean', default: false},
  report: {type: 'boolean', default: false},
  'report-html': {type: 'string'},
  out: {type: 'string'},
  jsonl: {type: 'string'},
  format: {type: 'string', default: 'auto'},
  url: {type: 'string'},
  lang: {type: 'string'},
  disable: {type: 'string', multiple: true, default: [] as string[]},
  'max-bytes': {type: 'string'},
  links: {type: 'string'},
  images: {type: 'string'},
  encoding: {type: 'string'},
  concurrency: {type: 'string'},
  timeout: {type: 'string'},
  resume: {type: 'boolean', default: false},
  shard: {type: 'string'},
  config: {type: 'string'},
  'no-config': {type: 'boolean', default: false},
  set: {type: 'string', multiple: true, default: [] as string[]},
  'id-key': {type: 'string'},
  'text-key': {type: 'string'},
  body: {type: 'boolean', default: false},
  stats: {type: 'string'},
  quiet: {type: 'boolean', short: 'q', default: false},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false},
} as const satisfies ParseArgsOptionsConfig

export function parseCli(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: flags,
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
    timeout: values.timeout === undefined ? defaultTimeout : parseSeconds(values.timeout),
    keys: {...(values['id-key'] ? {id: values['id-key']} : {}), ...(values['text-key'] ? {text: values['text-key']} : {})},
    body: values.body,
    noConfig: values['no-config'],
    set: values.set,
    quiet: values.quiet,
    help: values.help,
    version: values.version,
  }
  if ((values['id-key'] !== undefined || values['text-key'] !== undefined || values.body) && values.jsonl === undefined) {
    throw new UsageError('--id-key, --text-key and --body are for JSON Lines input (--jsonl)')
  }
  if (values.stats !== undefined) {
    if (values.jsonl === undefined && values.out === undefined) throw new UsageError('--stats is for batches (--out DIR or --jsonl)')
    options.stats = values.stats
  }
  if (values['report-html'] !== undefined) options.reportHtml = values['report-html']
  if (values.config !== undefined) {
    if (options.noConfig) throw new UsageError('--config FILE and --no-config exclude each other')
    options.config = values.config
  }
  if (values.out !== undefined) options.out = values.out
  if (values.jsonl !== undefined) options.jsonl = values.jsonl
  if (values.url !== undefined) options.url = values.url
  if (values.lang !== undefined) options.lang = values.lang
  if (values['max-bytes'] !== undefined) options.maxBytes = parseSize(values['max-bytes'])
  const links = oneOf('--links', values.links, linkModes)
  const images = oneOf('--images', values.images, imageModes)
  if (links || images) options.html = {...(links ? {links} : {}), ...(images ? {images} : {})}
  if (values.encoding !== undefined) {
    const name = encodingName(values.encoding)
    if (!name) throw new UsageError(`--encoding: unknown encoding "${values.encoding}"; use a WHATWG label such as utf-8, windows-1252, iso-8859-2 or shift_jis`)
    if (options.jsonl !== undefined) throw new UsageError('--encoding is for files and standard input; JSON Lines records are JSON text, already decoded')
    options.encoding = name
  }
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

/** A flag's value from a fixed list, or nothing when the flag is absent. */
function oneOf<Value extends string>(flag: string, value: string | undefined, allowed: readonly Value[]): Value | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${allowed.join(' or ')}, not "${value}"`)
  return value as Value
}

/** "60", "0.5", "0": seconds, 0 meaning no limit. */
function parseSeconds(value: string): number {
  const seconds = Number(value.trim())
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--timeout takes seconds, such as 60 or 0.5 (0: no limit), not "${value}"`)
  return seconds
}

/** "500000", "512kB", "64MB", "1.5GB": a size in bytes (k, M and G are 1024, 1024² and 1024³). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim())
  const unit = (match?.[2] ?? '').toLowerCase()
  const size = Math.floor(Number(match?.[1]) * (unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1))
  if (!match || !(size >= 1)) throw new UsageError(`--max-bytes takes a size such as 500000, 64MB or 1GB, not "${value}"`)
  return size
}

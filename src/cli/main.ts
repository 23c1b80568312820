import {resolve} from 'node:path'
import type {Cleaner, DocumentOptions} from '../clean.js'
import {ScrubdownError} from '../errors.js'
import type {Input} from '../input.js'
import type {CleanResult} from '../types.js'
import {defaultMaxBytes} from '../input.js'
import {type CliOptions, parseCli, usage} from './args.js'
import type {Io} from './batch/io.js'
import {OutputError, cannotWrite} from './batch/output.js'
import {writeAtomic} from './batch/write.js'
import {readBounded, readFileBounded} from './bounded.js'
import {cleanerOptions} from './cleaner-options.js'
import {describe} from './describe.js'
import {formatForFile} from './format-by-name.js'
import {gunzipDocument} from './gzip.js'
import {formatReport} from './report.js'
import {packageVersion} from './version.js'

/**
 * Run the CLI; resolves to the exit status. Output goes through the given
 * streams, so tests can capture it; `overrides` set what no flag sets (a
 * test's worker module).
 */
export async function main(argv: string[], io: Io = process, overrides: Pick<CliOptions, 'worker'> = {}): Promise<number> {
  let options: CliOptions
  try {
    options = {...parseCli(argv), ...overrides}
  } catch (error) {
    io.stderr.write(`scrubdown: ${(error as Error).message}\nTry 'scrubdown --help'.\n`)
    return 2
  }
  if (options.help) {
    io.stdout.write(usage)
    return 0
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`)
    return 0
  }
  try {
    const {ConfigFinder, configFor, inputFolder} = await import('./find-config.js')
    // A folder batch finds each input's own config (batch/input-settings.ts); one file, or one JSON Lines input, has one.
    const perInput = options.jsonl === undefined && options.out !== undefined
    const source = perInput ? undefined : await configFor(options, inputFolder(options.jsonl ?? options.inputs[0] ?? '-'), new ConfigFinder())
    options = await (await import('./settings.js')).withSettings(options, source)
    // Checked before any input is read, in every mode: a batch must not fail each document for one bad flag.
    const {checkOptions} = await import('../options-check.js')
    checkOptions(cleanerOptions(options))
  } catch (error) {
    io.stderr.write(`scrubdown: ${(error as Error).message}\nTry 'scrubdown --help'.\n`)
    return 2
  }
  if (options.jsonl !== undefined || options.out !== undefined) {
    if (options.jsonl === undefined && options.inputs.length === 0) {
      io.stderr.write('scrubdown: --out DIR needs inputs: files, folders or globs\nTry \'scrubdown --help\'.\n')
      return 2
    }
    const {runBatch} = await import('./batch/index.js')
    return runBatch(options, io)
  }
  if (options.inputs.length > 1) {
    io.stderr.write(`scrubdown: ${options.inputs.length} inputs given; to clean several, name an output folder with --out DIR\n`)
    return 2
  }

  if (options.inputs.length === 0 && io.stdin.isTTY) {
    // Nothing named and nobody piping: waiting for typed input would look like a hang.
    io.stderr.write(usage)
    return 2
  }

  const name = options.inputs[0] ?? '-'
  if (options.reportHtml !== undefined && name !== '-' && resolve(options.reportHtml) === resolve(name)) {
    io.stderr.write(`scrubdown: --report-html ${options.reportHtml} is the input; the input is never overwritten\n`)
    return 2
  }
  let cleaner
  try {
    const {createCleaner} = await import('../clean-core.js')
    cleaner = createCleaner({...cleanerOptions(options), ...(options.url ? {url: options.url} : {})})
  } catch (error) {
    io.stderr.write(`scrubdown: ${(error as Error).message}\n`)
    return 2
  }
  try {
    const limit = options.maxBytes ?? defaultMaxBytes
    const input = gunzipDocument(name === '-' ? await readBounded(io.stdin as AsyncIterable<Buffer>, limit) : await readFileBounded(name, limit), limit)
    const format = formatForFile(name, options.format)
    const document = format ? {format} : {}
    const result = options.reportHtml === undefined ? await cleaner.clean(input, document) : await writeAuditPage(cleaner, input, document, name, options.reportHtml)
    if (options.json) {
      const warnings = result.warnings.length > 0 ? {warnings: result.warnings} : {}
      io.stdout.write(`${JSON.stringify({meta: result.meta, markdown: result.markdown, removed: result.removed, ...warnings}, null, 2)}\n`)
    } else {
      io.stdout.write(result.markdown)
    }
    if (options.report) io.stderr.write(formatReport(result, name === '-' ? 'stdin' : name))
    return 0
  } catch (error) {
    if (error instanceof OutputError) {
      io.stderr.write(`scrubdown: ${error.message}\n`)
      return cannotWrite
    }
    if (error instanceof ScrubdownError && (error.code === 'EFORMAT' || error.code === 'EOPTIONS')) {
      io.stderr.write(`scrubdown: ${error.message}\n`)
      return 2
    }
    io.stderr.write(`scrubdown: ${name === '-' ? 'stdin' : name}: ${describe(error)}\n`)
    return 1
  }
}

/** Clean one document and write its audit page (`--report-html FILE`); a page that cannot be written is an OutputError. */
async function writeAuditPage(cleaner: Cleaner, input: Input, document: DocumentOptions, name: string, path: string): Promise<CleanResult> {
  const {auditPageOf} = await import('../report-html/index.js')
  // The synchronous call below may parse HTML: the parser is loaded first (see parse/html-parser.ts).
  await (await import('../parse/html-parser.js')).loadHtmlParser()
  const {result, file} = cleaner.cleanSyncWithFile(input, document)
  try {
    await writeAtomic(path, auditPageOf(file, result, name === '-' ? 'stdin' : name))
  } catch (error) {
    throw new OutputError(path, error)
  }
  return result
}

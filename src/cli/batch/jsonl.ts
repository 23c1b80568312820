import {createReadStream, createWriteStream, existsSync} from 'node:fs'
import {open, readFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {createInterface} from 'node:readline'
import {createGunzip} from 'node:zlib'
import type {CliOptions} from '../args.js'
import {ErrorLog} from './errors.js'
import type {Io} from './io.js'
import {inShard} from './paths.js'
import {createProgress, Stats} from './progress.js'
import {createRunner, defaultConcurrency} from '../../batch/pool.js'
import type {Task, TaskResult} from '../../batch/worker.js'

/** A record of the input: `{id, url?, html? | text?}`. */
interface InputRecord {
  id: string
  url?: string
  html?: string
  text?: string
}

/**
 * `scrubdown --jsonl IN.jsonl [--out OUT.jsonl]`: records in, `{id, meta,
 * markdown, removed?}` out, in input order, streamed: at most a few records
 * per thread are in flight, and reading waits while writing is behind, so
 * memory stays flat whatever the file size. `.gz` input and `-` (stdin) work.
 * With `--resume`, records already in OUT.jsonl or errors.jsonl are skipped
 * and a half-written last line is cut, so a killed run continues exactly.
 */
export async function runJsonl(options: CliOptions & {jsonl: string}, io: Io): Promise<number> {
  const outPath = options.out === undefined ? undefined : resolve(options.out)
  if (outPath && resolve(options.jsonl) === outPath) {
    io.stderr.write('scrubdown: --out must not be the input file\n')
    return 2
  }
  if (options.resume && !outPath) {
    io.stderr.write('scrubdown: --resume needs --out OUT.jsonl\n')
    return 2
  }
  const errors = new ErrorLog(join(outPath ? dirname(outPath) : process.cwd(), outPath ? 'errors.jsonl' : 'scrubdown-errors.jsonl'))
  const done = options.resume && outPath ? await finishedIds(outPath, errors.path) : new Set<string>()
  const out: NodeJS.WritableStream = outPath ? createWriteStream(outPath, {flags: options.resume ? 'a' : 'w'}) : io.stdout
  const runner = await createRunner(options.concurrency ?? defaultConcurrency(), (message) => io.stderr.write(`scrubdown: ${message}\n`))
  const stats = new Stats()
  const progress = createProgress(io.stderr, undefined, options.quiet)
  const window = Math.max(4, runner.threads * 4)
  const pending: Array<Promise<() => Promise<void>>> = []

  const flush = async () => {
    const write = await pending.shift()!
    await write()
  }

  let line = 0
  for await (const raw of lines(options.jsonl, io.stdin)) {
    line++
    if (raw.trim() === '') continue
    const parsed = parseRecord(raw, line)
    if ('error' in parsed) {
      pending.push(Promise.resolve(async () => failed(parsed.id, parsed.error)))
    } else {
      const record = parsed
      if (!inShard(record.id, options.shard)) continue
      if (done.has(record.id)) {
        stats.skipped++
        continue
      }
      const task: Task = {
        input: record.html ?? record.text ?? '',
        format: record.html !== undefined ? 'html' : options.format,
        options: {disable: options.disable, ...(options.maxBytes ? {maxBytes: options.maxBytes} : {})},
        ...(record.url ? {url: record.url} : {}),
        ...(options.lang ? {lang: options.lang} : {}),
      }
      const size = Buffer.byteLength(typeof task.input === 'string' ? task.input : '')
      pending.push(runner.run(task).then((result) => async () => written(record.id, result, size)))
    }
    if (pending.length >= window) await flush()
  }
  while (pending.length > 0) await flush()
  progress.stop()
  await runner.close()
  if (outPath) await new Promise<void>((finish) => out.end(finish))
  await errors.close()
  if (!options.quiet) io.stderr.write(stats.summary())
  return stats.failed > 0 ? 1 : 0

  async function written(id: string, result: TaskResult, size: number): Promise<void> {
    if (!result.ok) {
      stats.add(result, size, 0)
      errors.write(id, result.error)
      io.stderr.write(`scrubdown: ${id}: ${result.error}\n`)
    } else {
      const text = `${JSON.stringify({id, meta: result.meta, markdown: result.markdown, ...(options.report ? {removed: result.removed} : {})})}\n`
      stats.add(result, size, Buffer.byteLength(text))
      if (!out.write(text)) await new Promise((drained) => out.once('drain', drained))
    }
    progress.tick(stats)
  }

  async function failed(id: string, error: string): Promise<void> {
    stats.documents++
    stats.failed++
    errors.write(id, error)
    io.stderr.write(`scrubdown: ${id}: ${error}\n`)
  }
}

function parseRecord(raw: string, line: number): InputRecord | {id: string; error: string} {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return {id: `line ${line}`, error: 'not valid JSON'}
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {id: `line ${line}`, error: 'a record must be a JSON object'}
  const record = value as Record<string, unknown>
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined
  if (id === undefined) return {id: `line ${line}`, error: 'the record has no "id"'}
  if (typeof record.html !== 'string' && typeof record.text !== 'string') return {id, error: 'the record has neither "html" nor "text"'}
  const result: InputRecord = {id}
  if (typeof record.url === 'string') result.url = record.url
  if (typeof record.html === 'string') result.html = record.html
  if (typeof record.text === 'string') result.text = record.text
  return result
}

/** The lines of a JSON Lines file, `.gz` or `-` for standard input, read lazily. */
async function* lines(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const source = path === '-' ? stdin : createReadStream(path)
  const stream = path.endsWith('.gz') ? source.pipe(createGunzip()) : source
  yield* createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
}

/**
 * The ids a killed run already finished: complete lines of the output (a
 * half-written last line is cut off the file) and the ids in errors.jsonl.
 */
async function finishedIds(outPath: string, errorsPath: string): Promise<Set<string>> {
  const ids = new Set<string>()
  if (existsSync(outPath)) {
    const text = await readFile(outPath, 'utf8')
    const complete = text.slice(0, text.lastIndexOf('\n') + 1)
    if (complete.length !== text.length) {
      const handle = await open(outPath, 'r+')
      await handle.truncate(Buffer.byteLength(complete))
      await handle.close()
    }
    for (const line of complete.split('\n')) if (line) ids.add(String((JSON.parse(line) as {id: string}).id))
  }
  if (existsSync(errorsPath)) {
    for (const line of (await readFile(errorsPath, 'utf8')).split('\n')) {
      if (!line) continue
      try {
        ids.add(String((JSON.parse(line) as {id: string}).id))
      } catch {
        // A half-written error line: that record is simply cleaned again.
      }
    }
  }
  return ids
}

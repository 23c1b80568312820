/**
 * `npm run bench:batch`: batch throughput and memory, as data teams run it.
 *
 * - docs/s and MB/s for text dumps on one thread, two worker threads and all
 *   cores: the CLI over a JSON Lines corpus made from fixtures/*\/input.txt,
 *   median (and range) of `--runs` runs (default 3);
 * - peak memory (RSS of the whole process, threads included) for a large
 *   JSON Lines stream generated on the fly and piped through stdin and
 *   stdout, never written to disk: `--stream-mb N` (default 64), `--gb` for
 *   the 1 GB figure (20 minutes on two cores), `--bare` to run that stream
 *   with every stage off (parsing and writing only: the streaming path at
 *   full speed, 1 GB in about 5 minutes).
 *
 * Runs the built CLI (dist/; `npm run build` first) when there is one, else
 * the source through tsx (slower to start, more memory).
 */
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

const {values: flags} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    'corpus-mb': {type: 'string', default: '4'},
    'stream-mb': {type: 'string', default: '64'},
    gb: {type: 'boolean', default: false},
    bare: {type: 'boolean', default: false},
  },
})
const runs = Number(flags.runs)
const streamMb = flags.gb ? 1024 : Number(flags['stream-mb'])

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'dist/cli/bin.js')
const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href
const cli = existsSync(built) ? [built] : ['--import', tsx, join(root, 'src/cli/bin.ts')]
const dir = mkdtempSync(join(tmpdir(), 'scrubdown-bench-'))

const dumps = readdirSync(join(root, 'fixtures'))
  .map((name) => join(root, 'fixtures', name, 'input.txt'))
  .filter((path) => existsSync(path))
  .map((path) => readFileSync(path, 'utf8'))

/** JSON Lines records cycling through the fixture dumps, until `bytes`. */
function* records(bytes: number): Generator<string> {
  let written = 0
  for (let count = 0; written < bytes; count++) {
    const line = `${JSON.stringify({id: `doc-${count}`, text: dumps[count % dumps.length]})}\n`
    written += Buffer.byteLength(line)
    yield line
  }
}

interface Figures {
  docs: number
  cpuSeconds: number
  docsPerSecond: number
  mbPerSecond: number
  peakMb: number
  wallSeconds: number
}

/** Run the CLI on JSON Lines (a file, or generated into stdin), discarding its output; the figures are its own summary's. */
const allStages = 'shortcodes,breadcrumbs,title,byline,boilerplate,dedupe,language,punctuation,structure'

async function run(threads: number, input: {file: string} | {bytes: number}, bare = false): Promise<Figures> {
  const args = [...cli, '--jsonl', 'file' in input ? input.file : '-', '--concurrency', String(threads), ...(bare ? ['--disable', allStages] : [])]
  const started = performance.now()
  // In the temporary folder: an errors file, if any, lands there.
  const child = spawn(process.execPath, args, {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  child.stdout.resume()
  const exited = once(child, 'exit')
  if ('bytes' in input) {
    for (const line of records(input.bytes)) if (!child.stdin.write(line)) await once(child.stdin, 'drain')
  }
  child.stdin.end()
  const [code] = (await exited) as [number]
  if (code !== 0) throw new Error(`scrubdown exited ${code}: ${stderr}`)
  const number = (pattern: RegExp) => Number(pattern.exec(stderr)?.[1] ?? Number.NaN)
  return {
    docs: number(/of (\d+) documents/),
    cpuSeconds: number(/CPU time: ([\d.]+) s/),
    docsPerSecond: number(/s, ([\d.]+) docs\/s/),
    mbPerSecond: number(/MB out, ([\d.]+) MB\/s/),
    peakMb: number(/peak memory: (\d+) MB/),
    wallSeconds: (performance.now() - started) / 1000,
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`

const corpus = join(dir, 'corpus.jsonl')
const out = createWriteStream(corpus)
for (const line of records(Number(flags['corpus-mb']) * 1e6)) if (!out.write(line)) await once(out, 'drain')
out.end()
await once(out, 'finish')
const cores = availableParallelism()
console.log(`corpus: ${(statSync(corpus).size / 1e6).toFixed(1)} MB of JSON Lines from ${dumps.length} fixture dumps; ${cores} cores, load average ${loadavg()[0]!.toFixed(2)}; ${existsSync(built) ? 'dist/' : 'source via tsx'}`)

// Wall-clock docs/s says what this machine gave at this moment; on shared cores it is noisy. CPU time
// per document is steadier: if two workers spend about what one thread spends per document, two
// free cores give about twice the docs/s (the main thread only moves bytes).
const rates = new Map<number, {docsPerSecond: number; cpuPerDoc: number}>()
for (const threads of [...new Set([1, 2, cores])]) {
  const figures: Figures[] = []
  for (let index = 0; index < runs; index++) figures.push(await run(threads, {file: corpus}))
  const docsPerSecond = figures.map((figure) => figure.docsPerSecond)
  const cpuPerDoc = median(figures.map((figure) => (1000 * figure.cpuSeconds) / figure.docs))
  rates.set(threads, {docsPerSecond: median(docsPerSecond), cpuPerDoc})
  console.log(
    `  ${threads === 1 ? '1 thread   ' : `${threads} workers  `}: ${median(docsPerSecond).toFixed(0)} docs/s (runs ${range(docsPerSecond)}), ` +
      `${median(figures.map((figure) => figure.mbPerSecond)).toFixed(2)} MB/s, ${cpuPerDoc.toFixed(2)} ms CPU per doc, ${figures[0]!.docs} docs, median of ${runs}`,
  )
}
const one = rates.get(1)!
for (const [threads, rate] of [...rates].filter(([threads]) => threads > 1)) {
  console.log(
    `  ${threads} workers vs 1 thread: ${(rate.docsPerSecond / one.docsPerSecond).toFixed(2)}x measured; ` +
      `${((threads * one.cpuPerDoc) / rate.cpuPerDoc).toFixed(2)}x on ${threads} free cores, by CPU time per document`,
  )
}

const stream = await run(cores, {bytes: streamMb * 1024 * 1024}, flags.bare)
console.log(
  `stream${flags.bare ? ' (every stage off)' : ''}: ${stream.docs} documents, ${streamMb} MB of JSON Lines through stdin and stdout in ${stream.wallSeconds.toFixed(0)} s ` +
    `(${stream.docsPerSecond.toFixed(0)} docs/s on ${cores} workers): peak memory ${stream.peakMb} MB`,
)
rmSync(dir, {recursive: true, force: true})

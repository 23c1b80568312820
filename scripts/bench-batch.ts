/**
 * `npm run bench:batch`: batch throughput and memory, as data teams run it,
 * and scrubdown against Readability.js and defuddle on the same HTML.
 *
 * - docs/s and MB/s for text dumps on one worker, two workers and all
 *   cores: the CLI over a JSON Lines corpus made from fixtures/*\/input.txt,
 *   median (and range) of `--runs` runs (default 3);
 * - the same for HTML pages (the dev set's, ../shared/dev-eval/pages, else
 *   fixtures/*\/input.html) as `{"id", "html"}` records, each page
 *   `--html-repeat` times (default 3);
 * - two workers in one process against two processes of one worker, each
 *   cleaning half the corpus (`--shard`), in the same run (issue 14, item 5);
 * - HTML on one thread, each cleaner a whole process over the same pages
 *   (scripts/bench-one.mjs), runs interleaved, median of `--html-runs`
 *   (default 3): scrubdown, Readability.js on linkedom and on jsdom, defuddle
 *   on linkedom, and cheerio's parse alone, the floor under scrubdown
 *   (`--cleaners` picks others, e.g. defuddle-jsdom, which takes over a
 *   minute per run on the dev set);
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
import {createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {htmlPages} from './html-pages.js'
import {runNode} from './node-child.js'

const {values: flags} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    'corpus-mb': {type: 'string', default: '4'},
    'stream-mb': {type: 'string', default: '64'},
    gb: {type: 'boolean', default: false},
    bare: {type: 'boolean', default: false},
    'html-runs': {type: 'string', default: '3'},
    'html-repeat': {type: 'string', default: '3'},
    cleaners: {type: 'string', default: 'scrubdown,readability-linkedom,readability-jsdom,defuddle-linkedom,cheerio-parse'},
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

async function run(threads: number, input: {file: string} | {bytes: number}, bare = false, extra: readonly string[] = []): Promise<Figures> {
  const args = [...cli, '--jsonl', 'file' in input ? input.file : '-', '--concurrency', String(threads), ...(bare ? ['--disable', allStages] : []), ...extra]
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

/** Write JSON Lines records to a file in the temporary folder. */
async function writeCorpus(name: string, lines: Iterable<string>): Promise<string> {
  const path = join(dir, name)
  const out = createWriteStream(path)
  for (const line of lines) if (!out.write(line)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
  return path
}

const cores = availableParallelism()
const threadCounts = [...new Set([1, 2, cores])]

/** docs/s, MB/s and CPU per document of the CLI on `corpus` with each thread count; 1 is one worker thread (the default --timeout puts it there). */
async function throughput(corpus: string): Promise<void> {
  const rates = new Map<number, {docsPerSecond: number; cpuPerDoc: number}>()
  for (const threads of threadCounts) {
    const figures: Figures[] = []
    for (let index = 0; index < runs; index++) figures.push(await run(threads, {file: corpus}))
    const docsPerSecond = figures.map((figure) => figure.docsPerSecond)
    const cpuPerDoc = median(figures.map((figure) => (1000 * figure.cpuSeconds) / figure.docs))
    rates.set(threads, {docsPerSecond: median(docsPerSecond), cpuPerDoc})
    console.log(
      `  ${threads === 1 ? '1 worker   ' : `${threads} workers  `}: ${median(docsPerSecond).toFixed(0)} docs/s (runs ${range(docsPerSecond)}), ` +
        `${median(figures.map((figure) => figure.mbPerSecond)).toFixed(2)} MB/s, ${cpuPerDoc.toFixed(2)} ms CPU per doc, ${figures[0]!.docs} docs, median of ${runs}`,
    )
  }
  const one = rates.get(1)!
  for (const [threads, rate] of [...rates].filter(([threads]) => threads > 1)) {
    console.log(
      `  ${threads} workers vs 1: ${(rate.docsPerSecond / one.docsPerSecond).toFixed(2)}x measured; ` +
        `${((threads * one.cpuPerDoc) / rate.cpuPerDoc).toFixed(2)}x on ${threads} free cores, by CPU time per document`,
    )
  }
  await workersAgainstProcesses(corpus)
}

/**
 * Two workers in one process against two processes of one worker each, each process taking half the
 * corpus (`--shard 1/2`, `--shard 2/2`), as a data team would split it on one machine: runs interleaved,
 * docs/s from the wall time the bench measures around each (start-up included on both sides).
 */
async function workersAgainstProcesses(corpus: string): Promise<void> {
  const workers: number[] = []
  const processes: number[] = []
  for (let index = 0; index < runs; index++) {
    const two = await run(2, {file: corpus})
    workers.push(two.docs / two.wallSeconds)
    const started = performance.now()
    const halves = await Promise.all([run(1, {file: corpus}, false, ['--shard', '1/2']), run(1, {file: corpus}, false, ['--shard', '2/2'])])
    processes.push(halves.reduce((sum, half) => sum + half.docs, 0) / ((performance.now() - started) / 1000))
  }
  console.log(
    `  2 workers in one process: ${median(workers).toFixed(0)} docs/s (runs ${range(workers)}); 2 processes of 1 worker, half each: ` +
      `${median(processes).toFixed(0)} docs/s (runs ${range(processes)}); the workers get ${((100 * median(workers)) / median(processes)).toFixed(0)} % of the processes' docs/s, median of ${runs}`,
  )
}

const corpus = await writeCorpus('corpus.jsonl', records(Number(flags['corpus-mb']) * 1e6))
console.log(`corpus: ${(statSync(corpus).size / 1e6).toFixed(1)} MB of JSON Lines from ${dumps.length} fixture dumps; ${cores} cores, load average ${loadavg()[0]!.toFixed(2)}; ${existsSync(built) ? 'dist/' : 'source via tsx'}`)

// Wall-clock docs/s says what this machine gave at this moment; on shared cores it is noisy. CPU time
// per document is steadier: if two workers spend about what one spends per document, two
// free cores give about twice the docs/s (the main thread only moves bytes).
console.log('text dumps:')
await throughput(corpus)

const pages = htmlPages(root)
/** The pages as records, each page `--html-repeat` times (default 3): one pass of the dev set is too short a run to time. */
function* htmlRecords(): Generator<string> {
  for (let round = 0; round < Number(flags['html-repeat']); round++) {
    for (const [index, path] of pages.paths.entries()) yield `${JSON.stringify({id: `page-${round}-${index}`, html: readFileSync(path, 'utf8')})}\n`
  }
}
const htmlCorpus = await writeCorpus('pages.jsonl', htmlRecords())
console.log(`HTML pages: ${pages.paths.length} (${pages.source}) ${flags['html-repeat']} times, ${(statSync(htmlCorpus).size / 1e6).toFixed(1)} MB of JSON Lines; load average ${loadavg()[0]!.toFixed(2)}`)
await throughput(htmlCorpus)

// Each cleaner as a process of its own over the same pages, runs interleaved so that a busy moment
// of the shared machine falls on all of them alike. Whole-process docs/s counts loading the modules
// (as a run over one folder does); after loading, the docs/s of the cleaning alone.
const cleaners = flags.cleaners.split(',').filter(Boolean)
const list = join(dir, 'pages.txt')
writeFileSync(list, `${pages.paths.join('\n')}\n`)
const childScript = join(root, 'scripts/bench-one.mjs')
const timings = new Map<string, Array<{wall: number; importMs: number; cleanMs: number}>>(cleaners.map((cleaner) => [cleaner, []]))
const htmlRuns = Number(flags['html-runs'])
for (let index = 0; index < htmlRuns; index++) {
  for (const cleaner of cleaners) {
    const started = performance.now()
    const stdout = await runNode([...(existsSync(built) ? [] : ['--import', tsx]), childScript, cleaner, list], cleaner)
    const {importMs, cleanMs} = JSON.parse(stdout) as {importMs: number; cleanMs: number}
    timings.get(cleaner)!.push({wall: (performance.now() - started) / 1000, importMs, cleanMs})
  }
}
const names: Record<string, string> = {
  scrubdown: `scrubdown (${existsSync(built) ? 'dist/' : 'source'})`,
  'readability-linkedom': 'Readability.js on linkedom',
  'readability-jsdom': 'Readability.js on jsdom',
  'defuddle-linkedom': 'defuddle on linkedom',
  'defuddle-jsdom': 'defuddle on jsdom',
  'cheerio-parse': "cheerio's parse alone",
}
console.log(`HTML on one thread, whole processes, ${pages.paths.length} pages (${pages.source}), median of ${htmlRuns}; load average ${loadavg()[0]!.toFixed(2)}:`)
const scrubdownRate = timings.has('scrubdown') ? pages.paths.length / median(timings.get('scrubdown')!.map((timing) => timing.wall)) : undefined
for (const [cleaner, measured] of timings) {
  const wall = measured.map((timing) => timing.wall)
  const rate = pages.paths.length / median(wall)
  const steady = (1000 * pages.paths.length) / median(measured.map((timing) => timing.cleanMs))
  const versus = scrubdownRate && cleaner !== 'scrubdown' ? `; scrubdown does ${(scrubdownRate / rate).toFixed(1)}x its docs/s` : ''
  console.log(
    `  ${(names[cleaner] ?? cleaner).padEnd(27)}: ${rate.toFixed(1)} docs/s (${median(wall).toFixed(1)} s, runs ${Math.min(...wall).toFixed(1)}–${Math.max(...wall).toFixed(1)}); ` +
      `${steady.toFixed(1)} docs/s after ${(median(measured.map((timing) => timing.importMs)) / 1000).toFixed(1)} s loading${versus}`,
  )
}

const stream = await run(cores, {bytes: streamMb * 1024 * 1024}, flags.bare)
console.log(
  `stream${flags.bare ? ' (every stage off)' : ''}: ${stream.docs} documents, ${streamMb} MB of JSON Lines through stdin and stdout in ${stream.wallSeconds.toFixed(0)} s ` +
    `(${stream.docsPerSecond.toFixed(0)} docs/s on ${cores} workers): peak memory ${stream.peakMb} MB`,
)
rmSync(dir, {recursive: true, force: true})

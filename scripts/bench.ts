/**
 * `npm run bench`: issue 14's table, in one run, on pages the cleaner has not
 * seen (a fresh cleaner per pass, line caches empty), one thread:
 *
 * - text dumps: scrubdown against plain `franc(text)` on the same dumps
 *   (docs/s, MB/s, ratio);
 * - HTML: scrubdown against Readability.js on linkedom and against cheerio's
 *   parse alone, in process and as whole processes;
 * - the same dumps and pages through the CLI as a batch (--out, one worker),
 *   whole process in CPU time, against the references' whole processes;
 * - one small file through the CLI (dist/cli-bundle), wall and CPU time
 *   against `node -e 0`, and `--help` (each run with a tiny preload,
 *   scripts/bench-cpu-at-exit.mjs, node -e 0 too, that reports its CPU time).
 *
 * Each cleaner runs as a process of its own (scripts/bench-one.mjs), the
 * cleaners interleaved so that a busy moment of the shared machine falls on
 * all of them alike; `--runs` processes each (default 3), `--passes` passes
 * per process (default 3). In process: the median pass (median over runs of
 * each run's median). Whole process: from node's start to the end of the
 * first, cold pass, median over runs. Both in CPU time of the process (what
 * a free core gives: the machine this runs on is shared and often busy), and
 * in process also in wall time.
 *
 *   npm run bench                                 aeb's pages and dumps
 *   npm run bench -- --set dragnet --limit 100    another set, its first 100 pages
 *   npm run bench -- --base ../other-checkout     the same table for another built checkout, in the same run
 *   npm run bench -- --only scrubdown-text,cli     some rows only (cleaner names as scripts/bench-one.mjs takes them, cli, or batch)
 *
 * Inputs: ../shared/dev-eval/<set> (or $SCRUBDOWN_DEV_EVAL), else fixtures/.
 * Loads scrubdown from dist/ (npm run bench builds first). Timings only:
 * nothing here is asserted by a test.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {loadavg, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {runNode} from './node-child.js'

const {values: flags} = parseArgs({
  options: {
    set: {type: 'string', default: 'aeb'},
    limit: {type: 'string'},
    runs: {type: 'string', default: '3'},
    passes: {type: 'string', default: '3'},
    'cli-runs': {type: 'string', default: '15'},
    base: {type: 'string'},
    only: {type: 'string'},
  },
})
const runs = Number(flags.runs)
const root = fileURLToPath(new URL('..', import.meta.url))
const base = flags.base ? resolve(flags.base) : undefined
const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href
const dir = mkdtempSync(join(tmpdir(), 'scrubdown-bench-'))
const devEval = process.env.SCRUBDOWN_DEV_EVAL ?? join(root, '..', 'shared', 'dev-eval')

/** The set's HTML pages and text dumps, sorted; else the fixtures' inputs. */
function inputs(kind: 'pages' | 'dumps'): {paths: string[]; source: string} {
  const folder = join(devEval, flags.set, kind)
  const extension = kind === 'pages' ? '.html' : '.txt'
  let paths: string[]
  let source: string
  if (existsSync(folder)) {
    paths = readdirSync(folder).filter((name) => name.endsWith(extension)).sort().map((name) => join(folder, name))
    source = `dev-eval/${flags.set}/${kind}`
  } else {
    paths = readdirSync(join(root, 'fixtures'))
      .sort()
      .map((name) => join(root, 'fixtures', name, kind === 'pages' ? 'input.html' : 'input.txt'))
      .filter((path) => existsSync(path))
    source = 'fixtures'
  }
  if (flags.limit) paths = paths.slice(0, Number(flags.limit))
  return {paths, source}
}

interface Child {
  importMs: number
  passes: number[]
  passesCpu: number[]
  firstDoneMs: number
  firstDoneCpu: number
  pages: number
  bytes: number
}

/** One cleaner over one list of inputs, as a process of its own (scripts/bench-one.mjs: plain node, tsx only to run a source checkout). */
async function child(cleaner: string, list: string, scrubdownRoot = root): Promise<Child> {
  const loader = existsSync(join(scrubdownRoot, 'dist/index.js')) ? [] : ['--import', tsx]
  const stdout = await runNode([...loader, join(root, 'scripts/bench-one.mjs'), cleaner, list, flags.passes], cleaner, {...process.env, SCRUBDOWN_ROOT: scrubdownRoot})
  return JSON.parse(stdout) as Child
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

interface Entry {
  label: string
  cleaner: string
  list: string
  root?: string
  results: Child[]
}

const dumps = inputs('dumps')
const pages = inputs('pages')
const dumpList = join(dir, 'dumps.txt')
const pageList = join(dir, 'pages.txt')
writeFileSync(dumpList, `${dumps.paths.join('\n')}\n`)
writeFileSync(pageList, `${pages.paths.join('\n')}\n`)

const entries: Entry[] = [
  {label: 'scrubdown, text dumps', cleaner: 'scrubdown-text', list: dumpList, results: []},
  {label: 'plain franc(text), same dumps', cleaner: 'franc', list: dumpList, results: []},
  {label: 'scrubdown, HTML', cleaner: 'scrubdown', list: pageList, results: []},
  {label: 'Readability.js on linkedom', cleaner: 'readability-linkedom', list: pageList, results: []},
  {label: "cheerio's parse alone", cleaner: 'cheerio-parse', list: pageList, results: []},
]
if (base) {
  entries.splice(1, 0, {label: 'base: scrubdown, text dumps', cleaner: 'scrubdown-text', list: dumpList, root: base, results: []})
  entries.splice(4, 0, {label: 'base: scrubdown, HTML', cleaner: 'scrubdown', list: pageList, root: base, results: []})
}
const chosen = flags.only ? entries.filter((entry) => flags.only!.split(',').includes(entry.cleaner)) : entries

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')
console.log(
  `inputs: ${dumps.paths.length} text dumps (${dumps.source}), ${pages.paths.length} HTML pages (${pages.source}); ` +
    `${runs} processes per cleaner, ${flags.passes} passes each; load average ${load()}; scrubdown from ${existsSync(join(root, 'dist/index.js')) ? 'dist/' : 'source'}`,
)
for (let run = 0; run < runs; run++) {
  for (const entry of chosen) entry.results.push(await child(entry.cleaner, entry.list, entry.root))
}

interface Rate {
  steady: number
  whole: number
  wall: number
  mbPerSecond: number
}
function rate(entry: Entry): Rate {
  const first = entry.results[0]!
  const steadyMs = median(entry.results.map((result) => median(result.passesCpu)))
  return {
    steady: (1000 * first.pages) / steadyMs,
    whole: (1000 * first.pages) / median(entry.results.map((result) => result.firstDoneCpu)),
    wall: (1000 * first.pages) / median(entry.results.map((result) => median(result.passes))),
    mbPerSecond: first.bytes / 1e6 / (steadyMs / 1000),
  }
}
const rates = new Map(chosen.map((entry) => [entry, rate(entry)]))
const find = (cleaner: string, fromRoot?: string) => [...rates].find(([entry]) => entry.cleaner === cleaner && entry.root === fromRoot)?.[1]

console.log('')
console.log('| path | docs/s in process | MB/s in process | docs/s whole process | ratio in process | ratio whole process | docs/s in process, wall |')
console.log('|---|---|---|---|---|---|---|')
for (const [entry, figures] of rates) {
  // Each row against its reference: text against franc; HTML (and the references) against scrubdown's HTML.
  const text = entry.cleaner === 'scrubdown-text' || entry.cleaner === 'franc'
  const reference = text ? find('franc') : find('readability-linkedom')
  const ratio = (ours: number, theirs: number | undefined) => (theirs ? `${(ours / theirs).toFixed(2)}×` : '')
  const versus = entry.cleaner === 'franc' || entry.cleaner === 'readability-linkedom' ? ['(reference)', '(reference)'] : [ratio(figures.steady, reference?.steady), ratio(figures.whole, reference?.whole)]
  console.log(`| ${entry.label} | ${figures.steady.toFixed(1)} | ${figures.mbPerSecond.toFixed(2)} | ${figures.whole.toFixed(1)} | ${versus[0]} | ${versus[1]} | ${figures.wall.toFixed(1)} |`)
}
console.log('(docs/s by CPU time of the process but the last column; ratio: text rows against plain franc, HTML rows against Readability.js on linkedom)')

/**
 * The same inputs through the CLI, as a data team runs it (`scrubdown --out DIR --concurrency 1 FILES…`): CPU time of
 * the whole process, threads included, from node's start to its exit, median of `--runs`; against the references'
 * whole processes above (node's start to the end of their first pass). The CLI raises V8's optimization threshold
 * (scripts/cli-bin.cjs), which a library cannot do for its host: this is the figure a batch over a folder pays.
 */
function batchThroughCli(command: string, references: {text?: Rate; html?: Rate}): void {
  const cpuFile = join(dir, 'cpu-batch.txt')
  const preload = pathToFileURL(join(root, 'scripts/bench-cpu-at-exit.mjs')).href
  const rows = [
    {label: 'scrubdown CLI, text dumps', paths: dumps.paths, reference: references.text, against: 'plain franc(text)'},
    {label: 'scrubdown CLI, HTML', paths: pages.paths, reference: references.html, against: 'Readability.js on linkedom'},
  ]
  const cpu = rows.map(() => [] as number[])
  for (let run = 0; run < runs; run++) {
    for (const [index, row] of rows.entries()) {
      const out = join(dir, `batch-${index}-${run}`)
      const done = spawnSync(process.execPath, ['--import', preload, command, '--out', out, '--concurrency', '1', ...row.paths], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, SCRUBDOWN_CPU_FILE: cpuFile}})
      if (done.status !== 0) throw new Error(`${row.label} exited ${done.status}: ${done.stderr}`)
      cpu[index]!.push(Number(readFileSync(cpuFile, 'utf8')))
      rmSync(out, {recursive: true, force: true})
    }
  }
  console.log('')
  console.log(`| batch through the CLI, whole process | docs/s by CPU time, median of ${runs} | against the reference's whole process |`)
  console.log('|---|---|---|')
  for (const [index, row] of rows.entries()) {
    const docs = (1000 * row.paths.length) / median(cpu[index]!)
    console.log(`| ${row.label} | ${docs.toFixed(1)} | ${row.reference ? `${(docs / row.reference.whole).toFixed(2)}× ${row.against}` : ''} |`)
  }
}

/** Wall and CPU time of a command, medians of `--cli-runs` runs interleaved with the others. */
function cliTimes(commands: Array<{label: string; args: string[]}>): void {
  const times = commands.map(() => [] as number[])
  const cpu = commands.map(() => [] as number[])
  const cpuFile = join(dir, 'cpu.txt')
  const preload = pathToFileURL(join(root, 'scripts/bench-cpu-at-exit.mjs')).href
  for (let run = 0; run < Number(flags['cli-runs']); run++) {
    for (const [index, command] of commands.entries()) {
      const started = performance.now()
      const done = spawnSync(process.execPath, ['--import', preload, ...command.args], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, SCRUBDOWN_CPU_FILE: cpuFile}})
      if (done.status !== 0) throw new Error(`${command.label} exited ${done.status}: ${done.stderr}`)
      times[index]!.push(performance.now() - started)
      cpu[index]!.push(Number(readFileSync(cpuFile, 'utf8')))
    }
  }
  const floor = median(times[0]!)
  const cpuFloor = median(cpu[0]!)
  console.log('')
  console.log(`| one file from the CLI | wall time, median of ${flags['cli-runs']} | against node -e 0 | CPU time | against node -e 0 |`)
  console.log('|---|---|---|---|---|')
  for (const [index, command] of commands.entries()) {
    const wall = median(times[index]!)
    const used = median(cpu[index]!)
    console.log(`| ${command.label} | ${wall.toFixed(0)} ms | ${(wall / floor).toFixed(2)}× | ${used.toFixed(0)} ms | ${(used / cpuFloor).toFixed(2)}× |`)
  }
}

const small = join(root, 'fixtures', 'en-newsletter-steps', 'input.txt')
const smallPage = join(root, 'fixtures', 'html-en-news-jsonld', 'input.html')
/** The built command: bin.cjs, or bin.js in a checkout built before it was CommonJS (a --base). */
const bin = (from: string) => [join(from, 'dist', 'cli-bundle', 'bin.cjs'), join(from, 'dist', 'cli-bundle', 'bin.js')].find((path) => existsSync(path)) ?? join(from, 'dist', 'cli-bundle', 'bin.cjs')
if (!flags.only || flags.only.split(',').includes('cli')) {
  if (existsSync(bin(root))) {
    cliTimes([
      {label: 'node -e 0', args: ['-e', '0']},
      {label: 'scrubdown --help', args: [bin(root), '--help']},
      {label: 'scrubdown FILE.txt (a 2.6 KB dump)', args: [bin(root), small]},
      {label: 'scrubdown FILE.html', args: [bin(root), smallPage]},
      ...(base && existsSync(bin(base)) ? [{label: 'base: scrubdown FILE.txt', args: [bin(base), small]}, {label: 'base: scrubdown FILE.html', args: [bin(base), smallPage]}] : []),
    ])
  } else {
    console.log('CLI start-up skipped: no dist/cli-bundle (npm run build)')
  }
}
if (!flags.only || flags.only.split(',').includes('batch')) {
  if (existsSync(bin(root))) batchThroughCli(bin(root), {text: find('franc'), html: find('readability-linkedom')})
  else console.log('batch through the CLI skipped: no dist/cli-bundle (npm run build)')
}
console.log(`load average at the end ${load()}`)
rmSync(dir, {recursive: true, force: true})

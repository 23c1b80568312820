/**
 * `npm run bench:process`: HTML pages cleaned by whole processes, as issue 5
 * measures it: scrubdown's CLI as published (the bundle, `--out DIR --concurrency 1`, one thread) and
 * Readability.js on linkedom (scripts/readability-run.mjs), each started
 * fresh over the same folder of pages, alternating, `--runs` times (default
 * 5). Wall time includes Node's start, module loading and JIT warm-up, which
 * an in-process bench (test/bench/html.bench.ts) leaves out. Reported: the
 * median wall time, docs/s and the ratio.
 *
 * Pages: ../shared/dev-eval/pages (or SCRUBDOWN_DEV_EVAL), else the HTML
 * fixtures. Runs the built CLI (dist/; `npm run build` first).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const {values: flags} = parseArgs({options: {runs: {type: 'string', default: '5'}}})
const runs = Number(flags.runs)
const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli-bundle/bin.js')
if (!existsSync(cli)) {
  console.error('bench:process runs the built CLI: npm run build first')
  process.exit(2)
}

const devPages = join(process.env.SCRUBDOWN_DEV_EVAL ?? join(root, '..', 'shared', 'dev-eval'), 'pages')
const work = mkdtempSync(join(tmpdir(), 'scrubdown-process-'))
let pages = devPages
if (!existsSync(devPages)) {
  // The HTML fixtures, gathered into one folder (each is fixtures/NAME/input.html).
  pages = join(work, 'pages')
  mkdirSync(pages)
  for (const name of readdirSync(join(root, 'fixtures'))) {
    const page = join(root, 'fixtures', name, 'input.html')
    if (existsSync(page)) symlinkSync(page, join(pages, `${name}.html`))
  }
}
const count = readdirSync(pages).filter((name) => name.endsWith('.html')).length

function timed(args: string[]): number {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
  const wall = performance.now() - start
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  return wall
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
const ours: number[] = []
const theirs: number[] = []
for (let run = 0; run < runs; run++) {
  const out = join(work, `out-${run}`)
  ours.push(timed([cli, '--quiet', '--concurrency', '1', '--format', 'html', '--out', out, pages]))
  rmSync(out, {recursive: true, force: true})
  theirs.push(timed([join(root, 'scripts/readability-run.mjs'), pages]))
}
rmSync(work, {recursive: true, force: true})

const line = (name: string, times: number[]) =>
  `${name.padEnd(34)} ${(median(times) / 1000).toFixed(2).padStart(6)} s  ${((count * 1000) / median(times)).toFixed(1).padStart(6)} docs/s  (range ${(Math.min(...times) / 1000).toFixed(2)}–${(Math.max(...times) / 1000).toFixed(2)} s)`
console.log(`\nHTML, whole processes: ${count} pages (${pages === devPages ? 'dev set' : 'fixtures'}), median of ${runs} alternating runs, load ${loadavg()[0]!.toFixed(1)}`)
console.log(line('scrubdown CLI, one thread', ours))
console.log(line('Readability.js on linkedom', theirs))
console.log(`scrubdown / Readability: ${(median(theirs) / median(ours)).toFixed(2)}x the docs/s`)

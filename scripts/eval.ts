/**
 * `npm run eval`: clean every real page of ../shared/dev-eval and score the
 * result against the article bodies a person marked, with the dev set's own
 * scorer (word 4-gram shingles; precision, recall, F1).
 *
 *   npm run eval                 the innerText dumps
 *   npm run eval -- --html       the saved HTML pages
 *   npm run eval -- --per-item   also one row per page, worst pages first to look at
 *   npm run eval -- --fixtures   our own multilingual cases: fixtures/<case>/truth.md
 *
 * The dev data is never copied into the repo; without it this says so and exits 0.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createCleaner} from '../src/index.js'
import {evalFixtures} from './eval-fixtures.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const devEval = process.env.SCRUBDOWN_DEV_EVAL ?? join(root, '..', 'shared', 'dev-eval')
const html = process.argv.includes('--html')
const args = process.argv.slice(2).filter((arg) => arg !== '--html')
const kind = html ? {dir: 'pages', ext: '.html', format: 'html', noun: 'pages'} as const : {dir: 'dumps', ext: '.txt', format: 'text', noun: 'dumps'} as const

if (!existsSync(join(devEval, 'score.mjs'))) {
  console.log(`eval skipped: no dev set at ${devEval} (set SCRUBDOWN_DEV_EVAL to its folder)`)
  process.exit(0)
}

if (args.includes('--fixtures')) {
  process.exit(await evalFixtures(root, devEval, args.filter((arg) => arg !== '--fixtures')))
}

const inputDir = join(devEval, kind.dir)
const outDir = join(root, '.eval-out', kind.dir)
rmSync(outDir, {recursive: true, force: true})
mkdirSync(outDir, {recursive: true})

const truth = JSON.parse(readFileSync(join(devEval, 'ground-truth.json'), 'utf8')) as Record<string, {url?: string}>
const cleaner = createCleaner({format: kind.format})
const started = performance.now()
let failed = 0
const files = readdirSync(inputDir).filter((name) => name.endsWith(kind.ext))
for (const name of files) {
  const id = basename(name, kind.ext)
  try {
    const result = cleaner.cleanSync(readFileSync(join(inputDir, name)), {url: truth[id]?.url})
    writeFileSync(join(outDir, `${id}.md`), result.markdown)
  } catch (error) {
    failed++
    console.error(`${id}: ${(error as Error).message}`)
  }
}
const seconds = (performance.now() - started) / 1000
console.log(`cleaned ${files.length - failed}/${files.length} ${kind.noun} in ${seconds.toFixed(2)} s`)

const score = spawnSync(
  process.execPath,
  [join(devEval, 'score.mjs'), '--gold', join(devEval, 'ground-truth.json'), '--markdown', '--name', 'scrubdown', ...args, outDir],
  {stdio: 'inherit'},
)
process.exit(score.status ?? 1)

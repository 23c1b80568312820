/**
 * `npm run eval`: clean every page of every set of ../shared/dev-eval, as HTML
 * and as the browser's text dump, on worker threads, and score each set with
 * its own scorer: F1 (precision, recall) over word 4-gram shingles, or
 * trafilatura's snippets. One table, with the fitted part, the check part
 * (30 % of every set, never fitted on), the gap between those two beside the gap
 * random splits of the same pages give by chance (split-noise.ts), and
 * Readability.js's figures.
 *
 *   npm run eval                                   every set, HTML and dumps
 *   npm run eval -- --sets aeb,dragnet --kind html  some sets, one input kind
 *   npm run eval -- --worst 10                     the ten worst pages of each row, to read
 *   npm run eval -- --finder rules                with the hand rules alone, not the fitted article finder (src/article/)
 *   npm run eval -- --json FILE                    the figures (and every page's) as JSON
 *   npm run eval -- --fixtures                     our own cases: fixtures/<case>/truth.md
 *   npm run eval -- --peer readability             Readability.js (linkedom) on the same HTML pages and parts
 *
 * Outputs stay in .eval-out/<set>/<kind>/<id>.md, to read beside the gold.
 * The dev data is never copied into the repo; without it this says so and exits 0.
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {cleanSet} from './dev-eval/clean-set.js'
import {readabilitySet} from './dev-eval/peer-set.js'
import {type PageScore, type Summary, scorePages, summarizer} from './dev-eval/score.js'
import {type SplitNoise, splitNoise} from './dev-eval/split-noise.js'
import {type Kind, devEval, hasDevEval, isCheck, kinds, loadSet, root, setNames} from './dev-eval/sets.js'
import {scoreBylines} from './dev-eval/bylines.js'
import {scoreTitles} from './dev-eval/titles.js'
import {evalFixtures} from './eval-fixtures.js'

const {values} = parseArgs({
  options: {
    sets: {type: 'string'},
    kind: {type: 'string'},
    worst: {type: 'string'},
    json: {type: 'string'},
    threads: {type: 'string'},
    fixtures: {type: 'boolean'},
    finder: {type: 'string'},
    peer: {type: 'string'},
  },
})

if (!hasDevEval()) {
  console.log(`eval skipped: no dev set at ${devEval} (set SCRUBDOWN_DEV_EVAL to its folder)`)
  process.exit(0)
}
if (values.fixtures) process.exit(await evalFixtures(root, devEval, []))

const sets = values.sets ? values.sets.split(',') : [...setNames]
const chosenKinds = values.kind ? [values.kind as Kind] : [...kinds]
for (const kind of chosenKinds) if (!kinds.includes(kind)) throw new Error(`--kind must be html or dumps, not ${kind}`)
if (values.peer !== undefined && values.peer !== 'readability') throw new Error(`--peer must be readability, not ${values.peer}`)
// The peer reads HTML pages only.
if (values.peer !== undefined) chosenKinds.splice(0, chosenKinds.length, 'html')
const worst = Number(values.worst ?? 0)
const threads = values.threads ? Number(values.threads) : undefined

interface Row {
  set: string
  kind: Kind
  all: Summary
  fitted: Summary
  check: Summary
  /** The fitted part's F1 minus the check part's, beside the gaps random splits of the same pages show. */
  split: SplitNoise
  readability?: number
  failures: number
  seconds: number
  pages: PageScore[]
}

const rows: Row[] = []
const titleScores: Record<string, ReturnType<typeof scoreTitles>> = {}
const bylineScores: Record<string, ReturnType<typeof scoreBylines>> = {}
for (const name of sets) {
  const set = loadSet(name)
  for (const kind of chosenKinds) {
    const cleaned = values.peer ? readabilitySet(set) : await cleanSet(set, kind, threads, values.finder === 'rules' ? {articleFinder: 'rules'} : {})
    for (const failure of cleaned.failures) console.error(`${name}/${kind}/${failure.id}: ${failure.error}`)
    const pages = await scorePages(set, cleaned.outputs)
    const sum = await summarizer(set)
    const row: Row = {
      set: name,
      kind,
      all: sum(pages),
      fitted: sum(pages.filter((page) => !isCheck(name, page.id))),
      check: sum(pages.filter((page) => isCheck(name, page.id))),
      split: splitNoise(pages.map((page) => ({page, check: isCheck(name, page.id)})), (part) => sum(part).f1),
      ...(set.readability !== undefined && kind === 'html' ? {readability: set.readability} : {}),
      failures: cleaned.failures.length,
      seconds: cleaned.seconds,
      pages,
    }
    rows.push(row)
    console.error(`${name} ${kind}: ${set.ids.length} pages in ${cleaned.seconds.toFixed(1)} s, F1 ${row.all.f1.toFixed(3)}`)
    if (name === 'readability' && !values.peer) {
      titleScores[kind] = scoreTitles(new Map(set.ids.map((id) => [id, cleaned.meta.get(id)?.title])))
      bylineScores[kind] = scoreBylines(new Map(set.ids.map((id) => [id, cleaned.meta.get(id)])))
    }
  }
}

const f3 = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '–')
const cell = (summary: Summary) => `${f3(summary.f1)} (${f3(summary.precision)}, ${f3(summary.recall)})`
if (values.peer) console.log('\nReadability.js (linkedom), not scrubdown, on the same pages and parts:')
console.log('\n| set | input | pages | F1 (P, R) | fitted part F1 | check part F1 | gap (random splits: 95 %) | Readability.js | empty | failed |')
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  const scoring = row.set === 'trafilatura' ? ' (snippet F)' : ''
  console.log(
    `| ${row.set}${scoring} | ${row.kind} | ${row.all.n} | ${cell(row.all)} | ${f3(row.fitted.f1)} | ${f3(row.check.f1)} | ${f3(row.split.gap)} (${f3(row.split.p95)}) | ${row.readability !== undefined ? f3(row.readability) : ''} | ${row.all.empty} | ${row.failures} |`,
  )
}
console.log(
  '\nThe gap is the fitted part\'s F1 minus the check part\'s; in brackets, the gap that 95 % of 2,000 random splits of the same pages\n' +
    'into parts of the same sizes stay under (scripts/dev-eval/split-noise.ts). A gap under it is what chance alone gives.',
)
for (const [kind, titles] of Object.entries(titleScores)) {
  const share = (count: number) => `${((100 * count) / titles.n).toFixed(1)} %`
  console.log(`\nreadability titles (${kind}): ${share(titles.exact)} exact, ${share(titles.folded)} after folding case and punctuation (n=${titles.n})`)
}
for (const [kind, {author, date}] of Object.entries(bylineScores)) {
  const field = (score: typeof author) => `${score.right} right, ${score.wrong} wrong, ${score.missing} missing (n=${score.n})`
  console.log(`readability authors (${kind}): ${field(author)}; dates: ${field(date)}`)
}

if (worst > 0) {
  for (const row of rows) {
    const ranked = [...row.pages].sort((a, b) => pageScore(a) - pageScore(b)).slice(0, worst)
    console.log(`\nworst ${row.set} ${row.kind}: ${ranked.map((page) => `${page.id} ${f3(pageScore(page))}`).join(', ')}`)
  }
}

if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({rows, titles: titleScores, bylines: bylineScores}, null, 1)}\n`)
}

/** A page's own figure: shingle F1, or the share of its snippets scored right. */
function pageScore(page: PageScore): number {
  if (page.precision === null && page.recall === null) {
    const total = page.tp + page.fp + page.fn + page.tn
    return total ? (page.tp + page.tn) / total : 1
  }
  const precision = page.precision ?? 0
  const recall = page.recall ?? 0
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0
}

/**
 * `npm run fit`: fit the article finder (src/article/) on dev-eval's fitted
 * part and write its parameters to src/article/weights.ts.
 *
 * 1. Every dump of the fitted part (70 % of each set, see isCheck) is cleaned
 *    up to the zone search; each block gets its features (features.ts) and a
 *    label from the page's gold: the share of its word 4-grams in the gold
 *    body (a block of one to three words: whether the gold holds it), or for
 *    trafilatura's set whether it holds a snippet the page must or must not
 *    contain (blocks with neither are left out).
 * 2. A logistic regression learns the weights, each page weighing the same
 *    (the scorers average over pages), each block within it by its words.
 * 3. The sequence decision: threshold and offset (model.ts) are chosen on
 *    the same pages by the F1 of the maximum-sum run they give (each set's
 *    page-averaged F1, averaged over the sets), the best that leaves every
 *    golden fixture as pinned; the six best of those are cleaned end to end
 *    on the same dumps and scored by dev-eval's scorers, and the best is written
 *    if it beats the model in src, cleaned the same way; else weights.ts stays.
 *
 * The check part is never read here; `npm run eval` reports it.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {cleanSync} from '../src/index.js'
import {fitted} from '../src/article/weights.js'
import {fixtureCases} from '../test/helpers/fixtures.js'
import {blockFeatures, featureNames} from '../src/article/features.js'
import {maxSumRun} from '../src/article/decision.js'
import {type FittedModel, contentChance, modelMismatch} from '../src/article/model.js'
import {contextScores, measureBlocks} from '../src/article/zones.js'
import {devEval, hasDevEval, inputPath, isCheck, loadSet, root, setNames} from './dev-eval/sets.js'
import {shingleLabeler, snippetLabeler, snippetsOf, tokenize} from './dev-eval/labels.js'
import {fitLogistic} from './dev-eval/logistic.js'
import {treeBefore} from './dev-eval/tree-reader.js'
import {type FitPage, endToEndF1} from './dev-eval/end-to-end.js'

if (!hasDevEval()) {
  console.log(`fit skipped: no dev set at ${devEval}`)
  process.exit(0)
}

interface Block {
  x: number[]
  /** Share of the block that is article text (0…1). */
  y: number
  tokens: number
  /** Weight in the regression: each page sums to 1. */
  w: number
  /** The hand score's worth to the sum (contextScores), to compare the fitted decision with. */
  hand: number
}
interface Page {
  set: string
  blocks: Block[]
  /** Whether labels are shares of gold text (shingle sets) rather than snippet hits. */
  shares: boolean
}

const pages: Page[] = []
/** The fitted part's dumps, kept to clean end to end under each candidate decision (step 4). */
const inputs: FitPage[] = []
// The tree the zone search reads: the stages before boilerplate.
const read = treeBefore('boilerplate')
const started = performance.now()
const sets = setNames.map((name) => loadSet(name))
for (const set of sets) {
  const name = set.name
  const snippets = snippetsOf(set)
  let count = 0
  for (const id of set.ids) {
    if (isCheck(name, id)) continue
    let input: Buffer
    try {
      input = readFileSync(inputPath(name, 'dumps', id))
    } catch {
      continue
    }
    const label = snippets ? snippetLabeler(snippets.get(id)!) : shingleLabeler(set.bodies!.get(id)!)
    inputs.push({set: name, id, input, ...(set.urls.get(id) ? {url: set.urls.get(id)!} : {})})
    const {tree, headline} = read(input, set.urls.get(id))
    const {texts, base, transparent} = measureBlocks(tree)
    const features = blockFeatures(tree.children, texts, base, transparent, headline)
    const hand = contextScores(base, transparent)
    const blocks: Block[] = []
    features.forEach((x, index) => {
      const y = label(texts[index]!)
      if (y !== undefined) blocks.push({x, y, tokens: tokenize(texts[index]!).length, w: 0, hand: hand[index]!})
    })
    const total = blocks.reduce((sum, block) => sum + block.tokens + 1, 0)
    for (const block of blocks) block.w = (block.tokens + 1) / total
    if (blocks.length > 0) pages.push({set: name, blocks, shares: !snippets})
    count++
  }
  console.error(`${name}: ${count} dumps read`)
}
console.error(`read ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)

// 2. The regression: Adam on the weighted log loss, a little L2.
const rows = pages.flatMap((page) => page.blocks)
const {weights, bias} = fitLogistic(rows, featureNames.length)

const round = (value: number) => Math.round(value * 1000) / 1000
const model = (threshold: number, offset: number, handWeight: number): FittedModel => ({features: featureNames, weights: weights.map(round), bias: round(bias), threshold, offset, handWeight})

// 3. The decision: the maximum-sum run under each threshold and offset, scored as the metric scores pages:
// F1 of each set's page-averaged precision and recall, then the mean over sets, so that dragnet's 487 pages
// do not outvote the other sets (a decision that lifts one set and sinks another is no better).
function decisionF1(candidate: FittedModel | 'hand'): number {
  const bySet = new Map<string, {precision: number; recall: number; counted: number}>()
  for (const page of pages) {
    if (!page.shares) continue
    const scores = page.blocks.map((block) =>
      candidate === 'hand' ? block.hand : (contentChance(block.x, candidate) - candidate.threshold) * (block.tokens + candidate.offset) + candidate.handWeight * block.hand,
    )
    const run = maxSumRun(scores)
    let tp = 0
    let fp = 0
    let fn = 0
    page.blocks.forEach((block, index) => {
      const inside = run !== undefined && index >= run.start && index <= run.end
      if (inside) {
        tp += block.y * block.tokens
        fp += (1 - block.y) * block.tokens
      } else fn += block.y * block.tokens
    })
    const set = bySet.get(page.set) ?? {precision: 0, recall: 0, counted: 0}
    if (tp + fp > 0) set.precision += tp / (tp + fp)
    if (tp + fn > 0) set.recall += tp / (tp + fn)
    set.counted++
    bySet.set(page.set, set)
  }
  let sum = 0
  for (const {precision, recall, counted} of bySet.values()) {
    const p = precision / counted
    const r = recall / counted
    sum += p + r > 0 ? (2 * p * r) / (p + r) : 0
  }
  return sum / bySet.size
}

/** The hand score stays the backbone of the sum (its edge rules were built on it); the fit adds what the model knows. */
const handWeights = [1]
/** How many of the best decisions that keep the fixtures are cleaned end to end (step 4). */
const finalists = 6
/** What a short line weighs in the model's part of the sum, in words. */
const offsets = [0, 1, 2, 4, 8, 12, 16, 24]
const candidates: {model: FittedModel; f1: number}[] = []
for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  for (const offset of offsets) {
    for (const handWeight of handWeights) {
      const candidate = model(threshold, offset, handWeight)
      candidates.push({model: candidate, f1: decisionF1(candidate)})
    }
  }
}
candidates.sort((a, b) => b.f1 - a.f1)

/**
 * The golden fixtures are what readers asked of the finder (an interview's last "Grazie a voi.", a
 * how-to's short step headings, a forum's short replies): pages the fit's block labels weigh little,
 * since a few short lines barely move a page's F1. The decision taken is the best one on the dev pages
 * that keeps every fixture as it is pinned.
 */
const fixtures = fixtureCases().map((fixture) => ({fixture, expected: readFileSync(fixture.expectedPath, 'utf8')}))

/** The pipeline reads the model from weights.ts: the candidate stands in for it while `work` cleans. */
async function withModel<T>(candidate: FittedModel, work: () => T | Promise<T>): Promise<T> {
  const live = fitted as unknown as FittedModel
  const saved = {...live}
  Object.assign(live, candidate)
  try {
    return await work()
  } finally {
    Object.assign(live, saved)
  }
}

function brokenFixtures(): string[] {
  return fixtures
    .filter(({fixture, expected}) => cleanSync(fixture.input, {...fixture.options, articleFinder: 'fitted'}).markdown !== expected)
    .map(({fixture}) => fixture.name)
}
const keeping: {model: FittedModel; f1: number}[] = []
for (const candidate of candidates) {
  if (keeping.length >= finalists) break
  const broken = await withModel(candidate.model, brokenFixtures)
  if (broken.length === 0) keeping.push(candidate)
  else console.error(`threshold ${candidate.model.threshold}, offset ${candidate.model.offset} (F1 ${candidate.f1.toFixed(3)}) changes fixtures: ${broken.join(', ')}`)
}
if (modelMismatch) {
  // The pipeline checks weights.ts against the features once, on loading: it cleaned the fixtures and the finalists with its hand scores.
  console.error('weights.ts did not match features.ts: the decision below was chosen without the model; run npm run fit again')
}
if (keeping.length === 0) {
  console.error('no decision keeps every fixture: the best on the dev pages is written')
  keeping.push(candidates[0]!)
}

/**
 * 4. The block-level F1 above is a proxy: the stages after the zone search (the byline, the closing lines,
 * the list a last line announces) change what a decision gives. The finalists are cleaned end to end on the
 * same dumps and scored with dev-eval's scorers; the best mean over the sets is written.
 */
const endToEnd = () => endToEndF1(sets, inputs, 'text')
// The model in src is a finalist too: the stages after the zone search were tuned with it in place, and a refit of
// the same features can score worse end to end than it (on 7 December, 0.922 against 0.927 on the fitted part).
const live = modelMismatch ? -1 : await endToEnd()
console.error(`the model in src/article/weights.ts: end to end ${live.toFixed(4)}`)
let chosen = keeping[0]!.model
let top = -1
for (const candidate of keeping) {
  const f1 = await withModel(candidate.model, endToEnd)
  console.error(`finalist: threshold ${candidate.model.threshold}, offset ${candidate.model.offset}: block-level F1 ${candidate.f1.toFixed(3)}, end to end ${f1.toFixed(4)}`)
  if (f1 > top) {
    top = f1
    chosen = candidate.model
  }
}
console.error(`the hand scores' block-level F1 on the same pages: ${decisionF1('hand').toFixed(3)}`)
console.error(`decision: threshold ${chosen.threshold}, offset ${chosen.offset}, hand weight ${chosen.handWeight}, end-to-end F1 on the fitted part (mean over sets) ${top.toFixed(3)}`)

if (live >= top) {
  console.error(`the model in src stays: end to end ${live.toFixed(4)} against the best refit's ${top.toFixed(4)}; weights.ts is not written`)
  process.exit(0)
}

const ranked = featureNames.map((name, index) => ({name, weight: chosen.weights[index]!})).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
for (const {name, weight} of ranked) console.error(`${weight >= 0 ? '+' : ''}${weight.toFixed(3)}  ${name}`)

const counts = setNames.map((name) => `${name} ${pages.filter((page) => page.set === name).length}`).join(', ')
writeFileSync(
  join(root, 'src', 'article', 'weights.ts'),
  `// Written by \`npm run fit\` (scripts/fit.ts); do not edit by hand.
// Fitted on the dumps of dev-eval's fitted part (pages where isCheck in scripts/dev-eval/sets.ts is false):
// ${counts} pages, ${rows.length} labelled blocks. End-to-end F1 of the decision on those pages, the mean over sets: ${top.toFixed(3)}.
export const fitted = ${JSON.stringify(chosen, null, 2).replace(/"(\w+)":/g, '$1:')} as const
`,
)
console.error('wrote src/article/weights.ts')

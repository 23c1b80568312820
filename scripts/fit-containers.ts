/**
 * `npm run fit:containers`: fit the HTML side of the article finder, the
 * weights that weigh the container the rules chose against the other
 * candidates (src/article/containers.ts), on dev-eval's fitted part, and
 * write them to src/article/container-weights.ts.
 *
 * 1. Every HTML page of the fitted part (70 % of each set, see isCheck) is
 *    parsed up to the choice of its main content; each candidate container
 *    gets its features and the counts its text would score against the gold
 *    (word 4-gram precision and recall, or trafilatura's snippets).
 * 2. Coordinate ascent on the weights, starting from the rules' choice alone
 *    (one on "the rules chose it", nothing else): each weight in turn takes
 *    the value on a grid that most raises the mean over sets of each set's
 *    figure for the containers chosen. A change must gain at least `minGain`,
 *    so a weight moves only for a lift many pages share.
 * 3. The finalists (the ascent at four values of `minGain`, the rules alone,
 *    and the weights written last time) that keep every golden fixture are
 *    cleaned end to end on the same pages and scored by dev-eval's scorers;
 *    the best is written.
 *
 * The check part is never read here; `npm run eval` reports it, end to end.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseHtml} from '../src/parse/html.js'
import {textOf} from '../src/parse/html/dom.js'
import {containerFeatureNames, containerScore} from '../src/article/containers.js'
import {toFile} from '../src/input.js'
import {VFile} from 'vfile'
import {devEval, hasDevEval, inputPath, isCheck, loadSet, root, setNames} from './dev-eval/sets.js'
import {type Counts, setFigure, shingleCounts, snippetCounts, snippetsOf} from './dev-eval/labels.js'
import {cleanSync} from '../src/index.js'
import {containerWeights} from '../src/article/container-weights.js'
import {fixtureCases} from '../test/helpers/fixtures.js'
import {type FitPage, endToEndF1} from './dev-eval/end-to-end.js'

if (!hasDevEval()) {
  console.log(`fit skipped: no dev set at ${devEval}`)
  process.exit(0)
}

interface Page {
  set: number
  candidates: Array<{x: number[]; counts: Counts}>
}

// 1. Candidates and their counts.
const pages: Page[] = []
/** The fitted part's pages, kept to clean end to end under each finalist (step 3). */
const inputs: FitPage[] = []
const started = performance.now()
const sets = setNames.map((name) => loadSet(name))
sets.forEach((set, setIndex) => {
  const snippets = snippetsOf(set)
  let count = 0
  for (const id of set.ids) {
    if (isCheck(set.name, id)) continue
    const score = snippets ? snippetCounts(snippets.get(id)!) : shingleCounts(set.bodies!.get(id)!)
    const input = readFileSync(inputPath(set.name, 'html', id))
    inputs.push({set: set.name, id, input, ...(set.urls.get(id) ? {url: set.urls.get(id)!} : {})})
    const html = String(toFile(input, undefined, {format: 'html'}).value)
    let page: Page | undefined
    const url = set.urls.get(id)
    // The rules alone choose (no fittedFinder hint): the candidates are weighed against their choice.
    parseHtml(html, {
      file: new VFile({data: {hints: {}}}),
      ...(url ? {url} : {}),
      // The last reading counts: a page the chrome rules emptied is read again without them.
      inspectContainers: (candidates) => {
        page = {set: setIndex, candidates: candidates.map(({element, features}) => ({x: features, counts: score(textOf(element))}))}
      },
    })
    if (page) pages.push(page)
    count++
  }
  console.error(`${set.name}: ${count} pages read`)
})
console.error(`read ${pages.length} pages with candidates in ${((performance.now() - started) / 1000).toFixed(1)} s`)

// 2. Coordinate ascent.
/** The best any weights could do: each page's best candidate (how much room the candidates leave). */
function ceiling(): number {
  const chosen: Counts[][] = sets.map(() => [])
  for (const page of pages) {
    const figure = (counts: Counts) => setFigure([counts])
    chosen[page.set]!.push(page.candidates.reduce((best, candidate) => (figure(candidate.counts) > figure(best.counts) ? candidate : best)).counts)
  }
  return chosen.reduce((sum, counts) => sum + setFigure(counts), 0) / sets.length
}
console.error(`each page's best candidate: ${ceiling().toFixed(4)}`)
/** The mean over sets of each set's figure for the containers the weights choose (the first candidate is the rules' choice, and wins ties). */
function objective(weights: readonly number[]): number {
  const chosen: Counts[][] = sets.map(() => [])
  for (const page of pages) {
    let best = page.candidates[0]!
    let top = containerScore(best.x, weights)
    for (const candidate of page.candidates) {
      const score = containerScore(candidate.x, weights)
      if (score > top) {
        best = candidate
        top = score
      }
    }
    chosen[page.set]!.push(best.counts)
  }
  return chosen.reduce((sum, counts) => sum + setFigure(counts), 0) / sets.length
}

const grid = Array.from({length: 81}, (_, index) => Math.round((index - 40) * 0.1 * 10) / 10)
/** `minGain`: a weight moves only for at least this much of the objective (a larger one moves fewer weights). */
function coordinateAscent(start: number[], minGain: number): {weights: number[]; score: number} {
  const weights = [...start]
  let current = objective(weights)
  for (let round = 1; round <= 6; round++) {
    let moved = false
    // The first weight, the rules' choice, stays at one: it sets the scale.
    for (let index = 1; index < weights.length; index++) {
      let bestValue = weights[index]!
      let bestScore = current
      for (const value of [...grid, weights[index]!]) {
        const trial = [...weights]
        trial[index] = value
        const score = objective(trial)
        // A smaller weight that does as well is taken: it moves fewer pages.
        if (score > bestScore + minGain || (score >= bestScore && Math.abs(value) < Math.abs(bestValue))) {
          bestScore = score
          bestValue = value
        }
      }
      if (bestValue !== weights[index]) {
        weights[index] = bestValue
        current = bestScore
        moved = true
      }
    }
    if (!moved) break
  }
  return {weights, score: current}
}

const rules: number[] = containerFeatureNames.map((_, index) => (index === 0 ? 1 : 0))
const baseline = objective(rules)

/**
 * 3. The container text is a proxy: trimming, the stages and the title change what a choice gives. Each
 * finalist (the ascent at four step sizes, and the rules alone) that keeps every golden fixture as pinned is
 * cleaned end to end on the same pages and scored with dev-eval's scorers; the best mean over sets is written.
 */
const ascents = [0.0002, 0.0005, 0.001, 0.002].map((minGain) => coordinateAscent(rules, minGain).weights)
// The weights written last time compete too (when fitted on these features): a refit never does worse on these pages.
const written = containerWeights.features.join('\n') === containerFeatureNames.join('\n') ? [[...containerWeights.weights]] : []
const finalists = [rules, ...ascents, ...written]
const live = containerWeights as {features: string[]; weights: number[]}
async function withWeights<T>(candidate: readonly number[], work: () => T | Promise<T>): Promise<T> {
  const saved = {features: [...live.features], weights: [...live.weights]}
  // html.ts holds the weights array it checked: it is changed in place.
  live.features.splice(0, live.features.length, ...containerFeatureNames)
  live.weights.splice(0, live.weights.length, ...candidate)
  try {
    return await work()
  } finally {
    live.features.splice(0, live.features.length, ...saved.features)
    live.weights.splice(0, live.weights.length, ...saved.weights)
  }
}
const fixtures = fixtureCases().map((fixture) => ({fixture, expected: readFileSync(fixture.expectedPath, 'utf8')}))
const keepsFixtures = () => fixtures.every(({fixture, expected}) => cleanSync(fixture.input, fixture.options).markdown === expected)
const endToEnd = () => endToEndF1(sets, inputs, 'html')
let weights = rules
let top = -1
for (const candidate of finalists) {
  const proxy = objective(candidate)
  if (!(await withWeights(candidate, keepsFixtures))) {
    console.error(`finalist (container text ${proxy.toFixed(4)}) changes golden fixtures: left out`)
    continue
  }
  const f1 = await withWeights(candidate, endToEnd)
  const which = candidate === rules ? ' (the rules alone)' : written.includes(candidate) ? ' (the weights written last time)' : ''
  console.error(`finalist: container text ${proxy.toFixed(4)}, end to end ${f1.toFixed(4)}${which}`)
  if (f1 > top) {
    top = f1
    weights = candidate
  }
}
const current = objective(weights)
console.error(`the rules' choice alone: ${baseline.toFixed(4)}; fitted: ${current.toFixed(4)} (container text, mean over sets); end to end ${top.toFixed(4)}`)
const ranked = containerFeatureNames.map((name, index) => ({name, weight: weights[index]!})).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
for (const {name, weight} of ranked) console.error(`${weight >= 0 ? '+' : ''}${weight.toFixed(2)}  ${name}`)

const counts = setNames.map((name, index) => `${name} ${pages.filter((page) => page.set === index).length}`).join(', ')
writeFileSync(
  join(root, 'src', 'article', 'container-weights.ts'),
  `// Written by \`npm run fit:containers\` (scripts/fit-containers.ts); do not edit by hand.
// Fitted on the HTML of dev-eval's fitted part (pages where isCheck in scripts/dev-eval/sets.ts is false): ${counts} pages.
// The chosen containers' text scored against the gold, the mean over sets: the rules' choice alone ${baseline.toFixed(4)}, fitted ${current.toFixed(4)}; end to end, mean over sets: ${top.toFixed(4)}.
export const containerWeights = {
  features: ${JSON.stringify(containerFeatureNames)} as string[],
  weights: ${JSON.stringify(weights)} as number[],
}
`,
)
console.error('wrote src/article/container-weights.ts')

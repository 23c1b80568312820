/**
 * `npm run fit:headline`: fit the headline finder of text dumps (src/article/headline.ts) on
 * dev-eval's fitted part and write its parameters to src/article/headline-weights.ts.
 *
 * 1. Every dump of the fitted part (isCheck false) is read up to the title stage; its candidate lines
 *    (title.ts, headlineCandidates) get their features and a label: whether the line is the title the
 *    page's HTML gives (scripts/dev-eval/headline-labels.ts). Pages whose title is not among the
 *    candidates, or whose URL names the title (the slug decides there), are left out.
 * 2. A conditional logit (softmax over each page's candidates) learns the weights, each page weighing the same.
 * 3. The threshold under which the rules' choice stands is the one that finds the most headlines on
 *    the same pages among those that keep every golden fixture as pinned.
 *
 * The check part is never fitted on; its accuracy is printed beside the fitted part's.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {cleanSync} from '../src/index.js'
import {type HeadlineModel, chooseHeadline, fitsFeatures} from '../src/article/headline.js'
import {headlineFeatureNames, headlineFeatures, type HeadlinePage} from '../src/article/headline-features.js'
import {headlineModel} from '../src/article/headline-weights.js'
import {bySlug, headlineCandidates, isTitleShaped} from '../src/stages/title.js'
import {blockText} from '../src/util/tree.js'
import {findZones} from '../src/article/zones.js'
import {fixtureCases} from '../test/helpers/fixtures.js'
import {htmlTitles, isHeadline} from './dev-eval/headline-labels.js'
import {fold} from './dev-eval/titles.js'
import {parse} from 'yaml'
import {fitConditionalLogit} from './dev-eval/logistic.js'
import {treeBefore} from './dev-eval/tree-reader.js'
import {devEval, hasDevEval, inputPath, isCheck, loadSet, root, setNames} from './dev-eval/sets.js'

if (!hasDevEval()) {
  console.log(`fit:headline skipped: no dev set at ${devEval}`)
  process.exit(0)
}

interface Page {
  id: string
  set: string
  check: boolean
  page: HeadlinePage
  candidates: number[]
  x: number[][]
  /** Which candidates are the headline. */
  y: boolean[]
}

/** The tree the title stage reads: the stages before it. */
const read = treeBefore('title')

/** A dump's candidate lines as the title stage reads them, and whether the URL's slug names its title (the model is not asked then). */
function readPage(input: Buffer, url?: string): {page: HeadlinePage; candidates: number[]; slugNamed: boolean} {
  const {tree} = read(input)
  const texts = tree.children.map((node) => (node.type === 'paragraph' || node.type === 'heading' ? blockText(node) : ''))
  const shaped = texts.map((text) => isTitleShaped(text, 250))
  const {coreStart} = findZones(tree)
  const slugNamed = url !== undefined && bySlug(shaped.flatMap((ok, index) => (ok ? [index] : [])), texts, url) !== undefined
  return {...headlineCandidates(tree, texts, shaped, coreStart), slugNamed}
}

const started = performance.now()
const sets = setNames.map((name) => loadSet(name))
const titles = htmlTitles(sets)
console.error(`HTML titles ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
const pages: Page[] = []
let unlabelled = 0
for (const set of sets) {
  for (const id of set.ids) {
    let input: Buffer
    try {
      input = readFileSync(inputPath(set.name, 'dumps', id))
    } catch {
      continue
    }
    // A title the HTML path took from a one- or two-word <title> is often the site's name: no label.
    const forms = (titles.get(`${set.name}/${id}`) ?? []).filter((form) => set.name === 'readability' || form.split(' ').filter((word) => word.length > 1).length >= 3)
    const url = set.urls.get(id)
    const {page, candidates, slugNamed} = readPage(input, url)
    if (slugNamed) continue
    const y = candidates.map((index) => isHeadline(page.texts[index]!, forms))
    if (!y.includes(true)) {
      unlabelled++
      continue
    }
  pages.push({id, set: set.name, check: isCheck(set.name, id), page, candidates, x: headlineFeatures(page, candidates), y})
  }
}
// The golden fixtures' text inputs are pages too, labelled by the title a reader pinned (forums that print
// the thread's title twice, blogs under their site's name): they join the fitted part.
for (const fixture of fixtureCases()) {
  if (!fixture.inputPath.endsWith('.txt') || fixture.options.format !== undefined) continue
  const front = /^---\n([\s\S]*?)\n---\n/u.exec(readFileSync(fixture.expectedPath, 'utf8'))
  const expected = (front ? (parse(front[1]!) as {title?: unknown}) : {}).title
  if (typeof expected !== 'string') continue
  const {page, candidates} = readPage(readFileSync(fixture.inputPath))
  const y = candidates.map((index) => isHeadline(page.texts[index]!, [fold(expected)]))
  if (y.includes(true)) pages.push({id: fixture.name, set: 'fixtures', check: false, page, candidates, x: headlineFeatures(page, candidates), y})
}
const fittedPages = pages.filter((page) => !page.check)
console.error(`${pages.length} dumps with the headline among their candidates (${fittedPages.length} fitted, ${pages.length - fittedPages.length} check); ${unlabelled} without, in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const weights = fitConditionalLogit(fittedPages, headlineFeatureNames.length, {steps: 1500})
const rows = fittedPages.flatMap((page) => page.x)
const round = (value: number) => Math.round(value * 1000) / 1000
const model = (threshold: number): HeadlineModel => ({features: headlineFeatureNames, weights: weights.map(round), threshold})

/** The share of pages whose chosen line is their headline, per set then the mean over sets (each set weighs the same). */
function accuracy(of: readonly Page[], choose: (page: Page) => number | undefined): {mean: number; bySet: string} {
  const parts: string[] = []
  let sum = 0
  let counted = 0
  let pooled = 0
  let pages = 0
  for (const name of [...setNames, 'fixtures']) {
    const mine = of.filter((page) => page.set === name)
    if (mine.length === 0) continue
    const right = mine.filter((page) => {
      const chosen = choose(page)
      return chosen !== undefined && page.y[page.candidates.indexOf(chosen)] === true
    }).length
    parts.push(`${name} ${right}/${mine.length}`)
    sum += right / mine.length
    counted++
    if (name !== 'fixtures') [pooled, pages] = [pooled + right, pages + mine.length]
  }
  return {mean: sum / counted, bySet: `${parts.join(', ')}; dev-eval pooled ${pooled}/${pages}`}
}

const rules = (page: Page) => page.page.rules
const thresholds = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
const tried = thresholds
  .map((threshold) => ({threshold, fitted: accuracy(fittedPages, (page) => chooseHeadline(page.page, page.candidates, model(threshold))).mean}))
  .sort((a, b) => b.fitted - a.fitted)

/** The golden fixtures pin titles readers checked: a threshold that changes one is not taken. */
const fixtures = fixtureCases().map((fixture) => ({fixture, expected: readFileSync(fixture.expectedPath, 'utf8')}))
const live = headlineModel as unknown as HeadlineModel
const saved = {...live}
function brokenFixtures(candidate: HeadlineModel): string[] {
  Object.assign(live, candidate)
  try {
    return fixtures.filter(({fixture, expected}) => cleanSync(fixture.input, fixture.options).markdown !== expected).map(({fixture}) => fixture.name)
  } finally {
    Object.assign(live, saved)
  }
}
let chosen: HeadlineModel | undefined
for (const {threshold, fitted} of tried) {
  const broken = brokenFixtures(model(threshold))
  console.error(`threshold ${threshold}: fitted part ${fitted.toFixed(3)}${broken.length > 0 ? `, changes fixtures: ${broken.join(', ')}` : ''}`)
  if (broken.length === 0) {
    chosen = model(threshold)
    break
  }
}
if (!chosen) throw new Error('no threshold keeps every fixture: nothing written')

const checkPages = pages.filter((page) => page.check)
// The model in src/ before this fit, when it fits today's features: what the new one must beat.
if (fitsFeatures(saved)) {
  for (const [part, of] of [['fitted', fittedPages], ['check', checkPages]] as const) {
    console.error(`${part} part, the model in src/ before this fit: ${accuracy(of, (page) => chooseHeadline(page.page, page.candidates, saved)).bySet}`)
  }
}
for (const [part, of] of [['fitted', fittedPages], ['check', checkPages]] as const) {
  const byModel = accuracy(of, (page) => chooseHeadline(page.page, page.candidates, chosen))
  const byRules = accuracy(of, rules)
  console.error(`${part} part: the model finds ${byModel.mean.toFixed(3)} (${byModel.bySet}); the rules ${byRules.mean.toFixed(3)} (${byRules.bySet})`)
}
if (process.env.SHOW_MISSES) {
  for (const page of pages) {
    const got = chooseHeadline(page.page, page.candidates, chosen)
    if (got !== undefined && page.y[page.candidates.indexOf(got)]) continue
    const gold = page.candidates.find((_, index) => page.y[index])!
    console.log(`${page.set}/${page.id} core@${page.page.coreStart} gold@${gold} got@${got}\n  G: ${page.page.texts[gold]}\n  C: ${got === undefined ? '-' : page.page.texts[got]}`)
  }
}
const ranked = headlineFeatureNames.map((name, index) => ({name, weight: chosen.weights[index]!})).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
for (const {name, weight} of ranked) console.error(`${weight >= 0 ? '+' : ''}${weight.toFixed(3)}  ${name}`)

const counts = [...setNames, 'fixtures'].map((name) => `${name} ${fittedPages.filter((page) => page.set === name).length}`).join(', ')
writeFileSync(
  join(root, 'src', 'article', 'headline-weights.ts'),
  `// Written by \`npm run fit:headline\` (scripts/fit-headline.ts); do not edit by hand.
// Fitted on the dumps of dev-eval's fitted part (isCheck false) whose HTML title is among their candidate lines:
// ${counts} pages, ${rows.length} candidates.
export const headlineModel = ${JSON.stringify(chosen, null, 2).replace(/"(\w+)":/g, '$1:')} as const
`,
)
console.error('wrote src/article/headline-weights.ts')

import {type HeadlinePage, headlineFeatureNames, headlineFeatures} from './headline-features.js'
import {headlineModel} from './headline-weights.js'
import {largest} from '../util/append.js'

/**
 * The headline finder for text dumps: a conditional logit (a softmax over a
 * page's candidate lines, scored by their features in headline-features.ts)
 * gives each candidate the chance that it is the page's headline; the
 * likeliest is taken when its chance reaches the threshold, else the rules'
 * choice stands. Weights and threshold are fitted by `npm run fit:headline`
 * (scripts/fit-headline.ts) on dev-eval's fitted part, labelled by the title
 * each page's HTML gives.
 */
export interface HeadlineModel {
  /** The feature each weight belongs to, in order: must equal headlineFeatureNames. */
  features: readonly string[]
  weights: readonly number[]
  /** Below this chance the likeliest candidate is not trusted over the rules. */
  threshold: number
}

const fittedModel: HeadlineModel = headlineModel

/**
 * Whether a model fits the features: headline-weights.ts holds a fitted model for
 * today's headline-features.ts (a test pins it). Otherwise the rules choose alone, so
 * that `npm run fit:headline` can run after the features change.
 */
export function fitsFeatures(model: HeadlineModel): boolean {
  return model.weights.length === headlineFeatureNames.length && model.features.every((name, index) => name === headlineFeatureNames[index])
}

export const hasHeadlineModel = fitsFeatures(fittedModel)

/** The most candidates read, those nearest the article: a dump's header can hold a thousand menu lines, and the headline stands close above the text. */
export const maxCandidates = 12

/** Each candidate's chance of being the headline, the chances summing to 1. */
export function headlineChances(page: HeadlinePage, candidates: readonly number[], model: HeadlineModel = fittedModel): number[] {
  const sums = headlineFeatures(page, candidates).map((features) => {
    let sum = 0
    for (let index = 0; index < features.length; index++) sum += features[index]! * model.weights[index]!
    return sum
  })
  const top = largest(sums, Number.NEGATIVE_INFINITY)
  const odds = sums.map((sum) => Math.exp(sum - top))
  const total = odds.reduce((sum, value) => sum + value, 0)
  return odds.map((value) => value / total)
}

/** The headline among the candidates, or the rules' choice when the model is absent or unsure. */
export function chooseHeadline(page: HeadlinePage, candidates: readonly number[], model: HeadlineModel = fittedModel): number | undefined {
  if (candidates.length === 0 || !fitsFeatures(model)) return page.rules
  const chances = headlineChances(page, candidates, model)
  let best = 0
  for (let index = 1; index < chances.length; index++) if (chances[index]! > chances[best]!) best = index
  return chances[best]! >= model.threshold ? candidates[best] : page.rules
}

import type {RootContent} from 'mdast'
import {eachBlockFeatures, featureNames} from './features.js'
import {fitted} from './weights.js'

/**
 * The article finder's model: a logistic regression over the blocks'
 * features (features.ts) gives each block the chance that it is article
 * text; the zone search adds up `(chance - threshold) × (words + offset)`
 * and takes the run with the highest sum (zones.ts). Weights, threshold and
 * offset are fitted by `npm run fit` (scripts/fit.ts) on dev-eval's fitted
 * part and live in weights.ts.
 */
export interface FittedModel {
  /** The feature each weight belongs to, in order: must equal featureNames. */
  features: readonly string[]
  weights: readonly number[]
  bias: number
  /** Above this chance a block adds to the article's sum, below it costs. */
  threshold: number
  /** Added to a block's words: what even a one-word line weighs in the sum. */
  offset: number
  /** How much of the hand score (zones.ts, contextScores) is added to each block's worth. */
  handWeight: number
}

const model: FittedModel = fitted

const matchesFeatures = model.features.length === featureNames.length && model.features.every((name, index) => name === featureNames[index])

/**
 * Why weights.ts cannot be used, when it cannot: features.ts changed since
 * the last `npm run fit`. The zone search then uses its hand scores, so that
 * `npm run fit` itself can run; a test fails until the fit is written.
 */
export const modelMismatch = model.weights.length > 0 && !matchesFeatures ? 'src/article/weights.ts does not match the features in features.ts: run npm run fit' : undefined

/** Whether weights.ts holds a fitted model for these features (before the first `npm run fit` the zone search uses its hand scores). */
export const hasFittedModel = model.weights.length > 0 && matchesFeatures

/** The chance that a block with these features is article text. */
export function contentChance(features: readonly number[], model: FittedModel = fitted as FittedModel): number {
  let sum = model.bias
  for (let index = 0; index < features.length; index++) sum += features[index]! * model.weights[index]!
  return 1 / (1 + Math.exp(-sum))
}

/**
 * Each block's worth to the article's sum, in words: positive when it is
 * likely article text; plus the hand score (`hand`, zones.ts) as much as
 * the fit found it still adds.
 */
export function contentScores(
  nodes: readonly RootContent[],
  texts: readonly string[],
  base: readonly number[],
  transparent: readonly boolean[],
  hand: readonly number[],
  headline?: number,
  model: FittedModel = fitted as FittedModel,
): number[] {
  const scores = new Array<number>(nodes.length)
  eachBlockFeatures(nodes, texts, base, transparent, headline, (values, index, words) => {
    scores[index] = (contentChance(values, model) - model.threshold) * (words + model.offset) + model.handWeight * hand[index]!
  })
  return scores
}

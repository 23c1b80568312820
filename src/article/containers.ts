import type {Element} from 'domhandler'
import {contains, levelsAbove} from '../parse/html/dom.js'
import {largest} from '../util/append.js'
import type {Measure} from '../parse/html/measure.js'
import {namesArticleText} from '../parse/html/clean-dom.js'

/**
 * The HTML side of the article finder: the containers worth weighing against
 * the one the rules chose (main-content.ts), and what is known of each. The
 * fitted weights (container-weights.ts, `npm run fit:containers`) score them;
 * the highest score is the article.
 */
export const containerFeatureNames = [
  'the rules chose it',
  'its prose score, as a share of the best',
  'link text per character',
  'prose it adds before the rules choice (share of the page prose)',
  'prose it adds after the rules choice',
  'prose of the rules choice it leaves out, before what it keeps',
  'prose of the rules choice it leaves out, after what it keeps',
  'text it adds that is neither prose nor links (share of the page text)',
  'link text it adds (share of the page text)',
  'holds the headline',
  'a headline was found and it is outside',
  '<article>, <main> or articleBody',
  'a class or id that names article text',
  'an ancestor of the rules choice (levels, up to 4)',
  'inside the rules choice',
  'apart from the rules choice',
] as const

export interface ContainerCandidate {
  element: Element
  features: number[]
}

/** How far above the rules' choice a candidate may stand: beyond that, the page wrapper. */
const maxLevelsUp = 4
/** How many of the best-scoring elements join the candidates, whatever their place. */
const topScoring = 8
/** Children of the choice join when they score at least this share of the best. */
const childShare = 0.25

/**
 * The candidates: the rules' choice, its ancestors (up to the body, four
 * levels at most), its children holding much of its prose, the page's best
 * scoring elements and the best-scoring one the page marks as its article (`<article>`, `<main>`, articleBody); each with its features.
 */
export function containerCandidates(body: Element, measured: Measure, chosen: Element, headline: Element | undefined): ContainerCandidate[] {
  const top = largest(measured.score.values(), 1)
  const found = new Set<Element>([chosen])
  let node: Element = chosen
  for (let level = 0; level < maxLevelsUp && node !== body; level++) {
    const parent = node.parent
    if (!parent || !measured.score.has(parent as Element)) break
    found.add(parent as Element)
    node = parent as Element
  }
  for (const child of chosen.children) {
    if ((measured.score.get(child as Element) ?? 0) >= top * childShare) found.add(child as Element)
  }
  const ranked = measured.elements.filter((element) => measured.score.get(element)! > 0).sort((a, b) => measured.score.get(b)! - measured.score.get(a)!)
  for (const element of ranked.slice(0, topScoring)) found.add(element)
  // The best-scoring container the page marks as its article, as the rules weigh it: not every teaser `<article>`.
  const marked = ranked.find(semantic)
  if (marked) found.add(marked)
  return [...found].map((element) => ({element, features: featuresOf(element, body, measured, chosen, headline, top)}))
}

function featuresOf(element: Element, body: Element, measured: Measure, chosen: Element, headline: Element | undefined, top: number): number[] {
  const chars = Math.max(1, measured.chars.get(element)!)
  const pageProse = Math.max(1, measured.prose.get(body)!)
  const pageChars = Math.max(1, measured.chars.get(body)!)
  const up = levelsAbove(element, chosen)
  const down = up < 0 ? levelsAbove(chosen, element) : -1
  const holdsHeadline = headline !== undefined && contains(element, headline)
  // What the candidate adds to the rules' choice, and what it leaves out of it, split by side.
  const added = up > 0 ? around(chosen, element, measured) : up < 0 && down < 0 ? whole(element, measured, before(element, chosen, measured)) : none
  const dropped = down > 0 ? around(element, chosen, measured) : up < 0 && down < 0 ? whole(chosen, measured, before(chosen, element, measured)) : none
  return [
    element === chosen ? 1 : 0,
    Math.max(-1, Math.min(1, measured.score.get(element)! / top)),
    measured.links.get(element)! / chars,
    added.proseBefore / pageProse,
    added.proseAfter / pageProse,
    dropped.proseBefore / pageProse,
    dropped.proseAfter / pageProse,
    added.other / pageChars,
    added.links / pageChars,
    holdsHeadline ? 1 : 0,
    headline !== undefined && !holdsHeadline ? 1 : 0,
    semantic(element) ? 1 : 0,
    namesArticleText(element) ? 1 : 0,
    up > 0 ? Math.min(up, maxLevelsUp) : 0,
    down > 0 ? 1 : 0,
    up < 0 && down < 0 ? 1 : 0,
  ]
}

/** Prose before and after an inner element within an outer one, and the link text and other text around it. */
interface Around {
  proseBefore: number
  proseAfter: number
  other: number
  links: number
}

const none: Around = {proseBefore: 0, proseAfter: 0, other: 0, links: 0}

/** What `outer` holds beside `inner`, level by level up the path between them. */
function around(inner: Element, outer: Element, measured: Measure): Around {
  const sum = {...none}
  let node: Element = inner
  while (node !== outer && node.parent) {
    const parent = node.parent as Element
    let seen = false
    for (const child of parent.children) {
      if (child === node) {
        seen = true
        continue
      }
      const prose = measured.prose.get(child as Element)
      if (prose === undefined) continue
      if (seen) sum.proseAfter += prose
      else sum.proseBefore += prose
      const links = measured.links.get(child as Element)!
      sum.other += Math.max(0, measured.chars.get(child as Element)! - prose - links)
      sum.links += links
    }
    node = parent
  }
  return sum
}

/** All of an element's prose on one side, for a candidate apart from the choice. */
function whole(element: Element, measured: Measure, isBefore: boolean): Around {
  const prose = measured.prose.get(element)!
  const links = measured.links.get(element)!
  return {proseBefore: isBefore ? prose : 0, proseAfter: isBefore ? 0 : prose, other: Math.max(0, measured.chars.get(element)! - prose - links), links}
}

/** Whether `a` comes before `b` in the document (elements apart from each other). */
function before(a: Element, b: Element, measured: Measure): boolean {
  return measured.elements.indexOf(a) < measured.elements.indexOf(b)
}

function semantic(element: Element): boolean {
  return element.name === 'article' || element.name === 'main' || element.attribs['itemprop'] === 'articleBody' || element.attribs['role'] === 'article' || element.attribs['role'] === 'main'
}

/** The score of a candidate under the fitted weights. */
export function containerScore(features: readonly number[], weights: readonly number[]): number {
  let sum = 0
  for (let index = 0; index < features.length; index++) sum += features[index]! * weights[index]!
  return sum
}

/** The weights of container-weights.ts, once it is checked to be fitted on these features (empty before the first fit). */
export function checkedContainerWeights(data: {features: readonly string[]; weights: readonly number[]}): readonly number[] {
  if (data.weights.length === 0) return data.weights
  if (data.features.length !== containerFeatureNames.length || data.features.some((name, index) => name !== containerFeatureNames[index])) {
    throw new Error('src/article/container-weights.ts does not match the features in containers.ts: run npm run fit:containers')
  }
  return data.weights
}

import type {Element} from 'domhandler'
import {describe, isElement} from './dom.js'
import {type Measure, measure} from './measure.js'

/** The element chosen as the article, how, and the best other candidate. */
export interface MainContent {
  element: Element
  /** How it was found, for the audit trail. */
  how: string
  score: number
  runnerUp?: {element: Element; score: number}
  /** The page as measured to choose. */
  measured: Measure
}

/**
 * How close to the best-scoring container a container the page marks as its
 * article must come to be preferred: the page's own word (`<article>`,
 * `itemprop=articleBody`, `<main>`) is worth a little noise, not a lot.
 */
const semanticShare = {containing: 0.9, contained: 0.75}

/** JSON-LD `articleBody` shorter than this is a teaser, not the article to look for. */
const minArticleBody = 200

/**
 * Find the article in a cleaned page body. Scoring first (see `measure`):
 * the element with the most prose and the least link text around it. Then
 * the page's own markings: JSON-LD `articleBody` re-scores the page so that
 * only prose it contains earns; `[itemprop=articleBody]`, `<article>` and
 * `<main>` win when they hold about as much as the best-scoring element.
 */
export function findMainContent(body: Element, articleBody?: string): MainContent {
  const measured = measure(body)
  const best = argmax(measured)
  if (!best) return {element: body, how: 'the whole page (no container of prose stands out)', score: 0, measured}
  let choice: MainContent = {element: widen(best, measured), how: 'the container with the most prose', score: measured.score.get(best)!, measured}

  const key = articleBody && articleBody.length >= minArticleBody ? normalize(articleBody) : undefined
  if (key) {
    const inArticle = (text: string) => {
      const probe = normalize(text).slice(0, 80)
      return probe.length >= 20 && key.includes(probe)
    }
    const matched = measure(body, inArticle)
    const found = argmax(matched)
    // The JSON-LD body must be the article, not a teaser of it, and the container must hold most of it.
    const prose = found ? matched.prose.get(found)! : 0
    if (found && prose * 2 >= measured.prose.get(best)! && prose >= key.length * 0.6) {
      choice = {element: found, how: 'the container of the JSON-LD articleBody', score: matched.score.get(found)!, measured}
    }
  } else {
    for (const [selector, name] of semanticCandidates) {
      const candidate = pickSemantic(measured, selector)
      if (!candidate) continue
      const score = measured.score.get(candidate)!
      const top = measured.score.get(best)!
      const share = contains(candidate, best) ? semanticShare.containing : contains(best, candidate) ? semanticShare.contained : 1.01
      if (score >= top * share) {
        choice = {element: candidate, how: `the page's ${name}`, score, measured}
        break
      }
    }
  }
  const runnerUp = argmax(measured, (element) => !contains(element, choice.element) && !contains(choice.element, element))
  if (runnerUp) choice.runnerUp = {element: runnerUp, score: measured.score.get(runnerUp)!}
  return choice
}

/** Describe the choice in one line, for the messages. */
export function describeChoice(choice: MainContent): string {
  const runner = choice.runnerUp ? `; runner-up ${describe(choice.runnerUp.element)} (score ${Math.round(choice.runnerUp.score)})` : ''
  return `main content: ${describe(choice.element)}, ${choice.how} (score ${Math.round(choice.score)})${runner}`
}

/** How much of the best score a parent may lose and still be taken instead: its short lines (a subheading, a one-line paragraph) cost little. */
const widenShare = 0.8

/** Take the parent while it holds about as much: the tightest container must not shed the article's own short lines. */
function widen(best: Element, measured: Measure): Element {
  const top = measured.score.get(best)!
  let element = best
  for (;;) {
    const parent = element.parent
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') return element
    const score = measured.score.get(parent)
    if (score === undefined || score < top * widenShare) return element
    element = parent
  }
}

type Test = (element: Element) => boolean

const semanticCandidates: Array<[Test, string]> = [
  [(element) => element.attribs['itemprop'] === 'articleBody', 'itemprop=articleBody'],
  [(element) => element.name === 'article' || element.attribs['role'] === 'article', '<article>'],
  [(element) => element.name === 'main' || element.attribs['role'] === 'main', '<main>'],
]

function pickSemantic(measured: Measure, test: Test): Element | undefined {
  return argmax(measured, test)
}

function argmax(measured: Measure, test?: Test): Element | undefined {
  let best: Element | undefined
  let top = 0
  for (const element of measured.elements) {
    const score = measured.score.get(element)!
    if (score > top && (!test || test(element))) {
      top = score
      best = element
    }
  }
  return best
}

/** Is `inner` inside `outer` (or the same element)? */
export function contains(outer: Element, inner: Element): boolean {
  let node: Element | null = inner
  while (node) {
    if (node === outer) return true
    const parent: unknown = node.parent
    node = parent && isElement(parent as Element) ? (parent as Element) : null
  }
  return false
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

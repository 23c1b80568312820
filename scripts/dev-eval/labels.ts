/**
 * Labels from a page's gold, for the fits (scripts/fit.ts, scripts/fit-containers.ts): how much of a
 * piece of text is article text, by the word 4-grams the gold body holds, or by the snippets trafilatura's
 * set says a page must and must not contain.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {type EvalSet, devEval} from './sets.js'

export interface Snippets {
  with: string[]
  without: string[]
}

/** The snippets of a set scored by them, by page id; undefined for a set with gold bodies. */
export function snippetsOf(set: EvalSet): Map<string, Snippets> | undefined {
  if (set.scoring !== 'snippets') return undefined
  const data = JSON.parse(readFileSync(join(devEval, set.name, 'evaldata.json'), 'utf8')) as Record<string, Snippets & {file: string}>
  return new Map(Object.values(data).map((item) => [item.file.replace(/\.html?$/i, ''), item]))
}

const token = /[\p{L}\p{N}_]+/gu
export const tokenize = (text: string) => text.match(token) ?? []
const normalizeSpace = (text: string) => text.replace(/\s+/gu, ' ').trim()

export function shingleLabeler(gold: string): (text: string) => number | undefined {
  const tokens = tokenize(gold)
  const grams = new Set<string>()
  const short = new Set<string>()
  for (let index = 0; index < tokens.length; index++) {
    if (index + 4 <= tokens.length) grams.add(tokens.slice(index, index + 4).join('\u0001'))
    for (let size = 1; size <= 3 && index + size <= tokens.length; size++) short.add(tokens.slice(index, index + size).join('\u0001'))
  }
  return (text) => {
    const own = tokenize(text)
    if (own.length === 0) return undefined
    if (own.length < 4) return short.has(own.join('\u0001')) ? 1 : 0
    let hits = 0
    for (let index = 0; index + 4 <= own.length; index++) if (grams.has(own.slice(index, index + 4).join('\u0001'))) hits++
    return hits / (own.length - 3)
  }
}

export function snippetLabeler(item: {with: string[]; without: string[]}): (text: string) => number | undefined {
  const wanted = item.with.map(normalizeSpace).filter((snippet) => snippet.length > 0)
  const unwanted = item.without.map(normalizeSpace).filter((snippet) => snippet.length > 0)
  return (text) => {
    const block = normalizeSpace(text)
    if (block === '') return undefined
    const meets = (snippet: string) => block.includes(snippet) || (tokenize(block).length >= 4 && snippet.includes(block))
    const good = wanted.some(meets)
    const bad = unwanted.some(meets)
    if (good === bad) return undefined
    return good ? 1 : 0
  }
}


/**
 * What a whole extraction scores, in the counts its set's scorer sums: shingle sets average precision and
 * recall over pages (then F1 of the means), trafilatura's set sums snippet hits over pages.
 */
export type Counts = {precision: number; recall: number} | {tp: number; fp: number; fn: number}

/** Precision and recall of an extraction against the gold body, over word 4-grams (case kept, as dev-eval's scorer). */
export function shingleCounts(gold: string): (text: string) => Counts {
  const grams = shingles(gold)
  return (text) => {
    const own = shingles(text)
    let hits = 0
    for (const gram of own) if (grams.has(gram)) hits++
    return {precision: own.size === 0 ? 1 : hits / own.size, recall: grams.size === 0 ? 1 : hits / grams.size}
  }
}

function shingles(text: string): Set<string> {
  const tokens = tokenize(text)
  const grams = new Set<string>()
  if (tokens.length === 0) return grams
  for (let index = 0; index + 4 <= Math.max(tokens.length, 4); index++) grams.add(tokens.slice(index, index + 4).join('\u0001'))
  return grams
}

/** Snippet hits of an extraction, after trafilatura's whitespace folding. */
export function snippetCounts(item: Snippets): (text: string) => Counts {
  const wanted = item.with.map(normalizeSpace).filter((snippet) => snippet.length > 0)
  const unwanted = item.without.map(normalizeSpace).filter((snippet) => snippet.length > 0)
  return (text) => {
    const folded = normalizeSpace(text)
    const tp = wanted.filter((snippet) => folded.includes(snippet)).length
    return {tp, fp: unwanted.filter((snippet) => folded.includes(snippet)).length, fn: wanted.length - tp}
  }
}

/** A set's figure from its pages' counts: F1 of mean precision and recall, or F of the summed snippet hits. */
export function setFigure(pages: readonly Counts[]): number {
  if (pages.length === 0) return 0
  if ('precision' in pages[0]!) {
    let precision = 0
    let recall = 0
    for (const page of pages as Array<{precision: number; recall: number}>) {
      precision += page.precision
      recall += page.recall
    }
    precision /= pages.length
    recall /= pages.length
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  }
  let tp = 0
  let wrong = 0
  for (const page of pages as Array<{tp: number; fp: number; fn: number}>) {
    tp += page.tp
    wrong += page.fp + page.fn
  }
  return 2 * tp + wrong === 0 ? 1 : (2 * tp) / (2 * tp + wrong)
}

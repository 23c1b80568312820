/**
 * Scores cleaned pages with dev-eval's own scorers (imported from the dev
 * set's folder, never copied): shingle F1 for the sets with an article body,
 * trafilatura's snippets for its set. Per page, so that any part of a set
 * (the fitted part, the check part) can be summed on its own.
 */
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type EvalSet, devEval} from './sets.js'

/** One page's counts: shingle TP/FP/FN (fractions) or snippet TP/FP/FN/TN. */
export interface PageScore {
  id: string
  tp: number
  fp: number
  fn: number
  tn: number
  /** Shingle scores only: the page's own precision and recall (null when undefined). */
  precision: number | null
  recall: number | null
  /** The output has no words. */
  empty: boolean
}

export interface Summary {
  n: number
  f1: number
  precision: number
  recall: number
  /** Pages whose output has no words. */
  empty: number
}

interface ShingleScorer {
  evaluate(gold: Map<string, string>, pred: Map<string, string>, options: {bootstrap: number}): {items: Array<{id: string; tp: number; fp: number; fn: number; precision: number | null; recall: number | null; predTokens: number}>}
  metricsFromTpFpFns(rows: Array<[number, number, number]>): {f1: number; precision: number; recall: number}
  markdownToPlain(markdown: string): string
}
interface SnippetScorer {
  loadEvaldata(path: string): Array<{key: string; with: string[]; without: string[]}>
  scoreOutputs(docs: unknown[], outputs: Map<string, string>, transform: (text: string) => string): {rows: Array<{key: string; tp: number; fp: number; fn: number; tn: number; status: string}>}
  scores(counts: {tp: number; fp: number; fn: number; tn: number}): {f1: number; precision: number; recall: number}
  markdownToText(markdown: string, options: object): string
}

let scorers: Promise<{shingles: ShingleScorer; snippets: SnippetScorer}> | undefined
function load() {
  scorers ??= Promise.all([
    import(pathToFileURL(join(devEval, 'score.mjs')).href) as Promise<ShingleScorer>,
    import(pathToFileURL(join(devEval, 'score-snippets.mjs')).href) as Promise<SnippetScorer>,
  ]).then(([shingles, snippets]) => ({shingles, snippets}))
  return scorers
}

/** Every page of the set scored; a page with no output scores as empty. */
export async function scorePages(set: EvalSet, outputs: Map<string, string>): Promise<PageScore[]> {
  const {shingles, snippets} = await load()
  if (set.scoring === 'snippets') {
    const wanted = new Set(set.ids)
    const docs = snippets.loadEvaldata(join(devEval, set.name, 'evaldata.json')).filter((doc) => wanted.has(doc.key))
    const {rows} = snippets.scoreOutputs(docs, outputs, (text) => snippets.markdownToText(text, {}))
    return rows.map((row) => ({id: row.key, tp: row.tp, fp: row.fp, fn: row.fn, tn: row.tn, precision: null, recall: null, empty: row.status === 'empty'}))
  }
  const gold = new Map(set.ids.map((id) => [id, set.bodies!.get(id) ?? '']))
  const plain = new Map(set.ids.map((id) => [id, shingles.markdownToPlain(outputs.get(id) ?? '')]))
  const {items} = shingles.evaluate(gold, plain, {bootstrap: 0})
  return items.map((item) => ({id: item.id, tp: item.tp, fp: item.fp, fn: item.fn, tn: 0, precision: item.precision, recall: item.recall, empty: item.predTokens === 0}))
}

/** The set's figures over some of its pages, each as its scorer sums them. */
export async function summarize(set: EvalSet, pages: PageScore[]): Promise<Summary> {
  return (await summarizer(set))(pages)
}

/** summarize for one set, once its scorer is loaded: synchronous, to call many times (split-noise.ts). */
export async function summarizer(set: EvalSet): Promise<(pages: PageScore[]) => Summary> {
  const {shingles, snippets} = await load()
  return (pages) => {
    const empty = pages.filter((page) => page.empty).length
    if (pages.length === 0) return {n: 0, f1: NaN, precision: NaN, recall: NaN, empty}
    if (set.scoring === 'snippets') {
      const counts = {tp: 0, fp: 0, fn: 0, tn: 0}
      for (const page of pages) {
        counts.tp += page.tp
        counts.fp += page.fp
        counts.fn += page.fn
        counts.tn += page.tn
      }
      return {n: pages.length, ...snippets.scores(counts), empty}
    }
    return {n: pages.length, ...shingles.metricsFromTpFpFns(pages.map((page) => [page.tp, page.fp, page.fn])), empty}
  }
}

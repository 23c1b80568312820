/**
 * The fits' last step (scripts/fit.ts, scripts/fit-containers.ts): clean the fitted part's pages end to end
 * with whatever model is live, and score each set with dev-eval's scorers; the mean over sets.
 */
import {cleanSync} from '../../src/index.js'
import type {EvalSet} from './sets.js'
import {scorePages, summarize} from './score.js'

export interface FitPage {
  set: string
  id: string
  input: Buffer
  url?: string
}

export async function endToEndF1(sets: readonly EvalSet[], pages: readonly FitPage[], format: 'text' | 'html'): Promise<number> {
  let sum = 0
  for (const set of sets) {
    const outputs = new Map<string, string>()
    for (const page of pages) {
      if (page.set !== set.name) continue
      try {
        outputs.set(page.id, cleanSync(page.input, {format, ...(page.url ? {url: page.url} : {})}).markdown)
      } catch {
        outputs.set(page.id, '')
      }
    }
    const scored = (await scorePages(set, outputs)).filter((page) => outputs.has(page.id))
    sum += (await summarize(set, scored)).f1
  }
  return sum / sets.length
}

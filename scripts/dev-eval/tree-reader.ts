/**
 * The fits' view of a dump (scripts/fit.ts, scripts/fit-headline.ts): the tree as a stage reads it,
 * after the stages before it, with the headline line the title stage found by then.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {createCleaner} from '../../src/index.js'
import type {StageSpec} from '../../src/types.js'

export interface ReadTree {
  tree: Root
  /** The input line of the headline the title stage took, if it ran and took one. */
  headline?: number
  /** What the stages before found, as the zone search reads them (see zonesOf). */
  hints?: {titleLine?: number; title?: string; articleEndLine?: number; articleStartLine?: number; standfirstLine?: number}
}

/** A reader of text dumps that stops before the stage named `stage` and hands over the tree. */
export function treeBefore(stage: string): (input: Buffer, url?: string) => ReadTree {
  let captured: ReadTree | undefined
  const capture: StageSpec = {name: 'capture', plugin: () => (tree: Root, file: VFile) => {
    const found = file.data.hints
    const headline = found?.headlineLine
    const title = file.data.meta?.title
    const hints = {titleLine: found?.titleLine, title, articleEndLine: found?.articleEndLine, articleStartLine: found?.articleStartLine, standfirstLine: found?.standfirstLine}
    captured = {tree: structuredClone(tree), ...(headline === undefined ? {} : {headline}), hints}
  }}
  const cleaner = createCleaner({
    format: 'text',
    articleFinder: 'fitted',
    stages: (defaults) => [...defaults.slice(0, defaults.findIndex((spec) => spec.name === stage)), capture],
  })
  return (input, url) => {
    captured = undefined
    cleaner.cleanSync(input, url ? {url} : {})
    return captured!
  }
}

import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {removeWhere} from '../util/report.js'
import {countWords, normalizeForCompare} from '../util/text.js'
import {copyRuns, minCopyWords} from '../article/printed-twice.js'
import {blockText} from '../util/tree.js'
import {zonesOf, zoneOf} from '../article/zones.js'

export interface DedupeOptions {
  /** Shortest block, in words, that counts as a repeat: short lines ("Yes.", a chorus) may repeat for real. */
  minWords?: number
}

const defaults = {minWords: 5} as const satisfies Required<DedupeOptions>
const ruleId = 'dedupe'
/** The share of the core's long paragraphs that the two copies of an article printed twice make up at least. */
const minCopiesShare = 0.5

/**
 * Remove blocks that repeat an earlier block word for word (bar case,
 * punctuation and spacing): a block printed twice in a row (a lead rendered
 * by two templates), or a repeat outside the article core (a teaser of the
 * article in the sidebar), or the paragraphs of the article printed twice
 * in their order (a print copy). Inside the core a repeat further down is
 * otherwise left alone: a recipe's second menu or a refrain may repeat for real.
 */
export const dedupe: Plugin<[DedupeOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const zones = zonesOf(tree, file)
    // Each block's first appearance, for the blocks that repeat one.
    const firstOf = new Map<number, number>()
    const seen = new Map<string, number>()
    const copies: Array<[number, number]> = []
    tree.children.forEach((node, index) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'blockquote') return
      const text = blockText(node)
      const words = countWords(text)
      if (words < settings.minWords) return
      const key = normalizeForCompare(text)
      const first = seen.get(key)
      if (first === undefined) seen.set(key, index)
      else {
        firstOf.set(index, first)
        if (words >= minCopyWords) copies.push([first, index])
      }
    })
    // The article printed twice, both copies most of the core: the second goes (a refrain, a document quoted in full under the article's comment on it, stay).
    const runs = copyRuns(copies)
    // Counted only when there is a copy to weigh: most pages have none.
    const long = runs.length === 0 ? 0 : tree.children.filter((node, index) => zoneOf(zones, index) === 'core' && countWords(blockText(node)) >= minCopyWords).length
    const secondCopies = new Set(runs.flatMap((run) => (2 * run.length >= minCopiesShare * long ? run.map(([, again]) => again) : [])))
    removeWhere(file, ruleId, tree, (node, index) => {
      const first = firstOf.get(index)
      if (first === undefined) return undefined
      const adjacent = first === index - 1
      const outside = zoneOf(zones, index) !== 'core' || zoneOf(zones, first) !== 'core'
      if (!adjacent && !outside && !secondCopies.has(index)) return undefined
      const line = tree.children[first]?.position?.start.line
      return `repeats the block${line === undefined ? '' : ` at line ${line}`} word for word`
    })
  }
}

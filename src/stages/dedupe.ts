import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {removeWhere} from '../util/report.js'
import {countWords, normalizeForCompare} from '../util/text.js'
import {blockText} from '../util/tree.js'
import {zonesOf, zoneOf} from '../util/zones.js'

export interface DedupeOptions {
  /** Shortest block, in words, that counts as a repeat: short lines ("Yes.", a chorus) may repeat for real. */
  minWords?: number
}

const defaults = {minWords: 5} as const satisfies Required<DedupeOptions>
const ruleId = 'dedupe'

/**
 * Remove blocks that repeat an earlier block word for word (bar case,
 * punctuation and spacing): a block printed twice in a row (a lead rendered
 * by two templates), or a repeat outside the article core (a teaser of the
 * article in the sidebar). Inside the core a repeat further down is left
 * alone: a recipe's second menu or a refrain may repeat for real.
 */
export const dedupe: Plugin<[DedupeOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const zones = zonesOf(tree, file)
    const seen = new Map<string, {index: number; line: number | undefined}>()
    removeWhere(file, ruleId, tree, (node, index) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'blockquote') return undefined
      const text = blockText(node)
      if (countWords(text) < settings.minWords) return undefined
      const key = normalizeForCompare(text)
      const first = seen.get(key)
      if (!first) {
        seen.set(key, {index, line: node.position?.start.line})
        return undefined
      }
      const adjacent = first.index === index - 1
      const outside = zoneOf(zones, index) !== 'core' || zoneOf(zones, first.index) !== 'core'
      if (!adjacent && !outside) return undefined
      return `repeats the block${first.line === undefined ? '' : ` at line ${first.line}`} word for word`
    })
  }
}

import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {removeWhere} from '../util/report.js'
import {countWords, normalizeForCompare} from '../util/text.js'
import {blockText} from '../util/tree.js'

export interface DedupeOptions {
  /** Shortest block, in words, that counts as a repeat: short lines ("Yes.", a chorus) may repeat for real. */
  minWords?: number
}

const defaults = {minWords: 5} as const satisfies Required<DedupeOptions>
const ruleId = 'dedupe'

/**
 * Remove blocks that repeat an earlier block word for word (bar case,
 * punctuation and spacing): a lead printed twice, a pull quote, a widget
 * rendered in two places. The first occurrence stays.
 */
export const dedupe: Plugin<[DedupeOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const seen = new Map<string, number | undefined>()
    removeWhere(file, ruleId, tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'blockquote') return undefined
      const text = blockText(node)
      if (countWords(text) < settings.minWords) return undefined
      const key = normalizeForCompare(text)
      if (seen.has(key)) {
        const line = seen.get(key)
        return `repeats the block${line === undefined ? '' : ` at line ${line}`} word for word`
      }
      seen.set(key, node.position?.start.line)
      return undefined
    })
  }
}

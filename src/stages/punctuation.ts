import type {Parent, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {type QuoteMode, type RuleSwitches, normalizePunctuation} from '../punctuation/index.js'
import {walk} from '../util/walk.js'

export interface PunctuationOptions {
  /** Switch rules on or off by name: `{'common/ellipsis': false}` (the table: src/punctuation/RULES.md). */
  rules?: RuleSwitches
  /**
   * `locale` (default): straight and mismatched quotes become the language's
   * („…“ de, “…” en, «…» fr); `keep`: only mismatched pairs are repaired;
   * `ascii`: every typographic mark becomes plain ASCII.
   */
  quotes?: QuoteMode
}

/** Blocks whose text is prose; code, inline code and raw HTML are never touched. */
const blocks = new Set(['paragraph', 'heading', 'tableCell'])

/**
 * Fix punctuation for the language: encoding debris, odd spaces, spacing
 * around marks, glued sentences, dashes, Arabic-script marks. Runs on the
 * text of each prose block, in the block's own language when the language
 * stage gave it one (`node.data.lang`), else the document's.
 */
export const punctuation: Plugin<[PunctuationOptions?], Root> = function (options = {}) {
  const settings = {rules: options.rules ?? {}, quotes: options.quotes ?? 'locale'} as const

  return function (tree, file) {
    const meta = (file.data.meta ??= {})
    const docLang = meta.lang ?? 'und'
    // The title and the description are prose too (an Arabic title with a Latin comma).
    for (const key of ['title', 'author', 'description'] as const) {
      const value = meta[key]
      if (value) meta[key] = normalizePunctuation(value, docLang, settings).trim()
    }
    walk(tree, (node) => {
      if (!blocks.has(node.type)) return
      const block = node as Parent
      const lang = (block.data as {lang?: string} | undefined)?.lang ?? docLang
      const texts: Text[] = []
      walk(block, (inner) => {
        if (inner.type === 'text') texts.push(inner as Text)
      })
      for (const text of texts) text.value = normalizePunctuation(text.value, lang, settings)
      // Spaces at the edges of a block are never content.
      const first = texts[0]
      const last = texts[texts.length - 1]
      if (first && block.children[0] === first) first.value = first.value.trimStart()
      if (last && block.children[block.children.length - 1] === last) last.value = last.value.trimEnd()
    })
  }
}

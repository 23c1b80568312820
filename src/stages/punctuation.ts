import type {Parent, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {type QuoteMode, type RuleSwitches, normalizePunctuation} from '../punctuation/index.js'
import {isCodeLine} from '../parse/text-blocks.js'
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

/** Rules that choose a style rather than repair an error: a page's dashes in a name or title are its own. */
const styleRulesOff = {'common/parenthetical-dash': false, 'common/double-hyphen': false, 'common/spaced-hyphen': false} as const

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
  // A title and an author name are the page's own strings, which pipelines match against its <title> and other records:
  // their errors are repaired (encoding debris, odd spaces, a Latin comma after Arabic, a mismatched pair), their style is kept
  // (straight quotes stay straight, "Site - Headline" keeps its separator). The caller's own switches still win.
  const namingSettings = {
    rules: {...styleRulesOff, ...settings.rules},
    quotes: settings.quotes === 'locale' ? 'keep' : settings.quotes,
  } as const

  return function (tree, file) {
    const meta = (file.data.meta ??= {})
    const docLang = meta.lang ?? 'und'
    for (const key of ['title', 'author'] as const) {
      const value = meta[key]
      if (value) meta[key] = normalizePunctuation(value, docLang, namingSettings).trim()
    }
    // The description is prose, as the lead it usually repeats in the body.
    if (meta.description) meta.description = normalizePunctuation(meta.description, docLang, settings).trim()
    walk(tree, (node) => {
      if (!blocks.has(node.type)) return
      const block = node as Parent
      // A line of code a dump printed alone (`"build": "kuhjaja build src"`, `$ npm test`) is no prose: its quotes stay straight.
      if (node.type === 'paragraph' && block.children.length === 1 && block.children[0]!.type === 'text' && isOneCodeLine((block.children[0] as Text).value)) return
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

/**
 * A text of one line that reads as code (isCodeLine), or a JSON member (`"build": "tsc -p .",`); not a line that ends
 * as a sentence does, a word and its full stop ("WITH their tales of secret dens, … today's children.", a lead-in in
 * capitals that reads as SQL's WITH).
 */
function isOneCodeLine(value: string): boolean {
  if (value.includes('\n')) return false
  const line = value.trim()
  return jsonMember.test(line) || (isCodeLine(line) && !sentenceEnd.test(line))
}

/** A word's last letter and a sentence's last mark, closing the line. */
const sentenceEnd = /\p{Ll}[.!?]["'”’»)]*$/u

/**
 * A quoted key, a colon, and a string, number, literal or opening bracket. Only here: as a line of a listing it would
 * make the JSON-LD that leaks into dumps a code block, which counts as article text.
 */
const jsonMember = /^"[\w$@./-]+"\s?:\s?(?:"|-?\d|true\b|false\b|null\b|\[|\{)/u

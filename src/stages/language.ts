import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {detectLanguage} from '../language/detect.js'
import {toLangCode} from '../language/codes.js'
import {reportWarning} from '../util/report.js'
import {blockText} from '../util/tree.js'

export interface LanguageOptions {
  /** Use this language and detect nothing. */
  fixed?: string
  /** Restrict detection to these languages (ISO 639-1 or 639-3). */
  only?: readonly string[]
  /** Characters of body text sampled for detection; cost stays flat whatever the document size. */
  sampleSize?: number
  /** Fewer letters than this gives `und`. */
  minLetters?: number
}

const defaults = {sampleSize: 2000, minLetters: 40} as const
const ruleId = 'language'

/**
 * Detect the body's language and set `meta.lang`. It reads the cleaned body
 * (this stage runs after the chrome is gone), sampled from its start, middle
 * and end, so a 50 MB document costs what a 5 KB one does. A language the
 * caller or the page declared (`hints.lang`) breaks close ties.
 */
export const language: Plugin<[LanguageOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const meta = (file.data.meta ??= {})
    if (settings.fixed) {
      meta.lang = toLangCode(settings.fixed)
      return
    }
    const sample = sampleBody(tree, settings.sampleSize)
    const detection = detectLanguage(sample, {
      hint: file.data.hints?.lang,
      only: settings.only,
      minLetters: settings.minLetters,
    })
    meta.lang = detection.lang
    if (detection.lang === 'und') reportWarning(file, ruleId, `language undetermined: ${detection.reason}`)
  }
}

/** Up to `size` characters of body text: the whole body, or three windows from its start, middle and end. */
export function sampleBody(tree: Root, size: number): string {
  const blocks = tree.children
    .filter((node) => node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote' || node.type === 'heading')
    .map((node) => blockText(node))
  const text = blocks.join('\n')
  if (text.length <= size) return text
  const window = Math.floor(size / 3)
  const middle = Math.floor(text.length / 2 - window / 2)
  return [text.slice(0, window), text.slice(middle, middle + window), text.slice(text.length - window)].join('\n')
}

import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {type BlockLanguageOptions, markBlockLanguages} from '../language/blocks.js'
import {detectLanguage} from '../language/detect.js'
import {toLangCode} from '../language/codes.js'
import {reportWarning} from '../util/report.js'
import {blockText} from '../util/tree.js'

export interface LanguageOptions {
  /** Use this language and detect nothing. */
  fixed?: string
  /** Restrict detection to these languages (ISO 639-1 or 639-3). */
  only?: readonly string[]
  /** Characters of body text sampled for detection; cost stays flat whatever the document size. Default 1200. */
  sampleSize?: number
  /** Fewer letters than this gives `und`. Default 50. */
  minLetters?: number
  /**
   * Mark blocks in another language than the body's (`node.data.lang`), for
   * the punctuation stage; `false` to skip. Default on.
   */
  blocks?: boolean | BlockLanguageOptions
}

const defaults = {sampleSize: 1200} as const
const ruleId = 'language'

/**
 * Detect the body's language and set `meta.lang`. It reads the cleaned body
 * (this stage runs after the chrome is gone), sampled from its start, middle
 * and end, so a 50 MB document costs what a 5 KB one does. A language the
 * caller or the page declared (`hints.lang`) breaks ties between close
 * languages. Blocks in another language (a quote) get their own
 * `data.lang`; `meta.lang` stays the body's.
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
      ...(file.data.hints?.lang ? {hint: file.data.hints.lang} : {}),
      ...(settings.only ? {only: settings.only} : {}),
      ...(settings.minLetters === undefined ? {} : {minLetters: settings.minLetters}),
    })
    meta.lang = detection.lang
    if (detection.lang === 'und') {
      reportWarning(file, ruleId, `language undetermined: ${detection.reason}`)
      return
    }
    if (settings.blocks !== false) {
      markBlockLanguages(tree, {...detection, sample}, settings.blocks === true ? {} : settings.blocks)
    }
  }
}

const prose = new Set(['paragraph', 'list', 'blockquote', 'heading', 'table'])

/**
 * Up to about `size` characters of body text: the whole body when it is
 * short, else three windows from its start, middle and end, whole blocks
 * cut at a space. Only the blocks it reads are turned into text.
 */
export function sampleBody(tree: Root, size: number): string {
  const blocks = tree.children.filter((node) => prose.has(node.type))
  const window = Math.floor(size / 3)
  const take = (from: number, step: 1 | -1, limit = window): string[] => {
    const taken: string[] = []
    let length = 0
    for (let index = from; index >= 0 && index < blocks.length && length < limit; index += step) {
      const text = blockText(blocks[index] as RootContent)
      taken.push(text)
      length += text.length + 1
    }
    return step === 1 ? taken : taken.reverse()
  }
  const head = take(0, 1, size + 1)
  const all = head.join('\n')
  if (head.length === blocks.length && all.length <= size) return all
  const parts = [clip(all, window), clip(take(Math.floor(blocks.length / 2), 1).join('\n'), window), clipEnd(take(blocks.length - 1, -1).join('\n'), window)]
  return parts.join('\n')
}

/** The first `size` characters, at a space. */
function clip(text: string, size: number): string {
  if (text.length <= size) return text
  const space = text.lastIndexOf(' ', size)
  return text.slice(0, space > size / 2 ? space : size)
}

/** The last `size` characters, at a space. */
function clipEnd(text: string, size: number): string {
  if (text.length <= size) return text
  const space = text.indexOf(' ', text.length - size)
  return text.slice(space >= 0 && space < text.length - size / 2 ? space + 1 : text.length - size)
}

import type {Heading, Paragraph, Parent, Root} from 'mdast'
import {areClose, scriptPools} from './candidates.js'
import {toLangCode} from './codes.js'
import {type Detection, detectLanguage} from './detect.js'
import {stopwordsOf, wordsOf} from './evidence.js'
import {type Script, countScript} from './scripts.js'
import {blockText} from '../util/tree.js'

export interface BlockLanguageOptions {
  /** Blocks with fewer letters keep the document's language: too short to tell. Default 100. */
  minLetters?: number
  /** At most this many blocks are looked at with franc per document. Default 8. */
  maxChecks?: number
  /** At most this many long blocks are looked at per document, so cost stays bounded. Default 400. */
  maxBlocks?: number
}

/**
 * A block whose words are at least this share of the main language's
 * stopwords is in it: no franc needed. Running text has 35–60 % (stopwords-
 * iso's lists are long); Ukrainian's short list covers about 11 %, so its
 * blocks go to franc more often, within `maxChecks`.
 */
const ownShare = 0.12

/** Spaces and the punctuation that sticks to words: a split, not a Unicode regex, for speed. */
const wordBreak = /[\s.,;:!?()[\]"'«»„“”‘’—–-]+/

/**
 * Mark the blocks written in another language than the document's main one
 * (an English quote in a Dutch article): `node.data.lang`, for the
 * punctuation stage. Cost stays bounded: a block whose script is the main
 * one and whose words are plainly the main language's stopwords is passed
 * in one set lookup per word; franc looks at the rest, at most `maxChecks`
 * times. Only confident answers count: a block is marked when its language
 * is not the main one's close relative (a Danish-looking paragraph in a
 * Norwegian article is Norwegian), unless its own evidence settled it.
 *
 * @example
 * ```ts
 * markBlockLanguages(tree, {lang: 'nl', script: 'Latin'}) // [{lang: 'en', text: 'The building is …'}]
 * ```
 */
export function markBlockLanguages(tree: Root, document: {lang: string; script?: Script | undefined; sample?: string}, options: BlockLanguageOptions = {}): Array<{lang: string; text: string}> {
  const {lang: main, script: mainScript} = document
  const minLetters = options.minLetters ?? 100
  let checks = options.maxChecks ?? 8
  let blocks = options.maxBlocks ?? 400
  const mainCodes = francCodesOf(main)
  const stopwords = mainCodes.map(stopwordsOf).find(Boolean)
  // Half the share the body itself has, at most ownShare: Hebrew and Ukrainian text covers far less of its lists.
  const threshold = Math.min(ownShare, document.sample && stopwords ? shareOf(document.sample, stopwords) / 2 : ownShare)
  const marked: Array<{lang: string; text: string}> = []
  // A repeated block (a pull quote printed twice) is looked at once.
  const seen = new Map<string, Detection>()
  for (const block of proseBlocks(tree)) {
    if (checks <= 0 || blocks <= 0) break
    // Most blocks are one text node: read it without walking the block.
    const only = block.children.length === 1 && block.children[0]!.type === 'text' ? block.children[0].value : undefined
    if ((only ?? '').length < minLetters && (only !== undefined || block.children.length === 0)) continue
    const text = only?.trim() ?? blockText(block)
    if (text.length < minLetters) continue
    blocks--
    const head = text.slice(0, 240)
    // The cheap test first: most blocks are plainly the main language's (one split, a few lookups).
    if (stopwords) {
      if (shareOf(head, stopwords) >= threshold) continue
    }
    const letters = head.match(/\p{L}/gu)?.length ?? 0
    const sameScript = mainScript !== undefined && countScript(head, mainScript) * 2 > letters
    // Same script, and no stopword list to say otherwise: the main language.
    if (sameScript && !stopwords) continue
    // Kanji-heavy lines are Japanese in a Japanese document, not Chinese.
    if (mainScript === 'Kana' && countScript(head, 'Han') * 2 > letters) continue
    let found = seen.get(text)
    if (!found) {
      if ((text.match(/\p{L}/gu)?.length ?? 0) < minLetters) continue
      checks--
      // The block's head is enough to tell, and keeps a long block as cheap as a short one.
      found = detectLanguage(text.length > 800 ? text.slice(0, text.lastIndexOf(' ', 800) + 1 || 800) : text, {minLetters})
      seen.set(text, found)
    }
    if (isOther(found, main, mainCodes)) {
      block.data = {...block.data, lang: found.lang} as typeof block.data
      marked.push({lang: found.lang, text})
    }
  }
  return marked
}

/** The share of a text's words that are in a stopword set. */
function shareOf(text: string, stopwords: ReadonlySet<string>): number {
  const words = text.toLowerCase().split(wordBreak)
  let own = 0
  for (const word of words) if (stopwords.has(word)) own++
  return words.length === 0 ? 0 : own / words.length
}

/**
 * Paragraphs and headings, also inside block quotes and lists, in document
 * order; a plain walk (unist-util-visit costs more than the checks here).
 */
function* proseBlocks(parent: Parent): Generator<Paragraph | Heading> {
  for (const node of parent.children) {
    if (node.type === 'paragraph' || node.type === 'heading') yield node
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') yield* proseBlocks(node)
  }
}

function isOther(found: Detection, main: string, mainCodes: readonly string[]): boolean {
  if (found.lang === 'und' || found.lang === main || found.decidedBy === 'hint') return false
  if (found.decidedBy === 'evidence' || found.decidedBy === 'script') return true
  return !francCodesOf(found.lang).some((code) => mainCodes.some((other) => areClose(code, other)))
}

const codesOf = new Map<string, string[]>()

/** franc's codes for one of ours (`nb` is `nob`; `sr` is franc's Latin and Cyrillic `srp`). */
function francCodesOf(lang: string): string[] {
  let codes = codesOf.get(lang)
  if (!codes) {
    codes = [...new Set(Object.values(scriptPools).flat().filter((code) => toLangCode(code) === lang))]
    codesOf.set(lang, codes)
  }
  return codes
}

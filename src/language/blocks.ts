import type {Heading, Paragraph, Parent, Root} from 'mdast'
import {areClose, scriptPools, settledByScript} from './candidates.js'
import {toLangCode} from './codes.js'
import {type Detection, detectLanguage} from './detect.js'
import {stopwordsOf} from './evidence.js'
import {reachesShare, stopwordShare} from './share.js'
import {type Script, countLetters, countScript} from './scripts.js'
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

/** Words a block's head is judged on: enough to tell a quote from the body, few enough to stay cheap. */
const headWords = 40

/** Words of the body's sample whose stopword share sets the blocks' threshold. */
const sampleWords = 150

/** Characters of a block whose script is compared with the body's. */
const scriptHead = 160


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
  // Languages the script settles (Greek, Korean …) have no franc code here, but may have a stopword list.
  const stopwords = [...mainCodes, main].map(stopwordsOf).find(Boolean)
  // Half the share the body itself has, at most ownShare: Hebrew and Ukrainian text covers far less of its lists.
  // Most bodies reach twice ownShare within their first words, and then need not be read on.
  const weakBody = document.sample && stopwords && !reachesShare(document.sample, stopwords, 2 * ownShare, sampleWords)
  const threshold = weakBody ? Math.min(ownShare, stopwordShare(document.sample!, stopwords!, sampleWords) / 2) : ownShare
  const marked: Array<{lang: string; text: string}> = []
  // A repeated block (a pull quote printed twice) is looked at once; `main` marks one found in the main language.
  const seen = new Map<string, Detection | 'main'>()
  walk(tree)
  return marked

  /** Paragraphs and headings, also inside block quotes and lists, in document order; false once the budget is spent. */
  function walk(parent: Parent): boolean {
    for (const node of parent.children) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        if (!look(node)) return false
      } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
        if (!walk(node)) return false
      }
    }
    return true
  }

  function look(block: Paragraph | Heading): boolean {
    const {children} = block
    // Most blocks are one text node: read it without walking the block.
    const first = children.length === 1 ? children[0]! : undefined
    if (first?.type === 'text' ? first.value.length < minLetters : children.length === 0) return true
    const text = first?.type === 'text' ? first.value.trim() : blockText(block)
    if (text.length < minLetters) return true
    blocks--
    // The cheap test first: most blocks are plainly the main language's, and say so in their first words.
    if (!(stopwords && reachesShare(text, stopwords, threshold, headWords))) {
      let found = seen.get(text)
      if (!found) {
        found = check(text)
        seen.set(text, found)
      }
      if (found !== 'main' && isOther(found, main, mainCodes)) {
        block.data = {...block.data, lang: found.lang} as typeof block.data
        marked.push({lang: found.lang, text})
      }
    }
    return checks > 0 && blocks > 0
  }

  /** A block the stopwords did not settle: its script, then franc (at most `maxChecks` times). */
  function check(text: string): Detection | 'main' {
    const head = text.slice(0, scriptHead)
    const letters = countLetters(head)
    const sameScript = mainScript !== undefined && countScript(head, mainScript) * 2 > letters
    // Same script, and no stopword list to say otherwise, or a script only the main language writes.
    if (sameScript && (!stopwords || settledByScript[mainScript!])) return 'main'
    // Kanji-heavy lines are Japanese in a Japanese document, not Chinese.
    if (mainScript === 'Kana' && countScript(head, 'Han') * 2 > letters) return 'main'
    // The block's head is enough to tell, and keeps a long block as cheap as a short one.
    const sample = text.length > 800 ? text.slice(0, text.lastIndexOf(' ', 800) + 1 || 800) : text
    if (countLetters(sample) < minLetters) return 'main'
    checks--
    return detectLanguage(sample, {minLetters})
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

import type {RootContent} from 'mdast'
import {blockMemos} from './block-memo.js'
import {CodePointKinds} from '../util/code-point-kinds.js'
import {lineTable, rememberLine} from '../util/line-memo.js'
import {isDateLine} from '../util/dates.js'
import {looksLikeName} from '../util/names.js'
import {countWords, cutOffWithEllipsis, endsSentence, hasSentenceBoundary, startsUpper} from '../util/text.js'
import {isTitleCase, minProseScore} from './zone-lines.js'
import {boundaryOf, isChromeLine, isInlineChrome, opensLikeChrome} from '../lexicon/chrome.js'
import {onFirstUse} from '../util/on-first-use.js'

/**
 * What the article finder reads of each block (a line of a dump, a block of
 * HTML) to judge whether it is article text: its own shape, what the lexicon
 * names it, the hand score the zone rules give it, and its neighbours. Each
 * feature is a number near 0…1; the model (model.ts) weighs them with the
 * weights `npm run fit` learned from dev-eval's gold.
 */
export const featureNames = [
  'words (log; a list: per item)',
  'ends like a sentence',
  'holds a sentence boundary',
  'a boundary heading (related, comments …)',
  'chrome inside articles (read also, ad label, credit)',
  'a chrome line (share, newsletter, copyright …)',
  'opens like a banner (cookies, subscribe)',
  'cut off with an ellipsis',
  'starts with a capital',
  'Title Case',
  'a date alone',
  'a name alone',
  'a list',
  'a heading',
  'code or a table',
  'holds a URL',
  'share of short words (function words)',
  'share of digits',
  'commas per word',
  'three words or fewer (a list: per item)',
  'twenty-five words or more (a list: per item)',
  'the hand score is positive',
  'the hand score per word',
  'the block before reads as prose',
  'the block after reads as prose',
  'prose between two non-prose blocks',
  'prose blocks within three either side',
  'position in the document',
  'printed twice on the page',
  'chrome lines within three either side',
  'below the headline',
  'above the headline',
  'long prose (words × ends like a sentence)',
] as const

export type FeatureName = (typeof featureNames)[number]

/**
 * One block's own measures, before its neighbours are looked at, with the
 * text and hand score they are for: the first 23 features, packed. A block's
 * memo keeps them between stages, and an array of 23 numbers per block (with
 * its wrappers, some 300 bytes) made 100 MB for a dump of 350,000 short
 * lines (issue 17, item 7).
 */
interface Own {
  text: string
  /** The hand score the zone rules give the block (zones.ts), in words. */
  base: number
  /** The features that are 0 or 1: bit `i` is feature `i`. */
  flags: number
  /** Features 0 (words), 16 (short words), 17 (digits), 18 (commas) and 22 (hand score per word). */
  words: number
  short: number
  digits: number
  commas: number
  perWord: number
  /** The block's words as countWords counts them (the zone search weighs each block by them). */
  count: number
}

/** How many features a block's own measures give (`Own`), before those of its neighbours. */
const ownCount = 23

const url = onFirstUse(() => /https?:\/\/|www\.\S|@[\p{L}\p{N}-]+\./u)
/** What `url` needs to match at all, found by a plain search: each of its three forms holds one of these. */
function mayHoldUrl(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('@')
}
/** A word of one to three letters, with the punctuation around it: most function words ("the", "de", "и"). */
export const shortWord = /^["'“„«(]?\p{L}{1,3}[,.;:!?"'”»)]*$/u
const digit = /\p{N}/u
const letterOrDigit = /[\p{L}\p{N}]/u
const comma = /[,،、，]/u

/**
 * Each stage finds the zones again over mostly the same blocks: a block's
 * own measures are kept with it while its text and base score stay, in the
 * zone search's record of the block (a block it has not measured is
 * measured here each time).
 */
function own(node: RootContent, text: string, base: number): Own {
  const memo = blockMemos.get(node)
  const known = memo?.own as Own | undefined
  if (known && known.text === text && known.base === base) return known
  const fresh = node.type === 'paragraph' ? ownLine(node, text, base) : measureOwn(node, text, base)
  if (memo) memo.own = fresh
  return fresh
}

/**
 * A paragraph's own measures depend on its text and hand score alone: a dump
 * prints the same lines over and over ("Share", "Advertisement", dates), and
 * they are measured once per distinct line (the record is shared, never changed).
 */
const paragraphOwns = lineTable<Own>()
/** The longest line kept in the table. */
const maxOwnLine = 200

function ownLine(node: RootContent, text: string, base: number): Own {
  if (text.length > maxOwnLine) return measureOwn(node, text, base)
  const known = paragraphOwns.get(text)
  if (known && known.base === base) return known
  const fresh = measureOwn(node, text, base)
  rememberLine(paragraphOwns, text, fresh)
  return fresh
}

function measureOwn(node: RootContent, text: string, base: number): Own {
  const words = countWords(text)
  // A list is measured by its items: 5,000 one-line links are not one long paragraph.
  const items = node.type === 'list' ? Math.max(1, node.children.length) : 1
  const length = words / items
  const trimmed = text.trim()
  const truncated = cutOffWithEllipsis(trimmed)
  const {chars, digits, commas} = characterCounts(trimmed)
  // Bit i is feature i (see featureNames), each set when its test holds.
  let flags = 0
  if (endsSentence(trimmed) && !truncated) flags |= 1 << 1
  if (words >= 6 && hasSentenceBoundary(trimmed)) flags |= 1 << 2
  if (words > 0 && boundaryOf(trimmed, words)) flags |= 1 << 3
  if (words > 0 && isInlineChrome(trimmed, words)) flags |= 1 << 4
  if (words > 0 && isChromeLine(trimmed, words)) flags |= 1 << 5
  if (words > 0 && opensLikeChrome(trimmed)) flags |= 1 << 6
  if (truncated) flags |= 1 << 7
  if (startsUpper(trimmed)) flags |= 1 << 8
  if (words >= 2 && isTitleCase(trimmed)) flags |= 1 << 9
  if (words <= 12 && isDateLine(trimmed)) flags |= 1 << 10
  if (words >= 2 && words <= 4 && looksLikeName(trimmed)) flags |= 1 << 11
  if (node.type === 'list') flags |= 1 << 12
  if (node.type === 'heading') flags |= 1 << 13
  if (node.type === 'code' || node.type === 'table') flags |= 1 << 14
  if (mayHoldUrl(trimmed) && url().test(trimmed)) flags |= 1 << 15
  if (length <= 3) flags |= 1 << 19
  if (length >= 25) flags |= 1 << 20
  if (base > 0) flags |= 1 << 21
  return {
    text,
    base,
    flags,
    words: Math.log1p(length) / 5,
    short: words > 0 ? Math.min(1, shortWords(trimmed) / words) : 0,
    digits: chars > 0 ? digits / chars : 0,
    commas: words > 0 ? Math.min(1, commas / words * 5) : 0,
    perWord: Math.max(-2, Math.min(2, base / (words + 1))),
    count: words,
  }
}

/** Feature `at` (below `ownCount`) of a block's own measures. */
function ownValue(measures: Own, at: number): number {
  switch (at) {
    case 0:
      return measures.words
    case 16:
      return measures.short
    case 17:
      return measures.digits
    case 18:
      return measures.commas
    case 22:
      return measures.perWord
    default:
      return (measures.flags >>> at) & 1
  }
}

/** Chrome by the lexicon: a boundary heading, chrome inside articles or a chrome line (features 3, 4 and 5). */
const chromeFlags = (1 << 3) | (1 << 4) | (1 << 5)

/** What a code point is to the counts: a letter or digit, a digit, a comma (bits, see `countKinds`). */
const letterOrDigitBit = 1
const digitBit = 2
const commaBit = 4

const countKinds = new CodePointKinds(
  (character) => (letterOrDigit.test(character) ? letterOrDigitBit : 0) | (digit.test(character) ? digitBit : 0) | (comma.test(character) ? commaBit : 0),
)

/**
 * How many code points of the text are letters or digits (`letterOrDigit`),
 * digits (`digit`) and commas (`comma`): what the three patterns' matches
 * count, in one walk over the code points (each pattern tried once per
 * distinct character), without a pattern test per letter of a long paragraph.
 */
function characterCounts(text: string): {chars: number; digits: number; commas: number} {
  let chars = 0
  let digits = 0
  let commas = 0
  for (let index = 0; index < text.length; index = countKinds.next) {
    const kind = countKinds.at(text, index)
    if (kind & letterOrDigitBit) chars++
    if (kind & digitBit) digits++
    if (kind & commaBit) commas++
  }
  return {chars, digits, commas}
}

/** What a code point is to `shortWord`: a letter, white space (`\s`), an opening mark, a closing mark (bits). */
const letterBit = 1
const spaceBit = 2
const openBit = 4
const closeBit = 8
const openMarks = /^["'“„«(]$/u
const closeMarks = /^[,.;:!?"'”»)]$/u

const partKinds = new CodePointKinds(
  (character) => (/^\p{L}$/u.test(character) ? letterBit : 0) | (/^\s$/u.test(character) ? spaceBit : 0) | (openMarks.test(character) ? openBit : 0) | (closeMarks.test(character) ? closeBit : 0),
)

/** Where a walk through a part stands: at its start, after its opening mark, in its letters, in its closing marks, or past hope. */
const atStart = 0
const afterOpening = 1
const inLetters = 2
const inClosing = 3
const notShort = 4

/**
 * How many of the text's whitespace-separated parts (`split(/\s+/u)`) are
 * short words (`shortWord`), in one walk over the code points: each part read
 * as `shortWord` reads it (an opening mark or none, one to three letters,
 * closing marks), without the array of parts and a pattern test for each
 * (the block features ask it of every paragraph).
 */
export function shortWords(text: string): number {
  let count = 0
  let state = atStart
  let letters = 0
  for (let index = 0; index <= text.length; index = index < text.length ? partKinds.next : index + 1) {
    // Past the end, a space: the last part ends there.
    const kind = index < text.length ? partKinds.at(text, index) : spaceBit
    if (kind & spaceBit) {
      // The end of a part (or of the text).
      if (state === inLetters || state === inClosing) count++
      state = atStart
      letters = 0
      continue
    }
    if (state === atStart) state = kind & openBit ? afterOpening : kind & letterBit ? inLetters : notShort
    else if (state === afterOpening) state = kind & letterBit ? inLetters : notShort
    else if (state === inLetters) state = kind & letterBit ? inLetters : kind & closeBit ? inClosing : notShort
    else if (state === inClosing) state = kind & closeBit ? inClosing : notShort
    if (state === inLetters && ++letters > 3) state = notShort
  }
  return count
}

/** How many blocks either side are looked at for prose around a block. */
const around = 3

/**
 * Every block's features, in order. `texts` are the blocks' texts and `base`
 * their hand scores (zones.ts); `transparent` marks chrome inside articles,
 * which the neighbour features look through; `headline` is the input line of
 * the headline the title stage took, when it took one.
 */
export function blockFeatures(
  nodes: readonly RootContent[],
  texts: readonly string[],
  base: readonly number[],
  transparent: readonly boolean[],
  headline?: number,
): number[][] {
  const rows: number[][] = []
  eachBlockFeatures(nodes, texts, base, transparent, headline, (row) => rows.push([...row]))
  return rows
}

/**
 * The same features, handed to `visit` block by block in one array that is
 * filled anew for each (valid only during the call): the zone search weighs
 * every block of a page at each stage, and a page of 80,000 short lines made
 * as many arrays of 33 numbers each time. `words`: the block's words
 * (countWords of its text), kept with its own measures, where the search
 * asked the line table for them at every search.
 */
export function eachBlockFeatures(
  nodes: readonly RootContent[],
  texts: readonly string[],
  base: readonly number[],
  transparent: readonly boolean[],
  headline: number | undefined,
  visit: (row: readonly number[], index: number, words: number) => void,
): void {
  const owns = nodes.map((node, index) => own(node, texts[index]!, base[index]!))
  const prose = base.map((score) => score >= minProseScore)
  const chrome = owns.map(({flags}) => (flags & chromeFlags) !== 0)
  const seen = new Map<string, number>()
  for (const text of texts) {
    const key = text.trim()
    if (key.length >= 20) seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const count = nodes.length
  const proseBefore = nearestProse(prose, transparent, -1)
  const proseAfter = nearestProse(prose, transparent, 1)
  const row: number[] = []
  owns.forEach((measures, index) => {
    const before = proseBefore[index]!
    const after = proseAfter[index]!
    let near = 0
    let chromeNear = 0
    for (let at = Math.max(0, index - around); at <= Math.min(count - 1, index + around); at++) {
      if (at === index) continue
      if (prose[at]) near++
      if (chrome[at]) chromeNear++
    }
    const line = nodes[index]!.position?.start.line
    const below = headline !== undefined && line !== undefined && line > headline
    const above = headline !== undefined && line !== undefined && line < headline
    const own = ownCount
    for (let at = 0; at < own; at++) row[at] = ownValue(measures, at)
    row[own] = before ? 1 : 0
    row[own + 1] = after ? 1 : 0
    row[own + 2] = prose[index] && !before && !after ? 1 : 0
    row[own + 3] = near / (2 * around)
    row[own + 4] = count > 1 ? index / (count - 1) : 0
    row[own + 5] = (seen.get(texts[index]!.trim()) ?? 0) > 1 ? 1 : 0
    row[own + 6] = chromeNear / (2 * around)
    row[own + 7] = below ? 1 : 0
    row[own + 8] = above ? 1 : 0
    row[own + 9] = measures.words * (measures.flags >>> 1 & 1)
    visit(row, index, measures.count)
  })
}

/**
 * For each block, whether the nearest block on the `step` side that is not
 * transparent is prose (none: false). One pass: looking from each block
 * anew crossed every transparent block between, quadratic on a dump of
 * 40,000 "Advertisement" lines (chrome inside articles, all transparent).
 */
function nearestProse(prose: readonly boolean[], transparent: readonly boolean[], step: -1 | 1): boolean[] {
  const count = prose.length
  const found = new Array<boolean>(count)
  let last = false
  for (let index = step === 1 ? count - 1 : 0; index >= 0 && index < count; index -= step) {
    found[index] = last
    if (!transparent[index]) last = prose[index]!
  }
  return found
}

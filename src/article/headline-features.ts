import type {RootContent} from 'mdast'
import {matchLexicon} from '../lexicon/match.js'
import {CodePointKinds} from '../util/code-point-kinds.js'
import {readByline} from '../util/byline-lines.js'
import {isDateLine} from '../util/dates.js'
import {looksLikeName} from '../util/names.js'
import {countWords, isAllCaps, normalizeForCompare, startsUpper} from '../util/text.js'
import {isProse} from './zones.js'
import {onFirstUse} from '../util/on-first-use.js'

/**
 * What the headline finder (headline.ts) reads of each candidate line of a
 * text dump: the evidence a reader uses to tell the headline from the menu,
 * share bar, caption or teaser around it. Each value is small (0…1 or a
 * logarithm), so that the fitted weights compare.
 */
export const headlineFeatureNames = [
  'the rules pick it (nearest the core, over the byline)',
  'lines to the core (log)',
  'candidates between it and the core (log)',
  'inside the core',
  'letter words (log)',
  'one or two words',
  'words start upper case (share)',
  'all capitals',
  'ends with ? or !',
  'holds a digit',
  'reads as a person’s name',
  'the lexicon names part of it',
  'printed again on the page',
  'printed again right under it',
  'byline or date within three lines under it',
  'byline or date within two lines over it',
  'prose right under it',
  'its words in the article’s first lines (share)',
  'short lines over it (share of five)',
  'a separator joins two parts (" | ", " - ")',
  'an arrow at an end (» › →, « ‹ ←): a link',
  'a longer candidate right under it (a standfirst under a headline)',
  'a shorter candidate right over it',
  'more than fifteen letter words (a standfirst’s length)',
] as const

export interface HeadlinePage {
  nodes: readonly RootContent[]
  /** Each block's text ('' for blocks that are not lines). */
  texts: readonly string[]
  /** The rules' core start (zones.ts). */
  coreStart: number
  /** The rules' choice, if any. */
  rules: number | undefined
}

/** Words a headline shares with its article: four letters or more, lower case. */
export const contentWord = onFirstUse(() => /\p{L}[\p{L}\p{M}\p{N}]{3,}/gu)

/** What a code point is to a content word: a letter, or a letter, mark or digit (bits). */
const letterBit = 1
const wordBit = 2
const wordKinds = new CodePointKinds((character) => (/^\p{L}$/u.test(character) ? letterBit : 0) | (/^[\p{L}\p{M}\p{N}]$/u.test(character) ? wordBit : 0))

/**
 * The matches of `contentWord` in the lower-cased text, in one walk over its
 * code points: in each run of letters, marks and digits, from the run's
 * first letter to the run's end, when three code points or more follow
 * that letter (a match runs to the run's end; a later letter has fewer
 * after it). The headline finder reads the article's first thirty lines so,
 * where the pattern's class of some thousand ranges was tried at each
 * letter.
 */
export function contentWords(text: string): string[] {
  const lower = text.toLowerCase()
  const words: string[] = []
  let index = 0
  while (index < lower.length) {
    let kind = wordKinds.at(lower, index)
    if ((kind & wordBit) === 0) {
      index = wordKinds.next
      continue
    }
    // A run: its first letter, and how many code points follow it.
    let first = -1
    let after = 0
    for (;;) {
      if (first >= 0) after++
      else if (kind & letterBit) first = index
      index = wordKinds.next
      if (index >= lower.length) break
      kind = wordKinds.at(lower, index)
      if ((kind & wordBit) === 0) break
    }
    if (first >= 0 && after >= 3) words.push(lower.slice(first, index))
  }
  return words
}

/** Headlines are seldom longer; a standfirst under one often is (the length feature's log alone favours the longer line). */
const maxHeadlineWords = 15

/** How many lines of the article's opening its headline's words are looked for in. */
const openingLines = 30

export function headlineFeatures(page: HeadlinePage, candidates: readonly number[]): number[][] {
  const {nodes, texts, coreStart, rules} = page
  // The words of the article's opening; the only candidate inside it, the core's first line, cannot vouch for itself.
  const from = candidates.includes(coreStart) ? coreStart + 1 : coreStart
  const opening = new Set(contentWords(texts.slice(from, coreStart + openingLines).join(' ')))
  // Lines printed more than once, as printed: only the candidates are compared in a normal form below.
  // Only the candidates' lines are looked up: the page's other lines are counted when they are one of those.
  const counts = new Map<string, number>()
  for (const index of candidates) if (texts[index]) counts.set(texts[index]!, 0)
  for (const text of texts) {
    const count = counts.get(text)
    if (count !== undefined) counts.set(text, count + 1)
  }
  const marked = (index: number) => {
    const text = texts[index]
    return text !== undefined && text !== '' && (isDateLine(text) || readByline(text)?.author !== undefined)
  }
  const isCandidate = new Set(candidates)
  const log = (value: number) => Math.log1p(Math.max(0, value)) / 3
  return candidates.map((index, order) => {
    const text = texts[index]!
    const spaced = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
    // Numbers are no words here ("1,2 mil" claps); scripts without spaces count by characters.
    const letterWords = countWords(text.replace(/\p{N}+/gu, ' '))
    const key = normalizeForCompare(text)
    const next = texts[index + 1]
    const own = new Set(contentWords(text))
    const shared = own.size === 0 ? 0 : [...own].filter((word) => opening.has(word)).length / own.size
    const over = [1, 2, 3, 4, 5].map((step) => texts[index - step]).filter((line) => line !== undefined)
    const between = candidates.filter((other, at) => at > order && other < coreStart).length
    const after = nodes[index + 1]
    return [
      index === rules ? 1 : 0,
      log(coreStart - index),
      log(between),
      index >= coreStart ? 1 : 0,
      log(letterWords),
      letterWords <= 2 ? 1 : 0,
      spaced.length === 0 ? 0 : spaced.filter((word) => startsUpper(word)).length / spaced.length,
      isAllCaps(text) ? 1 : 0,
      /[?!]["'”’»)]*$/u.test(text) ? 1 : 0,
      /\p{N}/u.test(text) ? 1 : 0,
      looksLikeName(text) ? 1 : 0,
      matchLexicon(text).length > 0 ? 1 : 0,
      (counts.get(text) ?? 0) > 1 ? 1 : 0,
      next !== undefined && next !== '' && normalizeForCompare(next) === key ? 1 : 0,
      [1, 2, 3].some((step) => marked(index + step)) ? 1 : 0,
      [1, 2].some((step) => marked(index - step)) ? 1 : 0,
      after !== undefined && isProse(after) ? 1 : 0,
      shared,
      over.length === 0 ? 0 : over.filter((line) => line !== '' && countWords(line) <= 3).length / over.length,
      / [|–—-] /u.test(text) ? 1 : 0,
      /^[«‹←<]|[»›→>]$/u.test(text) ? 1 : 0,
      isCandidate.has(index + 1) && countWords(texts[index + 1]!) > countWords(text) ? 1 : 0,
      isCandidate.has(index - 1) && countWords(texts[index - 1]!) < countWords(text) ? 1 : 0,
      letterWords > maxHeadlineWords ? 1 : 0,
    ]
  })
}

import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import type {Category} from '../lexicon/categories.js'
import {captionCredit, maxCaptionWords, minEssayCaptions} from '../lexicon/captions.js'
import {chromeMatch, isCopyrightNotice} from '../lexicon/chrome.js'
import {isPostStamp} from '../lexicon/post-stamp.js'
import {removeWhere} from '../util/report.js'
import {isDateLine} from '../util/dates.js'
import {countWords, endsSentence} from '../util/text.js'
import {blockText} from '../util/tree.js'
import {boxLinks} from '../article/zone-edges.js'
import {moreTeasers} from '../article/more-teasers.js'
import {zonesOf, zoneOf} from '../article/zones.js'

export interface BoilerplateOptions {
  /**
   * Remove every block outside the article core (default), or only those the
   * lexicon names (`false`: for documents that are all article).
   */
  edges?: boolean
  /** Longest line, in words, that a phrase at its start may remove in the header and footer. */
  maxEdgeWords?: number
  /** Longest line, in words, that a phrase may remove inside the article core. */
  maxCoreWords?: number
}

const defaults = {edges: true, maxEdgeWords: 40, maxCoreWords: 14} as const satisfies Required<BoilerplateOptions>
const ruleId = 'boilerplate'

/** Readable names of the categories, for the audit trail. */
const labels: Record<Category, string> = {
  related: 'a "related articles" block',
  popular: 'a "most popular" block',
  recent: 'a "recent posts" block',
  newsletter: 'a newsletter sign-up',
  share: 'a share bar',
  postedIn: 'a "posted in" / tags line',
  readMore: 'a "read more" teaser',
  comments: 'a comments counter or prompt',
  commentsOn: 'a comments heading over the post\'s title',
  authorBox: 'the heading of a box about the author',
  cookie: 'a cookie or privacy notice',
  copyright: 'a copyright line',
  advertisement: 'an advertisement label',
  breadcrumbHome: 'a navigation link',
  authorLabel: 'an author label',
  sourceLabel: 'a source label',
  photoCredit: 'a photo credit',
  readingTime: 'a reading-time label',
  login: 'a login, account or subscription (paywall) prompt',
}

/**
 * Remove page chrome. Structure first: the article core is the densest run
 * of prose (see `findZones`); every block before it (menus, the header's
 * links and dates) and after it (related headlines, share bars, footers) is
 * chrome, and goes with a reason naming the zone. The lexicon names what it
 * can ("a share bar (\"Delen\", nl lexicon)"). Inside the core only what the
 * lexicon is sure of goes: a whole line or a labelled phrase in a short line
 * ("Read also: …", "Advertisement", "Photo: Reuters").
 */
export const boilerplate: Plugin<[BoilerplateOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}
  const limits = {edgeWords: settings.maxEdgeWords, coreWords: settings.maxCoreWords}

  return function (tree, file) {
    const zones = zonesOf(tree, file)
    const texts = tree.children.map(blockText)
    const links = boxLinks(tree.children, texts, zones.coreStart, zones.coreEnd)
    const teasers = moreTeasers(tree.children, texts, zones.coreStart, zones.coreEnd)
    const credits = tree.children.map((node, index) => (node.type === 'paragraph' && countWords(texts[index]!) <= maxCaptionWords ? captionCredit(texts[index]!) : undefined))
    // From HTML, every block left is the article's (the HTML reader chose them): a photo post and its end are told over all of them.
    const markup = file.data.hints?.markup === true
    const [start, end] = markup ? [0, texts.length - 1] : [zones.coreStart, zones.coreEnd]
    const photoPost = isPhotoPost(texts, credits, start, end)
    const notices = closingNotices(tree.children, texts, start, end)
    const counters = galleryCounters(tree.children, texts)
    const tallies = barTallies(tree.children, texts)
    removeWhere(file, ruleId, tree, (node, index) => {
      const zone = zoneOf(zones, index)
      const text = texts[index]!
      const box = links.get(index)
      if (box !== undefined) return `a link in a box of other pages ("${box}") inside the article`
      const teaser = teasers.get(index)
      if (teaser !== undefined) return teaser
      if (node.type === 'paragraph' && isSeparatorRow(text)) return 'a row of separators between buttons, without text'
      if (counters.has(index)) return 'a gallery\'s slide counter ("1 / 8"), not text'
      if (node.type === 'paragraph' && isPostStamp(node)) return 'a post\'s stamp (its date, author, permalink, comment count or category), not text'
      if (tallies.has(index)) return 'a count of likes or comments beside a share bar, not text'
      const match = isLine(node) && text !== '' ? chromeMatch(text, countWords(text), zone === 'core' ? 'core' : 'edge', limits) : undefined
      if (match) {
        return `${labels[match.category]} ("${match.phrase}", ${match.langs.join('/')} lexicon) in the ${zone === 'core' ? 'article' : `page ${zone}`}`
      }
      // A photo's caption printed in the text, known by the credit that ends it.
      const credit = credits[index]
      const inArticle = markup || zone === 'core'
      if (index >= notices && inArticle) return 'a copyright notice closing the article'
      if (credit !== undefined && !(photoPost && inArticle)) return `a photo caption (credit "${credit}")`
      if (zone === 'core' || !settings.edges || markup) return undefined
      return zone === 'header'
        ? `in the page header, before the article: ${kind(node, text)}`
        : `in the page footer, after the article: ${kind(node, text)}`
    })
  }
}

/** A line of the bars and bullets set between buttons, and nothing else (" | |  |"): what is left of a share bar whose buttons are icons. */
function isSeparatorRow(text: string): boolean {
  return /^[\s|¦•·]+$/u.test(text) && /[|¦•·]/u.test(text)
}

/**
 * The blocks that are a gallery's counters over its slides, each alone on its line ("1 / 8", "2/8"): the first figure
 * no greater than the second, and the page holds the counter of the slide before or after (a gallery counts on). A
 * lone figure pair is a quantity a recipe's table prints in a cell of its own ("1/4" over "cup butter"), odds ("1/4"),
 * a show's name ("20/20").
 */
function galleryCounters(children: readonly RootContent[], texts: readonly string[]): Set<number> {
  const found = new Map<number, [slide: number, total: number]>()
  const seen = new Set<string>()
  children.forEach((node, index) => {
    const counted = node.type === 'paragraph' ? slideCounter.exec(texts[index]!) : null
    if (counted === null) return
    const [slide, total] = [Number(counted[1]), Number(counted[2])]
    if (slide < 1 || slide > total) return
    found.set(index, [slide, total])
    seen.add(`${slide}/${total}`)
  })
  const counters = new Set<number>()
  for (const [index, [slide, total]] of found) if (seen.has(`${slide - 1}/${total}`) || seen.has(`${slide + 1}/${total}`)) counters.add(index)
  return counters
}

/**
 * Figures alone on their lines ("32", "5", "1.2K") set right above or under a share bar's button ("Share",
 * "Paylaş"): the likes, comments and shares a newsletter or blog platform counts beside its buttons. A figure
 * alone elsewhere (a listicle's "5" over its fifth item, a score) stays.
 */
function barTallies(children: readonly RootContent[], texts: readonly string[]): Set<number> {
  const tallies = new Set<number>()
  const isTally = (index: number) => children[index]?.type === 'paragraph' && tally.test(texts[index]!)
  const isShare = (index: number) => {
    const node = children[index]
    if (node === undefined || (node.type !== 'paragraph' && node.type !== 'heading')) return false
    const text = texts[index]!
    return chromeMatch(text, countWords(text), 'core')?.category === 'share'
  }
  let counted: Set<number> | undefined
  const isCount = (index: number) => isTally(index) && !(counted ??= listNumbers(children, texts)).has(index)
  children.forEach((_, index) => {
    // The figure first: most lines have none beside them, and the lexicon is asked of a line only beside one.
    if ((!isTally(index - 1) && !isTally(index + 1)) || !isShare(index)) return
    for (let at = index - 1; isCount(at); at--) tallies.add(at)
    for (let at = index + 1; isCount(at); at++) tallies.add(at)
  })
  return tallies
}

/**
 * Whole numbers alone on their lines that count up or down through the page, with two more of the run ("1", "2", "3"
 * over a listicle's items, "10", "9", "8"): a list's numbers, though a share bar stands right above the first.
 */
function listNumbers(children: readonly RootContent[], texts: readonly string[]): Set<number> {
  const byValue = new Map<number, number[]>()
  children.forEach((node, index) => {
    if (node.type !== 'paragraph' || !wholeNumber.test(texts[index]!)) return
    const value = Number(texts[index]!.trim())
    const indices = byValue.get(value)
    if (indices) indices.push(index)
    else byValue.set(value, [index])
  })
  const numbers = new Set<number>()
  const has = (value: number) => byValue.has(value)
  for (const [value, indices] of byValue) {
    if ((has(value + 1) && has(value + 2)) || (has(value - 1) && has(value + 1)) || (has(value - 1) && has(value - 2))) for (const index of indices) numbers.add(index)
  }
  return numbers
}

const wholeNumber = /^\s*\d{1,3}\s*$/u

/** A count as platforms print it: "5", "32", "1,284", "1.2K", "3M". */
const tally = /^\s*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?\s?[KkMm]?\s*$/u

const slideCounter = /^\s*(\d{1,3})\s?\/\s?(\d{1,3})\s*$/u

/** The most words of prose a photo post has besides its captions: its intro. More is an article with a gallery under it. */
const maxPhotoIntroWords = 150

/**
 * A photo post: its captions are its text. Three captions or more inside
 * the article, more words than the rest, which is no more than an intro;
 * or one photo's page, its caption more words than the few lines around it.
 * One or two captions beside an article are a picture's, and a gallery
 * under a long article is not the article's: they go.
 */
function isPhotoPost(texts: readonly string[], credits: ReadonlyArray<string | undefined>, start: number, end: number): boolean {
  let captions = 0
  let captionWords = 0
  let otherWords = 0
  for (let index = start; index <= end && index < texts.length; index++) {
    const count = countWords(texts[index]!)
    if (credits[index] === undefined) {
      otherWords += count
      continue
    }
    captions++
    captionWords += count
  }
  if (captions >= minEssayCaptions) return captionWords > otherWords && otherWords <= maxPhotoIntroWords
  // One photo's page (a slideshow's slide): its caption is all the text it has, more than the buttons and notices around it.
  return captions > 0 && captionWords > otherWords && otherWords <= maxSlideWords
}

/** The most words besides its caption that a page of one photo has: its buttons and a notice, no paragraphs of an article. */
const maxSlideWords = 60

/** Where the copyright notices that close the article start (the wire's "© 2012 The Associated Press. All Rights Reserved …"): past `end` when none does. */
function closingNotices(children: readonly RootContent[], texts: readonly string[], start: number, end: number): number {
  let first = end + 1
  while (first - 1 > start && children[first - 1]?.type === 'paragraph' && isCopyrightNotice(texts[first - 1]!, countWords(texts[first - 1]!))) first--
  return first > end ? Number.POSITIVE_INFINITY : first
}

function isLine(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}

/** What a block outside the article most likely is, for the audit trail. */
function kind(node: RootContent, text: string): string {
  if (node.type === 'list') return 'a list of links'
  const words = countWords(text)
  if (isDateLine(text)) return 'a date'
  if (words <= 3 && !endsSentence(text)) return 'a menu or navigation item'
  if (!endsSentence(text)) return 'a headline or link to another page'
  return 'text that is not part of the article'
}

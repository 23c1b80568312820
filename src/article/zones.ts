import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {opensWithWireDateline} from '../lexicon/agencies.js'
import {boundaryOf, chromeMatch, endsWithChrome, hasNoticeYear, isChromeLine, isCommentFormLine, isInlineChrome, isSiteNotice, opensLikeChrome} from '../lexicon/chrome.js'
import {matchCategory, matchLexicon} from '../lexicon/match.js'
import {isCommentStamp, isSignatureLine, readByline} from '../util/byline-lines.js'
import {findDate, isDateLine} from '../util/dates.js'
import {looksLikeName} from '../util/names.js'
import {isSignOff, opensFarewell} from '../lexicon/sign-offs.js'
import {belowBanner} from './banner-start.js'
import {aboveClosingCall} from './closing-call.js'
import {firstReply} from './replies.js'
import {isSureChrome, namedThread, namesWriter} from './named-thread.js'
import {maxRunFrom, maxSumRun} from './decision.js'
import {copyRuns, minCopyWords} from './printed-twice.js'
import {ingredientsAbove} from './ingredients.js'
import {recipeTail} from './recipe-card.js'
import {endAboveBox, underOneLinkBox} from './box-crossing.js'
import {paywallEnd} from './paywall.js'
import {endAboveClosingLines} from './past-closing-chrome.js'
import {postOverBox} from './post-over-box.js'
import {postCommentsWall} from './post-comments.js'
import {aboveSiteBox} from './site-box.js'
import {contentScores, hasFittedModel} from './model.js'
import {boxTail, entriesBelow, entryAbove, feedTail, galleryTail, headerLead} from './zone-edges.js'
import {carouselTail} from './carousel-tail.js'
import {blockAtLine, blockBelowLine, plainText} from '../util/tree.js'
import {zonesOnce} from './zones-memo.js'
import {type BlockMemo, blockMemos, recordBlocksOf} from './block-memo.js'
import {boundaryCost, endsLook, inlineCost, isTitleCase, maxListCost, maxShortLineCost, minProseScore, setRightOver} from './zone-lines.js'
import {capLineLists} from './line-lists.js'
import {inLabelRun} from './label-runs.js'
import {countWords, cutOffWithEllipsis, endsOpen, endsSentence, hasSentenceBoundary, holdsAddress, sentenceEnd, startsUpper} from '../util/text.js'
import {onFirstUse} from '../util/on-first-use.js'

/**
 * Where the article is: `root.children[coreStart..coreEnd]` (inclusive).
 * Before it is the header zone, after it the footer zone. Stages are bold
 * in those zones and careful inside the core.
 */
export interface Zones {
  coreStart: number
  coreEnd: number
  /** The article's lead, kept though chrome (a share bar, a reading time) stands between it and the core: the standfirst, or the opening paragraphs right under the headline (first and last block). */
  lead?: {start: number; end: number}
}

/** A block that reads as running prose: enough words, and sentences. */
export function isProse(node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'blockquote') return false
  const text = plainText(node)
  const words = countWords(text)
  return (words >= 10 && sentenceEnd.test(text)) || words >= 25
}

/** Each stage asks where the core is again; a block's own score does not change between them (it is kept with the node's measures, see measure). */
export function blockScore(node: RootContent): number {
  return blockMemos.get(node)?.score ?? measure(node).score
}

function computeScore(node: RootContent, text: string): number {
  if (node.type === 'list') {
    // A list costs at most what a short paragraph earns: a long list of fragments inside the
    // article (a data list, 5 000 items) must not cut the paragraphs after it off the article.
    return Math.max(maxListCost, node.children.reduce((sum, item) => sum + lineScore(plainText(item)) * 0.8, 0))
  }
  if (node.type === 'code' || node.type === 'table') return 2
  if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'yaml') return -1
  return lineScore(text)
}

/**
 * A boundary of other pages that an article may hold as a box with the text
 * going on under it ("Mehr zum Thema", "Most read"). Not comments, which are
 * prose right away, nor the blog's recent posts or the author's box, whose
 * prose under the heading is a bio, not the article's.
 */
function isRelatedHeading(node: RootContent): boolean {
  const text = plainText(node)
  const kind = boundaryOf(text, countWords(text))
  return kind === 'related' || kind === 'popular'
}

function isInline(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false
  return isInlineChrome(text, countWords(text))
}

/** A sentence's end glued to the next one's start: "Embedded.Be", "computers.The". */
export const gluedSentence = onFirstUse(() => /\p{Ll}{2}[.!?]\p{Lu}\p{Ll}/gu)
/** Whether the text holds one (`gluedSentence`), read from the mark: the pattern opens with letters, tried at every letter of a block that most often holds none. */
export const holdsGluedSentence = /[.!?](?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/u
/** Glued sentences in one block that give away link texts run together (one or two happen in prose: "beschenken.Sehr"). */
const minGluedSentences = 3

/** An HTML tag with its attributes. */
const tag = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu

/** A line that opens with a tag and is mostly tags: markup, not text a reader saw. */
export function isMarkup(text: string): boolean {
  const trimmed = text.trim()
  if (!/^<[a-z]/iu.test(trimmed)) return false
  const inTags = (trimmed.match(tag) ?? []).reduce((sum, found) => sum + found.length, 0)
  return inTags * 2 >= trimmed.length
}

/**
 * How much a block looks like article text (positive) or page chrome
 * (negative), in words. Prose counts its words; a short sentence counts half;
 * a short line without sentence punctuation (a menu item, a headline, a
 * subheading) costs a little; a line the lexicon names as chrome costs a lot.
 * Subheadings and one-line quotes inside the article cost less than the
 * paragraphs around them earn, so they stay inside the core.
 */
function lineScore(text: string): number {
  const words = countWords(text)
  if (words === 0) return -1
  if (boundaryOf(text, words)) return -boundaryCost
  if (isInlineChrome(text, words)) return inlineCost
  if (isChromeLine(text, words) || isCommentFormLine(text, words) || endsWithChrome(text, words)) return -(8 + words)
  // Sentences glued without a space ("…computers.The Ten Biggest…"), three times or more: the texts of many links run together (an ad unit), never prose.
  if (holdsGluedSentence.test(text) && (text.match(gluedSentence()) ?? []).length >= minGluedSentences) return -(8 + Math.min(words, 12))
  // A cookie banner's long paragraphs must not pull the core to them; a real paragraph about cookies inside the article stays inside it.
  if (opensLikeChrome(text)) return 0
  // Page source that leaked into the dump (an ad's <div><a href=…>) is no prose, nor proof of chrome: an article may show code.
  if (isMarkup(text)) return 0
  const truncated = cutOffWithEllipsis(text)
  if ((endsSentence(text) && !truncated) || (words >= 12 && hasSentenceBoundary(text))) {
    if (words >= 8) return words
    if (words >= 2 && startsUpper(text)) return words / 2
    return -1
  }
  // A wire's dateline opens the lead, however it ends ("HAYWARD, Calif. (AP) — The Latest on … (all times local):").
  if (words >= 8 && opensWithWireDateline(text)) return words
  // Long text without a final mark: a paragraph cut short, or a script that ends otherwise.
  if (words >= 25) return words / 2
  return -Math.min(words, 8) / 2 - 1
}

/**
 * The zones with what the stages before found: the title's line, the headline's, the title, the bio's line.
 * The fitted finder scores them once the title stage has looked for the headline (see `Hints.titleSought`):
 * the stages before it (breadcrumbs) read the header by the rules.
 */
export function zonesOf(root: Root, file: VFile): Zones {
  const hints = file.data.hints
  const fitted = hints?.fittedFinder === true && hints.titleSought === true
  // Nothing above the title's line is article, nor the author's box that opens it.
  const after = hints?.articleStartLine === undefined ? hints?.titleLine : Math.max(hints.articleStartLine, hints.titleLine ?? 0)
  const zones = findZones(root, after, hints?.headlineLine, file.data.meta?.title, hints?.articleEndLine, fitted, hints?.openingLine)
  const taken = hints?.takenTitleLine ?? hints?.headlineLine
  const opened = underTakenTitle(root, openedUnderHeadline(root, zones, hints?.headlineLine, () => findZones(root, after, undefined, file.data.meta?.title, hints?.articleEndLine, fitted, hints?.openingLine)), hints?.takenTitleLine, file.data.meta?.title)
  // Not above where the article is known to start (under the author's box that opens it).
  const led = withOpening(root, withStandfirst(root, opened, hints?.standfirstLine), taken === undefined || after === undefined ? taken : Math.max(taken, after))
  return aboveSiteBox(root, led, (index) => blockScore(root.children[index]!), file.data.meta?.site, file.data.meta?.url)
}

/**
 * The article starts under its headline: a core that starts on the short lines just above the title taken
 * (a menu's last item where the rules' anchor was, "Place a notice" over an obituary's name) starts under it.
 */
export function underTakenTitle(root: Root, zones: Zones, taken: number | undefined, title?: string): Zones {
  if (taken === undefined) return zones
  const under = blockBelowLine(root, taken)
  if (under <= zones.coreStart || under - zones.coreStart > maxLinesToPost || under >= zones.coreEnd) return zones
  // A title taken that opens in lower case ("all six of them, in one weekend", the opening's second line; a blog's own
  // style too: "good couple of days") under a sentence ("We tore them out.") was a guess below the article's first line.
  const guessed = title !== undefined && opensWithLetter().test(title) && !startsUpper(title)
  if (guessed && root.children.slice(zones.coreStart, under).some((node) => node.type === 'paragraph' && fullStop.test(plainText(node)))) return zones
  // A line of a headline's length and shape there (no sentence's end, no menu's bars) is a rival the title passed over
  // ("Fantasy football: Percy Harvin could be unavailable" over a byline taken for the title), not a menu's line.
  const rival = (node: RootContent) => {
    const text = plainText(node)
    return countWords(text) >= minRivalWords && startsUpper(text) && !endsSentence(text) && !text.includes('|')
  }
  return root.children.slice(zones.coreStart, under).some((node) => isProse(node) || rival(node)) ? zones : {...zones, coreStart: under}
}

/** A text whose first letter comes before any figure ("9 reasons …" opens with a figure). */
const opensWithLetter = onFirstUse(() => /^[^\p{L}\p{N}]*\p{L}/u)
/** A sentence's last mark closing a line, not an ellipsis (a menu's cut teaser). */
const fullStop = /[.!?。！？؟։।]["'”’»)]*\s*$/u

/** The fewest words of a line above the title taken that may be the headline itself. */
const minRivalWords = 4

/** The fewest paragraphs of an opening right under the headline that the core reaches back for (see openedUnderHeadline). */
const minOpeningParagraphs = 2

/**
 * The article starts right under its headline. The fitted model reads every
 * block as less likely article once a headline is known, and on a page whose
 * opening is a paragraph between many short lines (a settings table, a product
 * sheet) the core then starts far down. When the search without the headline
 * starts within a few blocks under it, and two paragraphs or more lie between
 * there and the core's start with no chrome after the first (a standfirst over
 * a photo's credit is no opening), the core starts at the first of them: the
 * opening. Its end stays as found (a headline-free search runs on into chrome).
 */
export function openedUnderHeadline(root: Root, zones: Zones, headline: number | undefined, without: () => Zones): Zones {
  if (headline === undefined) return zones
  const under = blockBelowLine(root, headline)
  if (under < 0 || under >= zones.coreStart) return zones
  // The second search only where it can answer yes (the zones' memo keeps one answer a tree): a paragraph right under the headline, and another before the core.
  const proseBefore = (from: number, to: number) => root.children.slice(from, to).filter(isProse).length
  if (proseBefore(under, Math.min(zones.coreStart, under + maxLinesToPost + 1)) === 0 || proseBefore(under, zones.coreStart) < minOpeningParagraphs) return zones
  const free = without()
  if (free.coreStart >= zones.coreStart || free.coreStart < under || free.coreStart - under > maxLinesToPost) return zones
  // From its first paragraph: the short lines right under a headline (a photo's credit, a date) stay the header's.
  let first = -1
  let paragraphs = 0
  for (let index = free.coreStart; index < zones.coreStart; index++) {
    const node = root.children[index]!
    // Chrome between the paragraph and the core (a photo's credit, a share bar, a related link) says the paragraph is a standfirst or a caption, not the opening.
    if (first >= 0 && blockScore(node) < maxShortLineCost) return zones
    if (!isProse(node)) continue
    if (first < 0) first = index
    paragraphs++
  }
  return paragraphs >= minOpeningParagraphs ? {...zones, coreStart: first} : zones
}

/** The blocks' texts, hand scores and transparency as the zone search reads them; the fit script reads the same. */
export interface BlockMeasures {
  texts: string[]
  /** Each block's hand score (lineScore), a repeated long block's set to 0, a related box inside the article's made transparent. */
  base: number[]
  /** Chrome inside articles, which the neighbour tests look through. */
  transparent: boolean[]
}

/** `texts`: each block's plain text, when the caller has them (the zone search reads them once a search, see findZones). */
export function measureBlocks(root: Root, texts: readonly string[] = root.children.map(plainText)): BlockMeasures {
  const measured = root.children.map((node, index) => measure(node, texts[index]!))
  const base = measured.map((block) => block.score)
  const transparent = measured.map((block) => block.inline)
  // A long block printed twice on the page (a news ticker, a teaser of this very article) proves nothing.
  const trimmed = measured.map((block) => block.text.trim())
  const seen = new Map<string, number>()
  const repeats: Array<[first: number, again: number]> = []
  trimmed.forEach((key, index) => {
    if (base[index]! < minCopyWords) return
    const first = seen.get(key)
    if (first === undefined) seen.set(key, index)
    else repeats.push([first, index])
  })
  // Paragraphs printed twice in the same order are the article printed twice (a print copy, a hidden duplicate): its first copy stands.
  const original = new Set(copyRuns(repeats).flatMap((run) => run.map(([first]) => first)))
  for (const [first, again] of repeats) {
    base[again] = 0
    if (!original.has(first)) base[first] = 0
  }
  // A feed of teasers, each paragraph cut short under a bare "Read more" link, twice or more, proves no article.
  const teasers = base.flatMap((score, index) => (score >= minProseScore && isBareReadMore(trimmed[index + 1]) ? [index] : []))
  if (teasers.length >= minFeedTeasers) for (const index of teasers) base[index] = 0
  // A "Related" heading with the article going on right after its few links is a box inside the article.
  base.forEach((score, index) => {
    if (score === -boundaryCost && isRelatedHeading(root.children[index]!) && [1, 2, 3, 4].some((step) => goesOn(base, transparent, index + step))) {
      base[index] = inlineCost
      transparent[index] = true
    }
  })
  return {texts: trimmed, base, transparent}
}

/** The fewest teasers under a bare "Read more" that make a feed: one may be an article's lead over the rest. */
const minFeedTeasers = 2
/** The most words of a bare "Read more" link ("weiter lesen", "Continue reading »"). */
const maxReadMoreWords = 4

/** A line that is a "read more" phrase alone: the link under a teaser. */
export function isBareReadMore(text: string | undefined): boolean {
  if (text === undefined || text === '' || countWords(text) > maxReadMoreWords) return false
  return matchLexicon(text).some((match) => match.category === 'readMore' && match.whole)
}

/**
 * Whether the article goes on at `at`: a paragraph, and another right after
 * it, past chrome inside articles and one subheading between. The one
 * paragraph of a teaser between headlines ("Otras Noticias") is a box's.
 */
function goesOn(base: number[], transparent: boolean[], at: number): boolean {
  if (!(base[at]! >= 15)) return false
  let next = at + 1
  while (transparent[next]) next++
  if (base[next] !== undefined && base[next]! < minProseScore && base[next]! > maxShortLineCost) next++
  while (transparent[next]) next++
  return base[next] !== undefined && base[next]! >= minProseScore
}

/** The most blocks between the standfirst and the core's first that the core reaches over to take it in. */
const maxStandfirstGap = 2
/** The most short lines (buttons, a reading time, a related link) between the standfirst and the core that leave it the lead. */
const maxLeadGap = 12

/**
 * The standfirst under the headline is the article's lead (the byline stage
 * found it between the headline and the byline): the core starts with it
 * when it starts just below it. Further up, over a row of buttons and
 * labels and no paragraph, it stays as the lead and the lines between go.
 */
function withStandfirst(root: Root, zones: Zones, line: number | undefined): Zones {
  if (line === undefined) return zones
  const index = blockAtLine(root, line)
  if (index < 0 || index >= zones.coreStart) return zones
  const gap = zones.coreStart - index - 1
  if (gap <= maxStandfirstGap) return {...zones, coreStart: index}
  const between = root.children.slice(index + 1, zones.coreStart)
  return gap <= maxLeadGap && !between.some(isProse) ? {...zones, lead: {start: index, end: index}} : zones
}

/**
 * The paragraphs right under the headline are the article's opening though
 * the core starts further down, past a few short lines (a question's tags and
 * buttons over its answers, a photo's label, a row of buttons): the core's
 * search weighs those lines against one paragraph and leaves it out. The
 * opening is kept when nothing but short lines stands between it and the
 * headline, and between it and the core.
 */
function withOpening(root: Root, zones: Zones, headline: number | undefined): Zones {
  if (zones.lead !== undefined || headline === undefined) return zones
  const under = blockBelowLine(root, headline)
  if (under < 0 || under >= zones.coreStart) return zones
  let start = under
  while (start < zones.coreStart && start - under <= maxLeadGap && !isOpeningParagraph(root.children[start]!)) start++
  if (start >= zones.coreStart || start - under > maxLeadGap) return zones
  let end = start
  while (end + 1 < zones.coreStart && isOpeningParagraph(root.children[end + 1]!)) end++
  // Over a photo's credit ("Photo: John Doe / City Press"), the paragraph is the photo's caption.
  if (matchCategory(plainText(root.children[end + 1]!), ['photoCredit']) !== undefined) return zones
  const between = root.children.slice(end + 1, zones.coreStart)
  return between.length <= maxLeadGap && !between.some(isProse) ? {...zones, lead: {start, end}} : zones
}

/** A paragraph of sentences, as an article opens: not a list of links or categories run together, which may be as long, nor a line the lexicon names ("Categories: …"). */
function isOpeningParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const text = plainText(node)
  return countWords(text) >= 10 && startsUpper(text) && endsSentence(text) && matchLexicon(text).length === 0
}

/**
 * The core is the run of blocks with the highest total score (the maximum
 * subarray, as in body-text extraction): prose pulls the run out, chrome
 * ends it. `after` is an input line the core must start below (the title's,
 * see `Hints.titleLine`), `before` one it must end above (the author's bio,
 * see `Hints.articleEndLine`); `title` the title found so far, which a forum's
 * replies repeat ("Re: …"); `fitted` adds the fitted model's scores (src/article/); `opening` the line of the
 * first paragraph under a signed headline (see `Hints.openingLine`), where the core starts. A document with no positive run at all is all core: with
 * nothing to anchor on, be careful everywhere.
 */
export function findZones(root: Root, after?: number, headline?: number, title?: string, before?: number, fitted = false, opening?: number): Zones {
  // Each block's text, read once for the search: the memo's check and every measure read these (a block of a
  // 1 MB paragraph of links and emphasis joins 50,000 nodes' texts each time it is read).
  const blockTexts = root.children.map(plainText)
  recordBlocksOf(root)
  return zonesOnce(root, blockTexts, [after, headline, title, before, fitted, opening], () => searchZones(root, blockTexts, after, headline, title, before, fitted, opening))
}

function searchZones(root: Root, blockTexts: readonly string[], after: number | undefined, headline: number | undefined, title: string | undefined, before: number | undefined, fitted: boolean, opening: number | undefined): Zones {
  const {texts, base, transparent} = measureBlocks(root, blockTexts)
  // A forum thread: the article is the opening post; from the first "Re: <title>" on, replies.
  // Nor is anything from the author's bio on, that closed the article.
  const bio = before === undefined ? -1 : root.children.findIndex((node) => (node.position?.start.line ?? 0) >= before)
  const belowHeadline = headline === undefined ? undefined : blockBelowLine(root, headline)
  let wall = Math.min(bio >= 0 ? bio : texts.length, replyWall(texts, base, title), commentsWall(texts, base, belowHeadline), copyrightWall(texts, base, belowHeadline))
  // Under a title found for sure, a short post's comment form ends it, though the sidebar after outweighs it.
  const formWall = after === undefined ? -1 : postCommentsWall(texts, base, blockBelowLine(root, after))
  if (formWall >= 0 && formWall < wall) wall = formWall
  const hand = contextScores(base, transparent)
  const scores = (fitted && hasFittedModel ? contentScores(root.children, texts, base, transparent, hand, headline) : hand).map((score, index) => {
    // Nothing above a confidently found title is article.
    const line = root.children[index]?.position?.end.line
    if (index >= wall) return Number.NEGATIVE_INFINITY
    if (after !== undefined && line !== undefined && line <= after) return Number.NEGATIVE_INFINITY
    return score
  })
  if (fitted) {
    withoutMarkup(scores, texts)
    capLineLists(root.children, texts, base, scores)
  }
  let run = maxSumRun(scores)
  // A signed headline's first paragraph opens the article, though a comments list further down scores more.
  const first = opening === undefined ? -1 : blockAtLine(root, opening)
  if (run && first >= 0 && first < run.start) run = openingToRun(base, scores, first, run) ?? maxRunFrom(scores, first) ?? run
  if (!run) return {coreStart: 0, coreEnd: root.children.length - 1}
  // A short post under its title, over a run past a box that scores hardly more (a newsletter's messages).
  if (after !== undefined) run = postOverBox(base, scores, blockBelowLine(root, after), run.start, run.end) ?? run
  let {start: bestStart, end: bestEnd} = run
  bestStart = belowBanner(texts, scores, bestStart, bestEnd)
  bestEnd = underOneLinkBox(texts, base, endAboveBox(texts, base, transparent, scores, bestStart, bestEnd), wall)
  // A real one-line opening or closing costs a little in the sum, but is article: take it in.
  if (bestStart > 0 && scores[bestStart - 1] !== Number.NEGATIVE_INFINITY && isEdgeLine(root.children[bestStart - 1]!, 'start')) bestStart--
  // So is the first of the article's numbered headings ("1. Sark" over the core whose headings go on "2. Procida").
  if (bestStart > 0 && scores[bestStart - 1] !== Number.NEGATIVE_INFINITY && numbersOn(texts, bestStart - 1, bestEnd)) bestStart--
  bestEnd = closingLines(root.children, texts, bestEnd, wall)
  const announced = announcedList(texts, root.children, base, bestEnd)
  const listed = listTail(texts, root.children, base, announced)
  // The list's last sentence closes the article as the sum's last block did: its one-line closings are taken in as there
  // (a poem's "Sneg pada." / "Pokimam."), if sentences that open with a letter and end with a full stop (not a teaser
  // list's "betrifft: …" nor its "45 Min.").
  const tail = listed > announced ? closingLines(root.children, texts, listed, wall, isClosingSentence) : listed
  bestEnd = Math.min(wall - 1, galleryTail(root.children, texts, boxTail(root.children, texts, teaserEnd(texts, root.children, base, bestStart, tail))))
  bestEnd = recipeTail(root.children, texts, base, feedTail(root.children, texts, bestStart, bestEnd), wall)
  bestEnd = carouselTail(root.children, texts, bestStart, bestEnd)
  bestEnd = entriesBelow(root.children, texts, scores, bestStart, bestEnd, wall)
  bestEnd = paywallEnd(texts, base, bestStart, bestEnd)
  bestEnd = endAboveClosingLines(texts, base, scores, bestStart, bestEnd)
  bestEnd = numbersGoOn(texts, base, bestStart, bestEnd, wall)
  bestEnd = aboveClosingCall(texts, base, bestStart, bestEnd)
  // The few lines between the prose and the bio close the article (a list, the last source's name): the bio says where it ends.
  if (bio === wall && bio - 1 - bestEnd <= maxClosingLines) bestEnd = Math.max(bestEnd, bio - 1)
  bestStart = leadAbove(texts, root.children, base, scores, bestStart, headline)
  bestStart = entryAbove(root.children, texts, base, scores, bestStart, bestEnd)
  bestStart = headerLead(root.children, texts, base, scores, bestStart, headline)
  bestStart = openingAcrossBox(root.children, base, scores, bestStart, after)
  bestStart = ingredientsAbove(root.children, base, scores, bestStart)
  return {coreStart: bestStart, coreEnd: bestEnd}
}

/**
 * A short page's opening sentence under its headline, then its short lines (a docs page's "Requirements" /
 * "Node.js 18 or later" / "npm install …" / "Note"), then the prose the sum found: the lines between cost more than
 * the opening earns, and the run from the opening stopped at it. With nothing between but short lines that are no
 * chrome, no boundary and no wall, the opening and the run are one article.
 */
function openingToRun(base: readonly number[], scores: readonly number[], first: number, run: {start: number; end: number}): {start: number; end: number} | undefined {
  if (run.start - first > maxTail) return undefined
  for (let index = first + 1; index < run.start; index++) {
    if (scores[index] === Number.NEGATIVE_INFINITY || base[index]! < maxShortLineCost) return undefined
  }
  const from = maxRunFrom(scores, first)
  return {start: first, end: Math.max(run.end, from?.end ?? run.end)}
}

/**
 * The article's one-line closing under its last block (`end`), which the sum leaves out as short lines cost: a
 * closing line, the second of a closing exchange of two short sentences ("Grazie." / "Grazie a voi."), and the
 * farewell that signs it ("Schönen Sonntag!" / "x Franzi"). The last block the core takes in, up to `wall`.
 */
function closingLines(children: readonly RootContent[], texts: readonly string[], end: number, wall: number, fits: (text: string) => boolean = () => true): number {
  const edge = (index: number) => isEdgeLine(children[index]!, 'end') && fits(texts[index]!)
  if (end >= wall - 1 || !edge(end + 1)) return end
  let last = end + 1
  if (last < wall - 1 && endsSentence(texts[last]!) && edge(last + 1) && endsSentence(texts[last + 1]!)) last++
  if (last < wall - 1 && isSignOff(texts[last + 1]!) && edge(last + 1)) last++
  // On a page that parts its paragraphs by a blank line, a line set right over the lines after it heads them: the
  // title of the box of links the article is followed by ("More on this topic", "Also on the site"), not its closing.
  // A source's line ("Quelle: https://…") or one that gives an address ("Mehr Infos unter www.verein.de", "Kontakt:
  // info@verein.de") is the article's own, whatever is set under it: a box's heading points the reader to no address.
  const heads = !setRightOver(children, end) && setRightOver(children, last) && matchCategory(texts[last]!, ['sourceLabel']) === undefined && !holdsAddress(texts[last]!)
  return heads || headsSignUp(texts, last) ? end : last
}

/**
 * A short line with no sentence's end right over the call of a sign-up box ("Ne manquez aucune recette" /
 * "Inscrivez-vous à la newsletter et recevez …"): the box's heading, not the article's closing. A sign-off or a
 * farewell stays ("x Franzi", "See you next week", "Bis bald"), and a longer line ("Buon appetito e alla prossima ricetta").
 */
function headsSignUp(texts: readonly string[], index: number): boolean {
  const text = texts[index]!
  const next = texts[index + 1]
  if (next === undefined || endsSentence(text) || countWords(text) > maxBoxHeadingWords || isSignOff(text) || opensFarewell(text)) return false
  return opensLikeChrome(next) && matchCategory(next, ['newsletter']) !== undefined
}

/** The most words of a sign-up box's heading ("Never miss a recipe", "Get our best recipes weekly"). */
const maxBoxHeadingWords = 5

/** A line that opens with a letter, in upper case, and ends with a sentence's last mark (not an ellipsis). */
function isClosingSentence(text: string): boolean {
  return opensWithLetter().test(text) && startsUpper(text) && fullStop.test(text)
}

/** The most blocks of a box (job offers, a slider of teasers) between an article's opening and the rest of it. */
const maxBoxBlocks = 60
/** Words of prose right under the headline that make an opening, not a standfirst. */
const minOpeningWords = 100

/**
 * The article's opening right under its title (found for sure: the page's
 * title, its URL), cut from the rest by a box the sum would not cross (a
 * slider of job offers, teasers without a heading): an opening of a
 * paragraph or more, a box of short lines with no prose, no boundary
 * heading and no wall. The core starts at the opening.
 */
function openingAcrossBox(children: RootContent[], base: number[], scores: number[], start: number, title: number | undefined): number {
  if (title === undefined) return start
  const first = blockBelowLine({children}, title)
  if (first < 0 || first >= start) return start
  let at = first
  while (at < start && at - first < maxLinesToPost && base[at]! < minProseScore) at++
  if (at >= start || base[at]! < minProseScore) return start
  const opening = at
  let words = 0
  let last = at
  let misses = 0
  for (; at < start; at++) {
    if (scores[at] === Number.NEGATIVE_INFINITY) return start
    if (base[at]! >= minProseScore) {
      words += base[at]!
      last = at
      misses = 0
    } else if (base[at] !== inlineCost && ++misses >= 2) break
  }
  if (words < minOpeningWords || start - last - 1 > maxBoxBlocks) return start
  for (let index = last + 1; index < start; index++) {
    if (base[index]! >= minProseScore || base[index] === -boundaryCost || scores[index] === Number.NEGATIVE_INFINITY) return start
  }
  return opening
}

/**
 * Page source leaked into the dump (a tracking pixel's `<div><img …>`) is
 * neither article nor chrome, for the model too, which reads its long tag as
 * words: it scores nothing, as by the rules (lineScore), when prose scores
 * elsewhere. A document of markup alone keeps its scores (its markup is all
 * there is to anchor on).
 */
function withoutMarkup(scores: number[], texts: readonly string[]): void {
  const markup = texts.map((text) => isMarkup(text))
  if (!scores.some((score, index) => score > 0 && !markup[index])) return
  for (let index = 0; index < scores.length; index++) if (markup[index] && scores[index]! > 0) scores[index] = 0
}

/**
 * Where the replies of a forum thread start: the first "Re: <a line above>"
 * (the thread's title) with prose between the two, the opening post. The
 * end of the document when there is none, or no opening post to keep.
 */
function replyWall(texts: string[], base: number[], title?: string): number {
  const found = firstReply(texts, title)
  if (!found) return texts.length
  for (let index = found.subject + 1; index < found.reply; index++) if (base[index]! >= minProseScore) return found.reply
  return texts.length
}


/**
 * A copyright notice, its mark and its year, under an article's worth of sentences ("Copyright 2012 Dow Jones &
 * Company, Inc. All Rights Reserved", "© 2024 The Post"): the page's footer starts there. A photo's credit inside the
 * article ("© picture alliance/dpa") names no year. A reprint notice's long sentences after it ("This copy
 * is for your personal, non-commercial use only …") must not carry the article across it. Under the headline
 * the title stage found, a short post's few sentences are enough, when no paragraphs stand together after the notice
 * (a document's body going on under the notice in its head).
 */
/** How far under a notice without a year a paragraph says it is a photo's credit inside the article, in blocks. */
const maxBlocksUnderCredit = 3

function copyrightWall(texts: string[], base: number[], belowHeadline?: number): number {
  let prose = 0
  let underHeadline = 0
  for (let index = 0; index < texts.length; index++) {
    if (base[index]! >= minProseScore) {
      prose += base[index]!
      if (belowHeadline !== undefined && belowHeadline >= 0 && index >= belowHeadline) underHeadline += base[index]!
    } else if ((prose >= minProseAboveWall || (underHeadline >= minProseUnderHeadline && !paragraphsAfter(base, index))) && isSiteNotice(texts[index]!)) {
      // A notice without a year with a paragraph right under it is a photo's credit ("© Anna Berg. All rights reserved.").
      if (!hasNoticeYear(texts[index]!) && base.slice(index + 1, index + 1 + maxBlocksUnderCredit).some((score) => score >= minProseScore)) continue
      return index
    }
  }
  return texts.length
}

/** The fewest paragraphs in a row that make a text's body (a footer's teasers stand apart, or two together). */
const minBodyRun = 3

/** Whether paragraphs stand together somewhere after `index`: a document goes on under the notice (an IETF draft's head), no footer. */
function paragraphsAfter(base: number[], index: number): boolean {
  let run = 0
  for (let at = index + 1; at < base.length; at++) {
    run = base[at]! >= minProseScore ? run + 1 : 0
    if (run >= minBodyRun) return true
  }
  return false
}


/** Words of sentences above a comment section's heading that make it the article's: less is a counter under the headline. */
const minProseAboveComments = 150
/** The same above a copyright notice: an article's worth. */
const minProseAboveWall = minProseAboveComments
/** The same, counted from the headline when the title stage found it: a short post's few sentences between it and the comments. */
const minProseUnderHeadline = 40
/** The most blocks between the headline and the post's first sentence (a date, a byline, a category line). */
const maxLinesToPost = 4

/**
 * Where a comment section starts under the article: the first boundary
 * line of comments ("[ 167 comments ]", "Top Rated Comments", "Leave a
 * Reply"), with an article's worth of sentences above it, or a short
 * post's worth with the first comment's signature under it: between the
 * found headline and it, or, before the headline is found, right above it
 * (a short post under comments longer than it); or a post of a sentence
 * or two signed right above (its dateline) with the first comment signed
 * right under the heading. The comments after
 * it can outweigh the article (a long thread of long replies) and must not
 * pass for it. A counter under the headline has no article above it, and
 * walls nothing.
 */
function commentsWall(texts: string[], base: number[], belowHeadline?: number): number {
  let prose = 0
  let underHeadline = 0
  // Without a headline: the prose of the post right above, no more than a few other blocks apart (a sidebar's teaser far above is none).
  let post = 0
  let gap = 0
  // Whether a boundary heading ("Related posts") stands in the short lines since the last prose: a box after the post.
  let boxed = false
  // A post signed right above its first sentence (a dateline, a byline): its words, however far its list or photos run on after them.
  let signed = 0
  for (let index = 0; index < texts.length; index++) {
    const score = base[index]!
    if (score >= minProseScore) {
      prose += score
      const belowIt = belowHeadline !== undefined && belowHeadline >= 0 && index >= belowHeadline
      const rightBelowIt = belowIt && index - belowHeadline <= maxLinesToPost
      // The headline the title stage took stands for the signature the byline stage has taken out since.
      if (gap > maxLinesToPost || post === 0) signed = rightBelowIt || signedAbove(texts, index) ? score : signed > 0 ? signed + score : 0
      else if (signed > 0) signed += score
      post = gap > maxLinesToPost ? score : post + score
      gap = 0
      boxed = false
      // Counted only when the post starts right under the headline: a headline found far above (a site name on line one) counts nothing.
      if (belowIt && (underHeadline > 0 || rightBelowIt)) underHeadline += score
      continue
    }
    gap++
    if (score === -boundaryCost) boxed = true
    const short = belowHeadline === undefined ? (gap <= maxLinesToPost + 1 ? post : 0) : underHeadline
    // The line's score already says it is a boundary; only those are read again, for their kind, and only
    // under those the signatures are looked for (a look of twelve lines from every short line was 3 % of a dump's time).
    if (
      score === -boundaryCost &&
      (prose >= minProseAboveComments || (short >= minProseUnderHeadline && signedBelow(texts, index)) || (signed >= minSignedPost && signedBelow(texts, index, firstSignatureReach))) &&
      boundaryOf(texts[index]!, countWords(texts[index]!)) === 'comments'
    ) {
      return index
    }
    const article = prose >= minProseAboveComments || short >= minProseUnderHeadline
    // No heading at all: the thread shows itself by its signed comments, one after another, right under the post, or
    // under a box of links after it (a "Related posts" heading and its links, the tags), from the first comment's signature on.
    if ((gap === 1 || (boxed && gap <= maxThreadGap && isSignatureLine(texts[index]!))) && article && signedComments(texts, base, index)) return index
    // Or by comments each under its writer's name alone, after the post's closing lines and its share bar (namedThread).
    if (gap <= maxLinesToPost + 1 && article && isSureChrome(score) && !isSureChrome(base[index - 1]!) && namedThread(texts, base, index)) return index
  }
  return texts.length
}

/** The most short lines between a post and the first signature of a thread under it that says the thread starts there (a box of related posts, the tags, a comment count). */
const maxThreadGap = 16

/** The fewest words of a post signed right above (signedAbove) that make a comment section under it the post's: a one-paragraph post. */
const minSignedPost = 10

/** How many blocks under a "Comments" line a thread's first signature stands at most after a signed short post: its first comment's head, or its body and then the signature (the article going on under a "Comments" link has none so close). */
const firstSignatureReach = 2

/** Whether a signature (a dateline, a byline) stands within a few blocks above the block at `index`, with no prose between. */
function signedAbove(texts: string[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - maxLinesToPost; at--) if (isSignatureLine(texts[at]!)) return true
  return false
}

/** The fewest signed comments in a row that make a comment thread without a heading. */
const minSignedComments = 3
/** The most lines of a comment's head: a "Reply" under the comment before, the name, the date. */
const maxHeadLines = 4
/** The most paragraphs of one comment: more is an article's section under a dateline. */
const maxCommentParagraphs = 6

/**
 * Whether signed comments start at `start`: three or more in a row, each a
 * head of a few short lines with its stamp among them (dated to the minute
 * or by its age: "Barry Joseph" / "September 27th, 2012 at 11:01 pm", or
 * to the day with its writer's name: namedDayHead) and then its
 * paragraphs. Blog themes that print no "Comments" heading print this.
 * Bounded: at most three comments are read from any line.
 */
function signedComments(texts: string[], base: number[], start: number): boolean {
  let at = start
  for (let comment = 0; comment < minSignedComments; comment++) {
    let signed = false
    const head = at
    while (at < texts.length && base[at]! < minProseScore && at - head < maxHeadLines) {
      if (isCommentStamp(texts[at]!)) signed = true
      at++
    }
    signed ||= namedDayHead(texts, head, at)
    const body = at
    while (at < texts.length && base[at]! >= minProseScore && at - body <= maxCommentParagraphs) at++
    if (!signed || at === body || at - body > maxCommentParagraphs) return false
  }
  return true
}

/**
 * A comment's head dated to the day only, that names its writer: a name
 * or handle, then the date on the same line ("Chris Lane, on November 6th,
 * 2012", "sampath, on November 7th, 2012 //"), or on a line of its own
 * right above or below the date ("dipitblack" / "October 2, 2012, |
 * Permalink"). A date alone is a diary's or a timeline's entry; a title
 * before the date ("62. Closing down Gitmo (June 9, 2005)") a list of
 * posts'. Other short lines may share the head (the comment before, if it
 * is a line of thanks; a "Reply").
 */
function namedDayHead(texts: string[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const text = texts[at]!.trim()
    if (!isSignatureLine(text) || findDate(text) === undefined) continue
    // What stands before the first comma, bar or " on ": the writer's name when the line names one.
    const lead = text.split(/,|\s[|/–—-]|\son\s/u)[0]!
    if (lead.length < text.length && namesWriter(lead)) return true
    const beside = [at - 1, at + 1].filter((index) => index >= from && index < to).map((index) => texts[index]!.trim())
    if (beside.some((line) => namesWriter(line) && !isChromeLine(line, countWords(line)))) return true
  }
  return false
}

/** How many blocks under a "Comments" line are read for the first comment's signature. */
const signatureReach = 12

/**
 * A thread signs its comments (a byline, a date or an age: isSignatureLine)
 * under the "Comments" line, within `reach` blocks. A short post's "Comments"
 * link with the article going on under it has none, and walls nothing.
 */
function signedBelow(texts: string[], wall: number, reach = signatureReach): boolean {
  for (let index = wall + 1; index < Math.min(texts.length, wall + 1 + reach); index++) if (isSignatureLine(texts[index]!)) return true
  return false
}

/** The most lines between the article's prose and the author's bio under it that are taken in as its close. */
const maxClosingLines = 8

/** The most blocks of a list that the core's last line announces ("… the offers to grab on Amazon:"). */
const maxAnnounced = 100

/**
 * The list the core's last line, or a line right after it, announces with
 * its colon: a list, or
 * numbered lines (1, 2, 3 …) with a bare link under each if the page put
 * one there. Short lines after the article are otherwise taken for a
 * box of links; here the article said they come.
 */
function announcedList(texts: string[], children: RootContent[], base: number[], end: number): number {
  const announces = (index: number) => /[:：]\s*$/u.test(texts[index] ?? '')
  // The announcing line is the core's last, or a short line of its own right after it ("Here are the offers:"),
  // or a line a few items above the core's end, when the sum took the list's first items in ("Ingredients:" / "2 tsp oil").
  const from = announces(end) ? end : announces(end + 1) && countWords(texts[end + 1]!) >= 4 && startsUpper(texts[end + 1]!) ? end + 1 : announcedAbove(texts, children, base, end, announces)
  if (from < 0) return end
  if (children[from + 1]?.type === 'list') return from + 1
  let last = from
  let next = 1
  for (let index = from + 1; index < children.length && index <= from + maxAnnounced; index++) {
    const text = texts[index]!.trim()
    const number = /^(\d{1,3})[.)]\s+\S/u.exec(text)?.[1]
    if (number !== undefined && Number(number) === next) {
      next++
      last = index
    } else if (next > 1 && /^https?:\/\/\S+$/u.test(text)) {
      last = index
    } else {
      break
    }
  }
  // One numbered line proves no list.
  if (next > 2) return last
  return plainItems(texts, children, base, from) ?? end
}

/** The most items of a list the core took in below the line that announces it. */
const maxItemsTaken = 5

/** The line a few plain items above the core's last that announces them with its colon, or -1. */
function announcedAbove(texts: string[], children: RootContent[], base: number[], end: number, announces: (index: number) => boolean): number {
  // Two sentences in one line are a paragraph, not an item: a colon above them was answered by the line right under it
  // (a doc's "install it globally:" over its one command), and the lines under the core are no items of it.
  const item = (index: number) => children[index]?.type === 'paragraph' && base[index] !== inlineCost && base[index]! >= maxShortLineCost && countWords(texts[index]!) <= maxItemWords && !hasSentenceBoundary(texts[index]!)
  for (let index = end; index > 0 && end - index < maxItemsTaken && item(index); index--) {
    if (!announces(index - 1)) continue
    // Lines that end with a comma run on into the next (a list of tags, "gear," / "winter,"): no items of their own.
    for (let at = index; at <= index + maxAnnounced && item(at); at++) if (/[,，]\s*$/u.test(texts[at]!)) return -1
    return index - 1
  }
  return -1
}

/** The most words of one item of a list the article announces, printed as plain lines ("Bahrain", "ISO range: 100-6,400 …"). */
const maxItemWords = 20
/** The fewest such lines that make the list. */
const minItems = 3
/** The most words of the line that announces such a list ("Here are the places we'll visit this year:"). */
const maxAnnouncingWords = 25

/**
 * The list an article's line announces (see announcedList), printed as plain
 * lines with no list marks, as browsers dump a `<ul>`: the short lines right
 * under it up to the page's chrome (a share bar, a boundary heading), which
 * ends it for sure. Undefined (no list) for fewer than `minItems` lines, or
 * when a line longer than an item, a heading, the kind of chrome passed over
 * inside articles (an ad label) or the document's end comes first: short lines
 * that run on so are as likely a menu.
 */
function plainItems(texts: string[], children: RootContent[], base: number[], from: number): number | undefined {
  // A chrome line with a colon ("Read more stories about:") announces links, not the article's list; a label with
  // its own colon ("Das Wetter: präsentiert:") a widget; a paragraph ending in a colon the next paragraph or a quote.
  if (base[from]! < maxShortLineCost || base[from] === inlineCost || countWords(texts[from]!) > maxAnnouncingWords) return undefined
  if (/[:：]/u.test(texts[from]!.replace(/[:：]\s*$/u, ''))) return undefined
  for (let index = from + 1; index < children.length && index <= from + maxAnnounced; index++) {
    const node = children[index]!
    // The page's chrome right under the last item (a share bar, "Related posts:", "Comments") ends the list: its end is certain.
    if (base[index]! < maxShortLineCost) return index - from > minItems ? index - 1 : undefined
    if (node.type !== 'paragraph' || base[index] === inlineCost || countWords(texts[index]!) > maxItemWords) return undefined
  }
  return undefined
}

/** How far past the core a list and its steps are looked for. */
const maxTail = 30

/**
 * Short lines, then sentences, right after the core with no chrome among
 * them: a recipe's ingredients and steps, a list with its closing lines,
 * which the sum left out because short lines cost. The core takes them in
 * up to the last sentence when two sentences or more follow the list; the
 * first chrome line, boundary, name, headline in Title Case or copyright notice ends the look.
 */
function listTail(texts: string[], children: RootContent[], base: number[], end: number): number {
  let last = end
  let sentences = 0
  for (let index = end + 1; index < children.length && index <= end + maxTail; index++) {
    const node = children[index]!
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'list') break
    const score = base[index]!
    // Chrome inside an article (an ad label, "Read also") is passed over, as the core passes over it.
    if (score === inlineCost) continue
    if (score < maxShortLineCost) break
    if (node.type === 'list') continue
    const text = texts[index]!
    // The page's copyright notice is its footer's, in any language: no sentence of the article's after it.
    // A label line's capitals are names and units ("Příkon: 1 000 W", "Andrzej Koszewski – „Trzy kolędy”"), when its run shows it.
    if ((endsLook(text) && !inLabelRun(texts, index)) || isSiteNotice(text)) break
    if (endsSentence(text) && startsUpper(text) && countWords(text) >= 3 && !isKickerHeadline(text)) {
      sentences++
      if (sentences >= 2) last = index
    }
  }
  return last
}

/** The most words of a headline's kicker, before its colon ("Home Gym: …", "20 Kilo abnehmen: …"). */
const maxKickerWords = 3

/**
 * A teaser's headline: a kicker of a few words and a colon, then a line that calls out with ! or ? ("20 Kilo
 * abnehmen: Mit DIESER Strategie klappt's!", "Home Gym: So gelingt auch zuhause das perfekte Workout!"). Not a
 * sentence of the article's: a list's closing lines end with a full stop, and a step's label ("Schritt 2: …") too.
 */
function isKickerHeadline(text: string): boolean {
  const trimmed = text.trim()
  const colon = trimmed.search(/[:：]\s+\p{Lu}/u)
  return colon > 0 && countWords(trimmed.slice(0, colon)) <= maxKickerWords && /[!?]["'”’»)]*$/u.test(trimmed)
}

/** The most short lines a teaser box at the article's end holds after its heading. */
const maxTeasers = 3

/**
 * A "Read more opinion" line (chrome the core passes over inside the
 * article) with nothing but a few short lines after it at the core's end:
 * a teaser box after the article, not part of it. The core ends before it.
 */
function teaserEnd(texts: string[], children: RootContent[], base: number[], start: number, end: number): number {
  for (let index = end; index > start && index >= end - maxTeasers; index--) {
    if (base[index] === inlineCost) return index > start + 1 && index < end ? index - 1 : end
    const node = children[index]!
    if (node.type !== 'paragraph' && node.type !== 'heading') return end
    // A sentence of the article's goes on under an inline "Read also: <headline>" that carries its own link ("Baca juga: Harga
    // Beras …" / "Pemerintah berencana … pekan depan."); a bare heading ("Previous Post:", "Read more opinion") heads a box,
    // and a teaser's headline has a kicker before a colon ("Letters: Bike lanes on Main St.").
    const text = texts[index]!
    const words = countWords(text)
    if (words > 8) return end
    if (words >= minTeaserSentenceWords && node.type === 'paragraph' && endsSentence(text) && !/[:：]/u.test(text) && !endsWithChrome(text, words) && inlineReadAlsoAbove(texts, base, index)) return end
  }
  return end
}

/** The fewest words of a sentence under a "Read also" line that the article goes on with. */
const minTeaserSentenceWords = 4

/** Whether the line inside the article right above `index`, past other such lines, is "Read also:" with its own link's headline. */
function inlineReadAlsoAbove(texts: string[], base: number[], index: number): boolean {
  const above = index - 1
  if (above < 0 || base[above] !== inlineCost) return false
  const match = matchCategory(texts[above]!, ['readMore'])
  return match !== undefined && match.labelled && match.rest.trim() !== ''
}

/**
 * The lead paragraph right under the title, dateline or byline, then short lines
 * (a subheading, a command, a few figures) before the core: the sum left
 * the lead out, as prose between short lines counts for less. When nothing
 * but such lines stands between, the core starts at the lead. Chrome, a
 * name, a Title Case headline or the title's anchor end the look.
 */
function leadAbove(texts: string[], children: RootContent[], base: number[], scores: number[], start: number, headline?: number): number {
  for (let index = start - 1; index >= 0 && index >= start - maxTail; index--) {
    const node = children[index]!
    if (scores[index] === Number.NEGATIVE_INFINITY) return start
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'list' && node.type !== 'code') return start
    const score = base[index]!
    if (score >= minProseScore && isProse(node)) {
      // The lead may be a few paragraphs: find its first.
      while (index > 0 && base[index - 1]! >= minProseScore && isProse(children[index - 1]!) && scores[index - 1] !== Number.NEGATIVE_INFINITY) index--
      // The first paragraph left under the title (its byline and dateline are taken out by then), or under a dateline or byline.
      const line = children[index]!.position?.start.line
      const aboveLine = index > 0 ? children[index - 1]!.position?.end.line : 0
      if (headline !== undefined && line !== undefined && aboveLine !== undefined && line > headline && aboveLine < headline) return index
      const above = index > 0 ? texts[index - 1]! : ''
      return above !== '' && (isDateLine(above) || readByline(above) !== undefined) ? index : start
    }
    if (score === inlineCost) continue
    // A share bar printed between the lead and the body ("teilen", "twittern", "E-Mail") is passed over.
    if (isShareButton(texts[index]!)) continue
    if (score < maxShortLineCost) return start
    if (node.type === 'list' || node.type === 'code') continue
    if (endsLook(texts[index]!)) return start
  }
  return start
}

/** The most words of a share button's line ("Auf Facebook teilen", "Share on Twitter"). */
const maxShareButtonWords = 4

/** A share bar's button: a network's name, or a whole line of the share category ("teilen", "E-Mail"). */
function isShareButton(text: string): boolean {
  const words = countWords(text)
  if (words === 0 || words > maxShareButtonWords) return false
  return matchLexicon(text).some((match) => match.category === 'share' && match.whole) || chromeMatch(text, words, 'core')?.category === 'share'
}

/**
 * Every stage finds the zones again, over the same blocks: remember each
 * block's measures with the tree (a WeakMap, so they go with the document),
 * checked against its text, so a block edited in between is measured anew
 * (its hand score, computed once, and the model's own measures, checked
 * against their own text, are kept). Without it a 50 MB dump spends most of
 * its time scoring lines again.
 */
function measure(node: RootContent, text: string = plainText(node)): BlockMemo {
  const known = blockMemos.get(node)
  if (known && known.text === text) return known
  // One shape for every record, without a spread (an object copied per block measured).
  const fresh: BlockMemo = {text, score: known ? known.score : computeScore(node, text), inline: isInline(node, text), own: known?.own}
  blockMemos.set(node, fresh)
  return fresh
}

/** The arrow a link line opens with. */
const linkArrow = /^[▶►▸▷☞➤➔→]/u

/**
 * A short line right at the article's edge that reads as part of it: a
 * greeting ("Hej allihop,") or a one-line sentence before the first
 * paragraph; a closing line after the last ("Precisava.", "Join the human
 * resistance", a sign-off without a full stop, a farewell and a name: "x Franzi"). Not chrome, a date or a
 * name, and after the article not a headline in Title Case.
 */
/** A numbered heading's number and the mark after it: "1. Sark", "2) Procida", "3 – Hydra". */
const headingNumber = /^(\d{1,2})([.):]|\s[-–—])\s?\p{L}/u
/** The most blocks of the core read for the next number: a section's paragraphs. */
const maxSectionBlocks = 12
/** The most words of a numbered heading. */
const maxNumberedHeadingWords = 12

/** Whether the short line at `index` is a numbered heading whose next number heads a section just below, inside the core. */
function numbersOn(texts: readonly string[], index: number, end: number): boolean {
  const text = texts[index]!
  if (!isNumberedHeading(text)) return false
  const heading = headingNumber.exec(text)!
  const next = `${Number(heading[1]) + 1}${heading[2]}`
  for (let at = index + 1; at <= end && at <= index + maxSectionBlocks; at++) if (texts[at]!.startsWith(next) && headingNumber.test(texts[at]!)) return true
  return false
}

/** The most blocks between the core's end and its next numbered heading: a teaser box put between ("Baca Juga" / a headline). */
const maxNumberGap = 4

/**
 * The article's numbered headings go on past a box put inside it ("1. Desa Wanurejo", "2. Desa Candirejo" in the core,
 * then "Baca Juga" / a teaser's headline / "3. Desa Karangrejo" / its paragraph): the core runs on to the paragraphs
 * under each next number, as long as two numbered headings in a row inside the core made the sequence.
 */
function numbersGoOn(texts: readonly string[], base: readonly number[], start: number, end: number, wall: number): number {
  // The core's last numbered heading, near its end, with the one before it in the core.
  let last = -1
  for (let index = end; index >= start && index >= end - maxSectionBlocks; index--) {
    if (isNumberedHeading(texts[index]!)) {
      last = index
      break
    }
  }
  if (last < 0) return end
  const [, digits, mark] = headingNumber.exec(texts[last]!)!
  let number = Number(digits)
  const previous = `${number - 1}${mark}`
  if (!texts.slice(Math.max(start, last - maxSectionBlocks), last).some((text) => text.startsWith(previous) && isNumberedHeading(text))) return end
  // Each next number within a few blocks, with a paragraph under it, and the paragraphs that follow.
  let reached = end
  for (;;) {
    const next = `${number + 1}${mark}`
    let at = reached + 1
    while (at < wall && at <= reached + maxNumberGap && !(texts[at]!.startsWith(next) && isNumberedHeading(texts[at]!))) at++
    if (at > reached + maxNumberGap || at + 1 >= wall || base[at + 1]! < minProseScore) return reached
    reached = at + 1
    while (reached + 1 < wall && base[reached + 1]! >= minProseScore) reached++
    number++
  }
}

/** A short line that opens with a number and its mark, no sentence: a numbered heading ("3. Desa Karangrejo"). */
function isNumberedHeading(text: string): boolean {
  return headingNumber.test(text) && countWords(text) <= maxNumberedHeadingWords && !endsSentence(text)
}

function isEdgeLine(node: RootContent, edge: 'start' | 'end'): boolean {
  if (node.type !== 'paragraph') return false
  const text = plainText(node).trim()
  const words = countWords(text)
  // A boundary heading ("Related posts worth a look") opens the boxes after the article, however it reads.
  if (words === 0 || words > 40 || isChromeLine(text, words) || endsWithChrome(text, words) || boundaryOf(text, words) !== undefined || isDateLine(text) || isMarkup(text)) return false
  if (edge === 'end' && isSignOff(text)) return true
  // An arrow before it makes a line a link to another page ("▶ 버스 요금도 오르나…", "► Lesen Sie auch …"), not the article's.
  if (looksLikeName(text) || linkArrow.test(text)) return false
  if (edge === 'start') return /[.,]$/u.test(text) && startsUpper(text)
  if (endsSentence(text)) return true
  return words >= 4 && !isTitleCase(text) && !endsOpen(text)
}

/**
 * Prose between two chrome lines (a comment between its author line and its
 * votes, a teaser between two headlines) counts for less than prose beside
 * prose: an article's paragraphs stand together.
 */
const isolatedFactor = 0.4

export function contextScores(scores: number[], transparent: boolean[]): number[] {
  const neighbour = (index: number, step: number): number => {
    let at = index + step
    while (transparent[at]) at += step
    return scores[at] ?? 0
  }
  return scores.map((score, index) => {
    if (score <= 0) return score
    return neighbour(index, -1) < 0 && neighbour(index, 1) < 0 ? score * isolatedFactor : score
  })
}

/**
 * Can the article start right after this block? Yes when at most one prose
 * block of the core found without it lies above it (a news ticker, a
 * teaser): a title named by the URL but standing in a list of other
 * headlines further down would cut the article, and is not taken.
 */
export function canStartAfter(root: Root, index: number): boolean {
  const {coreStart, coreEnd} = findZones(root)
  if (index > coreEnd) return false
  let prose = 0
  for (let at = coreStart; at < index; at++) if (isProse(root.children[at]!)) prose++
  return prose <= 1
}

export type Zone = 'header' | 'core' | 'footer'

export function zoneOf(zones: Zones, index: number): Zone {
  if (zones.lead !== undefined && index >= zones.lead.start && index <= zones.lead.end) return 'core'
  if (index < zones.coreStart) return 'header'
  if (index > zones.coreEnd) return 'footer'
  return 'core'
}

import type {RootContent} from 'mdast'
import {captionCredit, maxCaptionWords} from '../lexicon/captions.js'
import {boundaryOf, chromeMatch} from '../lexicon/chrome.js'
import {matchCategory} from '../lexicon/match.js'
import {readByline} from '../util/byline-lines.js'
import {isDateLine} from '../util/dates.js'
import {countWords, cutOffWithEllipsis, endsSentence, startsUpper} from '../util/text.js'
import {isHeadlineCase, isTitleCase, maxShortLineCost} from './zone-lines.js'

/**
 * Edges of the article that the sum of scores leaves out, because the lines
 * there are short: what stands between the headline and the body, and a
 * closing line after a box of links.
 */

/** A line that reads as a sentence of the article: a few words, a capital first, not a headline in Title Case. */
function sentenceLike(text: string): boolean {
  return countWords(text) >= 4 && startsUpper(text) && !isTitleCase(text)
}

/**
 * A line of a live blog's entry that reads as a sentence: as `sentenceLike`, but capitals that are names leave it a
 * sentence when long words stay in lower case ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Sumedang, Jawa
 * Barat."): under an entry's time a line is no teaser's headline in Title Case.
 */
function entrySentence(text: string): boolean {
  return countWords(text) >= 4 && startsUpper(text) && !isHeadlineCase(text)
}

/** A line the lexicon names as chrome that goes even inside the article ("Share", "5 min read"). */
function sureChrome(node: RootContent, text: string): boolean {
  return (node.type === 'paragraph' || node.type === 'heading') && chromeMatch(text, countWords(text), 'core') !== undefined
}

/** The most lines of the header (a dateline, the headline under a kicker) between the headline found and its lead. */
const maxHeaderLines = 2
/** The most words of such a headline line. */
const maxHeaderWords = 14

/** The most words of a line of chrome between a lead and the body that is not sure enough to go inside the article. */
const maxCreditWords = 4

/** A few words the lexicon names as chrome, not a heading of other pages: a photo's credit ("© Shutterstock/racorn"), a label. */
function creditOrButton(text: string): boolean {
  const words = countWords(text)
  return words <= maxCreditWords && chromeMatch(text, words, 'edge') !== undefined && boundaryOf(text, words) === undefined
}

/**
 * What stands between the headline and the core, once the byline and the
 * dateline are gone: a standfirst, a sentence or two under the headline
 * ("Karar, piyasa beklentileriyle uyumlu oldu."), which the sum leaves out
 * as short lines cost. The core starts at it when it stands right under the
 * headline and all else there is chrome the lexicon is sure of (it goes
 * inside the core too: "Paylaş", "Share") or a few words it names (a
 * photo's credit: "© Shutterstock/racorn").
 * A line that is no full sentence (a teaser's headline, "Updated 2 minutes
 * ago"), a byline, a date or a name ends the look.
 */
export function headerLead(children: RootContent[], texts: string[], base: number[], scores: number[], start: number, headline?: number): number {
  if (headline === undefined) return start
  let lead = start
  for (let index = start - 1; index >= 0; index--) {
    const node = children[index]!
    const line = node.position?.start.line
    if (line === undefined || line <= headline || scores[index] === Number.NEGATIVE_INFINITY) break
    if (node.type !== 'paragraph') break
    const text = texts[index]!
    if (sureChrome(node, text) || creditOrButton(text)) continue
    if (base[index]! <= 0 || !sentenceLike(text) || !endsSentence(text)) break
    if (isDateLine(text) || readByline(text) !== undefined) break
    lead = index
  }
  // Right under the headline, past its share bar and a dateline or a second headline line (a kicker over the
  // headline), or it is some other sentence (a newsletter's promise, a caption).
  let top = lead
  let header = 0
  while (top > 0) {
    const text = texts[top - 1]!
    if (sureChrome(children[top - 1]!, text) || creditOrButton(text)) top--
    else if (header < maxHeaderLines && children[top - 1]!.type === 'paragraph' && (isDateLine(text) || (countWords(text) <= maxHeaderWords && !endsSentence(text)))) {
      header++
      top--
    } else break
  }
  const above = children[top - 1]?.position?.end.line
  return lead < start && (above === undefined || above <= headline) ? lead : start
}

/** A short line's shape: figures as 0, words as a ("6:15 p.m." and "4:50 p.m." are both "0:0 a.a."). */
function shapeOf(text: string): string {
  return text.replace(/\p{N}+/gu, '0').replace(/\p{L}+/gu, 'a')
}

/** A short line that opens with a figure: an entry's time or number ("6:15 p.m.", "14:02"; not "Rating: 36 Votes"). */
function isMarker(node: RootContent, text: string): boolean {
  return node.type === 'paragraph' && /^\p{N}/u.test(text) && countWords(text) <= 4
}

/** How many of the core's entries open with a marker of each shape ("0:0 a.a." → 3). */
function markerShapes(children: RootContent[], texts: string[], start: number, end: number): Map<string, number> {
  const shapes = new Map<string, number>()
  for (let index = start; index <= end; index++) {
    if (!isMarker(children[index]!, texts[index]!)) continue
    const shape = shapeOf(texts[index]!)
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
  }
  return shapes
}

/** How far above the core an entry's marker is looked for: the marker, a heading, a line. */
const maxEntryLines = 3

/**
 * A live blog's first entry, which the sum left out as it opens with short
 * lines: its time and heading ("6:15 p.m." / "Trains resume …") right above
 * the core, where the core's entries open with a line of the same shape
 * ("5:58 p.m.", "5:30 p.m."), twice or more. The core starts at the marker.
 */
export function entryAbove(children: RootContent[], texts: string[], base: number[], scores: number[], start: number, end: number): number {
  const shapes = markerShapes(children, texts, start, end)
  if (shapes.size === 0) return start
  for (let index = start - 1; index >= 0 && index >= start - maxEntryLines; index--) {
    const node = children[index]!
    const text = texts[index]!
    if (scores[index] === Number.NEGATIVE_INFINITY || node.type !== 'paragraph' || sureChrome(node, text) || base[index]! < maxShortLineCost) break
    if (isMarker(node, text) && (shapes.get(shapeOf(text)) ?? 0) >= 2) return index
  }
  return start
}

/** The most lines of an entry's text under its marker, and of chrome (an ad's label) between two entries. */
const maxEntryTextLines = 3
const maxBetweenEntries = 1

/**
 * A live blog's later entries, which the sum left out as each opens with a
 * short line: under the core, the marker of an entry of a shape the core's
 * entries open with twice or more ("16:03 Uhr" under "18:42 Uhr" and "17:15
 * Uhr"), then one to three lines that read as sentences, entry after entry;
 * a line the lexicon is sure is chrome (an ad's "Anzeige") may stand between
 * two. The core ends at the last such entry's text; a boundary (a related
 * box, the comments), a line the search cannot take, or a marker with no
 * sentence under it ends the look.
 */
export function entriesBelow(children: RootContent[], texts: string[], scores: number[], start: number, end: number, wall: number): number {
  const shapes = markerShapes(children, texts, start, end)
  if (![...shapes.values()].some((count) => count >= 2)) return end
  const isEntryMarker = (index: number) => index < wall && scores[index] !== Number.NEGATIVE_INFINITY && isMarker(children[index]!, texts[index]!) && (shapes.get(shapeOf(texts[index]!)) ?? 0) >= 2
  let last = end
  let at = end + 1
  while (at < wall) {
    let marker = at
    while (marker < wall && marker - at < maxBetweenEntries && !isEntryMarker(marker) && sureChrome(children[marker]!, texts[marker]!)) marker++
    if (!isEntryMarker(marker)) break
    let text = marker
    while (text + 1 < wall && text - marker < maxEntryTextLines && !isEntryMarker(text + 1)) {
      const node = children[text + 1]!
      const line = texts[text + 1]!
      if (scores[text + 1] === Number.NEGATIVE_INFINITY || node.type !== 'paragraph' || sureChrome(node, line) || !entrySentence(line) || !endsSentence(line)) break
      text++
    }
    if (text === marker) break
    last = text
    at = text + 1
  }
  return last
}

/** The most links a box inside the article holds before the article goes on. */
const maxBoxLinks = 3

/**
 * A box of links right after the core ("İlginizi Çekebilir", "Read also",
 * a few headlines), then a sentence or two, then the tags line ("Etiketler:
 * …", "Tags: …") that closes articles in most CMSs: the sentences are the
 * article's last, below a box put inside it. The core takes them in (the
 * box's links go as chrome inside the core, see the boilerplate stage).
 */
export function boxTail(children: RootContent[], texts: string[], end: number): number {
  const heading = end + 1
  if (heading >= children.length || !isBoxHeading(children[heading]!, texts[heading]!)) return end
  let index = heading + 1
  let links = 0
  while (index < children.length && links < maxBoxLinks && isBoxLink(children[index]!, texts[index]!)) {
    index++
    links++
  }
  if (links === 0) return end
  let last = -1
  while (index < children.length && children[index]!.type === 'paragraph' && sentenceLike(texts[index]!) && endsSentence(texts[index]!) && !sureChrome(children[index]!, texts[index]!)) {
    last = index
    index++
  }
  if (last < 0 || index >= children.length || !matchCategory(texts[index]!, ['postedIn'])) return end
  return last
}

/** The heading of a box of links to other pages: the whole line a "related", "popular" or "read more" phrase ("Leia também"). */
export function isBoxHeading(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false
  const match = chromeMatch(text, countWords(text), 'core')
  return match !== undefined && match.whole && (match.category === 'related' || match.category === 'popular' || match.category === 'readMore')
}

/**
 * A link in a box of other pages: a headline, a line of 4 to 16 words
 * without a final full stop (it may ask). A subheading of two or three
 * words after a "Scroll to continue" is no link.
 */
export function isBoxLink(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph') return false
  const words = countWords(text)
  return words >= 4 && words <= 16 && !/[.…:,;]["'”’»)]*\s*$/u.test(text) && !sureChrome(node, text)
}

/**
 * The links of the boxes inside the core: up to three short lines under a
 * box's heading ("Leia também" / "Ibovespa sobe 1,5% com alta de
 * Petrobras"), when the article goes on after them. Each index maps to the
 * box's heading, for the audit trail.
 */
export function boxLinks(children: RootContent[], texts: string[], coreStart: number, coreEnd: number): Map<number, string> {
  const links = new Map<number, string>()
  // From the last box up: a box whose links run into the next box ("Related" twice) goes when that one goes.
  const goes = new Set<number>()
  for (let index = coreEnd - 1; index >= coreStart; index--) {
    if (!isBoxHeading(children[index]!, texts[index]!)) continue
    let next = index + 1
    while (next < coreEnd && next - index <= maxBoxLinks && isBoxLink(children[next]!, texts[next]!)) next++
    // The article goes on below the links: a sentence, or another box that goes.
    if (next === index + 1 || next > coreEnd || !(endsSentence(texts[next]!) || goes.has(next))) continue
    goes.add(index)
    for (let at = index + 1; at < next; at++) links.set(at, texts[index]!)
  }
  return links
}

/**
 * The captions of a photo gallery right after the core (its intro): they
 * count as chrome inside articles, so the sum stops before them. The core
 * takes them in, up to the last caption of the run; the boilerplate stage
 * keeps them as the post's text when they are most of it (a photo post),
 * else removes them as captions.
 */
export function galleryTail(children: RootContent[], texts: string[], end: number): number {
  let last = end
  for (let index = end + 1; index < children.length; index++) {
    const text = texts[index]!
    if (children[index]!.type !== 'paragraph' || countWords(text) > maxCaptionWords || captionCredit(text) === undefined) break
    last = index
  }
  return last
}

/** The fewest teasers cut off with an ellipsis, one after another, that make a feed of other pages. */
const minFeedTeasers = 3
/** The fewest words of such a teaser: a headline and the start of its text ("Fünf Tipps für gutes Remote Leadership Gutes Remote …"). */
const minTeaserWords = 6
/** The most short lines of the feed's heading above its first teaser ("Empfohlen von Greator", "Read next"). */
const maxFeedHeadingLines = 2
/** The most words of such a heading line. */
const maxFeedHeadingWords = 8

/**
 * A feed of other pages at the core's end: three teasers or more in a row,
 * each a paragraph cut off with an ellipsis, which count as long text in the
 * sum. An article's paragraph may trail off so once; three in a row, to its
 * last block, are other pages' openings. The core ends above them and above
 * the feed's short heading (a line or two without a sentence's end).
 */
export function feedTail(children: RootContent[], texts: string[], start: number, end: number): number {
  let first = end + 1
  while (first - 1 > start && isTeaser(children[first - 1]!, texts[first - 1]!)) first--
  if (end + 1 - first < minFeedTeasers) return end
  let last = first - 1
  for (let lines = 0; lines < maxFeedHeadingLines && last > start; lines++) {
    const node = children[last]!
    const text = texts[last]!
    if ((node.type !== 'paragraph' && node.type !== 'heading') || endsSentence(text) || countWords(text) > maxFeedHeadingWords) break
    last--
  }
  return last
}

function isTeaser(node: RootContent, text: string): boolean {
  return node.type === 'paragraph' && cutOffWithEllipsis(text) && countWords(text) >= minTeaserWords
}

import {matchLexicon} from '../lexicon/match.js'
import {isSignatureLine} from '../util/byline-lines.js'
import {countWords, endsSentence, startsUpper} from '../util/text.js'
import {boundaryCost, maxShortLineCost, minProseScore} from './zone-lines.js'

/** The fewest paragraphs in a row after a box's heading that say the article goes on under the box. */
const minParagraphsOn = 3

/** The least hand score (words of a sentence) of such a paragraph: a teaser's headline that asks ("A step toward better treatment?") is less. */
const minParagraphScore = 12

/** The kinds of boundary that head boxes of other pages, which a page prints inside its article too. */
const boxKinds = new Set(['related', 'popular', 'recent', 'authorBox'])

/**
 * The sum crosses a box's heading ("Related stories", "Most read") when
 * enough prose follows it: the article going on under a box put inside it,
 * or the teasers of other pages, a disclaimer, a feed. The article goes on
 * in paragraphs that stand together; teasers stand one by one, between
 * headlines (which may ask, and then read as short sentences). When no such
 * run of paragraphs follows the first box's heading inside the core before
 * the next boundary or a line of chrome (a share bar, a newsletter's
 * sign-up), the core ends above the box.
 */
export function endAboveBox(texts: readonly string[], base: readonly number[], transparent: readonly boolean[], scores: readonly number[], start: number, end: number): number {
  let prose = false
  for (let index = start; index <= end; index++) {
    if (base[index]! >= minProseScore) prose = true
    if (base[index] !== -boundaryCost || transparent[index] || !prose) continue
    if (!isBoxHeading(texts[index]!)) continue
    if (goesOnInParagraphs(base, transparent, index + 1, end)) continue
    let last = index - 1
    while (last > start && !(scores[last]! > 0)) last--
    return last
  }
  return end
}

/** A whole line the lexicon names a box's heading, set as a heading is (a capital first, or a script without case): "new" in a list of a program's states is none. */
function isBoxHeading(text: string, kinds: ReadonlySet<string> = boxKinds): boolean {
  if (/^\s*\p{Ll}/u.test(text)) return false
  return matchLexicon(text).some((match) => match.whole && kinds.has(match.category))
}

/** The kinds of boundary that head a box of links to other pages. */
const linkBoxKinds: ReadonlySet<string> = new Set(['related', 'popular', 'recent'])

/**
 * Whether the article goes on after `from`: three paragraphs in a row, or sections of two paragraphs or more, three
 * paragraphs in all, each closed by its next subheading ("New" / two paragraphs / "Improved" / two paragraphs /
 * "Fixed"). A teaser stands alone under its headline: a short line after one paragraph says a feed.
 */
function goesOnInParagraphs(base: readonly number[], transparent: readonly boolean[], from: number, end: number): boolean {
  let run = 0
  let sections = 0
  for (let index = from; index <= end; index++) {
    if (transparent[index]) continue
    // Another box, or the page's chrome (a share bar, a newsletter's sign-up) before the paragraphs: the footer's.
    if (base[index]! < maxShortLineCost) return false
    if (base[index]! >= minParagraphScore) {
      run++
      if (run >= minParagraphsOn) return true
      continue
    }
    // A short line closes a section: of one paragraph, a teaser's.
    if (run === 1) return false
    sections += run
    if (sections >= minParagraphsOn) return true
    run = 0
  }
  return false
}

/**
 * The article's last paragraphs under a box of one link put inside it ("Auch interessant" / one headline / the
 * closing paragraph), which the sum does not cross for so few words: the index of the last of them, or `end`. They
 * must run to the next boundary or line of chrome (the comments' heading, the footer's notice) or the page's end,
 * and stand before `wall`.
 */
export function underOneLinkBox(texts: readonly string[], base: readonly number[], end: number, wall: number): number {
  const heading = end + 1
  // A box about the author is followed by the bio, no paragraph of the article's.
  if (heading + 2 >= wall || base[heading] !== -boundaryCost || !isBoxHeading(texts[heading]!, linkBoxKinds)) return end
  const link = base[heading + 1]!
  if (link >= minProseScore || link < maxShortLineCost) return end
  let last = heading + 1
  while (last + 1 < wall && (base[last + 1]! >= minParagraphScore || isShortSentence(texts[last + 1]!, base[last + 1]!))) last++
  if (last === heading + 1) return end
  const next = base[last + 1]
  // Then chrome, or the reporter's sign-off that closes the article ("이지은 기자 jieun@…").
  return next === undefined || last + 1 >= wall || next < maxShortLineCost || isSignatureLine(texts[last + 1]!) ? last : end
}

/**
 * A sentence that scores little for its few words (a Korean or Japanese sentence is a handful of long words:
 * "축제 기간 구남로 일대에는 차량 통행이 제한된다."): positive, closed by a sentence's mark, opening as a sentence.
 */
function isShortSentence(text: string, score: number): boolean {
  return score > 0 && endsSentence(text) && startsUpper(text) && countWords(text) >= minShortSentenceWords
}

/** The fewest words of such a sentence. */
const minShortSentenceWords = 4

import {chromeMatch} from '../lexicon/chrome.js'
import {countWords} from '../util/text.js'
import {minProseScore} from './zone-lines.js'

/**
 * The lines that close an article: its tags ("Tags: …", "Kategorie: …") and its share bar ("Teilen", "Folgen Sie uns
 * auf"), as most CMSs print them, and the page's own calls after it (the comments' prompt, a newsletter's sign-up, a
 * login). Not the boxes an article holds inside it ("Read also", "Related"), under which it goes on.
 */
const closingKinds: ReadonlySet<string> = new Set(['postedIn', 'share', 'comments', 'newsletter', 'login'])

/** The most blocks between the article's last paragraph and a lone one under its closing lines (buttons, a name, a heading). */
const maxGap = 12
/** The most boxes (a heading, one paragraph) under the closing lines: the author's bio, then the site's. */
const maxBoxes = 3
/** The fewest paragraphs of the article above its closing lines that make it the article (one paragraph over a share bar may be a lead). */
const minArticleParagraphs = 2
/** How many times the lone paragraph's words the article above weighs at least: a box is small beside its article; a site's tagline over a one-paragraph post under its share button is not. */
const minArticleRatio = 3

function isClosingLine(text: string): boolean {
  const match = chromeMatch(text, countWords(text), 'core')
  return match !== undefined && closingKinds.has(match.category)
}

/**
 * One paragraph under the article's closing lines (its tags, its share
 * bar, a newsletter's or the comments' call), the last of the core, or up to
 * three that stand alone, each under its heading: the sum crossed those lines
 * for their words, but an article does not go on for a box or two after it
 * closed (the author's bio, the site's "about us", a company's boilerplate,
 * a newsletter's promise). The core ends above the closing lines. Two
 * paragraphs together under them are left as found (a section after a share
 * bar printed mid-article), and so are boxes that weigh a third of the
 * article above or more.
 */
export function endAboveClosingLines(texts: readonly string[], base: readonly number[], scores: readonly number[], start: number, end: number): number {
  let lone = end
  while (lone > start && base[lone]! < minProseScore) lone--
  let boxWords = 0
  for (let boxes = 1; boxes <= maxBoxes; boxes++) {
    boxWords += base[lone]!
    let above = lone - 1
    let closing = -1
    while (above > start && lone - above <= maxGap && base[above]! < minProseScore) {
      if (isClosingLine(texts[above]!)) closing = above
      above--
    }
    // Paragraphs that stand together are the article's, or no prose above: nothing to end on.
    if (!(base[above]! >= minProseScore) || lone - above === 1) return end
    if (closing >= 0) return articleAbove(base, start, above, boxWords) ? lastBefore(scores, above, closing) : end
    lone = above
  }
  return end
}

/** Whether the core above `above` is an article beside boxes of `boxWords` words: paragraphs enough, and words a few times theirs. */
function articleAbove(base: readonly number[], start: number, above: number, boxWords: number): boolean {
  let paragraphs = 0
  let words = 0
  for (let index = start; index <= above; index++) {
    if (base[index]! < minProseScore) continue
    paragraphs++
    words += base[index]!
  }
  return paragraphs >= minArticleParagraphs && words >= minArticleRatio * boxWords
}

/** The last block before the closing line that the sum counts for the article, down to its last paragraph. */
function lastBefore(scores: readonly number[], above: number, closing: number): number {
  let last = closing - 1
  while (last > above && !(scores[last]! > 0)) last--
  return last
}

import {matchLexicon} from '../lexicon/match.js'
import {countWords, endsSentence} from '../util/text.js'

/**
 * A cookie or sign-up banner that a dump prints between the byline and the article: its notice opens with the
 * site's stock phrase ("Tämä sivusto käyttää evästeitä. Lue lisää …", "We use cookies to …") and its buttons follow
 * ("Hyväksy", "Accept"). Its sentences score as prose, so the sum of scores may open the article on it; the article
 * opens on the prose under it. A paragraph about cookies further in is not at the core's start and stays.
 */

/** The most words of a banner's notice: a longer block is a paragraph that happens to start so. */
const maxNoticeWords = 60
/** The most words of one of its buttons ("Accept all", "Hyväksy", "Manage settings"). */
const maxButtonWords = 4

function opensAsNotice(text: string): boolean {
  return countWords(text) <= maxNoticeWords && matchLexicon(text).some((match) => !match.whole && (match.category === 'cookie' || match.category === 'newsletter'))
}

function isButton(text: string): boolean {
  const words = countWords(text)
  return words >= 1 && words <= maxButtonWords && !endsSentence(text)
}

/**
 * Where the core opens: under the banner's notice and its buttons at `start`, if prose follows within the core. A
 * banner has a button to close it; a paragraph that opens so with prose right under it is the article's ("Sign up for
 * a gym in January and …", "Subscribe to a dozen newsletters and …").
 */
export function belowBanner(texts: readonly string[], scores: readonly number[], start: number, end: number): number {
  if (!opensAsNotice(texts[start] ?? '')) return start
  let next = start + 1
  let buttons = 0
  for (; next < end; next++) {
    if (isButton(texts[next]!)) buttons++
    else if (!opensAsNotice(texts[next]!)) break
  }
  return buttons > 0 && next < end && scores[next]! > 0 ? next : start
}

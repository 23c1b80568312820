import type {RootContent} from 'mdast'
import {countWords, endsSentence, normalizeForCompare} from '../util/text.js'
import {isProse} from './zones.js'

/**
 * The current page's name printed twice: once among the site's menu (a docs
 * sidebar's "Quick start / Installation / Configuration / FAQ"), and again
 * right under that run of short lines, over the page's own first sentence
 * ("Configuration" / "After installing, set your API key."). That second
 * print is the page's headline. A section's name printed again over a
 * headline (a news site's "Sports" kicker) has a headline under it, not a
 * sentence, and is no such line.
 */
export function currentPageHeadline(children: readonly RootContent[], texts: readonly string[], shaped: readonly boolean[]): number | undefined {
  let top = -1
  for (let index = 0; index + 1 < children.length; index++) {
    // Only in the page's header: its first prose ends the look.
    if (isProse(children[index]!)) return undefined
    if (isMenuLine(children[index]!, texts[index]!)) {
      if (top < 0) top = index
    } else {
      top = -1
      continue
    }
    const under = index + 1
    // A question's headline under a section's name ("Apple" / "Apple, Intel suffering from the seven-year itch?") is shaped as a title: no sentence.
    if (index - top < minMenuLines || !shaped[under] || !isMenuLine(children[under]!, texts[under]!) || shaped[under + 1] || !opensText(children[under + 1], texts[under + 1])) continue
    const key = normalizeForCompare(texts[under]!)
    for (let at = top; at <= index; at++) if (normalizeForCompare(texts[at]!) === key) return under
  }
  return undefined
}

/** The fewest lines of the menu above the name. */
const minMenuLines = 4
/** The most words of a menu's line. */
const maxMenuWords = 4

function isMenuLine(node: RootContent, text: string): boolean {
  return node.type === 'paragraph' && text !== '' && countWords(text) <= maxMenuWords && !endsSentence(text)
}

/** A sentence that opens the page's text: a paragraph that ends like one. */
function opensText(node: RootContent | undefined, text: string | undefined): boolean {
  return node?.type === 'paragraph' && text !== undefined && endsSentence(text) && countWords(text) >= 3
}

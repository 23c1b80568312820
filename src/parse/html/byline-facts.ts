import type {Element} from 'domhandler'
import {matchLexicon} from '../../lexicon/match.js'
import type {Meta} from '../../types.js'
import {readByline} from '../../util/byline-lines.js'
import {findDate} from '../../util/dates.js'
import {leadingName} from '../../util/names.js'
import {countWords} from '../../util/text.js'
import type {Dropped} from './clean-dom.js'
import {isElement, textOf} from './dom.js'

/**
 * The author and date the page prints but does not declare: in byline
 * elements dropped as chrome, and in the short lines just above the
 * article (its own header, a dateline in a `<div>` beside it).
 */

/** The author and date a dropped byline prints ("Von Petra Maier, 3. Mai 2025"), where the page's metadata has none. */
export function fillFromBylines(meta: Meta, bylines: Dropped[]): void {
  fillFromLines(meta, bylines.map(({element}) => textOf(element)), true)
}

/** `bylines`: the lines are the page's byline elements, where a bare name first is the author ("Lucía Romero · 12/03/2025"). */
export function fillFromLines(meta: Meta, lines: readonly string[], bylines = false): void {
  for (const text of lines) {
    if (meta.author && meta.date) return
    const facts = readByline(text)
    const author = facts?.author ?? (bylines ? bareName(text) : undefined)
    if (!meta.author && author) meta.author = author
    const date = facts?.date ?? findDate(text)
    if (!meta.date && date) meta.date = date
  }
}

/** A name of two words or more opening a byline element, no menu word or label ("Politics · 3 hours ago" has none). */
function bareName(text: string): string | undefined {
  const name = leadingName(text)
  return name && countWords(name) >= 2 && matchLexicon(name).length === 0 ? name : undefined
}

/** A line above the article longer than this is no byline or dateline. */
const maxLineAbove = 100
/** How many levels up from the article the lines above it are read: its header is beside it or one level up. */
const levelsAbove = 2

/**
 * The short lines just above the chosen container (the dateline in
 * `<div class="date">` before `<div class="text">`), nearest first: they
 * are outside the article, but what they say of its date and author is
 * the page's only word on them when its metadata says nothing.
 */
export function linesAbove(main: Element, body: Element): string[] {
  const lines: string[] = []
  let node: Element = main
  for (let level = 0; level < levelsAbove && node !== body && node.parent && isElement(node.parent); level++) {
    for (let sibling = node.prev; sibling; sibling = sibling.prev) {
      if (!isElement(sibling)) continue
      const text = textOf(sibling)
      if (text.length <= maxLineAbove) {
        if (text !== '') lines.push(text)
        continue
      }
      // The article's header (kicker, headline, standfirst, byline): its own short lines, nearest first.
      for (let child = sibling.lastChild; child; child = child.prev) {
        const line = isElement(child) ? textOf(child) : ''
        if (line !== '' && line.length <= maxLineAbove) lines.push(line)
      }
    }
    node = node.parent
  }
  return lines
}

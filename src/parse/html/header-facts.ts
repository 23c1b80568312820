import type {Element} from 'domhandler'
import type {Meta} from '../../types.js'
import {hasStandfirstSize, isBareName, readByline} from '../../util/byline-lines.js'
import {inUrlOrder} from '../../util/date-order.js'
import {findDate, isDateLine} from '../../util/dates.js'
import {leadingName, namesSite} from '../../util/names.js'
import type {Dropped} from './clean-dom.js'
import {classWords, elementsIn, isElement, mostlyLinks, textOf} from './dom.js'
import {append} from '../../util/append.js'

/**
 * What the page prints about the article but does not declare: author and
 * date in byline elements dropped as chrome and in the short lines just
 * above the article (its own header, a dateline in a `<div>` beside it),
 * and the standfirst printed under the headline.
 */

/**
 * The author and date the page's byline elements print ("Von Petra Maier,
 * 3. Mai 2025"), where its metadata has none. A bare name first is the
 * author only in a byline proper ("Lucía Romero · 12/03/2025"), not in a
 * `meta` or `timestamp` element ("Local Politics · May 3, 2024").
 */
export function fillFromBylines(meta: Meta, bylines: Dropped[], monthFirst = false, url?: string): void {
  for (const {element} of bylines) {
    const text = textOf(element)
    const facts = readByline(text, monthFirst)
    fill(meta, facts?.author ?? (namesAuthor(element) ? bareName(text) ?? innerName(element) : undefined), inUrlOrder(facts?.date ?? findDate(text, monthFirst), url, text))
  }
}

/**
 * The author and date the lines just above the article print: a byline,
 * or a line that is a date and nothing else; never a date inside a line
 * (a sidebar's "Mayor to run again 12 May 2008").
 */
export function fillFromLinesAbove(meta: Meta, lines: readonly string[], monthFirst = false, url?: string): void {
  for (const text of lines) {
    const facts = readByline(text, monthFirst)
    fill(meta, facts?.author, inUrlOrder(facts?.date ?? (isDateLine(text) ? findDate(text, monthFirst) : undefined), url, text))
  }
}

function fill(meta: Meta, author: string | undefined, date: string | undefined): void {
  // A person's name takes the place of the site's own name ("Le Monde | 04.05.2015", "BBC News" in the metadata).
  if (author && (!meta.author || (namesSite(meta.author, meta.site, meta.url) && !namesSite(author, meta.site, meta.url)))) meta.author = author
  if (!meta.date && date) meta.date = date
}

/** Class words of an element that holds the author's name (not only a date or the post's meta line). */
const authorWords = new Set(['byline', 'bylines', 'signature', 'author'])

function namesAuthor(element: Element): boolean {
  return classWords(element).some((word) => authorWords.has(word))
}

/**
 * The bare name of an element inside a byline that its class names the author's: the byline's fields glued in its text
 * ("Ni YuemingNINGBODec 4, 2026" from `span.Byline_author`, `span.Byline_place` and `time`) print it apart.
 */
function innerName(byline: Element): string | undefined {
  for (const inner of elementsIn(byline)) {
    if (inner === byline || !namesAuthor(inner)) continue
    const name = bareName(textOf(inner))
    if (name !== undefined) return name
  }
  return undefined
}

/** A bare name opening a byline element. */
function bareName(text: string): string | undefined {
  const name = leadingName(text)
  return name && isBareName(name) ? name : undefined
}

/** A line above the article longer than this is no byline or dateline. */
const maxLineAbove = 100

/**
 * The short lines just above the chosen container, among its siblings (the
 * dateline in `<div class="date">` before `<div class="text">`), nearest
 * first: they are outside the article, but what they say of its date and
 * author is the page's only word on them when its metadata says nothing.
 */
export function linesAbove(main: Element, body: Element): string[] {
  const lines: string[] = []
  // The article's own siblings only: a bar at the top of the page ("Last updated: 1 January 2020") is the site's.
  if (main === body) return lines
  for (let sibling = main.prev; sibling; sibling = sibling.prev) {
    if (!isElement(sibling) || lists.has(sibling.name)) continue
    const text = textOf(sibling)
    if (text.length <= maxLineAbove) {
      if (text !== '' && !mostlyLinks(sibling, text)) append(lines, linesIn(sibling))
      continue
    }
    // The article's header (kicker, headline, standfirst, byline): its own short lines, nearest first; nothing above it.
    for (let child = sibling.lastChild; child; child = child.prev) {
      const line = isElement(child) && !lists.has(child.name) ? textOf(child) : ''
      if (line !== '' && line.length <= maxLineAbove && !mostlyLinks(child as Element, line)) append(lines, linesIn(child as Element))
    }
    return lines
  }
  return lines
}

/**
 * A short block's text, then that of each element inside it: the date in
 * `<span class="publish-date">` beside the author's name is a line of its
 * own. Lists and links are not looked into.
 */
function linesIn(element: Element): string[] {
  const lines = [textOf(element)]
  const stack = [...element.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node) || lists.has(node.name) || node.name === 'a') continue
    const line = textOf(node)
    if (line !== '' && line !== lines[lines.length - 1]) lines.push(line)
    append(stack, node.children)
  }
  return lines
}

/** Lists and menus above the article are navigation and teasers, with their own dates. */
const lists = new Set(['ul', 'ol', 'nav', 'menu', 'dl', 'table'])

/** Class words of a standfirst: the sentence or two under the headline that sums the article up. */
const standfirstWords = new Set(['subtitle', 'subheadline', 'subhead', 'dek', 'deck', 'standfirst', 'excerpt', 'lede', 'summary', 'intro'])

/**
 * The standfirst printed above the chosen container (`<h3 class="subtitle">`,
 * `<p class="gh-article-excerpt">`), for `description` when the page
 * declares none: it is outside the article body, and the one line that sums it up.
 */
export function standfirstAbove(main: Element, body: Element): string | undefined {
  if (main === body) return undefined
  for (let sibling = main.prev; sibling; sibling = sibling.prev) {
    if (!isElement(sibling) || lists.has(sibling.name)) continue
    for (const element of [sibling, ...elementsIn(sibling)]) {
      if (lists.has(element.name) || !classWords(element).some((word) => standfirstWords.has(word))) continue
      const text = textOf(element)
      if (hasStandfirstSize(text) && !mostlyLinks(element, text)) return text
    }
  }
  return undefined
}

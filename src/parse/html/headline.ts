import type {Element} from 'domhandler'
import {countWords, normalizeForCompare} from '../../util/text.js'
import {elementsIn, textOf} from './dom.js'

const headingTags = new Set(['h1', 'h2', 'h3', 'h4'])

/** Where a `<title>` joins the headline and the site's name: "Site: Headline", "Headline | Site", "Headline - Site". */
// A match starts where a run of spaces starts (the lookbehind): a long run without a separator costs linear time.
const titleSeparator = /(?<!\s)(?:\s+[|–—·»-]|\s*[|:])\s+/u

/**
 * The page's headline as an element: the first heading (h1–h4) whose text is
 * the title the page declares; else, of the headings that print a part of it
 * (the parts a `<title>` joins the site's name with), the last: the
 * masthead prints the site's name first, the post its headline below.
 * Nothing when no heading says it: a title alone places nothing.
 */
export function findHeadline(body: Element, title: string | undefined): Element | undefined {
  if (!title) return undefined
  const whole = normalizeForCompare(title)
  if (whole === '') return undefined
  const parts = new Set(title.split(titleSeparator).filter((part) => countWords(part) >= 2).map(normalizeForCompare))
  let partly: Element | undefined
  let within: Element | undefined
  let withinWords = 0
  for (const element of elementsIn(body)) {
    if (!headingTags.has(element.name)) continue
    const text = normalizeForCompare(textOf(element))
    if (text === whole) return element
    if (parts.has(text)) partly = element
    else if (!partly) {
      // "Topic: Headline (site.de)", where no separator sets the headline apart: the longest heading the title holds whole.
      const words = countWords(text)
      if (words >= minWithinWords && words > withinWords && ` ${whole} `.includes(` ${text} `)) {
        within = element
        withinWords = words
      }
    }
  }
  return partly ?? within
}

/** Words a heading needs for the title to name it by holding it: fewer is a site's or a section's name. */
const minWithinWords = 4

import type {Paragraph, PhrasingContent} from 'mdast'
import type {Category} from './categories.js'
import {matchLexicon} from './match.js'
import {isSignatureLine} from '../util/byline-lines.js'
import {isDateLine} from '../util/dates.js'
import {countWords} from '../util/text.js'

/** The most words of a post's stamp: its date, its author, three or four buttons. */
const maxStampWords = 30
/** The most parts of a stamp. */
const maxParts = 8
/** The most words of a part that names its author ("Posted by Jane Doe at 09:41 PM"). */
const maxAuthorPartWords = 8
/** The most words of a button with its count ("View/Add Comments (6)"). */
const maxCountedButtonWords = 4

/** What a post's buttons are: its comments, its permalink (a share category's phrase), its category. */
const buttonCategories: ReadonlySet<Category> = new Set<Category>(['comments', 'share', 'postedIn'])

/** Where the parts of a stamp are set apart on its line: bars, and bullets with a space on each side (the parts are trimmed after). */
const partSeparator = /\||\s[•·]\s/u

/**
 * A post's stamp: the line a blog theme prints under (or over) each post, its parts set apart by bars or line
 * breaks: the date or time, "Posted by NAME at TIME", the permalink, the comment count, the post's category
 * ("Tuesday December 26, 2006 | permalink | comments (0)", "Posted by Jo at 09:41 PM", a break, then
 * "View/Add Comments (6) | Category: Travel"). Every part is one of those, and one at least is a button of the
 * post (its comments, permalink or category): a date alone, or a name and a date, is a dateline for the byline
 * stage. A sentence has parts the lexicon does not name.
 */
export function isPostStamp(node: Paragraph): boolean {
  const line = lineOf(node.children)
  if (!/[|\n•·]/u.test(line)) return false
  const parts = line.split(/\n/u).flatMap((part) => part.split(partSeparator)).map((part) => part.trim()).filter((part) => part !== '')
  if (parts.length < 2 || parts.length > maxParts || countWords(line) > maxStampWords) return false
  let buttons = 0
  for (const part of parts) {
    if (isButton(part)) buttons++
    else if (!isStamp(part)) return false
  }
  return buttons > 0
}

/** A button of the post: a whole phrase or a label ("Category: Travel") of its comments, sharing or filing, or a comment count ("View/Add Comments (6)"). */
function isButton(part: string): boolean {
  if (matchLexicon(part).some((match) => buttonCategories.has(match.category) && (match.whole || match.labelled))) return true
  // The count in brackets that closes the button, read from the end ("(6)").
  const open = part.lastIndexOf('(')
  if (open < 0 || !part.endsWith(')') || !/^\d+$/u.test(part.slice(open + 1, -1)) || countWords(part) > maxCountedButtonWords) return false
  const last = part.slice(0, open).trim().split(/[\s/]+/u).pop() ?? ''
  return last !== '' && matchLexicon(last).some((match) => match.category === 'comments' && match.whole)
}

/** The post's date or time, or its author as a byline names one ("Posted by Jane at 09:41 PM"). */
function isStamp(part: string): boolean {
  if (isDateLine(part) || isSignatureLine(part)) return true
  const words = countWords(part)
  return words <= maxAuthorPartWords && matchLexicon(part).some((match) => match.category === 'authorLabel' && !match.whole && match.rest !== '')
}

/** The paragraph's text with its line breaks as newlines. */
function lineOf(children: readonly PhrasingContent[]): string {
  let text = ''
  for (const child of children) {
    if (child.type === 'break') text += '\n'
    else if ('value' in child) text += child.value
    else if ('children' in child) text += lineOf(child.children as PhrasingContent[])
  }
  return text
}

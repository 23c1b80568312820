import {isAgency} from '../lexicon/agencies.js'
import {isWholeLine, matchLexicon} from '../lexicon/match.js'
import {isNetworkButton} from '../lexicon/networks.js'
import {isBareName, isSignatureLine, isUnlabelledName, readByline, reportersAfterTitle} from './byline-lines.js'
import {isWeekday, leadingName} from './names.js'
import {countWords, isAllCaps} from './text.js'

/**
 * Where a page names its author without a byline over the article: the
 * signature under its last line, the box about the author, the reporter in a
 * wire's dateline. The byline stage asks these in turn when no byline named one.
 */

/**
 * The signature under the article's last line (the first line after the core): a byline ("Published Tuesday,
 * November 06, 2012 12:21 PM by David Marshall"), a name that a bracket, a comma or a bar sets off from its date
 * ("むぎ (id:mugicha_note) 2025-02-09 21:30", "Jane Doe | 5 May 2024"), or a name of two words or more alone with
 * the share bar under it. A heading over the comments ("3 Comments") stands between an article and its first
 * comment's signature. Not a line in capitals ("READ THE REST"), nor a weekday ("Published Tuesday, …").
 */
export function closingSignature(texts: readonly string[], coreEnd: number): {index: number; name: string} | undefined {
  let index = coreEnd + 1
  while (index < texts.length && texts[index] === '') index++
  const text = texts[index]
  if (text === undefined || countWords(text) > maxClosingWords || isAllCaps(text)) return undefined
  const labelled = readByline(text)?.author
  if (labelled !== undefined) return {index, name: labelled}
  const name = leadingName(text)
  const rest = name === undefined ? '' : text.slice(text.indexOf(name) + name.length)
  if (name !== undefined && setOff.test(rest) && named(name) && isSignatureLine(rest)) return {index, name}
  // A comma may add the role ("James Yum, Developer Programs Engineer").
  const bare = text.split(',')[0]!.trim()
  if (!isBareName(text) || !named(bare)) return undefined
  let next = index + 1
  while (next < texts.length && texts[next] === '') next++
  const under = texts[next]
  return under !== undefined && (isNetworkButton(under) || matchLexicon(under).some((match) => match.category === 'share')) ? {index, name: bare} : undefined
}

/**
 * A name as a signature gives it: two words or more in a script with case (one capitalized word is as often a menu's
 * "Archives"), any name of a script without case ("ゆき"), and no weekday ("Published Tuesday").
 */
function named(name: string): boolean {
  return isUnlabelledName(name) && (countWords(name) >= 2 || !/[\p{Lu}\p{Ll}]/u.test(name)) && !name.split(/\s+/u).some(isWeekday)
}

/**
 * The name on the line under the heading of the box about the author, below the article's start ("About the
 * author" / "Adam Clark Estes" / "Senior editor at Gizmodo."), when the page prints it in another line too: the
 * box names the person who wrote the page.
 */
export function authorBoxName(texts: readonly string[], coreStart: number): {index: number; name: string} | undefined {
  for (let index = coreStart; index < texts.length - 1; index++) {
    const text = texts[index]!
    if (text === '' || !isWholeLine(text, 'authorBox')) continue
    const name = texts[index + 1]!.trim()
    // The page prints the person's name elsewhere, in a longer line (a byline, "Recent from …", the bio, "…のゆきです"):
    // a box's button or a role ("View Profile", "Staff Writer", "フォローする") it prints nowhere else.
    const printedElsewhere = texts.some((other, at) => at !== index + 1 && other.length > name.length && other.includes(name))
    return named(name) && printedElsewhere ? {index: index + 1, name} : undefined
  }
  return undefined
}

/** How far into its first paragraph a dateline's bracket may open, and how long its byline may be, in characters. */
const maxDatelineReach = 40

/**
 * The author a bracket near the start of the article's first paragraph names with a label, as wires' datelines
 * print the reporter ("新华社北京3月14日电（记者 王晓燕）", "BERLIN (by Jane Doe) –"); an agency's name alone
 * ("WASHINGTON (Reuters) –") names none.
 */
export function bracketedByline(text: string): string | undefined {
  const open = text.search(/[（(]/u)
  if (open < 0 || open > maxDatelineReach) return undefined
  const close = text.slice(open + 1, open + 1 + maxDatelineReach).search(/[）)]/u)
  if (close < 0) return undefined
  const inner = text.slice(open + 1, open + 1 + close).trim()
  const author = reportersAfterTitle(inner) ?? readByline(inner)?.author
  return author === undefined || isAgency(author.replace(/^The\s+/u, '')) ? undefined : author
}

/** What sets a name off from the date after it in a signature: a bracket, a comma, a bar or bullet, a handle. */
const setOff = /^\s*[(,|·•@（]/u

/** The most words of a signature under an article. */
const maxClosingWords = 12

import {isChromeLine} from '../lexicon/chrome.js'
import {looksLikeName} from '../util/names.js'
import {countWords} from '../util/text.js'
import {inlineCost, maxShortLineCost, minProseScore} from './zone-lines.js'

/** A commenter's handle: one token of letters and digits ("dipitblack", "mike_77"). */
const handle = /^\p{L}[\p{L}\p{N}_.-]{1,30}$/u

/** A name or a handle, the whole text: who wrote a comment. */
export function namesWriter(text: string): boolean {
  const value = text.trim()
  return looksLikeName(value) || handle.test(value)
}

/** A link to the writer's site or profile, then the name it shows ("http://twitter.com/danamac Dana McMahan"), or an "@handle". */
const linkPrefix = /^(?:https?:\/\/\S+|@(?=\p{L}))/u

/**
 * A comment's head in a thread that prints no dates: a line that is only
 * its writer, a name or a handle, alone or after a link to their page or
 * an "@" ("Alayna F", "sweetiepotato", "@ckdozi", "http://free-range.org
 * FreeRange Pamela"). Not a line the lexicon names as chrome ("Reply").
 */
function writerOf(text: string): string | undefined {
  const value = text.trim()
  if (value === '' || isChromeLine(value, countWords(value))) return undefined
  const linked = linkPrefix.exec(value)
  // A name that ends with an initial ("Amy D.") is a name without its dot.
  const shown = (linked ? value.slice(linked[0].length).trim() : value).replace(initialDot, '$1')
  if (linked && shown === '') return value
  return namesWriter(shown) ? shown.toLowerCase() : undefined
}

/** A last name cut to its initial, with its dot: " D." at the end. */
const initialDot = /(\s\p{Lu})\.$/u

/** A line the lexicon names as chrome (it costs more than any short line, see maxShortLineCost), or chrome found inside articles. */
export function isSureChrome(score: number): boolean {
  return score < maxShortLineCost || score === inlineCost
}

/** The fewest comments in a row, each by another writer, that make a thread. */
const minNamedComments = 4
/** The most lines of chrome between the article and the first comment's head (a share bar, a link to the previous post). */
const maxLeadLines = 3
/** The most lines of one comment's head: its writer, and the signature of the comment before printed on its own line ("Hicham"). */
const maxWriterLines = 2
/** The most paragraphs of one comment. */
const maxCommentParagraphs = 6

/**
 * Whether a thread of comments without dates starts at `start` (Disqus and
 * blog themes that print only who wrote each one): a few lines of chrome
 * first (the article's share bar or post navigation, which closes it), then
 * comments in a row, each its writer's line and then its sentences, by
 * `minNamedComments` different writers (their first words differ). Articles put a person's name over
 * a paragraph too (a list of profiles, an interview's speakers), but
 * without the chrome between them and the text above; an interview's
 * speakers come back, a thread's writers are many. Reads a few comments at most.
 */
export function namedThread(texts: readonly string[], base: readonly number[], start: number): boolean {
  let at = start
  let chrome = 0
  while (at < texts.length && at - start < maxLeadLines && writerOf(texts[at]!) === undefined) {
    if (!isSureChrome(base[at]!)) return false
    chrome++
    at++
  }
  if (chrome === 0) return false
  // Each writer's first word: the subheadings of an article's sections share theirs ("Liebeshoroskop Fische", "Liebeshoroskop Widder").
  const writers = new Set<string>()
  for (let comment = 0; comment < minNamedComments; comment++) {
    const head = at
    let writer: string | undefined
    // A name with a dot ("Amy D.") scores as a short sentence: no paragraph, though.
    while (at < texts.length && at - head < maxWriterLines && base[at]! < minProseScore) {
      const found = writerOf(texts[at]!)
      if (found === undefined) break
      writer = found
      at++
    }
    if (writer === undefined || at === head) return false
    writers.add(writer.split(/\s/u)[0]!)
    const body = at
    while (at < texts.length && base[at]! > 0 && at - body < maxCommentParagraphs && (base[at]! >= minProseScore || writerOf(texts[at]!) === undefined)) at++
    if (at === body) return false
  }
  return writers.size >= minNamedComments
}

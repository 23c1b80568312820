import {matchLexicon} from './match.js'

/**
 * The link a teaser prints after its last sentence, to the page it teases ("… und erläutert Hintergründe. mehr",
 * "… anthropology and journalism in... Read more"): a "read more" phrase of the lexicon, or the bare word for "more",
 * one list for every language, as the farewells are (see sign-offs.ts). A sentence never ends and then says "more".
 */
const moreWords = new Set(['more', 'mehr', 'plus', 'más', 'mais', 'meer', 'mer', 'więcej'])

/** The most words of such a link. */
const maxLinkWords = 4

/** A sentence's end: a stop, ! ? or an ellipsis. */
const sentenceMarks = new Set(['.', '!', '?', '…'])
/** What may close a sentence after its mark: a quote, a bracket. */
const closers = new Set(['"', "'", '”', '’', '»', ')', ']'])

/** What may follow the link: arrows, an ellipsis, white space ("Read more »"). */
const trailers = new Set(['»', '›', '>', '→', '…', ' ', '\t', '\n', '\u00a0'])
/** White space, as `\s` reads it, by a character's code: the walk back asks it of up to 60 characters a paragraph. */
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0)
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(char))
}

/** The most characters of a link and what follows it: the look from a paragraph's end goes no further. */
const maxLinkLength = 60

/**
 * The text after the last sentence's end (its mark, closers, then white space), the arrows after it dropped;
 * undefined when no sentence ends within the few characters a link takes at the text's end.
 */
function afterLastSentence(text: string): string | undefined {
  let end = text.length
  while (end > 0 && trailers.has(text[end - 1]!)) end--
  const floor = Math.max(1, end - maxLinkLength)
  for (let index = end - 1; index > floor; index--) {
    if (!isSpace(text[index]!) || isSpace(text[index - 1]!)) continue
    let mark = index - 1
    while (mark > 0 && closers.has(text[mark]!)) mark--
    if (sentenceMarks.has(text[mark]!)) return text.slice(index + 1, end).trim()
  }
  return undefined
}

/** Whether the text ends with a "more" link after its last sentence (see moreWords). */
export function endsWithMoreLink(text: string): boolean {
  const tail = afterLastSentence(text)
  if (tail === undefined || tail === '' || tail.split(/\s+/u).length > maxLinkWords) return false
  if (moreWords.has(tail.toLowerCase())) return true
  return matchLexicon(tail).some((match) => match.category === 'readMore' && match.whole)
}

import {lastSentence} from '../lexicon/chrome.js'
import {matchLexicon} from '../lexicon/match.js'
import {countWords} from '../util/text.js'

/**
 * The call a blog prints as the article's last line: a question to the reader, then the sign-up ("Ti è piaciuta
 * questa ricetta? Iscriviti alla newsletter per riceverne una nuova ogni settimana!"). Its last sentence opens with a
 * newsletter phrase of two words or more ("iscriviti alla newsletter", "subscribe to our newsletter") and goes on, so
 * no whole phrase names it. Asked only of the core's last block: inside the article such a sentence may be a real
 * paragraph's about a newsletter, at its end it is the site's.
 */

/** The most words of the line: a longer one is a paragraph that ends with a call. */
const maxCallLineWords = 30
/** The most words of the call's sentence. */
const maxCallWords = 16

export function isClosingCall(text: string): boolean {
  const trimmed = text.trim()
  if (countWords(trimmed) > maxCallLineWords) return false
  const call = lastSentence(trimmed) ?? trimmed
  if (countWords(call) > maxCallWords) return false
  return matchLexicon(call).some((match) => match.category === 'newsletter' && !match.whole && match.phrase.includes(' '))
}

/** The core's end above a closing call on its last line, when prose stays above it. */
export function aboveClosingCall(texts: readonly string[], base: readonly number[], start: number, end: number): number {
  if (end <= start || !isClosingCall(texts[end]!)) return end
  return base.slice(start, end).some((score) => score > 0) ? end - 1 : end
}

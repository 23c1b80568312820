import {matchCategory} from '../lexicon/match.js'
import {minProseScore} from './zone-lines.js'

/** The most blocks of a paywall's pitch under its prompt, at the article's end: the offers, the perks, the login link. */
const maxPitchBlocks = 12
/** The fewest words of the login phrase that opens the prompt: "To view the full story", not an account's "Create an account" or "Login". */
const minPromptPhraseWords = 4

/**
 * A paywall at the article's end: a line that a login or subscription phrase of the lexicon opens ("To view the full
 * story, please subscribe …", "Subscribe now for the full story"), among the core's last blocks, under an article's
 * paragraph. The pitch after it is the paywall's, not the article's (a few paragraphs of offers and perks): the core
 * ends above the prompt. A phrase of four words or more is a prompt to subscribe ("this article is for subscribers
 * only"); shorter ones name an account's pages, which a how-to's step may open with ("Create an account on the portal …").
 */
export function paywallEnd(texts: readonly string[], base: readonly number[], start: number, end: number): number {
  for (let index = Math.max(start + 1, end - maxPitchBlocks); index <= end; index++) {
    const match = matchCategory(texts[index]!, ['login'])
    if (match === undefined || match.phrase.split(' ').length < minPromptPhraseWords) continue
    // The article's prose stands over the prompt.
    for (let above = index - 1; above >= start; above--) if (base[above]! >= minProseScore) return index - 1
    return end
  }
  return end
}

import type {RootContent} from 'mdast'
import {countWords, endsSentence, startsUpper} from '../util/text.js'
import {isMeasuredLine, isQuantityLine} from './ingredients.js'
import {boundaryCost, inlineCost, minProseScore} from './zone-lines.js'

/**
 * A recipe card under the post: the blogger's story is the core, then the
 * card's chrome (print, servings, times, nutrition facts), its ingredients,
 * one short line each opening with a quantity, most with a kitchen measure
 * ("120g kway teow", "300 ml" / "Haferdrink"), and its method, sentences under numbered steps or none.
 * The sum stops before the card, as its short lines cost more than the
 * method gives. The core takes the card in, up to the method's last
 * sentence, when the ingredients come before any prose or boundary and the
 * method right after them.
 */
export function recipeTail(children: readonly RootContent[], texts: readonly string[], base: readonly number[], end: number, wall: number): number {
  const limit = Math.min(wall, children.length, end + 1 + maxCardReach)
  // The ingredients: quantities on short lines, no prose or boundary before or among them.
  let quantities = 0
  let measured = 0
  let lastQuantity = -1
  let index = end + 1
  for (; index < limit; index++) {
    if (base[index] === -boundaryCost) return end
    if (base[index]! >= minProseScore) break
    if (isQuantityLine(children[index]!, texts[index]!)) {
      quantities++
      if (isMeasuredLine(texts[index]!.trim())) measured++
      lastQuantity = index
    }
  }
  if (quantities < minQuantities || measured < minMeasured || index - lastQuantity - 1 > maxLinesToMethod) return end
  // The method: sentences, and the steps' numbers between them, to the first other line.
  let last = -1
  let sentences = 0
  for (; index < limit; index++) {
    const node = children[index]!
    // Pages put invisible separators after a step's full stop ("paper towels.\u2063").
    const text = texts[index]!.replace(/\p{Cf}/gu, '').trim()
    if (node.type === 'list' || text === '' || isStepNumber(text) || base[index] === inlineCost) continue
    if (node.type !== 'paragraph' || !endsSentence(text) || !startsUpper(text)) break
    sentences++
    last = index
  }
  return sentences >= minMethodSentences ? last : end
}

/** How far under the core the card's ingredients end at most: its title, buttons, times, servings, nutrition facts, a few dozen ingredients. */
const maxCardReach = 80
/** The fewest lines opening with a quantity that make a list of ingredients. */
const minQuantities = 4
/** The fewest of them with a kitchen measure ("120g", "1 tbsp", "300 ml"): figures under an article ("12 seats", "4 in 10 adults") have none. */
const minMeasured = 2
/** The most short lines between the last ingredient and the method ("Directions", "Print shopping list", "1.", a last ingredient without a quantity). */
const maxLinesToMethod = 10
/** The fewest sentences of a method. */
const minMethodSentences = 2
/** A step's number alone on its line: "1.", "2)", "Schritt 3" is not one. */
function isStepNumber(text: string): boolean {
  return /^\p{N}{1,2}[.)]?$/u.test(text)
}

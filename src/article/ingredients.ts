import type {RootContent, Table} from 'mdast'
import {isChromeLine} from '../lexicon/chrome.js'
import {countWords, endsSentence, startsUpper} from '../util/text.js'
import {onFirstUse} from '../util/on-first-use.js'
import {plainText} from '../util/tree.js'
import {boundaryCost, minProseScore} from './zone-lines.js'

/**
 * A recipe's ingredients, printed above its method as a table of quantities
 * ("125 g" | "Mehl", "1" | "Ei(er)") or as lines ("200 g Zucker"), under headings
 * that announce each part ("Für den Mürbeteig:") and the recipe's facts ("Ergibt:
 * 40 Stück"). The sum leaves the tables out, as the short lines
 * between them and the method cost more than they give (the nutrition
 * facts, "Zubereitung", the cooking time); the core starts at the first
 * table, or the heading over it, when nothing but short lines stands between
 * (no prose, no boundary heading, no wall).
 */
export function ingredientsAbove(children: readonly RootContent[], base: readonly number[], scores: readonly number[], start: number): number {
  let lowest = -1
  for (let index = start - 1; index >= 0 && start - index <= maxReach; index--) {
    if (scores[index] === Number.NEGATIVE_INFINITY || base[index] === -boundaryCost) return start
    const node = children[index]!
    if (isIngredientTable(node)) {
      lowest = index
      break
    }
    const lines = isQuantityLine(node, plainText(node)) ? ingredientLinesUp(children, scores, index) : -1
    if (lines >= 0) {
      lowest = lines
      break
    }
    if (base[index]! >= minProseScore) return start
  }
  if (lowest < 0) return start
  // Upward from the last table: more tables of the recipe, the headings of its parts, and its facts over them ("Ergibt: 40 Stück").
  let first = lowest
  for (let index = lowest - 1; index >= 0 && lowest - index <= maxParts * 2; index--) {
    const node = children[index]!
    if (scores[index] === Number.NEGATIVE_INFINITY) break
    if (isIngredientTable(node) || isPartHeading(node) || isRecipeFact(node)) first = index
    else break
  }
  // The list's own heading right above it, which needs no colon ("Ingredienti", "Zutaten").
  const above = children[first - 1]
  return above !== undefined && scores[first - 1] !== Number.NEGATIVE_INFINITY && isListHeading(above) ? first - 1 : first
}

/** The most words of the heading over a recipe's ingredients ("Ingredients", "Für 4 Personen" has a figure and is a fact). */
const maxListHeadingWords = 3

/** A short line over the ingredients, a capital first (a lower-case verb is a button: "umrechnen"), no figure, no sentence, no button or menu word the lexicon names. */
function isListHeading(node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false
  const text = plainText(node).trim()
  const words = countWords(text)
  return words >= 1 && words <= maxListHeadingWords && startsUpper(text) && !/\p{N}/u.test(text) && !endsSentence(text) && !isChromeLine(text, words)
}

/** The most words of an ingredient's line ("100 g gemahlene Mandeln"). */
const maxIngredientWords = 10
/** The fewest lines opening with a quantity that make a list of ingredients printed as lines. */
const minQuantityLines = 4

/** A short paragraph that opens or closes with a quantity: an ingredient's line ("200 g Zucker", "1 Ei", "Guanciale 150 g", "Tuorli 6"). */
export function isQuantityLine(node: RootContent, text: string): boolean {
  return node.type === 'paragraph' && countWords(text) <= maxIngredientWords && hasQuantity(text.trim())
}

/** Opens with a quantity, or closes with one after the ingredient's name, as Italian and Spanish recipes print it ("Spaghetti 320 g"), or gives it after a dash ("Мука — 3 ст. л."). */
function hasQuantity(text: string): boolean {
  return quantity.test(text) || trailingQuantity(text) !== undefined || afterDash(text) !== undefined
}

/** The most characters of an ingredient's name before the dash that sets its quantity off ("Растительное масло"). */
const maxDashedName = 40

/**
 * What follows the spaced dash after an ingredient's name, when it opens with a quantity: Russian, Ukrainian and
 * Polish recipes print the name, a dash, then the quantity and its measure, and perhaps a note ("Творог 9% — 500 г",
 * "Мука — 3 ст. л. + для обваливания", "Mąka – 250 g"). A line with a dash and no quantity after it ("Соль — щепотка")
 * is none.
 */
function afterDash(text: string): string | undefined {
  const dash = text.slice(0, maxDashedName + 3).search(/\s[—–]\s/u)
  if (dash <= 0) return undefined
  const rest = text.slice(dash + 3).trimStart()
  return quantity.test(rest) ? rest : undefined
}

/** How many characters at a line's end a closing quantity takes at most, its measure written out ("12,5 tablespoons"). */
const quantityTail = 20

/** A line with a kitchen measure, before the ingredient ("120g noodles") or after it ("Guanciale 150 g"). */
export function isMeasuredLine(text: string): boolean {
  const dashed = afterDash(text)
  return opensMeasured(text) || trailingQuantity(text) === 'measured' || (dashed !== undefined && opensMeasured(dashed))
}

/**
 * The quantity closing a line after at least one word of name: a number ("Tuorli 6"), or a number and its
 * kitchen measure, spaced or glued ("Guanciale 150 g", "Farina 00 500g"). Read from the last words, no pattern
 * anchored at the end over a repeated class.
 */
function trailingQuantity(text: string): 'bare' | 'measured' | undefined {
  // No figure among the last characters (a number and the longest measure, "2 tablespoons"): no quantity closes the line.
  if (!/\p{N}/u.test(text.slice(-quantityTail))) return undefined
  const words = text.split(/\s+/u)
  if (words.length < 2) return undefined
  const last = words[words.length - 1]!
  if (quantity.test(last)) return words.length >= 2 && !quantity.test(words[0]!) ? 'bare' : undefined
  if (opensMeasured(last) && !quantity.test(words[0]!)) return 'measured'
  const before = words[words.length - 2]!
  if (words.length >= 3 && quantity.test(before) && opensMeasured(`${before} ${last}`) && !quantity.test(words[0]!)) return 'measured'
  return undefined
}

/**
 * The ingredients printed as lines, no table, the last at `last`: the short lines above it, no sentence among them
 * ("Mandelsplitter" without a quantity may close the list), four or more opening with a quantity and two of those with
 * a kitchen measure. The first of them, or -1.
 */
function ingredientLinesUp(children: readonly RootContent[], scores: readonly number[], last: number): number {
  let quantities = 0
  let measured = 0
  let top = -1
  for (let index = last; index >= 0 && last - index <= maxReach && scores[index] !== Number.NEGATIVE_INFINITY; index--) {
    const node = children[index]!
    const text = plainText(node).trim()
    // A measure's abbreviation may close an ingredient's line ("Яйцо — 1 шт.", "1 Pck. Vanillezucker."): no sentence.
    const counted = node.type === 'paragraph' && countWords(text) <= maxIngredientWords && hasQuantity(text)
    if (!counted && (node.type !== 'paragraph' || countWords(text) > maxIngredientWords || endsSentence(text))) break
    if (!counted) continue
    quantities++
    if (isMeasuredLine(text)) measured++
    top = index
  }
  return quantities >= minQuantityLines && measured >= minMeasured ? top : -1
}

/** The most words of a recipe's fact: its time, its yield ("Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)"). */
const maxFactWords = 8

/** A recipe's fact over its ingredients: a label, a colon, and a figure ("Ergibt: 40 Stück", "Portionen: 12"). */
function isRecipeFact(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const text = plainText(node).trim()
  return countWords(text) <= maxFactWords && /^[^:：\d]{2,30}[:：]\s*\S*\d/u.test(text)
}

/** How many blocks above the core the last table may stand: the nutrition facts, a "Method" heading, the times. */
const maxReach = 30
/** The most parts of one recipe ("for the dough", "for the filling"), each a heading and a table. */
const maxParts = 6
/** The fewest rows of a table of ingredients with a quantity first. */
const minIngredients = 3
/** The fewest of those with a unit: a table of ranks ("1" | "Bayern" | "25") has none. */
const minMeasured = 2

/** A quantity: a number, a fraction or a range, alone or before a unit. */
export const quantity = /^(?:\p{N}+(?:[.,/]\p{N}+)?|[½⅓⅔¼¾⅛])(?:\s?[-–]\s?\p{N}+)?(?:\s|$)/u
/** Kitchen measures, metric and imperial, after the quantity. */
const unit = /^\S+\s+(?:k?g|mg|[mcd]?l|oz|lbs?|tsp|tbsp|cups?|teaspoons?|tablespoons?|TL|EL|Pck\.?|Prise|Becher|Dose\/?n?|Bund|Msp\.?|Gramm|Liter|Teelöffel|Esslöffel)$/u
/**
 * A line that opens with a quantity and its kitchen measure, the same measures, glued or spaced: "120g noodles", "1 tbsp garlic",
 * "300 ml"; and those of Russian, Ukrainian, Polish and Czech recipes: grams and litres in Cyrillic, pieces, spoons ("ст. л.",
 * "ч. л.", "łyżki", "lžíce"), glasses ("стакан", "склянка", "szklanka"), decagrams.
 */
const measuredLine = onFirstUse(() => /^\p{N}[\p{N}.,/]*(?:\s?[-–]\s?\p{N}[\p{N}.,/]*)?\s?(?:k?g|mg|[mcd]?l|oz|lbs?|tsp|tbsp|cups?|teaspoons?|tablespoons?|TL|EL|Pck\.?|Prise|Becher|Dose\/?n?|Bund|Msp\.?|Gramm|Liter|Teelöffel|Esslöffel|к?г|гр|мг|мл|л|шт|ст\.\s?л|ч\.\s?л|стакан\p{L}*|склянк\p{L}*|dag|szt|łyż\p{L}*|szklank\p{L}*|lžíc\p{L}*|ks)(?![\p{L}\p{N}])/u)
/** A number at the text's start, which `measuredLine` opens with: tested first, so that the long pattern is built and compiled only for a page with such a line. */
const opensWithNumber = /^\p{N}/u

/** Whether the text opens with a quantity and its kitchen measure (`measuredLine`). */
function opensMeasured(text: string): boolean {
  return opensWithNumber.test(text) && measuredLine().test(text)
}

function isIngredientTable(node: RootContent): node is Table {
  if (node.type !== 'table') return false
  let quantities = 0
  let measured = 0
  for (const row of node.children) {
    const cell = row.children[0] === undefined ? '' : plainText(row.children[0]).trim()
    if (!quantity.test(cell)) continue
    quantities++
    if (unit.test(cell)) measured++
  }
  return quantities >= minIngredients && quantities * 3 >= node.children.length * 2 && measured >= minMeasured
}

/** A short heading ending with a colon: "Für die Füllung:", "For the dough:". */
function isPartHeading(node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false
  const text = plainText(node).trim()
  return text.endsWith(':') && countWords(text) <= 5
}

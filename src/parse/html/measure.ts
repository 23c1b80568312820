import {type AnyNode, type Element, isText} from 'domhandler'
import {blockTags, isElement} from './dom.js'

/**
 * How much article text each element holds, as the body-text extractors
 * (Readability, jusText, boilerpipe) measure it. Text belongs to its nearest
 * block element; each block is judged once:
 *
 * - prose: long enough, with sentence punctuation, few of its characters in
 *   links; it earns its characters (less its link text);
 * - links: a block mostly made of links (a menu, a list of teasers) costs
 *   its characters;
 * - short lines without links (labels, dates, bylines) cost an eighth of
 *   theirs: they belong to articles and to chrome alike; headings, list
 *   items, code, tables and quotes cost nothing, being short by nature.
 *
 * An element's score is the sum over the blocks in its subtree, so the
 * highest-scoring element is the tightest container that holds the prose
 * and leaves out the link lists around it (the maximum subtree, as the text
 * path's core is the maximum run of lines).
 */
export interface Measure {
  /** Elements in document order. */
  elements: Element[]
  score: ElementNumbers
  /** Characters of prose blocks in the subtree. */
  prose: ElementNumbers
  /** Characters of text, and of link text, in the subtree. */
  chars: ElementNumbers
  links: ElementNumbers
}

/** A number for each measured element, read as a map reads (a Map is one); `values` in document order. */
export interface ElementNumbers {
  get(element: Element): number | undefined
  has(element: Element): boolean
  values(): Iterable<number>
}

/**
 * A number for each measured element, read as a map (`get`, `has`, `values`
 * in document order). The four measures share one index of the elements and
 * keep their numbers in arrays: four maps of every element of a page cost
 * most of a measure's time on a page of 70,000 elements (a big table), and as
 * many entries each.
 */
class ElementValues implements ElementNumbers {
  readonly #index: ReadonlyMap<Element, number>
  readonly #values: Float64Array
  constructor(index: ReadonlyMap<Element, number>, values: Float64Array) {
    this.#index = index
    this.#values = values
  }

  get(element: Element): number | undefined {
    const at = this.#index.get(element)
    return at === undefined ? undefined : this.#values[at]
  }

  has(element: Element): boolean {
    return this.#index.has(element)
  }

  values(): IterableIterator<number> {
    return this.#values.values()
  }
}

interface Block {
  /** A list item or a definition: prose there is as often a teaser as article. */
  item: boolean
  /** A heading, list item, code block, table or quote: short by nature, no sign of chrome. */
  structural: boolean
  chars: number
  links: number
  marks: number
  text?: string[]
}

const listItems = new Set(['li', 'dt', 'dd'])
const structural = new Set(['li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'blockquote'])
/** A data table is one block: its cells are short, the table is not. Cells holding paragraphs (layout tables) give them their own blocks. */
const cellTags = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption'])

const dense = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu

/**
 * Every code unit a character of those scripts can have in the Basic Plane, and
 * every high surrogate: text with none of them (most Latin, Cyrillic, Arabic text)
 * has no dense character, and is spared the Unicode-property search.
 */
const mayBeDense = /[\u0E00-\u0EFF\u1000-\u11FF\u1780-\u17FF\u19E0-\u19FF\u2E80-\u9FFF\uA9E0-\uA9FF\uAA60-\uAA7F\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\uD800-\uDBFF]/

/** Sentence and clause punctuation in any script: Urdu's full stop ۔, the double danda ॥, Ethiopic's ። and ፣, Armenian's ։ too. */
const marks = /[.,!?;:…。！？，、；：؟،؛۔।॥።፣։]/g
const ends = /[.!?…。！？؟۔।॥።։]/

/**
 * Measure every element under `root`. `inArticle`, when given, says whether
 * a prose block's text belongs to the article (the page's JSON-LD
 * `articleBody`); prose that does not then costs instead of earning.
 */
export function measure(root: Element, inArticle?: (text: string) => boolean, minProse: number = proseChars): Measure {
  const elements: Element[] = []
  const blocks = new Map<Element, Block>()
  // Each level's children read by place, with the block and link they are in (eachNode's walk, dom.ts): a frame per node made a stack as long as the widest element.
  const lists: AnyNode[][] = [[root]]
  const places: number[] = [0]
  const owners: Element[] = [root]
  const inLinks: boolean[] = [false]
  while (lists.length > 0) {
    const top = lists.length - 1
    const list = lists[top]!
    const at = places[top]!
    if (at >= list.length) {
      lists.pop()
      places.pop()
      owners.pop()
      inLinks.pop()
      continue
    }
    places[top] = at + 1
    const node = list[at]!
    const block = owners[top]!
    const link = inLinks[top]!
    if (isText(node)) {
      const value = node.data
      const length = collapsedLength(value)
      if (length === 0) continue
      // Scripts written without spaces say in one character what others say in two or three; so does a Hangul
      // syllable, a block of two or three letters (a Korean post's paragraph of 50 syllables is a Latin one of 120 letters).
      const chars = length + (mayBeDense.test(value) ? value.match(dense)?.length ?? 0 : 0)
      let entry = blocks.get(block)
      if (!entry) {
        entry = {item: listItems.has(block.name), structural: structural.has(block.name), chars: 0, links: 0, marks: 0}
        if (inArticle) entry.text = []
        blocks.set(block, entry)
      }
      entry.chars += chars
      if (link) entry.links += chars
      entry.marks += value.match(marks)?.length ?? 0
      if (ends.test(value)) entry.marks++
      entry.text?.push(value)
      continue
    }
    if (!isElement(node)) continue
    elements.push(node)
    if (node.children.length === 0) continue
    lists.push(node.children)
    places.push(0)
    owners.push(blockTags.has(node.name) && !cellTags.has(node.name) ? node : block)
    inLinks.push(link || node.name === 'a')
  }

  const indexOf = new Map<Element, number>()
  for (let index = 0; index < elements.length; index++) indexOf.set(elements[index]!, index)
  const score = new Float64Array(elements.length)
  const prose = new Float64Array(elements.length)
  const chars = new Float64Array(elements.length)
  const links = new Float64Array(elements.length)
  for (const [element, block] of blocks) {
    const [value, isProse] = judge(block, inArticle, minProse)
    const at = indexOf.get(element)!
    if (isProse) prose[at] = block.chars
    chars[at] = block.chars
    links[at] = block.links
    // A block counts fully for itself and its parent, less for each level above:
    // the container that holds the paragraphs beats the page wrapper that holds them and the teasers.
    let node: number | undefined = at
    for (let level = 0; level <= maxLevels && node !== undefined; level++) {
      score[node] = score[node]! + value * weight(level)
      const parent: AnyNode | null = elements[node]!.parent
      node = parent && isElement(parent) ? indexOf.get(parent) : undefined
    }
  }
  // Children before parents: add each subtree's sums to its parent.
  for (let index = elements.length - 1; index > 0; index--) {
    const parent = elements[index]!.parent
    const at = parent && isElement(parent) ? indexOf.get(parent) : undefined
    if (at === undefined) continue
    prose[at] = prose[at]! + prose[index]!
    chars[at] = chars[at]! + chars[index]!
    links[at] = links[at]! + links[index]!
  }
  const values = (numbers: Float64Array) => new ElementValues(indexOf, numbers)
  return {elements, score: values(score), prose: values(prose), chars: values(chars), links: values(links)}
}

/** How far up a block's score reaches. */
const maxLevels = 30
/** How fast a block's weight falls with its distance: 1/√level. */
const decay = 0.5
/** A box of links costs at most this much: a hover card of links inside a paragraph must not sink the article around it. */
const linkCap = 100

function weight(level: number): number {
  return level <= 1 ? 1 : 1 / level ** decay
}

/** A block with sentence punctuation is prose from this many characters (a paragraph of a sentence or two). */
const proseChars = 80

/**
 * A post written in short paragraphs of one sentence each (a newsletter's or a blog's lines of 50 or 70
 * characters) has no block of 80: measured again with this floor when no block on the page is prose.
 */
export const shortProseChars = 30

function judge(block: Block, inArticle: ((text: string) => boolean) | undefined, minProse: number): [number, boolean] {
  const density = block.links / block.chars
  if (density > 0.5) return [-Math.min(block.chars, linkCap), false]
  const isProse = (block.chars >= minProse && block.marks >= 1) || block.chars >= 200
  if (!isProse) return [block.structural ? 0 : -block.chars / 8, false]
  // Lists of teasers (a headline link and an excerpt per item) look like prose; list items neither earn nor cost.
  if (block.item) return [0, false]
  if (inArticle && !inArticle(block.text!.join(''))) return [-block.chars, false]
  return [block.chars - block.links, true]
}

function collapsedLength(value: string): number {
  let length = 0
  let space = true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const white = code === 32 || code === 10 || code === 9 || code === 13 || code === 12
    if (white) {
      if (!space) length++
      space = true
    } else {
      length++
      space = false
    }
  }
  return length
}

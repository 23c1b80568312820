import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {countWords, endsOpen, endsSentence, startsUpper} from '../util/text.js'
import {blockText, plainText} from '../util/tree.js'
import {isProse} from '../article/zones.js'
import {inLabelRun} from '../article/label-runs.js'
import {joinWrapped} from '../parse/hard-wraps.js'

export interface StructureOptions {
  /** Longest heading, in words. */
  maxHeadingWords?: number
  /** Depth of the headings found in the body (the title, in front matter, is the first level). */
  headingDepth?: Heading['depth']
  /** Shortest line, in characters, that a hard wrap may have broken. */
  minWrapLength?: number
}

const defaults = {maxHeadingWords: 12, headingDepth: 2, minWrapLength: 40} as const satisfies Required<StructureOptions>

/**
 * Give the body its structure back: join lines that a hard wrap broke (a
 * line with no final punctuation, the next line right below it starting in
 * lower case), and make heading-like lines headings: a short line without
 * final punctuation, starting in upper case, that introduces prose or a list.
 * Bullet glyphs became lists in the parser already. HTML and Markdown
 * input are left alone: their markup already says all this.
 */
export const structure: Plugin<[StructureOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    // Markup says itself what is a heading, and its paragraphs are not hard-wrapped.
    if (file.data.hints?.markup) return
    tree.children = joinWrapped(tree.children, settings.minWrapLength)
    const children = tree.children
    // The standfirst (the description, kept as the lead) is a summary sentence printed without its full stop, not a heading.
    const description = file.data.meta?.description
    const texts = children.map((node) => (node.type === 'paragraph' ? plainText(node) : ''))
    // The last of a run of label lines ("Hmotnost: 8,3 kg" / "Rozměry: 25 × 37 × 29 cm") is an item of it, not the heading of the sentence under it.
    const headings = children.map(
      (node, index) =>
        node.type === 'paragraph' && isHeadingLike(node, children[index + 1], settings.maxHeadingWords) && texts[index] !== description && !inLabelRun(texts, index),
    )
    // An interview: questions head their answers. One answered in a word ("È autobiografico?" / "No.") too.
    const questions = headings.filter((heading, index) => heading && isQuestion(children[index]!)).length
    if (questions >= minInterviewQuestions) {
      children.forEach((node, index) => {
        if (!headings[index] && isQuestion(node) && isAnswer(children[index + 1])) headings[index] = true
      })
    }
    tree.children = children.map((node, index) => {
      if (node.type !== 'paragraph' || !headings[index]) return node
      const heading: Heading = {type: 'heading', depth: settings.headingDepth, children: node.children}
      if (node.position) heading.position = node.position
      return heading
    })
  }
}

/** Question headings that make a text an interview, whose every question heads its answer. */
const minInterviewQuestions = 3

/** A short question of plain text, as an interviewer asks it. */
function isQuestion(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.some((child) => child.type !== 'text')) return false
  const text = blockText(node)
  return /[?？؟]$/u.test(text) && countWords(text) <= 8 && startsUpper(text)
}

/** An answer, however short: a sentence that asks nothing back. */
function isAnswer(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false
  const text = blockText(node)
  return endsSentence(text) && !/[?？؟]["'”’»)]*$/u.test(text) && startsUpper(text)
}

/** What a heading introduces: prose, a list, code, a table, or a sentence that leads into one ("Drie ontwikkelingen komen samen:"). */
function introducesContent(next: RootContent | undefined): boolean {
  if (!next) return false
  if (isProse(next) || next.type === 'list' || next.type === 'code' || next.type === 'table') return true
  if (next.type !== 'paragraph') return false
  const text = blockText(next)
  return countWords(text) >= 4 && startsUpper(text) && (endsSentence(text) || /[:：]$/u.test(text))
}

function isHeadingLike(node: Paragraph, next: RootContent | undefined, maxWords: number): boolean {
  if (!introducesContent(next)) return false
  if (node.children.some((child) => child.type !== 'text')) return false
  const text = blockText(node)
  const words = countWords(text)
  if (words === 0 || words > maxWords || text.length > 120) return false
  // A short question may head a section ("Wat nou?"); a longer one is a one-line paragraph.
  const question = /[?？؟]$/u.test(text) && words <= 8
  if ((endsSentence(text) && !question) || endsOpen(text) || /[)"”»]$/u.test(text)) return false
  // "1) Lego Star Wars …": an item of a numbered list whose lines the page split apart, not a heading.
  if (/^\d{1,3}\)\s/u.test(text)) return false
  return startsUpper(text) && /\p{L}/u.test(text)
}


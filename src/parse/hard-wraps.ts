import type {Paragraph, RootContent} from 'mdast'
import {endsSentence} from '../util/text.js'
import {blockText} from '../util/tree.js'

/** Shortest line a hard wrap at a fixed width breaks (the structure stage's own minimum). */
const minWrapLength = 40
/** The fewest lines of a paragraph that shows a hard wrap: two could be a heading and a line, or one line broken once. */
const minWrappedLines = 3
/** How much shorter than the longest a wrapped line may be: a wrap at a fixed width leaves lines of nearly one length. */
const minWidthShare = 0.75

/**
 * Join the paragraphs a hard wrap at a fixed width broke (`<pre>` text,
 * a plain-text page, a mail archive) before any stage reads the blocks: three
 * lines or more, each unfinished and the next in lower case (isWrap), all
 * but the last of nearly one length. The zone search and the title finder
 * then read paragraphs, not their fragments. Any other join is the
 * structure stage's, at the end.
 */
export function joinHardWraps(children: RootContent[]): RootContent[] {
  const result: RootContent[] = []
  let index = 0
  while (index < children.length) {
    let end = index
    while (end + 1 < children.length && children[end]!.type === 'paragraph' && children[end + 1]!.type === 'paragraph' && isWrap(children[end] as Paragraph, children[end + 1] as Paragraph, minWrapLength)) end++
    if (end - index + 1 >= minWrappedLines && fixedWidth(children.slice(index, end))) {
      for (const joined of joinWrapped(children.slice(index, end + 1), minWrapLength)) result.push(joined)
    } else {
      for (let at = index; at <= end; at++) result.push(children[at]!)
    }
    index = end + 1
  }
  return result
}

/** Lines (all but a paragraph's last) of nearly one length. */
function fixedWidth(lines: RootContent[]): boolean {
  let shortest = Number.POSITIVE_INFINITY
  let longest = 0
  for (const line of lines) {
    const length = blockText(line).trim().length
    shortest = Math.min(shortest, length)
    longest = Math.max(longest, length)
  }
  return shortest >= longest * minWidthShare
}

/** Join paragraphs split by a hard wrap: adjacent lines, the first unfinished, the second in lower case. */
export function joinWrapped(children: RootContent[], minLength: number): RootContent[] {
  const joined: RootContent[] = []
  for (const node of children) {
    const previous = joined[joined.length - 1]
    if (previous?.type === 'paragraph' && node.type === 'paragraph' && isWrap(previous, node, minLength)) {
      const text = previous.children[0]
      const more = node.children[0]
      if (text?.type === 'text' && more?.type === 'text') {
        text.value = `${text.value.trimEnd()} ${more.value.trimStart()}`
        if (previous.position && node.position) {
          previous.position = {start: previous.position.start, end: node.position.end}
          text.position = previous.position
        }
        continue
      }
    }
    joined.push(node)
  }
  return joined
}

function isWrap(previous: Paragraph, node: Paragraph, minLength: number): boolean {
  if (previous.children.length !== 1 || node.children.length !== 1) return false
  const above = previous.position?.end.line
  const below = node.position?.start.line
  if (above === undefined || below === undefined || below !== above + 1) return false
  const text = blockText(previous)
  const next = blockText(node)
  if (text.length < minLength || endsSentence(text) || /[:;]$/u.test(text)) return false
  const first = /\p{L}/u.exec(next)?.[0]
  return first !== undefined && first !== first.toUpperCase()
}

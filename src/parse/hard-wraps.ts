import type {Paragraph, RootContent, Text} from 'mdast'
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
 * lines or more, each unfinished and the next in lower case, all but the last
 * of nearly one length. The zone search and the title finder then read
 * paragraphs, not their fragments. Any other join is the structure stage's,
 * at the end. Each line is measured against the line under it alone.
 */
export function joinHardWraps(children: RootContent[]): RootContent[] {
  return joinRuns(children, minWrapLength, false, (lines) => lines.length >= minWrappedLines && fixedWidth(lines.slice(0, -1)))
}

/**
 * Join paragraphs split by a hard wrap: adjacent lines, the paragraph so far
 * unfinished (and `minLength` characters or more), the next line in lower case.
 */
export function joinWrapped(children: RootContent[], minLength: number): RootContent[] {
  return joinRuns(children, minLength, true, () => true)
}

/**
 * The children with each run of wrapped lines that `join` accepts made one
 * paragraph. A run is found line by line; its texts are joined once at the
 * end (joining them one by one copied the paragraph so far at each line: a
 * long wrapped paragraph cost the square of its length). `sofar`: the
 * paragraph so far counts its whole length toward `minLength`, as it reads
 * once joined; else each line its own.
 */
function joinRuns(children: RootContent[], minLength: number, sofar: boolean, join: (lines: WrappedLine[]) => boolean): RootContent[] {
  const result: RootContent[] = []
  let index = 0
  while (index < children.length) {
    const first = children[index]!
    const lines = wrappedLine(first) ? [first] : []
    let length = lines.length > 0 ? blockText(first).length : 0
    let end = index
    while (lines.length > 0 && end + 1 < children.length) {
      const next = children[end + 1]!
      if (!wrappedLine(next) || !wrapsOnto(lines[lines.length - 1]!, sofar ? length : blockText(lines[lines.length - 1]!).length, next, minLength)) break
      lines.push(next)
      length += 1 + blockText(next).length
      end++
    }
    if (lines.length > 1 && join(lines)) result.push(joinLines(lines))
    else for (let at = index; at <= end; at++) result.push(children[at]!)
    index = end + 1
  }
  return result
}

/** A paragraph of one text: a line as the text parser reads it. */
type WrappedLine = Paragraph & {children: [Text]}

function wrappedLine(node: RootContent): node is WrappedLine {
  return node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'text'
}

/**
 * Whether `next` goes on from `last`, the paragraph so far ending with it
 * (`length` characters): right under it, the paragraph unfinished, `next`
 * opening in lower case.
 */
function wrapsOnto(last: WrappedLine, length: number, next: WrappedLine, minLength: number): boolean {
  const above = last.position?.end.line
  const below = next.position?.start.line
  if (above === undefined || below === undefined || below !== above + 1) return false
  const text = blockText(last)
  if (length < minLength || endsSentence(text) || /[:;]$/u.test(text)) return false
  const first = /\p{L}/u.exec(blockText(next))?.[0]
  return first !== undefined && first !== first.toUpperCase()
}

/** The lines as one paragraph, the first's node: one space between them, its position from the first's start to the last's end. */
function joinLines(lines: WrappedLine[]): Paragraph {
  const first = lines[0]!
  const last = lines[lines.length - 1]!
  const text = first.children[0]
  const values = lines.map((line, index) => {
    const value = line.children[0].value
    return index === 0 ? value.trimEnd() : index === lines.length - 1 ? value.trimStart() : value.trim()
  })
  text.value = values.join(' ')
  if (first.position && last.position) {
    first.position = {start: first.position.start, end: last.position.end}
    text.position = first.position
  }
  return first
}

/** Lines of nearly one length. */
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

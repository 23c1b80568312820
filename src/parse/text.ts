import type {List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import {codeRun, tableRun} from './text-blocks.js'
import {type Line, spanOf} from './text-lines.js'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {cutShortRuns} from './text-runs.js'

/**
 * A plain-text dump (innerText, `get_text()`, a CMS export) to mdast.
 *
 * Every non-blank line becomes its own block: scrapers write one line per
 * block element, with or without blank lines between them, so a line is the
 * safest unit. Blank lines are not lost: they show as a gap between the
 * `position`s of two blocks, which the `structure` stage reads to join lines
 * that a hard wrap broke (a paragraph wrapped at a fixed width is joined
 * before any stage, see hard-wraps.ts). Bullet lines become lists here, because a bullet
 * glyph is syntax, not a judgement about content.
 */
export function parseText(input: string, file?: VFile): Root {
  const lines = splitLines(input)
  // With a file to report on, long runs of very short lines are cut as they are read (see text-runs.ts).
  if (file) cutShortRuns(lines, file)
  const children: RootContent[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    if (line.text.trim() === '') {
      index++
      continue
    }
    const run = bulletRun(lines, index) ?? tableRun(lines, index) ?? codeRun(lines, index)
    if (run) {
      children.push(run.node)
      index = run.next
      continue
    }
    children.push(paragraph(line))
    index++
  }
  const end = pointAt(input, input.length, lines)
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end},
  }
}

function splitLines(input: string): Line[] {
  const lines: Line[] = []
  const ending = /\r\n|\r|\n/g
  let start = 0
  let line = 1
  let match: RegExpExecArray | null
  while ((match = ending.exec(input))) {
    lines.push({text: input.slice(start, match.index), line, offset: start})
    start = match.index + match[0].length
    line++
  }
  lines.push({text: input.slice(start), line, offset: start})
  return lines
}

function pointAt(input: string, offset: number, lines: Line[]): Point {
  const last = lines[lines.length - 1]
  if (last && offset >= last.offset) {
    return {line: last.line, column: offset - last.offset + 1, offset}
  }
  return {line: 1, column: offset + 1, offset: Math.min(offset, input.length)}
}

function paragraph(line: Line, from = 0): Paragraph {
  const value = line.text.slice(from).trim()
  const position = spanOf(line, from)
  return {type: 'paragraph', children: [{type: 'text', value, position}], position}
}

/**
 * Bullets that always mean a list item, even alone; the others (`-`, `*`,
 * `–`, `—`, `1.`) need a second item next to them, since `- ` or `10. `
 * alone often starts real prose (a dialogue dash, a German date "10. Januar").
 */
const strongBullet = /^[ \t]*([•·▪●◦‣∙■□➤►▸])[ \t\u00a0]+(?=\S)/
const weakBullet = /^[ \t]*([-*–—+])[ \t]+(?=\S)/
const ordinal = /^[ \t]*(\d{1,3})([.)])[ \t]+(?=\S)/

interface Bullet {
  ordered: boolean
  /** The glyph (or `.`/`)` for ordinals), so a list does not mix kinds. */
  glyph: string
  start?: number
  strong: boolean
  /** Where the item's text starts in the line. */
  from: number
}

function bulletOf(text: string): Bullet | undefined {
  let match = strongBullet.exec(text)
  if (match) return {ordered: false, glyph: match[1]!, strong: true, from: match[0].length}
  match = weakBullet.exec(text)
  if (match) return {ordered: false, glyph: match[1]!, strong: false, from: match[0].length}
  match = ordinal.exec(text)
  if (match) {
    return {ordered: true, glyph: match[2]!, start: Number(match[1]), strong: false, from: match[0].length}
  }
  return undefined
}

/** A run of consecutive bullet lines of one kind, as a list, or nothing. */
function bulletRun(lines: Line[], index: number): {node: List; next: number} | undefined {
  const first = bulletOf(lines[index]!.text)
  if (!first) return undefined
  const items: ListItem[] = []
  let next = index
  let expected = first.start
  while (next < lines.length) {
    const line = lines[next]!
    const bullet = bulletOf(line.text)
    if (!bullet || bullet.ordered !== first.ordered || bullet.glyph !== first.glyph) break
    if (bullet.ordered && bullet.start !== expected) break
    const content = paragraph(line, bullet.from)
    items.push({type: 'listItem', spread: false, children: [content], position: spanOf(line)})
    if (expected !== undefined) expected++
    next++
  }
  if (items.length < 2 && !first.strong) return undefined
  const list: List = {
    type: 'list',
    ordered: first.ordered,
    spread: false,
    children: items,
    position: {start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end},
  }
  if (first.ordered) list.start = first.start ?? 1
  return {node: list, next}
}

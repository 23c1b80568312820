import type {Paragraph, PhrasingContent} from 'mdast'
import type {Options as StringifyOptions} from 'remark-stringify'
import {text} from './markdown-text.js'

type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['paragraph']>
type State = Parameters<Handle>[2]
type Info = Parameters<Handle>[3]

/** Children a paragraph has before it is written a piece at a time. */
const minChildren = 256
/** Children in one piece, about (a piece ends where it may). */
const pieceSize = 128

/**
 * A paragraph as remark-stringify writes it, but a long one a piece at a
 * time. The writer serializes a paragraph's children to a list of items,
 * then renders and pairs every emphasis sequence of the whole paragraph to
 * check that each emphasis forms: a 1 MB paragraph of bold, italic and
 * links held all of its items, tokens and runs at once, some 110 MB, and a
 * third of its stringify time went to the garbage collector.
 *
 * Same output: a piece is cut only between two children written as plain
 * strings (a non-empty text, then a text or a link), so no emphasis sequence
 * stands at a cut; each piece gets the characters before and after it that
 * the whole gives those children; and only when every emphasis of the
 * paragraph forms wherever it stands (`allForm`), so that the writer's check
 * finds nothing to fix, in the whole or in a piece, and keeps the sequences
 * it first chose. The pieces joined are then the whole.
 */
export const paragraph: Handle = (node, _parent, state, info) => {
  const exit = state.enter('paragraph')
  const subexit = state.enter('phrasing')
  const value = node.children.length >= minChildren && state.handlers.text === text && allForm(node, state, info) ? inPieces(node, state, info) : state.containerPhrasing(node, info)
  subexit()
  exit()
  return value
}

function inPieces(node: Paragraph, state: State, info: Info): string {
  const children = node.children
  const tracker = state.createTracker(info)
  let out = ''
  let before = info.before
  let start = 0
  while (start < children.length) {
    let end = Math.min(children.length, start + pieceSize)
    while (end < children.length && !cutsBefore(children, end)) end++
    const after = end < children.length ? peek(children[end]!, node, state, tracker) : info.after
    const piece = state.containerPhrasing({type: 'paragraph', children: children.slice(start, end)}, {...tracker.current(), before, after})
    out += piece
    tracker.move(piece)
    before = lastCharacter(piece)
    start = end
  }
  return out
}

/** Between a non-empty text and a text or a link: both are written as plain strings, never as emphasis. */
function cutsBefore(children: readonly PhrasingContent[], index: number): boolean {
  const previous = children[index - 1]!
  const next = children[index]!
  return previous.type === 'text' && previous.value !== '' && (next.type === 'link' || (next.type === 'text' && next.value !== ''))
}

/** The first character the writer would write for a child, as its `phrasing` looks ahead. */
function peek(child: PhrasingContent, parent: Paragraph, state: State, tracker: ReturnType<State['createTracker']>): string {
  // @ts-expect-error: `handle` is a zwitch; its handlers may carry a `peek`, as the writer's own look-ahead uses.
  let handle = state.handle.handlers[child.type] as (Handle & {peek?: Handle}) | undefined
  if (handle?.peek) handle = handle.peek
  return handle ? firstCharacter(handle(child as never, parent, state, {before: '', after: '', ...tracker.current()})) : ''
}

/**
 * Whether every emphasis (any node the writer handles as attention) forms
 * wherever it stands: it opens and closes on a letter or a digit of a text
 * of its own, with white space (or the paragraph's edge, when that is white
 * space) outside it. Each of its sequences can then only open or only close,
 * on the sequence it pairs with, so the writer's check finds no mistake and
 * keeps the sequences it first chose. Emphasis inside a link is the link's
 * to write, whole, either way.
 */
function allForm(node: Paragraph, state: State, info: Info): boolean {
  const stack: Array<{children: PhrasingContent[]; top: boolean}> = [{children: node.children, top: true}]
  while (stack.length > 0) {
    const {children, top} = stack.pop()!
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (!isAttention(child, state)) continue
      const inner = (child as {children: PhrasingContent[]}).children
      const first = inner[0]
      const last = inner[inner.length - 1]
      if (first?.type !== 'text' || last?.type !== 'text' || !wordCharacter.test(first.value.charAt(0)) || !wordCharacter.test(last.value.charAt(last.value.length - 1))) return false
      const previous = children[index - 1]
      const next = children[index + 1]
      const outsideBefore = previous ? (previous.type === 'text' ? previous.value.charAt(previous.value.length - 1) : 'x') : top ? info.before.charAt(info.before.length - 1) : 'x'
      const outsideAfter = next ? (next.type === 'text' ? next.value.charAt(0) : 'x') : top ? info.after.charAt(0) : 'x'
      if (!whiteSpace.test(outsideBefore) || !whiteSpace.test(outsideAfter)) return false
      stack.push({children: inner, top: false})
    }
  }
  return true
}

const wordCharacter = /^[\p{L}\p{N}]$/u
const whiteSpace = /^\s$/u

/** A node the writer serializes as attention (emphasis, strong): its sequences are chosen and checked by the paragraph. */
function isAttention(node: PhrasingContent, state: State): boolean {
  // @ts-expect-error: the handlers are a zwitch; an attention handler carries `attention`.
  return Boolean((state.handle.handlers[node.type] as {attention?: unknown} | undefined)?.attention)
}

/** mdast-util-to-markdown's firstCharacter and lastCharacter (a surrogate pair is one character). */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xff_ff ? value.slice(-2) : value.slice(-1)
}

import type {Paragraph, PhrasingContent} from 'mdast'
import type {Options as StringifyOptions} from 'remark-stringify'
import {isSafeAsIs, text} from './markdown-text.js'
import {onFirstUse} from './util/on-first-use.js'

type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['paragraph']>
type State = Parameters<Handle>[2]
type Info = Parameters<Handle>[3]

/**
 * A paragraph as remark-stringify writes it, but without the writer's
 * emphasis bookkeeping where it has nothing to do. The writer serializes a
 * paragraph's children to a list of items, then renders and pairs every
 * emphasis sequence to check that each emphasis forms, and tries others
 * where one does not: for each emphasis once inside it, and for the
 * paragraph again. The stringify of a 1 MB paragraph of bold, italic and
 * links allocated 540 MB and promoted 36 MB of it (now 190 and 15), and
 * took a third of its clean's time.
 *
 * When every emphasis of the paragraph forms wherever it stands
 * (`allForm`), the check finds nothing and every emphasis keeps its first
 * sequence: the paragraph is then written child by child (`written`), each
 * with the info the writer's `phrasing` gives it, emphasis as its sequence,
 * its children so written, and the sequence again. Same output.
 */
export const paragraph: Handle = (node, _parent, state, info) => {
  const exit = state.enter('paragraph')
  const subexit = state.enter('phrasing')
  const value = state.handlers.text === text && plainEdges(info) && allForm(node, state, info) ? written(node, state, info) : state.containerPhrasing(node, info)
  subexit()
  exit()
  return value
}

type Parent = Paragraph | (PhrasingContent & {children: PhrasingContent[]})

/**
 * The writer's `containerPhrasing(parent, info)` where every emphasis forms
 * as it stands: its `phrasing` (each child handled with the tracker's place
 * and the characters written before it and after it) and its `serialize`
 * (the items joined, each emphasis with its first sequence) in one pass.
 */
function written(parent: Parent, state: State, info: Info): string {
  const children = parent.children
  const tracker = new Tracker(info)
  const indexStack = state.indexStack
  indexStack.push(-1)
  const out = new Output()
  let before = info.before
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    indexStack[indexStack.length - 1] = index
    const attention = attentionOf(child, state)
    if (attention) {
      const {construct, markers, sizes} = attention(child, state)
      const sequence = markers[0]!.repeat(sizes[0]!)
      const exit = state.enter(construct)
      const inside = new Tracker({now: tracker.current().now, lineShift: tracker.lineShift})
      inside.move(sequence)
      const inner = written(child as Parent, state, inside.info(sequence, sequence))
      exit()
      tracker.move(sequence)
      tracker.move(inner)
      tracker.move(sequence)
      out.add(sequence)
      out.add(inner)
      out.add(sequence)
      before = lastCharacter(sequence)
      continue
    }
    const after = index + 1 < children.length ? peek(children[index + 1]!, parent as Paragraph, state, tracker) : info.after
    // A text the text handler would write as it is, is: without an info made for it (two thirds of a paragraph's handler calls).
    const value = child.type === 'text' && isSafeAsIs(child.value, state, before, after) ? child.value : state.handle(child, parent as Paragraph, state, tracker.info(before, after))
    if (!value) continue
    tracker.move(value)
    out.add(value)
    before = lastCharacter(value)
  }
  indexStack.pop()
  return out.text()
}

/**
 * The written values of a paragraph, joined a chunk at a time: a string
 * appended to value by value is a tree of one small string object per
 * value, which lives as long as the paragraph is written (a 1 MB paragraph's
 * 300,000 values, some 10 MB promoted to the old generation). Each chunk
 * joined is one flat string, and its parts go young.
 */
class Output {
  private parts: string[] = []
  private readonly chunks: string[] = []

  add(value: string): void {
    this.parts.push(value)
    if (this.parts.length === chunkParts) {
      this.chunks.push(this.parts.join(''))
      this.parts = []
    }
  }

  text(): string {
    if (this.chunks.length === 0) return this.parts.join('')
    this.chunks.push(this.parts.join(''))
    return this.chunks.join('')
  }
}

/** Values in a chunk of Output. */
const chunkParts = 1024

/**
 * The writer's tracker (`state.createTracker`): where the output is, as a
 * line and a column. The same moves, without splitting each value at its
 * line endings when it holds none.
 */
class Tracker {
  line: number
  column: number
  lineShift: number

  constructor(info: {now?: {line?: number; column?: number} | undefined; lineShift?: number | undefined}) {
    this.line = info.now?.line || 1
    this.column = info.now?.column || 1
    this.lineShift = info.lineShift || 0
  }

  current(): {now: {line: number; column: number}; lineShift: number} {
    return {now: {line: this.line, column: this.column}, lineShift: this.lineShift}
  }

  /**
   * The info for what is written here, between `before` and `after`: the
   * writer's `{...tracker.current(), before, after}`, as a literal. A spread
   * of the tracker's place made an object that V8 promoted to the old
   * generation, child by child: 14 MB of garbage for a paragraph of 40,000
   * links, which stayed to the next full collection.
   */
  info(before: string, after: string): Info {
    return {now: {line: this.line, column: this.column}, lineShift: this.lineShift, before, after}
  }

  move(value: string): void {
    if (!lineEnding.test(value)) {
      this.column += value.length
      return
    }
    const chunks = value.split(/\r?\n|\r/g)
    this.line += chunks.length - 1
    this.column = 1 + chunks[chunks.length - 1]!.length + this.lineShift
  }
}

const lineEnding = /[\r\n]/

/**
 * White space (or nothing) before and after the paragraph: the writer's
 * choice of sequences looks at their first characters, `allForm` at their
 * last, and both then agree.
 */
function plainEdges(info: Info): boolean {
  return !/\S/u.test(info.before) && !/\S/u.test(info.after)
}

/** The first character the writer would write for a child, as its `phrasing` looks ahead. */
function peek(child: PhrasingContent, parent: Paragraph, state: State, tracker: Tracker): string {
  if (child.type === 'text' && state.handlers.text === text && isSafeAsIs(child.value, state, '', '')) return firstCharacter(child.value)
  // @ts-expect-error: `handle` is a zwitch; its handlers may carry a `peek`, as the writer's own look-ahead uses.
  let handle = state.handle.handlers[child.type] as (Handle & {peek?: Handle}) | undefined
  if (handle?.peek) handle = handle.peek
  return handle ? firstCharacter(handle(child as never, parent, state, tracker.info('', ''))) : ''
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
      // Raw HTML right after a line ending is written otherwise (the writer turns that line ending into a space).
      if (child.type === 'html') return false
      if (!attentionOf(child, state)) continue
      const inner = (child as {children: PhrasingContent[]}).children
      const first = inner[0]
      const last = inner[inner.length - 1]
      if (first?.type !== 'text' || last?.type !== 'text' || !wordCharacter().test(first.value.charAt(0)) || !wordCharacter().test(last.value.charAt(last.value.length - 1))) return false
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

const wordCharacter = onFirstUse(() => /^[\p{L}\p{N}]$/u)
const whiteSpace = /^\s$/u

/** How the writer serializes a node as attention (emphasis, strong): its construct and sequences, which the paragraph checks. */
type Attention = (node: PhrasingContent, state: State) => {construct: Parameters<State['enter']>[0]; markers: string[]; sizes: number[]}

/** The node's attention, if the writer serializes it as one. */
function attentionOf(node: PhrasingContent, state: State): Attention | undefined {
  // @ts-expect-error: the handlers are a zwitch; an attention handler carries `attention`.
  return (state.handle.handlers[node.type] as {attention?: Attention} | undefined)?.attention
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

import type {Nodes, Parents, Root} from 'mdast'
import type {Options as StringifyOptions} from 'remark-stringify'
import {text} from './markdown-text.js'

type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['root']>
type State = Parameters<Handle>[2]

/** The inline node types of mdast-util-phrasing, which the writer's root handler tests for. */
const phrasingTypes = new Set([
  'break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode', 'inlineMath', 'link',
  'linkReference', 'mdxJsxTextElement', 'mdxTextExpression', 'strong', 'text', 'textDirective',
])

/**
 * The writer's root handler (mdast-util-to-markdown's `root`, the same
 * steps), which first gives the writer's state a `containerPhrasing` that
 * writes a container of one text as that text (see `oneText`).
 */
export const root: Handle = (node, _parent, state, info) => {
  oneText(state)
  if (!(node as Root).children.some((child) => phrasingTypes.has(child.type))) return state.containerFlow(node, info)
  const exit = state.enter('phrasing')
  const value = state.containerPhrasing(node as Parents as Parameters<State['containerPhrasing']>[0], info)
  exit()
  return value
}

const installed = new WeakSet<State>()

/**
 * A paragraph, a table cell, a link or a heading whose one child is a text
 * is written as that text, as the writer's `containerPhrasing` writes it,
 * without its per-container work: a list of items, a tracker, and the
 * emphasis check (which has no emphasis to check). A table of 40,000 rows
 * spent two thirds of its stringify time there, cell by cell. Same output:
 * with one text, `containerPhrasing` returns what the text handler returns
 * for it, with the container's `before` and `after`.
 */
function oneText(state: State): void {
  if (installed.has(state)) return
  installed.add(state)
  const whole = state.containerPhrasing
  state.containerPhrasing = function (parent, info) {
    const only = parent.children.length === 1 ? (parent.children[0] as Nodes) : undefined
    if (only?.type !== 'text' || state.handlers.text !== text) return whole.call(this, parent, info)
    // The info its `phrasing` gives the one child: the tracker's place (defaults as the tracker's), and the container's before and after.
    const now = {line: info.now?.line || 1, column: info.now?.column || 1}
    return text(only, parent, state, {now, lineShift: info.lineShift || 0, before: info.before, after: info.after}) || ''
  }
}

import type {Element as HastElement, Nodes as HastNodes, Parents as HastParents, Text as HastText} from 'hast'
import {type State, defaultHandlers} from 'hast-util-to-mdast'
import type {Link, Nodes, Paragraph, TableCell, TableRow, Text} from 'mdast'
import type {Position} from 'unist'
import {type PagePlaces, type SourceSpan, spanPosition} from './source-span.js'

type Handle = State['handlers'][string]

/**
 * Gives the conversion's state a `patch` that reads a hast node's span
 * (source-span.ts) into a plain position on the mdast node made from it,
 * and, for the nodes a page has most of (texts, bold, italics, links,
 * paragraphs, table rows and cells), handlers that make each mdast node with
 * its position in the literal that makes it. The library adds it after
 * (`patch`), and a property added to a literal goes to a store of its own:
 * 40 bytes more on each node, 80 on a link, which stood to the end of the
 * clean (some 6 MB of a 1 MB paragraph of bold, italics and links, 5 MB of
 * a 1 MB table). The same nodes, with the same fields in the same order.
 */
export function positionNodes(state: State, places: PagePlaces | undefined): void {
  const patch = state.patch
  // The hast node whose handler is the library's, wrapped below: its patch is left to the wrapper.
  let unpatched: HastNodes | undefined
  state.patch = (origin, result) => {
    if (origin === unpatched) return
    const position = places && spanOf(origin, places)
    if (position) result.position = position
    else patch(origin, result)
  }
  if (!places) return
  state.nodeHandlers.text = (state, node) => {
    const {value} = node as HastText
    const position = spanOf(node, places)
    if (position) return {type: 'text', value, position} satisfies Text
    const result: Text = {type: 'text', value}
    state.patch(node, result)
    return result
  }
  // The library's handler makes the node, without its position; the node is then made again with it.
  const wrap = (handle: Handle, remake: (made: Nodes, position: Position) => Nodes): Handle => (state, node, parent) => {
    const outer = unpatched
    unpatched = node
    let made: ReturnType<Handle>
    try {
      made = handle(state, node, parent)
    } finally {
      unpatched = outer
    }
    if (!made || Array.isArray(made)) return made
    const position = spanOf(node, places)
    if (position) return remake(made, position) as ReturnType<Handle>
    patch(node, made)
    return made
  }
  const remakes = new Map<Handle, Handle>([
    [defaultHandlers.em!, (state, node) => attention(state, node, 'emphasis', places)],
    [defaultHandlers.strong!, (state, node) => attention(state, node, 'strong', places)],
    [defaultHandlers.a!, wrap(defaultHandlers.a!, (made, position) => {
      const {url, title, children} = made as Link
      return {type: 'link', url, title, children, position} satisfies Link
    })],
    [defaultHandlers.p!, wrap(defaultHandlers.p!, (made, position) => ({type: 'paragraph', children: (made as Paragraph).children, position}) satisfies Paragraph)],
    [defaultHandlers.tr!, wrap(defaultHandlers.tr!, (made, position) => ({type: 'tableRow', children: (made as TableRow).children, position}) satisfies TableRow)],
    [defaultHandlers.td!, wrap(defaultHandlers.td!, (made, position) => {
      // The row and column spans the library notes on a cell (for its table handler), after its position.
      const {children, data} = made as TableCell
      return data ? ({type: 'tableCell', children, position, data} satisfies TableCell) : ({type: 'tableCell', children, position} satisfies TableCell)
    })],
  ])
  for (const tag of Object.keys(state.handlers)) {
    const remade = remakes.get(state.handlers[tag]!)
    if (remade) state.handlers[tag] = remade
  }
}

/** The library's `em` and `strong` (emphasis, strong): the node of its children. */
function attention(state: State, node: HastElement, type: 'emphasis' | 'strong', places: PagePlaces): Nodes {
  const children = state.all(node) as Paragraph['children']
  const position = spanOf(node, places)
  if (position) return {type, children, position}
  const result = {type, children}
  state.patch(node, result)
  return result
}

/** A hast node's span as a position, when it has one (toHast gives one to each node of the page). */
function spanOf(node: HastNodes | HastParents, places: PagePlaces): Position | undefined {
  const {from, to} = node as Partial<SourceSpan>
  return from !== undefined && to !== undefined ? spanPosition(from, to, places) : undefined
}

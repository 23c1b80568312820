import type {Element, Nodes, Parents, Root, Text} from 'hast'

/*
 * hast-util-minify-whitespace 1.0.1 (what hast-util-to-mdast runs first, with
 * `newlines: false`), the same steps in the same order, with its element
 * tests made once: the library calls `isElement(node, list)` for every node
 * it looks at, and `isElement` builds a test function for each of the
 * list's tag names on every call (some sixty for the block list), which was
 * a tenth of the time of a page of many inline elements. The lists are the
 * library's (lib/block.js, lib/content.js, lib/skippable.js; hast-util-embedded).
 */

const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'dialog', 'dir', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp',
])
const contents = new Set(['button', 'input', 'select', 'textarea'])
const skippables = new Set(['area', 'base', 'basefont', 'dialog', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp', 'script', 'source', 'style', 'template', 'track', 'title'])
const embeddeds = new Set(['audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video'])

type WhiteSpace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap'

interface State {
  whitespace: WhiteSpace
  before?: boolean
  after?: boolean
}

interface Result {
  ignore: boolean
  stripAtStart: boolean
  remove: boolean
}

/** Collapse and trim the tree's whitespace in place, as `minifyWhitespace(tree)` does. */
export function minifyWhitespace(tree: Root): void {
  minify(tree, {whitespace: 'normal'})
}

/** isElement(node, set): anything with a type and a tag name (the library does not ask for `type: 'element'`). */
function isIn(node: Nodes, names: ReadonlySet<string>): boolean {
  return 'tagName' in node && names.has(node.tagName)
}

function ignorableNode(node: Nodes): boolean {
  return node.type === 'comment' || node.type === 'doctype'
}

function collapse(value: string): string {
  return String(value).replace(/[\t\n\v\f\r ]+/g, ' ')
}

function minify(node: Nodes, state: State): Result {
  if ('children' in node) {
    const settings: State = {...state}
    if (node.type === 'root' || blocklike(node)) {
      settings.before = true
      settings.after = true
    }
    settings.whitespace = inferWhiteSpace(node, state)
    return all(node, settings)
  }
  if (node.type === 'text') {
    if (state.whitespace === 'normal') return minifyText(node, state)
    if (state.whitespace === 'nowrap') node.value = collapse(node.value)
  }
  return {ignore: ignorableNode(node), stripAtStart: false, remove: false}
}

function minifyText(node: Text, state: State): Result {
  const value = collapse(node.value)
  const result = {ignore: false, stripAtStart: false, remove: false}
  let start = 0
  let end = value.length
  if (state.before && removable(value.charAt(0))) start++
  if (start !== end && removable(value.charAt(end - 1))) {
    if (state.after) end--
    else result.stripAtStart = true
  }
  if (start === end) result.remove = true
  else node.value = value.slice(start, end)
  return result
}

function all(parent: Parents, state: State): Result {
  let before = state.before
  const after = state.after
  const children = parent.children as Nodes[]
  let length = children.length
  let index = -1
  while (++index < length) {
    const result = minify(children[index]!, {...state, after: collapsableAfter(children, index, after), before})
    if (result.remove) {
      children.splice(index, 1)
      index--
      length--
    } else if (!result.ignore) {
      before = result.stripAtStart
    }
    const child = children[index]
    if (child !== undefined && content(child)) before = false
  }
  return {ignore: false, stripAtStart: Boolean(before || after), remove: false}
}

function collapsableAfter(nodes: Nodes[], index: number, after?: boolean): boolean | undefined {
  while (++index < nodes.length) {
    const node = nodes[index]!
    let result = inferBoundary(node)
    if (result === undefined && 'children' in node && !skippable(node)) result = collapsableAfter(node.children as Nodes[], -1)
    if (typeof result === 'boolean') return result
  }
  return after
}

function inferBoundary(node: Nodes): boolean | undefined {
  if (node.type === 'element') {
    if (content(node)) return false
    if (blocklike(node)) return true
  } else if (node.type === 'text') {
    if (!whitespace(node)) return false
  } else if (!ignorableNode(node)) {
    return false
  }
  return undefined
}

function content(node: Nodes): boolean {
  return isIn(node, embeddeds) || isIn(node, contents)
}

function blocklike(node: Nodes): boolean {
  return isIn(node, blocks)
}

function skippable(node: Nodes): boolean {
  return Boolean(node.type === 'element' && node.properties.hidden) || ignorableNode(node) || isIn(node, skippables)
}

/** hast-util-whitespace: a text of HTML whitespace only. */
function whitespace(node: Text): boolean {
  return node.value.replace(/[ \t\n\f\r]/g, '') === ''
}

function removable(character: string): boolean {
  return character === ' ' || character === '\n'
}

function inferWhiteSpace(node: Parents, state: State): WhiteSpace {
  if ('tagName' in node && node.properties) {
    const element = node as Element
    switch (element.tagName) {
      case 'listing':
      case 'plaintext':
      case 'script':
      case 'style':
      case 'xmp':
        return 'pre'
      case 'nobr':
        return 'nowrap'
      case 'pre':
        return element.properties.wrap ? 'pre-wrap' : 'pre'
      case 'td':
      case 'th':
        return element.properties.noWrap ? 'nowrap' : state.whitespace
      case 'textarea':
        return 'pre-wrap'
      default:
    }
  }
  return state.whitespace
}

import {type AnyNode, type Element, type ParentNode, isTag, isText} from 'domhandler'
import {memoLine, stringRecords} from '../../util/line-memo.js'

/**
 * Small helpers over the domhandler tree that cheerio builds. Every walk is
 * iterative, with an explicit stack: a page of 100 000 nested elements must
 * not overflow the call stack.
 */

/** Is this node an element (a tag, a script or a style)? */
export function isElement(node: AnyNode): node is Element {
  return isTag(node)
}

/** Replace a parent's children, keeping the tree's parent and sibling links right. */
export function setChildren(parent: ParentNode, children: AnyNode[]): void {
  children.forEach((child, index) => {
    child.parent = parent
    child.prev = children[index - 1] ?? null
    child.next = children[index + 1] ?? null
  })
  parent.children = children as ParentNode['children']
}

/** Put `nodes` in the place of `node` among its parent's children (an element unwrapped, a template's parsed content). */
export function replaceWith(node: AnyNode, nodes: readonly AnyNode[]): void {
  const parent = node.parent
  if (!parent) return
  setChildren(parent, parent.children.flatMap((child): AnyNode[] => (child === node ? [...nodes] : [child])))
}

/**
 * Each node under `root` (itself first) in document order; `visit`
 * returning false skips the node's children. Each level's list of children
 * is read by place as the walk reaches it, so the walk holds as much as the
 * tree is deep: each node's children pushed onto a stack made one as long
 * as the widest element (a paragraph of 120,000 inline nodes: a large
 * object in the old generation, and another at each growth, per walk).
 */
export function eachNode(root: AnyNode, visit: (node: AnyNode) => boolean | void): void {
  if (visit(root) === false || !('children' in root) || root.children.length === 0) return
  const lists: AnyNode[][] = [root.children]
  const places: number[] = [0]
  while (lists.length > 0) {
    const top = lists.length - 1
    const list = lists[top]!
    const at = places[top]!
    if (at >= list.length) {
      lists.pop()
      places.pop()
      continue
    }
    places[top] = at + 1
    const node = list[at]!
    if (visit(node) !== false && 'children' in node && node.children.length > 0) {
      lists.push(node.children)
      places.push(0)
    }
  }
}

/** The elements under `root` (itself included) in document order. */
export function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = []
  eachNode(root, (node) => {
    if (isElement(node)) out.push(node)
  })
  return out
}

/** The text of a subtree with whitespace collapsed as a browser would (roughly). */
export function textOf(root: AnyNode): string {
  return collapsedText(root).trim()
}

/**
 * `textOf` before its trim: whitespace runs collapsed to one space. Each
 * text is collapsed on its own, a run across two of them made one space as
 * they are joined: one `replace` over the joined text of a whole page
 * (its body's, page-index.ts) made some 16 MB of garbage for 1 MB of text.
 */
function collapsedText(root: AnyNode): string {
  const parts: string[] = []
  // Whether the text so far ends in a space.
  let space = false
  eachNode(root, (node) => {
    let text: string
    if (isText(node)) text = node.data
    else if ('children' in node) {
      if (isElement(node) && silentTags.has(node.name)) return false
      // A block starts on a new line: a space, unless the text so far ends in one.
      if (isElement(node) && blockTags.has(node.name) && !space) {
        parts.push(' ')
        space = true
      }
      return true
    } else return false
    if (needsCollapsing.test(text)) text = text.replace(/\s+/g, ' ')
    if (space && text.charCodeAt(0) === 32) text = text.slice(1)
    if (text === '') return false
    parts.push(text)
    space = text.charCodeAt(text.length - 1) === 32
    return false
  })
  return parts.join('')
}

/** White space that collapsing changes: other than a space, or two side by side. */
const needsCollapsing = /[^\S ]|\s\s/

/**
 * `textOf` of an element whose text has at most `limit` characters other
 * than white space; `undefined` for the others, whose `textOf` is longer.
 * Each element's text is made from its children's, read as far as the
 * limit and kept: asking every element of a page costs its size once
 * (`textOf` of each of 50,000 nested `<div>`s read the whole nest each
 * time, issue 17, item 7), and only the elements asked about and what they
 * hold up to the limit are read (the texts of every element of a 1 MB table,
 * made beforehand, were 6 MB of garbage when only two paragraphs were asked).
 */
export function shortTexts(limit: number): (element: Element) => string | undefined {
  // Each element read so far: its text before the trim, whitespace collapsed (so at most 2 × limit + 1 long), or null when longer.
  const known = new Map<Element, string | null>()
  const textOfShort = (element: Element): string | undefined => {
    // Elements being read, innermost last, each with the text of its children so far: pages nest deep.
    const frames: ShortFrame[] = []
    let current: Element | undefined = element
    let found: string | null | undefined
    for (;;) {
      if (current) {
        const seen = known.get(current)
        if (seen !== undefined) found = seen
        else if (silentTags.has(current.name)) found = ''
        else {
          frames.push({element: current, at: 0, text: blockTags.has(current.name) ? ' ' : '', count: 0})
          found = undefined
        }
        current = undefined
      }
      const frame = frames[frames.length - 1]
      if (found !== undefined) {
        if (frame === undefined) return found ?? undefined
        // The child element just read: its text goes on the frame's, if it is short.
        if (found === null || !addPart(frame, found, limit)) {
          known.set(frame.element, null)
          frames.pop()
          found = null
          continue
        }
        found = undefined
      }
      if (frame === undefined) return undefined
      const children = frame.element.children
      let next: Element | undefined
      let long = false
      while (frame.at < children.length) {
        const child = children[frame.at++]!
        let part: string
        if (isText(child)) part = child.data.replace(/\s+/g, ' ')
        else if (isElement(child)) {
          next = child
          break
        } else if ('children' in child) part = collapsedText(child)
        else continue
        if (!addPart(frame, part, limit)) {
          long = true
          break
        }
      }
      if (next) {
        current = next
        continue
      }
      // Read to its end (or past the limit): the frame's element is known.
      frames.pop()
      found = long ? null : frame.text
      known.set(frame.element, found)
    }
  }
  return (element) => textOfShort(element)?.trim()
}

/** An element being read by shortTexts: the child to read next, and the text and characters other than spaces so far. */
interface ShortFrame {
  element: Element
  at: number
  text: string
  count: number
}

/** A part of a frame's text added to it, unless it takes it over the limit (false). */
function addPart(frame: ShortFrame, part: string, limit: number): boolean {
  frame.count += part.length - spaces(part)
  if (frame.count > limit) return false
  frame.text += frame.text.endsWith(' ') && part.startsWith(' ') ? part.slice(1) : part
  return true
}

/** How many spaces `text` holds. */
function spaces(text: string): number {
  let count = 0
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++
  return count
}

/** Elements whose text is code or style, never words on the page; or a ruby reading aid (see `neverContentTags`). */
const silentTags = new Set(['script', 'style', 'noscript', 'template', 'rt', 'rp', 'rtc'])

/** Elements that start a new block of text. */
export const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'caption', 'br',
])

/** The words of an element's class and id: split at `-`, `_`, spaces and camelCase, lower case. Shared: not to be changed. */
export function classWords(element: Element, skip?: RegExp): readonly string[] {
  const {class: classes, id} = element.attribs
  if (!id) return classes ? valueWords(classes, skip) : noWords
  if (!classes) return valueWords(id, skip)
  return [...valueWords(classes, skip), ...valueWords(id, skip)]
}

const noWords: readonly string[] = []

/** The words of an element's class alone, as classWords reads them: what its id says left out. */
export function classOnlyWords(element: Element, skip?: RegExp): readonly string[] {
  const classes = element.attribs['class']
  return classes ? valueWords(classes, skip) : noWords
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The words of one class or id attribute, read once per distinct value (memoLine): a page prints its few
 * class names on thousands of elements, and the DOM passes ask each element's words again and again.
 * One measure for each `skip` pattern (the callers pass a module's constant), for a few of them.
 */
function valueWords(value: string, skip: RegExp | undefined): readonly string[] {
  let read = valueReaders.get(skip)
  if (!read) {
    // A pattern with a `g` or `y` flag answers by its lastIndex too: read anew.
    if (valueReaders.size >= maxSkipPatterns || skip?.global || skip?.sticky) return wordsOfValue(value, skip)
    read = memoLine((text: string): readonly string[] => wordsOfValue(text, skip), attributeValues)
    valueReaders.set(skip, read)
  }
  return read(value)
}

/** Class and id values share records of their own: a page's thousands of them must not take the places of its lines of text. */
export const attributeValues = stringRecords()

const valueReaders = new Map<RegExp | undefined, (value: string) => readonly string[]>()
/** The most `skip` patterns with a table of their own. */
const maxSkipPatterns = 4

function wordsOfValue(value: string, skip: RegExp | undefined): string[] {
  const words: string[] = []
  addClassWords(words, value, skip)
  return words
}

function addClassWords(words: string[], value: string | undefined, skip: RegExp | undefined): void {
  if (!value) return
  for (const name of value.split(/\s+/)) {
    if (name === '' || skip?.test(name)) continue
    addNameWords(words, name, true)
  }
}

/** The words of one class name or id (`comments_container`, `commentsWrapper`): split at `-`, `_` and camelCase, lower case. */
export function nameWords(name: string): string[] {
  const words: string[] = []
  addNameWords(words, name, false)
  return words
}

/**
 * Add a name's words. As the words of what an element is (`beside`), those after "with" or "without" are left out:
 * they name what it stands beside (Docusaurus's `anchorWithStickyNavbar` is a heading that leaves room for the
 * navbar, `layout-with-sidebar` the box beside one), while an id spelling a heading keeps all its words.
 */
function addNameWords(words: string[], name: string, beside: boolean): void {
  for (const word of name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/)) {
    if (word === '') continue
    const lower = word.toLowerCase()
    if (beside && besideWords.has(lower)) return
    words.push(lower)
  }
}

/** Words in a class name after which the rest names the element's neighbour (see nameWords). */
const besideWords = new Set(['with', 'without'])

/** A short CSS-like name for an element in messages: `div#main.post-body`. */
export function describe(element: Element): string {
  const id = element.attribs['id'] ? `#${element.attribs['id']}` : ''
  const classes = (element.attribs['class'] ?? '').split(/\s+/).filter(Boolean).slice(0, 3).map((name) => `.${name}`).join('')
  const name = `${element.name}${id}${classes}`
  return name.length > 80 ? `${name.slice(0, 79)}…` : name
}

/** Remove a node from its parent, keeping the sibling links consistent. */
export function detach(node: AnyNode): void {
  const parent = node.parent
  if (!parent) return
  const index = parent.children.indexOf(node)
  if (index >= 0) parent.children.splice(index, 1)
  if (node.prev) node.prev.next = node.next
  if (node.next) node.next.prev = node.prev
  node.parent = null
  node.prev = null
  node.next = null
}

/** How many levels `outer` stands above `inner` (0: the same element), or -1 when it does not contain it. */
export function levelsAbove(outer: Element, inner: Element): number {
  let node: Element | null = inner
  for (let level = 0; node; level++) {
    if (node === outer) return level
    const parent: unknown = node.parent
    node = parent && isElement(parent as Element) ? (parent as Element) : null
  }
  return -1
}

/** Is `inner` inside `outer` (or the same element)? */
export function contains(outer: Element, inner: Element): boolean {
  return levelsAbove(outer, inner) >= 0
}

/** The innermost element that holds all the given ones. */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  let shared: Element | undefined = elements[0]
  for (const element of elements.slice(1)) {
    while (shared && !contains(shared, element)) shared = shared.parent && isElement(shared.parent) ? shared.parent : undefined
  }
  return shared
}

/** An element whose text (`text`, its text as read) is mostly link text: a teaser or a menu, not a line of its own. */
export function mostlyLinks(element: Element, text: string): boolean {
  return linkedChars(element) * 2 > text.length
}

/** Characters of the text of the links inside an element. */
export function linkedChars(element: Element): number {
  return elementsIn(element).filter((inner) => inner.name === 'a').reduce((sum, link) => sum + textOf(link).length, 0)
}

/** A block element (a paragraph, a heading, a box); a `<br>` is none here. */
export function isBlockElement(node: AnyNode): node is Element {
  return isElement(node) && node.name !== 'br' && blockTags.has(node.name)
}

/** Does the element hold a block (a paragraph, a heading, a box) as a child? */
export function hasBlockChild(element: Element): boolean {
  return element.children.some(isBlockElement)
}

/** The fewest headings of the page an outline links to: one or two are a "back to top" or a "skip to content". */
const minOutlinePlaces = 3

/**
 * A box whose links all lead to headings of the page itself (`#history`, the id of an `<h2>` or of a mark inside
 * one), three different ones or more, but for places the chrome rules took out of the page: the article's table of contents, its outline. Not a menu of other pages, nor a
 * news site's in-page bar ("Jump to text", "Discuss", "Related"), whose places are boxes, not headings.
 */
export function isPageOutline(element: Element): boolean {
  const places = new Set<string>()
  let ids: Map<string, Element> | undefined
  for (const inner of elementsIn(element)) {
    if (inner.name !== 'a') continue
    const href = inner.attribs['href']
    if (href === undefined) continue
    // A bare "#" is a button (a toggle that hides the box); a place no longer on the page went with its chrome.
    if (href === '#') continue
    if (!href.startsWith('#')) return false
    if (places.has(href)) continue
    ids ??= idsOf(element)
    const target = ids.get(decodeFragment(href.slice(1)))
    if (!target || !target.parent) continue
    if (!isHeadingPlace(target)) return false
    places.add(href)
  }
  return places.size >= minOutlinePlaces
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/** A heading, a mark inside one, or a section that opens with one. */
function isHeadingPlace(target: Element): boolean {
  for (let node: Element | null = target; node; node = node.parent && isElement(node.parent) ? node.parent : null) if (headingTags.has(node.name)) return true
  const first = target.children.find((child): child is Element => isElement(child) && textOf(child) !== '')
  return first !== undefined && headingTags.has(first.name)
}

/** The elements of the page around `element` by their id (or an old anchor's name), the first of each; read once a page. */
const pageIds = new WeakMap<AnyNode, Map<string, Element>>()

function idsOf(element: Element): Map<string, Element> {
  let root: AnyNode = element
  while (root.parent) root = root.parent
  let ids = pageIds.get(root)
  if (ids) return ids
  ids = new Map<string, Element>()
  pageIds.set(root, ids)
  eachNode(root, (node) => {
    if (!isElement(node)) return
    const id = node.attribs['id'] ?? (node.name === 'a' ? node.attribs['name'] : undefined)
    if (id !== undefined && !ids.has(id)) ids.set(id, node)
  })
  return ids
}

import type {Element as HastElement, ElementContent, Properties, Root as HastRoot, Text} from 'hast'
import {type AnyNode, type Element, isText} from 'domhandler'
import {isElement} from './dom.js'
import {type PagePlaces, type SourceSpan, setPlaces, sourceSpan} from './source-span.js'
import {itemEnds, itemScope} from './parse-dom.js'
import {safeUrl} from '../../util/safe-url.js'
import {fitted} from '../../util/fitted.js'

/** Nesting deeper than this is flattened: the markup of 100 000 nested tags keeps its text, not its depth. */
export const maxDepth = 64

export interface ToHastOptions {
  /** Where relative links and images resolve against (the page's URL or `<base href>`). */
  base?: string
  /** The page's points: each node gets its span in the page (two offsets, from which the mdast node's position is made). */
  places?: PagePlaces
}

/**
 * The chosen container as a hast tree, for `hast-util-to-mdast`, taking its
 * DOM apart as it goes (see letGo): the caller reads it no more. Iterative,
 * with nesting capped at `maxDepth`. Only the attributes the Markdown needs
 * are carried over; `javascript:` and `data:` URLs are dropped; lazy images
 * get their real source (`data-src`); code blocks get their language as a
 * `language-*` class whatever convention the page used.
 */
export function toHast(container: Element, options: ToHastOptions = {}): HastRoot {
  const root: HastRoot = {type: 'root', children: []}
  const pending = new Pending()
  const reading = new Reading()
  // The container itself too: a chosen `<p>` must stay a paragraph.
  pending.push([container], root, 0)
  for (;;) {
    pending.dropRead()
    // An element is read once no list of nodes to go into it is left: its children are flattened and fitted while young.
    while (reading.size > 0 && pending.size <= reading.height()) finish(reading.pop())
    if (pending.size === 0) break
    const top = pending.size - 1
    const node = pending.take(top)
    let parent = pending.parents[top]!
    let depth = pending.depths[top]!
    if (isElement(node) && itemEnds.has(node.name)) {
      const closed = closeOpenItem(node.name, parent, pending, reading)
      if (closed) ({parent, depth} = closed)
    }
    const height = pending.size
    const element = read(node, parent, depth, pending, options)
    if (element) reading.push(element, height, parent, depth)
    letGo(node, node === container)
  }
  finish(root)
  if (options.places) setPlaces(root, options.places)
  return root
}

/** One DOM node into the hast: a text or an element under `parent`, or its children to go (or nothing); the element made, if one is. */
function read(node: AnyNode, parent: HastParent, depth: number, pending: Pending, options: ToHastOptions): HastElement | undefined {
  if (isText(node)) {
    const span = spanOfNode(node, options.places)
    // The offsets in the literal, not added after: an added property goes to a separate array on each node.
    const text = (span ? {type: 'text', value: node.data, from: span.from, to: span.to} : {type: 'text', value: node.data}) as ElementContent
    ;(parent.children as ElementContent[]).push(text)
    return undefined
  }
  if (!isElement(node) || isIcon(node)) return undefined
  if (depth >= maxDepth) {
    pending.push(node.children, parent, depth)
    return undefined
  }
  // A transparent inline element without an id would be flattened into its parent (finish): its children go
  // there at once, at the depth they would have had, and no element is made (with its span) only to be dropped.
  if (transparent.has(node.name) && !node.attribs['id']) {
    pending.push(node.children, parent, depth + 1)
    return undefined
  }
  // An empty inline element would be dropped there: it is not made.
  if (node.children.length === 0 && emptyInline.has(node.name)) return undefined
  const span = spanOfNode(node, options.places)
  // Its children's list by Array.of(), not `[]`: see parse-dom.ts's `open` (pretenured literals, garbage once fitted).
  const element = (
    span
      ? {type: 'element', tagName: node.name, properties: properties(node, options.base), children: Array.of(), from: span.from, to: span.to}
      : {type: 'element', tagName: node.name, properties: properties(node, options.base), children: Array.of()}
  ) as HastElement
  ;(parent.children as ElementContent[]).push(element)
  pending.push(node.children, element, depth + 1)
  return element
}

/**
 * A DOM node read lets go of what it holds, so that the DOM goes as the
 * hast grows rather than stands beside it to the end: its children (in a
 * list to go by now) and the siblings before it; the container, of the
 * page around it. A `<pre>` keeps its children: a `<code>` inside reads
 * its language there. The DOM is the caller's no more.
 */
function letGo(node: AnyNode, container: boolean): void {
  node.prev = null
  if (container) {
    node.parent = null
    node.next = null
  }
  // The list of its children is emptied as they are read (Pending.take): a `<pre>` keeps a copy.
  if (isElement(node)) node.children = node.name === 'pre' ? node.children.slice() : []
}

type HastParent = HastRoot | HastElement

/**
 * The lists of DOM nodes still to go, each with the hast parent and the
 * depth its nodes go in at and the place of the next one: a list of
 * children is read where it stands, one node at a time. Each node's
 * children pushed one by one made a stack as long as the widest element
 * (a paragraph of 120,000 inline nodes: three arrays of as many, a few MB
 * of large objects each time they grew).
 */
class Pending {
  readonly lists: AnyNode[][] = []
  readonly indices: number[] = []
  readonly parents: HastParent[] = []
  readonly depths: number[] = []

  get size(): number {
    return this.lists.length
  }

  /** `children` to go next, in order. */
  push(children: AnyNode[], parent: HastParent, depth: number): void {
    if (children.length === 0) return
    this.lists.push(children)
    this.indices.push(0)
    this.parents.push(parent)
    this.depths.push(depth)
  }

  /** The next node of the list at `at`, its place in the list emptied (the list is the DOM's no more, see letGo). */
  take(at: number): AnyNode {
    const list = this.lists[at]!
    const index = this.indices[at]!
    this.indices[at] = index + 1
    const node = list[index]!
    list[index] = undefined as unknown as AnyNode
    return node
  }

  /** The lists on top whose nodes have all gone. */
  dropRead(): void {
    while (this.lists.length > 0 && this.indices[this.indices.length - 1]! >= this.lists[this.lists.length - 1]!.length) {
      this.lists.pop()
      this.indices.pop()
      this.parents.pop()
      this.depths.pop()
    }
  }
}

/**
 * The elements whose children are being read, in the order they were made,
 * each with the number of lists to go below its children's, and the parent
 * and depth it was made at: the open elements a new list item looks
 * through (closeOpenItem).
 */
class Reading {
  private readonly elements: HastElement[] = []
  private readonly heights: number[] = []
  private readonly parents: HastParent[] = []
  private readonly depths: number[] = []

  get size(): number {
    return this.elements.length
  }

  push(element: HastElement, height: number, parent: HastParent, depth: number): void {
    this.elements.push(element)
    this.heights.push(height)
    this.parents.push(parent)
    this.depths.push(depth)
  }

  /** The last element's height. */
  height(): number {
    return this.heights[this.heights.length - 1]!
  }

  pop(): HastElement {
    this.heights.pop()
    this.parents.pop()
    this.depths.pop()
    return this.elements.pop()!
  }

  /** The parent and depth an open element was made at (none for the root). */
  above(element: HastParent): {parent: HastParent; depth: number} | undefined {
    for (let at = this.elements.length - 1; at >= 0; at--) {
      if (this.elements[at] === element) return {parent: this.parents[at]!, depth: this.depths[at]!}
    }
    return undefined
  }
}

/**
 * Inline elements the converter reads only for their text (`hast-util-to-mdast`
 * passes their children through; `nobr`, which changes how white space
 * collapses, is not one of them).
 */
const transparent = new Set(['abbr', 'acronym', 'bdi', 'bdo', 'big', 'blink', 'cite', 'data', 'dfn', 'font', 'ins', 'slot', 'small', 'span', 'sub', 'sup', 'time'])
/** Inline elements that say nothing once empty (an empty `<q>` still prints its quotes, an empty `<code>` its backticks). */
const emptyInline = new Set([...transparent, 'a', 'b', 'del', 'em', 'i', 'label', 'mark', 's', 'strike', 'strong', 'tt', 'u'])

/**
 * Runs of sibling inline nodes, flattened as the tree is built: the children
 * of transparent inline elements (without an `id`, which a link may point at)
 * take their place, empty inline elements go, and adjacent texts become one.
 * White-space minification looks ahead over empty and white-space siblings
 * for each node, and the converter merges texts one splice at a time, both
 * quadratic in the run: 2 000 empty spans took 10 s, 40 000 `<span>word</span>`
 * in a paragraph 31 s, 40 000 hidden `<div>`s (each dropped for a space) 51 s.
 * What the converter makes of the tree does not change. A parent is finished
 * once its children are (they are read before it is), its array of children
 * then the size of its items (util/fitted.ts).
 */
function finish(parent: HastParent): void {
  const source = parent.children as ElementContent[]
  // Most parents (a cell of one text, a paragraph of text and links) have nothing to flatten, and keep their array.
  if (!flattens(source)) {
    parent.children = fitted(source)
    return
  }
  // Adjacent texts are gathered, then made one text (joined once, not one concatenation and one node per text).
  const texts: Text[] = []
  const children: ElementContent[] = []
  for (const child of source) {
    if (isTransparent(child)) {
      for (const inner of (child as HastElement).children) addFlat(children, texts, inner)
    } else if (!isEmptyInline(child)) {
      addFlat(children, texts, child)
    }
  }
  flushTexts(children, texts)
  parent.children = fitted(children)
}

const isTransparent = (child: ElementContent) => child.type === 'element' && transparent.has(child.tagName) && child.properties['id'] === undefined
const isEmptyInline = (child: ElementContent) => child.type === 'element' && child.children.length === 0 && emptyInline.has(child.tagName)

/** Whether flattening changes `children`: a transparent or empty inline element, or two texts side by side. */
function flattens(children: readonly ElementContent[]): boolean {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'text' ? children[index - 1]?.type === 'text' : isTransparent(child) || isEmptyInline(child)) return true
  }
  return false
}

/** A child onto a flattened list: a text waits with the texts beside it, anything else ends them. */
function addFlat(children: ElementContent[], texts: Text[], child: ElementContent): void {
  if (child.type === 'text') {
    texts.push(child)
  } else {
    flushTexts(children, texts)
    children.push(child)
  }
}

function flushTexts(children: ElementContent[], texts: Text[]): void {
  if (texts.length === 1) children.push(texts[0]!)
  else if (texts.length > 1) children.push(mergedText(texts))
  texts.length = 0
}

/**
 * Adjacent texts as one. The space put for a dropped element has no
 * span: the text spans from the first that has one to the last.
 */
function mergedText(texts: readonly Text[]): Text {
  const value = texts.map((text) => text.value).join('')
  const first = texts.find((text) => (text as Partial<SourceSpan>).from !== undefined) as (Text & SourceSpan) | undefined
  const last = texts.findLast((text) => (text as Partial<SourceSpan>).to !== undefined) as (Text & SourceSpan) | undefined
  return (first && last ? {type: 'text', value, from: first.from, to: last.to} : {type: 'text', value}) as Text
}

/**
 * `<li><p>one<li><p>two` (end tags left out, as old pages write them): the
 * parser (htmlparser2) ends an open `<li>` only when it is the innermost
 * element, so each item nests in the paragraph of the one before, and the
 * Markdown writer's cost doubles with each level (20 items took 30 s). As a
 * browser does, the new item (`li`, or `dt`/`dd`) ends the open one and the
 * elements inside it, and goes beside it; what follows it in those elements
 * goes after it, in its list. The parser (parse-dom.ts) already does this as
 * the tree is built; here it catches items the DOM rewrites put inside one
 * another (a layout table unwrapped from between two items).
 */
function closeOpenItem(name: string, parent: HastParent, pending: Pending, reading: Reading): {parent: HastParent; depth: number} | undefined {
  const ends = itemEnds.get(name)!
  const closed = new Set<HastParent>()
  let open = parent
  while (open.type === 'element') {
    closed.add(open)
    const above = reading.above(open)
    if (!above) return undefined
    if (ends.has(open.tagName)) {
      // What follows the new item inside the elements it ended (the rest of their lists of children, on top) follows it in the list.
      for (let at = pending.parents.length - 1; at >= 0 && closed.has(pending.parents[at]!); at--) pending.parents[at] = above.parent
      return above
    }
    if (itemScope.has(open.tagName)) return undefined
    open = above.parent
  }
  return undefined
}

/** An image the page sizes as an icon or avatar (at most 80 × 80): not an article image. */
function isIcon(node: Element): boolean {
  if (node.name !== 'img') return false
  const width = Number(node.attribs['width'])
  const height = Number(node.attribs['height'])
  return width > 0 && height > 0 && width <= 80 && height <= 80
}

function spanOfNode(node: AnyNode, places: PagePlaces | undefined): SourceSpan | undefined {
  if (!places || node.startIndex === null || node.endIndex === null) return undefined
  return sourceSpan(node.startIndex, node.endIndex + 1, places)
}

function properties(node: Element, base: string | undefined): Properties {
  const attribs = node.attribs
  // An element without attributes (most: a <b>, a <td>, a <p>) has none of these; a code block may read its parent's
  // class. No object is made for it: most of the objects made here were garbage, made in the old generation once the
  // site of the literal below was pretenured (see parse-dom.ts's `open`).
  if (node.name !== 'code' && node.name !== 'pre' && isEmptyObject(attribs)) return noProperties
  const out: Properties = {}
  const classes = attribs['class']?.split(/\s+/).filter(Boolean)
  if (node.name === 'code' || node.name === 'pre') {
    const parent = node.parent
    const lang = languageOf(node) ?? (parent && isElement(parent) && parent.name === 'pre' ? languageOf(parent) : undefined)
    if (lang) out['className'] = [`language-${lang}`]
  } else if (classes && classes.length > 0) {
    out['className'] = classes
  }
  if (attribs['id']) out['id'] = attribs['id']
  if (attribs['title']) out['title'] = attribs['title']
  switch (node.name) {
    case 'a': {
      const href = safeUrl(attribs['href'], base)
      if (href) out['href'] = href
      break
    }
    case 'img': {
      const src = imageSource(attribs, base)
      if (src) out['src'] = src
      if (attribs['alt'] !== undefined) out['alt'] = attribs['alt']
      break
    }
    case 'ol':
      if (attribs['start'] !== undefined && /^-?\d+$/.test(attribs['start'])) out['start'] = Number(attribs['start'])
      break
    case 'td':
    case 'th':
      if (attribs['colspan']) out['colSpan'] = Number(attribs['colspan']) || 1
      if (attribs['rowspan']) out['rowSpan'] = Number(attribs['rowspan']) || 1
      break
    case 'input':
      if (attribs['type']) out['type'] = attribs['type']
      if (attribs['checked'] !== undefined) out['checked'] = true
      break
    default:
  }
  return isEmptyObject(out) ? noProperties : out
}

/** The properties of an element that has none (most): one frozen set for all, where an empty object each cost 56 bytes. */
const noProperties: Properties = Object.freeze({})

function isEmptyObject(properties: Properties): boolean {
  for (const _ in properties) return false
  return true
}

/** The language of a code block in the conventions sites use: `language-js`, `lang-js`, `brush: js`, `highlight-source-js`, `data-lang`. */
function languageOf(node: Element): string | undefined {
  const attribs = node.attribs
  const declared = attribs['data-lang'] ?? attribs['data-language']
  if (declared && /^[\w+#.-]{1,30}$/.test(declared)) return declared.toLowerCase()
  const classes = attribs['class'] ?? ''
  const match = /(?:^|\s)(?:language|lang|highlight-source|highlight)-([\w+#.-]{1,30})(?:\s|$)/.exec(classes) ?? /brush:\s*([\w+#.-]{1,30})/.exec(classes)
  if (match) return match[1]!.toLowerCase()
  if (node.name === 'pre') {
    // `<pre><code class="language-js">`: the language is on the code element inside.
    const code = node.children.find((child): child is Element => isElement(child) && child.name === 'code')
    return code ? languageOf(code) : undefined
  }
  return undefined
}


function imageSource(attribs: Record<string, string>, base: string | undefined): string | undefined {
  for (const name of ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-url']) {
    const url = safeUrl(attribs[name], base)
    if (url) return url
  }
  const srcset = attribs['srcset'] ?? attribs['data-srcset']
  return srcset ? safeUrl(srcset.trim().split(/\s+/)[0], base) : undefined
}

import {type Document, DomHandler, type DomHandlerOptions, Element} from 'domhandler'
import {Parser, type ParserOptions} from 'htmlparser2'
import {openElements} from './open-elements.js'
import {fitted} from '../../util/fitted.js'
import {shadowRootAttributes} from './shadow-roots.js'

/** List items and definition terms: a new one ends the one still open, as a browser's parser does. */
export const itemEnds = new Map([
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
])

/**
 * Elements an open item is not looked for beyond (HTML's "special" elements
 * but `address`, `div` and `p`): a list nested in an item, a table, a quote.
 */
export const itemScope = new Set([
  'applet', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dir', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html',
  'iframe', 'li', 'listing', 'main', 'marquee', 'menu', 'nav', 'object', 'ol', 'plaintext', 'pre', 'section', 'select',
  'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
])

/**
 * htmlparser2 ends an open `<li>` only when it is the innermost element, so
 * `<li><p>one<li><p>two` (end tags left out, as old pages write them) nests
 * each item in the paragraph of the one before: a tree as deep as the list
 * is long, which every later walk pays for (5 000 items: 10 s, four times
 * the items sixteen times the time). Here, as in a browser, a new item ends
 * the open one and the elements inside it, as the tree is built.
 */
class ItemClosingHandler extends DomHandler {
  /**
   * Deeper than this, an element is put beside what follows it rather than
   * around it (a browser caps nesting too: Blink at 512). Unclosed `<font>`
   * or `<b>` on old pages, or thousands of nested `<div>`s or tables, made a
   * tree as deep as the page is long, and walks over it quadratic (4x the
   * nesting, 7x the time). The text stays, in order.
   */
  static readonly maxDepth = 512

  private readonly xmlMode: boolean

  readonly notes: ParseNotes = {hyphenatedName: false, shadowRoot: false}

  constructor(options: ParserOptions & DomHandlerOptions) {
    super(undefined, options)
    this.xmlMode = options.xmlMode === true
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (name.includes('-')) this.notes.hyphenatedName = true
    else if (name === 'template' && shadowRootAttributes.some((attribute) => attribute in attribs)) this.notes.shadowRoot = true
    // Most elements have no attribute (a <td>, a <b>, a <p>): they share one empty set, frozen, not an empty object each.
    if (isEmpty(attribs)) attribs = noAttributes
    if (this.tagStack.length <= ItemClosingHandler.maxDepth) return this.open(name, attribs)
    const parent = this.tagStack[this.tagStack.length - 1]!
    this.open(name, attribs)
    const element = this.tagStack[this.tagStack.length - 1]!
    if (this.htmlParser && 'endIndex' in element) element.endIndex = this.htmlParser.endIndex
    // Its children go to its parent: the element closes at once, and its end tag closes the parent's stand-in.
    this.tagStack[this.tagStack.length - 1] = parent
  }

  /**
   * domhandler's onopentag, but for the list of the element's children: made
   * by `Array.of()`, not by the default `[]` of Element's constructor. V8
   * makes the arrays of an array literal in the old generation once most of
   * them outlive a young collection (pretenuring), as a page's lists of
   * children do; each list is then copied to its size when its element
   * closes (fitted), and the literal's made the old generation's garbage,
   * there until the next full collection. A builtin's array starts young.
   */
  private open(name: string, attribs: Record<string, string>): void {
    if (this.xmlMode) return super.onopentag(name, attribs)
    const element = new Element(name, attribs, Array.of())
    this.addNode(element)
    this.tagStack.push(element)
  }

  override onclosetag(): void {
    const element = this.tagStack[this.tagStack.length - 1]
    super.onclosetag()
    if (element) element.children = fitted(element.children)
  }

  private htmlParser: Parser | undefined

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser)
    this.htmlParser = parser
  }

  onopentagname(name: string): void {
    const ends = itemEnds.get(name)
    if (!ends || !this.htmlParser) return
    // The parser's open elements, innermost first; the new item is already at 0.
    const open = (this.htmlParser as unknown as {stack: string[]}).stack
    let found = -1
    for (let at = 1; at < open.length; at++) {
      if (ends.has(open[at]!)) {
        found = at
        break
      }
      if (itemScope.has(open[at]!)) return
    }
    if (found === -1) return
    for (let at = 1; at <= found; at++) this.onclosetag()
    open.splice(1, found)
  }
}

/** The attributes of an element that has none: frozen, so that a write to them fails where it is made. */
const noAttributes: Record<string, string> = Object.freeze({})

function isEmpty(attribs: Record<string, string>): boolean {
  for (const _ in attribs) return false
  return true
}

/**
 * What the parse saw of the elements, for the passes that look for rare ones
 * (custom elements, declarative shadow roots): told as each element opens, where
 * a pattern over the whole source took some 2 % of the HTML path.
 */
export interface ParseNotes {
  /** An element whose name holds a hyphen (a custom element's `<app-text>`, `<fb:like-box>`). */
  hyphenatedName: boolean
  /** A `<template>` with a declarative shadow root's attribute (shadowRootAttributes). */
  shadowRoot: boolean
}

/** Parse a page into a domhandler Document, with positions, items closed as a browser closes them. */
export function parseDom(html: string, options: ParserOptions & DomHandlerOptions): Document {
  return parseDomWithNotes(html, options).document
}

/** parseDom, and what the parse saw (ParseNotes). */
export function parseDomWithNotes(html: string, options: ParserOptions & DomHandlerOptions): {document: Document; notes: ParseNotes} {
  const handler = new ItemClosingHandler(options)
  const parser = new Parser(handler, options)
  // Its own stack moves every open name on each open and close: quadratic on deep nesting.
  ;(parser as unknown as {stack: string[]}).stack = openElements()
  parser.end(html)
  return {document: handler.root, notes: handler.notes}
}


import {type AnyNode, type Document, type Element, isText} from 'domhandler'
import {elementsIn, replaceWith} from './dom.js'
import {parseDom} from './parse-dom.js'

/**
 * Script types that hold markup a page's script writes into the page once it
 * runs (Blogger's `text/template` post bodies, client-side view templates):
 * not code, and not data.
 */
const markupTypes = new Set(['text/template', 'text/html', 'text/x-template', 'text/ng-template', 'text/x-handlebars-template', 'text/x-jquery-tmpl'])

/** Markup the page holds but does not show as it stands: templates its scripts fill in, or what it shows without scripts. */
export type Hidden = 'templates' | 'noscript'

/** Whether the page's source holds a `<noscript>`: only then is the page read again with them in their place. */
export function namesNoscript(html: string): boolean {
  return /<noscript/iu.test(html)
}

/**
 * Put each `<noscript>` that holds a block of text in its place: what a
 * browser without scripts shows, where a page that writes its article with
 * scripts may print it for crawlers. One that holds only an image (a lazy
 * loader's fallback) or a tracking pixel stays unread.
 */
export function openNoscripts(document: Document): void {
  for (const element of elementsIn(document)) {
    if (element.name !== 'noscript' || !elementsIn(element).some((inner) => textBlocks.has(inner.name))) continue
    replaceWith(element, element.children)
  }
}

/** Elements of text a `<noscript>` must hold to be read: a paragraph, a heading, an article. */
const textBlocks = new Set(['p', 'article', 'h1', 'h2', 'h3', 'li', 'blockquote'])

/** Whether the page's source names a markup template's type: only then are its templates worth a look (asked only of a page with no prose found). */
export function namesMarkupTemplate(html: string): boolean {
  const source = html.toLowerCase()
  for (const type of markupTypes) if (source.includes(type)) return true
  return false
}

/** A paragraph's start tag: markup with text in it, not a widget's empty frame. */
const paragraphTag = /<p[\s>]/i

/** The markup templates of the page that hold paragraphs, in document order. */
export function markupTemplates(document: Document): Element[] {
  return elementsIn(document).filter(
    (element) => element.name === 'script' && markupTypes.has((element.attribs['type'] ?? '').trim().toLowerCase()) && paragraphTag.test(templateText(element)),
  )
}

/**
 * Put each markup template's content in its place, parsed, as the page's own
 * script would show it: the text of a page whose article is only there (its
 * body in a `<script type="text/template">`) is read like any other. Positions
 * still point into the page: the template's text is the page's, from where it
 * starts.
 */
export function openTemplates(templates: readonly Element[]): void {
  for (const script of templates) {
    const text = templateText(script)
    const first = script.children[0]
    const offset = first?.startIndex ?? null
    const parsed = parseDom(text, {xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true})
    if (offset !== null) shift(parsed.children, offset)
    replaceWith(script, parsed.children)
  }
}

function templateText(script: Element): string {
  return script.children.map((child) => (isText(child) ? child.data : '')).join('')
}

/** Move the positions of parsed nodes by the offset of the text they were parsed from. */
function shift(nodes: readonly AnyNode[], offset: number): void {
  const stack = [...nodes]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.startIndex !== null) node.startIndex += offset
    if (node.endIndex !== null) node.endIndex += offset
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

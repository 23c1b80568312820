import {type AnyNode, type Document, type Element, isText} from 'domhandler'
import {elementsIn, setChildren} from './dom.js'
import {parseDom} from './parse-dom.js'

/**
 * Script types that hold markup a page's script writes into the page once it
 * runs (Blogger's `text/template` post bodies, client-side view templates):
 * not code, and not data.
 */
const markupTypes = new Set(['text/template', 'text/html', 'text/x-template', 'text/ng-template', 'text/x-handlebars-template', 'text/x-jquery-tmpl'])

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
    const parent = script.parent
    if (!parent) continue
    const siblings = parent.children.flatMap((child): AnyNode[] => (child === script ? parsed.children : [child]))
    setChildren(parent, siblings)
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

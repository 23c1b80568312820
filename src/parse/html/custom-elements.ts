import {type Document, type Element, isText} from 'domhandler'
import {blockTags, elementsIn, isElement} from './dom.js'
import type {ParseNotes} from './parse-dom.js'

/** Blocks whose content is a line of text: a custom element inside them is a word of it, not a block of its own. */
const lineBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'summary', 'caption', 'dt', 'address'])

/** Whether the page's source may hold a custom element (a tag with a hyphen): only then is the tree walked for one. */
function mayHoldCustomElement(html: string): boolean {
  return /<[a-z][a-z0-9]*-/iu.test(html)
}

/**
 * Custom elements that stand as blocks, read as `<div>`s: a page built of web
 * components (`<app-article><app-text>…</app-text><app-text>…</app-text>`)
 * styles them as blocks, but HTML knows them as inline, and their texts ran
 * together into one paragraph with the page's header and cookie banner. A
 * custom element is a block when its parent is a block (or one of these) with
 * no text of its own beside it; in running text (`<p>Posted <relative-time>…`)
 * it stays a word. Its name is kept as a class: `<cookie-banner>` and
 * `<site-header>` say what they are as a class would.
 */
export function customBlocksAsDivs(document: Document, html: string, notes: ParseNotes): void {
  // Only elements with a hyphen in their name change: a page whose parse saw none is not looked at further.
  if (!notes.hyphenatedName || !mayHoldCustomElement(html)) return
  // In document order: a parent is read as a block before its children are asked.
  for (const element of elementsIn(document)) {
    if (!element.name.includes('-') || !standsAsBlock(element)) continue
    const name = element.name
    element.name = 'div'
    element.attribs = {...element.attribs, class: element.attribs['class'] ? `${name} ${element.attribs['class']}` : name}
  }
}

function standsAsBlock(element: Element): boolean {
  const parent = element.parent
  if (!parent || !isElement(parent)) return true
  if (!blockTags.has(parent.name) || lineBlocks.has(parent.name)) return false
  return !parent.children.some((child) => isText(child) && child.data.trim() !== '')
}

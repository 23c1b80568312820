import type {AnyNode, Document, Element} from 'domhandler'
import {elementsIn, isElement, replaceWith, setChildren} from './dom.js'
import type {ParseNotes} from './parse-dom.js'

/** The attribute of a declarative shadow root's template: today's name, and Chrome's first one. */
export const shadowRootAttributes: readonly string[] = ['shadowrootmode', 'shadowroot']

/**
 * Put each declarative shadow root's content in its place: a page rendered on
 * the server with web components (`<story-body><template shadowrootmode="open">
 * <p>…</p></template></story-body>`) shows that content as the element's own,
 * where any other `<template>` is inert and never shown. Read as a browser
 * renders it, the article inside is the page's text like any other: the
 * element's own children at the root's `<slot>`s (by their `slot` name; a
 * slot no child fills shows its own content), and nowhere if no slot takes them.
 */
export function openShadowRoots(document: Document, notes: ParseNotes): void {
  // Only a page whose parse saw a shadow root's template is walked for one.
  if (!notes.shadowRoot) return
  // In document order: a root inside another root's template is opened after it, in its new place.
  for (const template of elementsIn(document)) {
    if (template.name !== 'template' || !shadowRootAttributes.some((name) => name in template.attribs)) continue
    const host = template.parent
    if (!host) continue
    const light = host.children.filter((child) => child !== template)
    fillSlots(template, light)
    setChildren(host, template.children)
  }
}

/** Each `<slot>` of the root, in order, takes the light children of its name (the first slot of a name takes them all). */
function fillSlots(template: Element, light: readonly AnyNode[]): void {
  const taken = new Set<string>()
  for (const slot of elementsIn(template).filter((element) => element.name === 'slot')) {
    const name = slot.attribs['name'] ?? ''
    const assigned = taken.has(name) ? [] : light.filter((child) => slotOf(child) === name)
    taken.add(name)
    replaceWith(slot, assigned.length > 0 ? assigned : slot.children)
  }
}

/** The slot a light child asks for: its `slot` attribute, or the default slot (text, and elements without one). */
function slotOf(child: AnyNode): string {
  return isElement(child) ? (child.attribs['slot'] ?? '') : ''
}

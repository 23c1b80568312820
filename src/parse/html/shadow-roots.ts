import type {Document} from 'domhandler'
import {elementsIn, replaceWith} from './dom.js'

/** The attribute of a declarative shadow root's template: today's name, and Chrome's first one. */
const shadowRootAttributes = ['shadowrootmode', 'shadowroot']

/** Whether the page's source may hold a declarative shadow root: only then is the tree walked for one. */
function mayHoldShadowRoot(html: string): boolean {
  return /shadowroot/iu.test(html)
}

/**
 * Put each declarative shadow root's content in its place: a page rendered on
 * the server with web components (`<story-body><template shadowrootmode="open">
 * <p>…</p></template></story-body>`) shows that content as the element's own,
 * where any other `<template>` is inert and never shown. Read as a browser
 * renders it, the article inside is the page's text like any other.
 */
export function openShadowRoots(document: Document, html: string): void {
  if (!mayHoldShadowRoot(html)) return
  // In document order: a root inside another root's template is opened after it, in its new place.
  for (const template of elementsIn(document)) {
    if (template.name !== 'template' || !shadowRootAttributes.some((name) => name in template.attribs)) continue
    replaceWith(template, template.children)
  }
}

import type {AnyNode, Document, Element} from 'domhandler'
import {isText} from 'domhandler'
import {isElement, setChildren} from './dom.js'

/** What a `<head>` may hold; any other element, or text, ends it (HTML's "in head" insertion mode). */
const headTags = new Set(['meta', 'link', 'title', 'style', 'script', 'noscript', 'base', 'template'])

/**
 * End the `<head>` where a browser ends it. htmlparser2 keeps every element
 * inside `<head>` until `</head>`, so a page that never closes its head (or
 * opens its content with a `<div>` before `</head>`) has its whole body read as
 * head, which is never content. A browser closes the head at the first element
 * or text that does not belong there and puts it, and all after it, in the body.
 */
export function endHeadWhereBrowsersDo(document: Document): void {
  const html: Document | Element = document.children.find((node): node is Element => isElement(node) && node.name === 'html') ?? document
  const head = html.children.find((node): node is Element => isElement(node) && node.name === 'head')
  if (!head) return
  const cut = head.children.findIndex((node) => (isElement(node) ? !headTags.has(node.name) : isText(node) && node.data.trim() !== ''))
  if (cut < 0) return
  const moved = head.children.slice(cut)
  setChildren(head, head.children.slice(0, cut))
  const body = html.children.find((node): node is Element => isElement(node) && node.name === 'body')
  if (body) {
    setChildren(body, [...moved, ...body.children])
    return
  }
  const at = html.children.indexOf(head) + 1
  setChildren(html, [...html.children.slice(0, at), ...moved, ...html.children.slice(at)] as AnyNode[])
}

import {type Element, isText} from 'domhandler'
import {blockTags, isElement} from './dom.js'

/** Links a hover card holds at least: the one it previews again, and one more (the person's latest pieces, "More"). */
const minCardLinks = 2
/** Nodes a hover card holds at most: a picture, a name and a few links. A box after a link holding more is no card, and is not read further. */
const maxCardNodes = 200

/**
 * A hover card: the box a page shows over a link in a sentence while the
 * pointer rests on it (a person's picture, name and latest pieces), set in
 * the markup right after that link and hidden by the stylesheet. It holds
 * the link it previews again, more links, and no words of its own; read as
 * text, it breaks the sentence after the name (`Rep. Ilhan Omar Ilhan Omar
 * Progressives oppose … MORE (D-Minn.)`). An inline box, since a block
 * after a link is a new paragraph, not a card inside one.
 */
export function isHoverCard(element: Element): boolean {
  if (blockTags.has(element.name) || element.name === 'a') return false
  let previous = element.prev
  while (previous && isText(previous) && previous.data.trim() === '') previous = previous.prev
  if (!previous || !isElement(previous) || previous.name !== 'a') return false
  const href = previous.attribs['href']
  if (href === undefined || href === '') return false
  let links = 0
  let repeats = false
  // Words outside its links: a sentence's own span (`<a>Jo</a><span> and <a>Al</a></span>`), not a card.
  const stack = [...element.children]
  let seen = 0
  while (stack.length > 0) {
    if (++seen > maxCardNodes) return false
    const node = stack.pop()!
    if (isText(node)) {
      if (/[\p{L}\p{N}]/u.test(node.data)) return false
      continue
    }
    if (!isElement(node)) continue
    if (node.name === 'a') {
      links++
      if (node.attribs['href'] === href) repeats = true
      continue
    }
    for (const child of node.children) stack.push(child)
  }
  return repeats && links >= minCardLinks
}

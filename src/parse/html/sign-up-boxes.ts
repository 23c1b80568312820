import {type AnyNode, type Element, isText} from 'domhandler'
import type {Dropped} from './clean-dom.js'
import {contains, detach, elementsIn, isElement, textOf} from './dom.js'

/** The most text a sign-up box holds: a heading, a line or two of what the reader gets, the field's labels. */
const maxBoxChars = 400

/** Boxes a sign-up box never is, however little they hold: the page, its main part, an article. */
const never = new Set(['body', 'html', 'main', 'article'])

/**
 * The boxes around the page's e-mail fields: a newsletter's sign-up ("Join over 104,000 monthly readers!
 * Subscribe to the free newsletter."), a giveaway's; not a comment form's. From each field, the largest box above
 * it that holds no more than a few lines of text: what it says is the pitch for the field, not the article.
 * Found before the fields go with the page's other form controls (`dropNeverContent`), which leaves the pitch
 * without what it asks for; taken out of the article once it is chosen (`dropSignUps`).
 */
export function signUpBoxes(emailFields: readonly Element[]): Set<Element> {
  const boxes = new Set<Element>()
  for (const field of emailFields) {
    let box: Element | undefined
    for (let node = field.parent; node && isElement(node) && !never.has(node.name); node = node.parent) {
      if (!holdsAtMost(node, maxBoxChars)) break
      box = node
    }
    // A box with a field to write in is a comment form (name, e-mail, comment): the thread's, not a sign-up's.
    if (box && /[\p{L}\p{N}]/u.test(textOf(box)) && !elementsIn(box).some((inner) => inner.name === 'textarea')) boxes.add(box)
  }
  return boxes
}

/**
 * Take the sign-up boxes out of the chosen article, where its text would end with the pitch. After the choice,
 * not with the page's chrome: a box this small weighs nothing there, and taking it out of the page first only
 * moves which wrapper scores best.
 */
export function dropSignUps(main: Element, boxes: ReadonlySet<Element>): Dropped[] {
  const dropped: Dropped[] = []
  for (const box of boxes) {
    if (box === main || !contains(main, box)) continue
    detach(box)
    dropped.push({element: box, reason: "a sign-up box (a field for the reader's e-mail address, and a few lines around it)"})
  }
  return dropped
}

/**
 * Whether the element's text, whitespace runs read as one space, is `limit` characters or fewer: read only
 * that far, so a field right inside the page's wrapper does not cost a read of the whole page.
 */
function holdsAtMost(element: Element, limit: number): boolean {
  let count = 0
  const stack: AnyNode[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isText(node)) {
      count += node.data.replace(/\s+/g, ' ').length
      if (count > limit) return false
    } else if (isElement(node) && !quiet.has(node.name)) {
      for (const child of node.children) stack.push(child)
    }
  }
  return true
}

/** Elements whose text no reader sees (dom.ts's silentTags but for a ruby's reading, which counts as text here). */
const quiet = new Set(['script', 'style', 'noscript', 'template'])

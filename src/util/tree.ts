import type {Node, Parent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** Node types that hold text and mean nothing once empty. */
const containers = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'emphasis', 'strong', 'link', 'delete', 'tableCell'])

/**
 * Remove containers left without content by an edit (a paragraph whose only
 * text was a shortcode). Their text was reported where it was removed.
 */
export function pruneEmpty(tree: Root): void {
  prune(tree)
}

/** What a subtree holds that keeps its containers: text other than white space, an image. */
interface Held {
  text: boolean
  media: boolean
}

const media = new Set(['image', 'imageReference'])

/**
 * Prune below `parent` and say what its kept children hold. Worked out
 * bottom-up, once a node: asking `toString` of each container anew cost the
 * subtree's size at every level, quadratic in the nesting (unclosed
 * `<font><b>` make emphasis 512 deep).
 */
function prune(parent: Parent): Held {
  const held: Held = {text: false, media: false}
  parent.children = parent.children.filter((child) => {
    const inner = 'children' in child ? prune(child as Parent) : undefined
    const keep = !containers.has(child.type) || ((child as Parent).children.length > 0 && (child.type === 'list' || inner!.text || inner!.media))
    if (!keep) return false
    held.text ||= hasText(child, inner)
    held.media ||= media.has(child.type) || (inner?.media ?? false)
    return true
  }) as Parent['children']
  return held
}

/** Whether `toString(node).trim()` is not empty, from what its children hold (as toString: a value, else an image's alt, else the children). */
function hasText(node: Node, inner: Held | undefined): boolean {
  if ('value' in node) return String(node.value ?? '').trim() !== ''
  if ('alt' in node && node.alt) return String(node.alt).trim() !== ''
  return inner?.text ?? false
}

/** The plain text of a block, trimmed. */
export function blockText(node: Parameters<typeof toString>[0]): string {
  return toString(node).trim()
}

/** Parents whose children are blocks of their own: their texts are kept apart. */
const flowParents = new Set(['root', 'list', 'listItem', 'blockquote', 'table'])

/**
 * The text of a node with its blocks on lines of their own and a table's
 * cells apart: a removed list reads "Rosmarin\nAkelei", not "RosmarinAkelei".
 */
export function flowText(node: Node): string {
  if (!('children' in node)) return toString(node)
  const children = (node as Parent).children as Node[]
  if (node.type === 'tableRow') return children.map((child) => toString(child)).join(' | ')
  if (!flowParents.has(node.type)) return toString(node)
  return children.map(flowText).filter((text) => text !== '').join('\n')
}


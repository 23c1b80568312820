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

function prune(parent: Parent): void {
  parent.children = parent.children.filter((child) => {
    if ('children' in child) prune(child as Parent)
    if (!containers.has(child.type)) return true
    return (child as Parent).children.length > 0 && (child.type === 'list' || toString(child).trim() !== '' || hasMedia(child as Parent))
  }) as Parent['children']
}

function hasMedia(parent: Parent): boolean {
  return parent.children.some((child) => child.type === 'image' || child.type === 'imageReference' || ('children' in child && hasMedia(child as Parent)))
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


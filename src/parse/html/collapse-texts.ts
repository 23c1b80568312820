import type {Parent, Root, RootContent, Text} from 'mdast'
import {walk} from '../../util/walk.js'

/** Parents at whose edges a text's spaces and tabs are trimmed. */
const trimmedAtEdges = new Set(['heading', 'paragraph', 'root'])

/**
 * hast-util-to-mdast's last step (10.1, `toMdast`'s `visit` over the new
 * tree), the same edits in the same order per parent: a text after a text
 * is appended to it (its end taken as the merged text's end) and the merged
 * text looked at again; a text's first line ending loses the spaces and
 * tabs around it; in a heading, a paragraph or the root, the first child's
 * leading and the last child's trailing spaces and tabs go; a text left
 * empty goes.
 *
 * The library's visit made a closure and result arrays per node and took
 * each text out with a `splice` (quadratic in a parent of many children);
 * here each parent's children are rebuilt once. A text is "first" when no
 * child is kept before it, and "last" when no child follows it in the list
 * as it stood when the visit reached it, as there.
 */
export function collapseTexts(tree: Root): void {
  // Each parent's edits touch its own children alone: parents are taken as the walk reaches them (a stack of every
  // parent, and a new list for each, made a paragraph of 60,000 inline nodes hold two large arrays).
  walk(tree, (node) => {
    if ('children' in node) collapseChildren(node as Parent)
  })
}

function collapseChildren(parent: Parent): void {
  const children = parent.children as RootContent[]
  const trims = trimmedAtEdges.has(parent.type)
  // Undefined while every child so far is kept as it stands (they are then children[0, index)).
  let kept: RootContent[] | undefined
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    if (node.type !== 'text') {
      kept?.push(node)
      continue
    }
    const last = index === children.length - 1
    const previous = kept ? kept[kept.length - 1] : children[index - 1]
    if (previous?.type === 'text') {
      kept ??= children.slice(0, index)
      previous.value += node.value
      if (previous.position && node.position) previous.position.end = node.position.end
      // Looked at again, merged, where it stands.
      if (!tidy(previous, kept.length - 1, last, trims)) kept.pop()
      continue
    }
    if (tidy(node, kept ? kept.length : index, last, trims)) kept?.push(node)
    else kept ??= children.slice(0, index)
  }
  if (kept) parent.children = kept as Parent['children']
}

/** The visitor's edits to one text at `index`; whether anything is left of it. */
function tidy(node: Text, index: number, last: boolean, trims: boolean): boolean {
  let value = firstLineEndingBare(node.value)
  if (trims) {
    if (index === 0) value = value.slice(spacesFrom(value, 0, 1))
    if (last) value = value.slice(0, spacesFrom(value, value.length - 1, -1) + 1)
  }
  node.value = value
  return value !== ''
}

/**
 * `value.replace(/[\t ]*(\r?\n|\r)[\t ]*\/, '$1')`, the library's, in one
 * pass: that regex, tried at each space of a long run with no line ending
 * after it, is quadratic in the run.
 */
function firstLineEndingBare(value: string): string {
  const at = value.search(/[\r\n]/)
  if (at === -1) return value
  const end = at + (value.charCodeAt(at) === 13 && value.charCodeAt(at + 1) === 10 ? 2 : 1)
  return value.slice(0, spacesFrom(value, at - 1, -1) + 1) + value.slice(at, end) + value.slice(spacesFrom(value, end, 1))
}

/** From `index` on in `step`'s direction, the first place that is not a space or a tab (or one past the string's edge). */
function spacesFrom(value: string, index: number, step: 1 | -1): number {
  while (index >= 0 && index < value.length && (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9)) index += step
  return index
}

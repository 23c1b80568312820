import type {ListItem, Root} from 'mdast'
import type {Plugin} from 'unified'
import {walk} from './util/walk.js'

/**
 * A list item that holds two paragraphs side by side is loose (`spread`):
 * Markdown writes a blank line between the paragraphs whatever the item
 * says, and reads that blank line back as a loose item, which then puts a
 * blank line before its nested list too. Saying so before writing makes the
 * output read back as it was written (cleaning it again changes nothing).
 */
export const looseItems: Plugin<[], Root> = function () {
  return function (tree) {
    walk(tree, (node) => {
      if (node.type !== 'listItem') return
      const item = node as ListItem
      if (item.children.some((block, index) => block.type === 'paragraph' && item.children[index + 1]?.type === 'paragraph')) item.spread = true
    })
  }
}

import type {ListItem, Root} from 'mdast'
import type {Plugin} from 'unified'

/**
 * A list item that holds two paragraphs side by side is loose (`spread`):
 * Markdown writes a blank line between the paragraphs whatever the item
 * says, and reads that blank line back as a loose item, which then puts a
 * blank line before its nested list too. Saying so before writing makes the
 * output read back as it was written (cleaning it again changes nothing).
 */
export const looseItems: Plugin<[], Root> = function () {
  return function (tree) {
    const stack: Array<{children?: unknown[]}> = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      for (const child of (node.children ?? []) as Array<{type: string; children?: unknown[]}>) {
        if (child.type === 'listItem') {
          const item = child as ListItem
          if (item.children.some((block, index) => block.type === 'paragraph' && item.children[index + 1]?.type === 'paragraph')) item.spread = true
        }
        if (child.children) stack.push(child)
      }
    }
  }
}

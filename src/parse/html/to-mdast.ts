import type {Root as HastRoot} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import type {Paragraph, Parent, Root, RootContent} from 'mdast'
import {pruneEmpty} from '../../util/tree.js'

/** What the Markdown keeps of the page's links and images. */
export interface HtmlContentOptions {
  /** `keep` (default): Markdown links; `text`: only their text. */
  links?: 'keep' | 'text'
  /** `keep` (default): images with their alt text; `drop`: none. */
  images?: 'keep' | 'drop'
}

/**
 * The article's hast as mdast, through `hast-util-to-mdast`: headings,
 * paragraphs, nested lists, block quotes, code with its language, tables,
 * emphasis, links, images and `<br>` breaks (struck-through text as plain
 * text), whitespace collapsed as a
 * browser would. Links without a safe URL keep their text; images without
 * one go.
 */
export function hastToMdast(hast: HastRoot, options: HtmlContentOptions = {}): Root {
  const converted = toMdast(hast)
  const tree: Root = converted.type === 'root' ? (converted as Root) : {type: 'root', children: [converted as RootContent]}
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const children: RootContent[] = []
    const pending = [...(parent.children as RootContent[])].reverse()
    while (pending.length > 0) {
      const child = pending.pop()!
      // Struck-through text stays as text: GFM's ~~ would make every ~ in a text dump an escape ("\~").
      if (child.type === 'delete' || (child.type === 'link' && (options.links === 'text' || child.url === ''))) {
        for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index]!)
        continue
      }
      if (child.type === 'image' && (options.images === 'drop' || child.url === '')) continue
      children.push(child)
      if ('children' in child) stack.push(child)
    }
    parent.children = children as Parent['children']
  }
  splitAtDoubleBreaks(tree)
  pruneEmpty(tree)
  hoistEdgeSpaces(tree)
  fillPositions(tree)
  return tree
}

/** Every parent in the tree, each before its children, without recursion (pages nest deep). */
function parentsInPreOrder(tree: Root): Parent[] {
  const parents: Parent[] = []
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    parents.push(parent)
    for (const child of parent.children) if ('children' in child) stack.push(child as Parent)
  }
  return parents
}

/** Paragraphs that the converter made around loose text get the span of their children, so removals can say where. */
function fillPositions(tree: Root): void {
  const parents = parentsInPreOrder(tree)
  for (let at = parents.length - 1; at >= 0; at--) {
    const parent = parents[at]!
    if (parent.position || parent.type === 'root') continue
    const first = parent.children.find((child) => child.position)?.position
    const last = parent.children.findLast((child) => child.position)?.position
    if (first && last) parent.position = {start: first.start, end: last.end}
  }
}

/**
 * `text<br><br>text`: pages that write paragraphs with two line breaks get
 * two paragraphs, as a reader sees them.
 */
function splitAtDoubleBreaks(tree: Root): void {
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const out: RootContent[] = []
    for (const child of parent.children as RootContent[]) {
      if (child.type !== 'paragraph') {
        out.push(child)
        if ('children' in child) stack.push(child)
        continue
      }
      let current: Paragraph = {...child, children: []}
      const pieces: Paragraph[] = [current]
      const items = child.children
      for (let index = 0; index < items.length; index++) {
        let run = index
        while (run < items.length && (items[run]!.type === 'break' || (items[run]!.type === 'text' && (items[run] as {value: string}).value.trim() === '' && run > index))) run++
        const breaks = items.slice(index, run).filter((item) => item.type === 'break').length
        if (breaks >= 2) {
          current = {type: 'paragraph', children: []}
          pieces.push(current)
          index = run - 1
          continue
        }
        current.children.push(items[index]!)
      }
      const kept = pieces.filter((piece) => piece.children.length > 0)
      if (kept.length > 1) for (const piece of kept) delete piece.position
      out.push(...kept)
    }
    parent.children = out as Parent['children']
  }
}

const phrasing = new Set(['emphasis', 'strong', 'delete', 'link'])

/**
 * `<em>word </em>next`: the space belongs outside the emphasis, or Markdown
 * writes it as `&#x20;`. Move edge whitespace out of inline containers.
 */
function hoistEdgeSpaces(tree: Root): void {
  // Parents in pre-order, handled deepest first: a space hoisted out of `**…**` inside a link is then hoisted out of the link.
  const parents = parentsInPreOrder(tree)
  for (let at = parents.length - 1; at >= 0; at--) {
    const children = parents[at]!.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (!phrasing.has(child.type) || !('children' in child)) continue
      const inner = child.children as RootContent[]
      let before = ''
      let after = ''
      const moved: RootContent[] = []
      // A trailing `<br>` cannot end an emphasis in Markdown: it moves out after it.
      while (inner.length > 0 && inner[inner.length - 1]!.type === 'break') moved.unshift(inner.pop()!)
      const first = inner[0]
      const last = inner[inner.length - 1]
      if (first?.type === 'text') {
        const trimmed = first.value.trimStart()
        before = first.value.slice(0, first.value.length - trimmed.length)
        first.value = trimmed
      }
      if (last?.type === 'text') {
        // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces inside the text.
        const trimmed = last.value.trimEnd()
        after = last.value.slice(trimmed.length)
        last.value = trimmed
      }
      if (moved.length > 0) children.splice(index + 1, 0, ...moved)
      if (after) children.splice(index + 1, 0, {type: 'text', value: after.includes('\n') ? '\n' : ' '})
      if (before) {
        children.splice(index, 0, {type: 'text', value: before.includes('\n') ? '\n' : ' '})
        index++
      }
    }
  }
}

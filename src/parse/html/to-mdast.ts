import type {Comment as HastComment, Element as HastElement, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {type State, defaultNodeHandlers, toMdast} from 'hast-util-to-mdast'
import type {Link, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent, TableRow} from 'mdast'
import {plainText, pruneEmpty} from '../../util/tree.js'
import {append} from '../../util/append.js'
import {fitted} from '../../util/fitted.js'
import {minifyWhitespace} from './minify-whitespace.js'
import {collapseTexts} from './collapse-texts.js'
import {type PagePlaces, placesOf} from './source-span.js'
import {positionNodes} from './positions.js'

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
  const converted = toMdastInPlace(hast)
  const tree: Root = converted.type === 'root' ? (converted as Root) : {type: 'root', children: [converted as RootContent]}
  const stack: Parent[] = [tree]
  while (stack.length > 0) writableChildren(stack.pop()!, options, stack)
  keepBlocksAndTextApart(tree)
  splitAtDoubleBreaks(tree)
  spacesAsText(tree)
  flattenNestedMarks(tree)
  pruneEmpty(tree)
  hoistEdgeSpaces(tree)
  fillPositions(tree)
  return tree
}

/**
 * A parent's children as Markdown writes them: struck-through text and
 * links to nothing as their text, no empty code or dropped image, a row or
 * a cell outside its table as text, texts side by side as one. Its children
 * with children go on `stack`. The array is rebuilt only from the first
 * change on: most parents have none, and a new array for each cost a big
 * table some 12 MB that lived to the next full collection.
 */
function writableChildren(parent: Parent, options: HtmlContentOptions, stack: Parent[]): void {
  const source = parent.children as RootContent[]
  // Undefined while every child so far is kept as it stands (they are then source[0, index)).
  let children: RootContent[] | undefined
  // What a child was replaced with, to be looked at before the next child of source; last first.
  const pending: RootContent[] = []
  let index = 0
  while (pending.length > 0 || index < source.length) {
    const child = pending.length > 0 ? pending.pop()! : source[index++]!
    // Struck-through text stays as text: GFM's ~~ would make every ~ in a text dump an escape ("\~").
    // A link whose text is its own address is that text: written as a link, it would be an autolink, `<address>`, which
    // readers that strip Markdown by pattern drop whole (dev-eval's scorers do), and with it words the page shows.
    if (child.type === 'delete' || (child.type === 'link' && (options.links === 'text' || child.url === '' || namesItself(child)))) {
      children ??= source.slice(0, index - 1)
      for (let at = child.children.length - 1; at >= 0; at--) pending.push(child.children[at]!)
      continue
    }
    if (child.type === 'image' && (options.images === 'drop' || child.url === '')) {
      children ??= source.slice(0, index - 1)
      continue
    }
    // Brackets in alt text ("[QGIS main interface]", "… [Before & After Photos]") are written escaped, `![\[…\]](…)`, which
    // readers that strip Markdown by pattern do not take for an image: its alt text and address are read as prose.
    // Parentheses say the same and keep the image one.
    if (child.type === 'image' && child.alt && /[[\]]/u.test(child.alt)) child.alt = child.alt.replace(/\[/gu, '(').replace(/\]/gu, ')')
    // An empty <code></code> is no code: written as `` it reads back as text (glued to the next word) and the next clean differs.
    if (child.type === 'inlineCode' && child.value.trim() === '') {
      children ??= source.slice(0, index - 1)
      if (child.value !== '') pending.push({type: 'text', value: ' '})
      continue
    }
    // A row or a cell outside a table (a lone <tr>, which htmlparser2 leaves where it stands) is text, as a browser shows it; written as a row it came back as an escaped line.
    if (child.type === 'tableRow' && parent.type !== 'table') {
      children ??= source.slice(0, index - 1)
      pending.push(rowAsParagraph(child))
      continue
    }
    if (child.type === 'tableCell' && parent.type !== 'tableRow') {
      children ??= source.slice(0, index - 1)
      for (let at = child.children.length - 1; at >= 0; at--) pending.push(child.children[at]!)
      continue
    }
    // Texts left side by side (a link unwrapped to its text) become one, as the output reads back: the stages see "comes.here" the first time too.
    const last = children ? children[children.length - 1] : source[index - 2]
    if (child.type === 'text' && last?.type === 'text') {
      children ??= source.slice(0, index - 1)
      const start = (last.position ?? child.position)?.start
      const end = (child.position ?? last.position)?.end
      children[children.length - 1] = {type: 'text', value: last.value + child.value, ...(start && end ? {position: {start, end}} : {})}
      continue
    }
    children?.push(child)
    if ('children' in child) stack.push(child)
  }
  if (children) parent.children = children as Parent['children']
}

/**
 * `toMdast` without its first two steps and its last. A structuredClone of the whole tree
 * so that minifying its whitespace leaves the caller's alone: this hast is
 * made for the conversion and dropped after it, and the copy cost a tenth of
 * a big table's time, and its memory twice over. And its whitespace minifier,
 * whose element tests cost a tenth of a page of inline elements (see
 * minify-whitespace.ts): the library is handed an empty root in the tree's
 * place, to minify and search for ids, and the root handler converts the
 * tree itself after the same two steps. The library's other clones (of mdast
 * nodes it splits) are made as before. Its last step, a walk that merges
 * adjacent texts and trims them, made a closure and arrays per node and took
 * texts out one splice at a time: collapse-texts.ts makes the same edits.
 */
function toMdastInPlace(hast: HastRoot): ReturnType<typeof toMdast> {
  const clone = globalThis.structuredClone
  const standIn: HastRoot = {type: 'root', children: []}
  globalThis.structuredClone = ((value: unknown, options?: Parameters<typeof clone>[1]) => (value === hast ? standIn : clone(value, options))) as typeof clone
  try {
    // The converted root is kept aside and the library's last walk is given an empty one: collapseTexts does that walk's edits.
    let converted: Root | undefined
    const empty: Root = {type: 'root', children: []}
    const result = toMdast(hast, {
      nodeHandlers: {
        root: (state: State, node: HastRoot) => {
          converted = rootWithSafeAll(state, node === standIn ? prepared(state, hast) : node, placesOf(hast)) as Root
          return empty
        },
      },
    })
    if (result !== empty || !converted) return result
    collapseTexts(converted)
    return converted
  } finally {
    globalThis.structuredClone = clone
  }
}

/** What toMdast does to the tree before converting it: minify its whitespace, then note each element id's first element (for links to it). */
function prepared(state: State, tree: HastRoot): HastRoot {
  minifyWhitespace(tree)
  const stack: HastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && node.properties) {
      const id = String(node.properties.id || '') || undefined
      if (id && !state.elementById.has(id)) state.elementById.set(id, node)
    }
    // In document order, as the library's visit: the first child is taken next.
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return tree
}

/**
 * The library's root handler, after giving the conversion's state a `patch`
 * that reads a span and handlers that make nodes with it (positions.ts), and
 * an `all` that appends children in a loop: the library's spreads each child's
 * results into `push`, and a `<tbody>` or a `<div>` of some 120,000 rows or
 * paragraphs (whose results its parent takes in flattened) overflowed the
 * call stack. The same results, in the same order.
 */
function rootWithSafeAll(state: State, node: HastRoot, places: PagePlaces | undefined): ReturnType<typeof defaultNodeHandlers.root> {
  // A hast node's span in the page (to-hast.ts) becomes a plain position on the mdast node made from it.
  positionNodes(state, places)
  // A table's rows and a row's cells, each list built by push: the size of its items, as `all`'s.
  const toSpecificContent = state.toSpecificContent
  state.toSpecificContent = (nodes, build) => fitted(toSpecificContent(nodes, build))
  state.all = function (this: State, parent) {
    // By Array.of(), not `[]`: see parse-dom.ts's `open` (pretenured literals, garbage once fitted).
    const results: RootContent[] = Array.of()
    const children = parent.children ?? []
    const release = parent.type === 'root' || releasedAfter.has((parent as HastElement).tagName)
    for (let index = 0; index < children.length; index++) {
      // Typed as the library types it: what a child gives inside a parent.
      const result = this.one(children[index]!, parent) as RootContent[] | RootContent | undefined
      if (release) children[index] = released
      if (Array.isArray(result)) append(results, result)
      else if (result) results.push(result)
    }
    // Most of these become a node's children as they are (a strong's, a cell's): the size of their items.
    return fitted(results)
  }
  return defaultNodeHandlers.root(state, node)
}

/**
 * Elements whose handler reads no child again once `all` has converted
 * them (no handler reads its siblings either): each child's hast is let go
 * as soon as it is mdast, not when the whole tree is. The hast of a 1 MB
 * paragraph or table stood beside its mdast to the end, the conversion's
 * peak memory.
 */
const releasedAfter = new Set([
  'a', 'b', 'strong', 'i', 'em', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'span',
  'address', 'article', 'aside', 'body', 'center', 'div', 'figcaption', 'footer', 'header', 'html', 'main', 'section',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
])
/** What a converted child is replaced with in its hast parent: a comment, which nothing reads. */
const released: HastComment = {type: 'comment', value: ''}

/** A table row's cells as one paragraph, a space between cells. */
function rowAsParagraph(row: TableRow): Paragraph {
  const children: PhrasingContent[] = []
  for (const cell of row.children) {
    if (children.length > 0 && cell.children.length > 0) children.push({type: 'text', value: ' '})
    append(children, cell.children)
  }
  return {type: 'paragraph', children, ...(row.position ? {position: row.position} : {})}
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
    const source = parent.children as RootContent[]
    // Undefined while every child so far is kept as it stands: most paragraphs hold no break, and stay as they are.
    let out: RootContent[] | undefined
    for (let index = 0; index < source.length; index++) {
      const child = source[index]!
      if (child.type !== 'paragraph') {
        out?.push(child)
        if ('children' in child) stack.push(child)
        continue
      }
      if (!child.children.some((item) => item.type === 'break')) {
        // Without a break it is one piece, itself; an empty paragraph goes.
        if (child.children.length > 0) out?.push(child)
        else out ??= source.slice(0, index)
        continue
      }
      out ??= source.slice(0, index)
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
      // A single `<br>` at a paragraph's edge breaks no line a reader sees; Markdown would write it as a lone "\".
      for (const piece of pieces) trimEdgeBreaks(piece)
      const kept = pieces.filter((piece) => piece.children.length > 0)
      if (kept.length > 1) for (const piece of kept) delete piece.position
      append(out, kept)
    }
    if (out) parent.children = out as Parent['children']
  }
}

/** Whether a paragraph's item is a line break or blank text, which a paragraph's edge does without. */
function isBlankItem(item: RootContent): boolean {
  return item.type === 'break' || (item.type === 'text' && item.value.trim() === '')
}

/** Drops the breaks (and the blank text around them) that open or close a paragraph. */
function trimEdgeBreaks(paragraph: Paragraph): void {
  const items = paragraph.children as RootContent[]
  if (!items.some((item) => item.type === 'break')) return
  let start = 0
  while (start < items.length && isBlankItem(items[start]!)) start++
  let end = items.length
  while (end > start && isBlankItem(items[end - 1]!)) end--
  const leading = items.slice(0, start).some((item) => item.type === 'break')
  const trailing = items.slice(end).some((item) => item.type === 'break')
  if (leading || trailing) paragraph.children = items.slice(leading ? start : 0, trailing ? end : items.length) as Paragraph['children']
}

const phrasing = new Set(['emphasis', 'strong', 'delete', 'link'])

/**
 * Italic inside italic, or bold inside bold (`<em><i>Starry Night</i></em>`, `<i><b><u>Plan</u></b></i>`, `<b>a <b>b</b></b>`),
 * is shown as the outer mark alone: the inner one becomes its text. Written, it was a second mark
 * (`*_Starry Night_*`, whose underscores pattern readers keep on the words) or broke the outer one (`**a **b****`).
 */
function flattenNestedMarks(tree: Root): void {
  const stack: Array<{parent: Parent; emphasis: boolean; strong: boolean}> = [{parent: tree, emphasis: false, strong: false}]
  while (stack.length > 0) {
    const {parent, emphasis, strong} = stack.pop()!
    const nested = (node: RootContent) => (node.type === 'emphasis' && emphasis) || (node.type === 'strong' && strong)
    let children = parent.children as RootContent[]
    if (children.some(nested)) {
      // Rebuilt in one pass, the inner marks' children read in their place (a mark in a mark in a mark too): splicing each in was quadratic on a paragraph of many.
      const flat: RootContent[] = []
      const pending = children.slice().reverse()
      while (pending.length > 0) {
        const node = pending.pop()!
        if (!nested(node)) flat.push(node)
        else for (let index = (node as Parent).children.length - 1; index >= 0; index--) pending.push((node as Parent).children[index] as RootContent)
      }
      parent.children = flat as Parent['children']
      children = flat
    }
    for (const child of children) {
      if ('children' in child) stack.push({parent: child as Parent, emphasis: emphasis || child.type === 'emphasis', strong: strong || child.type === 'strong'})
    }
  }
}

/** Marks that only style their text: what they hold is the text a reader sees. */
const styles = new Set(['emphasis', 'strong', 'delete'])

/**
 * Bold or italic white space (`<em>may</em><i> </i>attempt`, `<strong>&nbsp;</strong>`) is the space a browser
 * shows between the words around it: it becomes that space, before empty marks are pruned with what they hold.
 */
function spacesAsText(tree: Root): void {
  for (const parent of parentsInPreOrder(tree)) {
    const children = parent.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (!styles.has(child.type) || !('children' in child) || child.children.length === 0) continue
      if (child.children.every((node) => node.type === 'text' && node.value.trim() === '' && node.value !== '')) children[index] = {type: 'text', value: ' '}
    }
  }
}

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
      // Bold or italic punctuation alone (`blood<b>,</b>`) marks nothing a reader sees; written, its mark after a letter
      // cannot open, and the writer encodes the letter instead ("bloo&#x64;**,**"). It becomes its text.
      // So does a mark on part of a word (a drop cap's `<b>A</b>dvertise`): pattern readers part the word at it ("A dvertise").
      if (child.type !== 'link' && inner.every((node) => node.type === 'text') && (!/[\p{L}\p{N}]/u.test(plainText(child)) || insideWord(children, index))) {
        children.splice(index, 1, ...inner)
        index += inner.length - 1
        continue
      }
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

/** A letter of a script that sets its words apart by spaces, as its cases tell (not Chinese or Japanese, whose text runs on); the word going on, in lower case. */
const casedLetter = /[\p{Lu}\p{Ll}\p{Lt}]/u
const lowerLetter = /\p{Ll}/u

/**
 * Whether the inline node at `index` starts or ends inside a word, letter to letter with the rest of it, which goes
 * on in lower case across the seam: a drop cap's `<b>A</b>dvertise`, `<b>Design Directo</b>r`. Not `<b>Note</b>: …`,
 * nor a mark between spaces, nor a new word glued to the last by a space the page left out (`of<em>The Cycle</em>`).
 */
function insideWord(children: readonly RootContent[], index: number): boolean {
  const own = plainText(children[index]!)
  const previous = children[index - 1]
  const next = children[index + 1]
  const before = previous?.type === 'text' ? previous.value.slice(-1) : ''
  const after = next?.type === 'text' ? next.value.slice(0, 1) : ''
  return (casedLetter.test(before) && lowerLetter.test(own.slice(0, 1))) || (casedLetter.test(own.slice(-1)) && lowerLetter.test(after))
}

/** Nodes that hold text inline: inside a paragraph, a heading, a table cell. */
const phrasingTypes = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'break', 'html', 'footnoteReference'])
/** Inline nodes with inline children. */
const phrasingParents = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])
/** Nodes whose children are blocks. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

type Segment = PhrasingContent[] | RootContent

/**
 * The converter leaves what the page misnests as it is: text straight in a
 * list (`<ul>Click [here](javascript:…)</ul>`) becomes a list item's loose
 * text, which the Markdown writer does not escape (a live link, raw HTML
 * once rendered); a block inside a paragraph, a heading or an emphasis
 * (`<h2><p>…`, `<li><b>one<li><b>two`) makes the writer read each level
 * twice, exponential in the depth. Every block's children are made what
 * Markdown allows: loose inline content in a paragraph of its own, a block
 * inside inline content cut out beside it, a stray list item in a list, and
 * a table cell's blocks as its text.
 */
function keepBlocksAndTextApart(tree: Root): void {
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    if (parent.type === 'tableCell') {
      const segments = splitInline(parent.children as PhrasingContent[])
      parent.children = segments.length === 1 && Array.isArray(segments[0]) ? segments[0] : cellText(segments)
      oneLine(parent.children as PhrasingContent[])
      continue
    }
    if (parent.type === 'list') {
      parent.children = itemsOf(parent.children as RootContent[])
      for (const child of parent.children) stack.push(child as Parent)
      continue
    }
    if (!flowParents.has(parent.type)) {
      for (const child of parent.children) if ('children' in child && !phrasingTypes.has(child.type)) stack.push(child as Parent)
      continue
    }
    flowChildren(parent, stack)
  }
}

/** A flow parent's children (see keepBlocksAndTextApart), its array rebuilt only from the first change on; children to look into go on `stack`. */
function flowChildren(parent: Parent, stack: Parent[]): void {
  const source = parent.children as RootContent[]
  // Undefined while every child so far is kept as it stands (they are then source[0, index)).
  let out: RootContent[] | undefined
  let loose: PhrasingContent[] = []
  const flush = () => {
    if (loose.some((node) => node.type !== 'text' || node.value.trim() !== '')) out!.push({type: 'paragraph', children: loose})
    loose = []
  }
  // The pieces of a child cut at its blocks, to be looked at again before the next child of source; last first.
  const pending: RootContent[] = []
  let index = 0
  const next = () => (pending.length > 0 ? pending.pop()! : source[index++]!)
  while (pending.length > 0 || index < source.length) {
    const child = next()
    if (phrasingTypes.has(child.type) || child.type === 'paragraph' || child.type === 'heading') {
      const inline = phrasingTypes.has(child.type)
      const segments = splitInline(inline ? [child as PhrasingContent] : (child as Parent).children as PhrasingContent[], child.type === 'heading' ? space : lineBreak)
      if (segments.length === 1 && Array.isArray(segments[0])) {
        if (inline) {
          out ??= source.slice(0, index - 1)
          loose.push(child as PhrasingContent)
        } else {
          if (out) flush()
          ;(child as Parent).children = segments[0]
          out?.push(child)
        }
        continue
      }
      // Cut at its blocks: the pieces go back, in order, to be looked at again (inline ones now without blocks).
      out ??= source.slice(0, index - 1)
      const pieces: RootContent[] = []
      for (const segment of segments) {
        if (!Array.isArray(segment)) pieces.push(segment)
        else if (inline) append(pieces, segment)
        else if (segment.length > 0) pieces.push(copyWith(child as Paragraph, segment))
      }
      for (let at = pieces.length - 1; at >= 0; at--) pending.push(pieces[at]!)
      continue
    }
    if (out) flush()
    if (child.type === 'listItem') {
      // A list item outside a list: in a list of its own, with the items that follow it.
      out ??= source.slice(0, index - 1)
      const items: ListItem[] = [child]
      while (pending.length > 0 || index < source.length) {
        const following = pending.length > 0 ? pending[pending.length - 1]! : source[index]!
        if (following.type !== 'listItem') break
        items.push(next() as ListItem)
      }
      const list: List = {type: 'list', ordered: false, spread: false, children: items}
      out.push(list)
      stack.push(list)
      continue
    }
    out?.push(child)
    if ('children' in child) stack.push(child as Parent)
  }
  if (!out) return
  flush()
  parent.children = out as Parent['children']
}

/**
 * Inline content cut at the blocks inside it, at any depth: the runs of
 * inline content (an emphasis cut in two is two emphases) and the blocks
 * between them. Content without blocks comes back as one run, unchanged.
 */
function splitInline(children: PhrasingContent[], separator: () => PhrasingContent = space): Segment[] {
  const segments: Segment[] = []
  // Undefined while the run is `children` as they stand, up to the child at hand: no new array for content without blocks.
  let run: PhrasingContent[] | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    // A paragraph inside inline content (`<h2><p>Title</p></h2>`, `<a href><p>Read more</p></a>`) is its text, as the writer printed it.
    const dissolved = child.type === 'paragraph'
    if (!phrasingTypes.has(child.type) && !dissolved) {
      run ??= children.slice(0, index)
      if (run.length > 0) segments.push(run)
      run = []
      segments.push(child)
      continue
    }
    if (!phrasingParents.has(child.type) && !dissolved) {
      run?.push(child as PhrasingContent)
      continue
    }
    const inner = splitInline((child as Parent).children as PhrasingContent[], separator)
    if (dissolved) {
      run ??= children.slice(0, index)
      // The paragraph's text starts a line of its own, as a browser shows it (`<b><div>Photo: AP</div><div>The crowd…</div></b>`), not glued to the text before it.
      if (endsWithText(run)) run.push(separator())
      for (const piece of inner) {
        if (Array.isArray(piece)) {
          append(run, piece)
        } else {
          if (run.length > 0) segments.push(run)
          run = []
          segments.push(piece)
        }
      }
      if (startsWithText(children, index + 1)) run.push(separator())
      continue
    }
    if (inner.length <= 1 && (inner.length === 0 || Array.isArray(inner[0]))) {
      // No block inside: the same children, but for paragraphs dissolved.
      ;(child as Parent).children = (inner[0] ?? []) as Parent['children']
      run?.push(child as PhrasingContent)
      continue
    }
    run ??= children.slice(0, index)
    for (const piece of inner) {
      if (Array.isArray(piece)) {
        run.push(copyWith(child as Parent, piece) as PhrasingContent)
      } else {
        if (run.length > 0) segments.push(run)
        run = []
        segments.push(piece)
      }
    }
  }
  run ??= children
  if (run.length > 0 || segments.length === 0) segments.push(run)
  return segments
}

const space = (): PhrasingContent => ({type: 'text', value: ' '})
const lineBreak = (): PhrasingContent => ({type: 'break'})

/** Whether a run ends with text, not with a break or a space. */
function endsWithText(run: PhrasingContent[]): boolean {
  const last = run[run.length - 1]
  if (!last || last.type === 'break') return false
  return last.type !== 'text' || !/\s$/u.test(last.value)
}

/** Whether the inline content from `index` on opens with text (a space or a break opens none). */
function startsWithText(children: PhrasingContent[], index: number): boolean {
  const first = children[index]
  if (!first || first.type === 'break' || (first as RootContent).type === 'paragraph') return false
  return first.type !== 'text' || /^\S/u.test(first.value)
}

/** Whether a link's text is its address (`<a href="http://amzn.to/x">http://amzn.to/x</a>`, or an e-mail's). */
function namesItself(link: Link): boolean {
  const text = plainText(link).trim()
  return text !== '' && (text === link.url || `mailto:${text}` === link.url)
}

/**
 * A cell's line breaks as spaces: a GFM row is one line, so the writer would put each break in a text as `&#xA;`, which
 * a reader sees as such and a word counter as a word ("xA"). A table inside a cell arrives as its rows' texts, a line each.
 */
function oneLine(children: PhrasingContent[]): void {
  for (const child of children) {
    if (child.type === 'text' && child.value.includes('\n')) child.value = spacedLines(child.value)
    else if ('children' in child) oneLine(child.children as PhrasingContent[])
  }
}

/** A text's lines joined by one space, the spaces around each break gone (a split, not a pattern: a run of tabs costs linear time). */
function spacedLines(value: string): string {
  const lines = value.split('\n')
  const last = lines.length - 1
  const trimmed = lines.map((line, index) => (index === 0 ? line.trimEnd() : index === last ? line.trimStart() : line.trim()))
  return trimmed.filter((line, index) => line !== '' || index === 0 || index === last).join(' ')
}

/** A table cell holds one line: its blocks become their text, a space apart. */
function cellText(segments: Segment[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const segment of segments) {
    if (out.length > 0) out.push({type: 'text', value: ' '})
    if (Array.isArray(segment)) append(out, segment)
    else out.push({type: 'text', value: plainText(segment).replace(/\s+/g, ' ').trim()})
  }
  return out
}

/** A list's children as list items: anything else goes into an item with what follows it up to the next item. */
function itemsOf(children: RootContent[]): ListItem[] {
  if (children.every((child) => child.type === 'listItem')) return children as ListItem[]
  const items: ListItem[] = []
  let stray: ListItem | undefined
  for (const child of children) {
    if (child.type === 'listItem') {
      items.push(child)
      stray = undefined
      continue
    }
    if (!stray) {
      stray = {type: 'listItem', spread: false, children: []}
      items.push(stray)
    }
    stray.children.push(child as ListItem['children'][number])
  }
  return items
}

/** A copy of a node with other children, and no position: it is a piece of the node (positions are filled from the children later). */
function copyWith<T extends Parent>(node: T, children: PhrasingContent[]): T {
  const copy = {...node, children} as T
  delete copy.position
  return copy
}

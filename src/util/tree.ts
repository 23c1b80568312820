import type {Node, Parent, Root} from 'mdast'

/** Node types that hold text and mean nothing once empty. */
const containers = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'emphasis', 'strong', 'link', 'delete', 'tableCell'])

/**
 * Remove containers left without content by an edit (a paragraph whose only
 * text was a shortcode). Their text was reported where it was removed.
 */
export function pruneEmpty(tree: Root): void {
  prune(tree)
}

/** What a subtree holds that keeps its containers, as bits: text other than white space, an image. */
const heldText = 1
const heldMedia = 2

const media = new Set(['image', 'imageReference'])

/**
 * Prune below `parent` and say what its kept children hold (`heldText`,
 * `heldMedia`). Worked out bottom-up, once a node: asking `toString` of each
 * container anew cost the subtree's size at every level, quadratic in the
 * nesting (unclosed `<font><b>` make emphasis 512 deep). A parent keeps its
 * children array when it loses none: a dump's 350,000 paragraphs made as
 * many new arrays, and as many records of what they hold (issue 17, item 7).
 */
function prune(parent: Parent): number {
  let held = 0
  const children = parent.children
  let kept: Array<Parent['children'][number]> | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const inner = 'children' in child ? prune(child as Parent) : 0
    const keep = !containers.has(child.type) || ((child as Parent).children.length > 0 && (child.type === 'list' || inner !== 0))
    if (!keep) {
      kept ??= children.slice(0, index)
      continue
    }
    kept?.push(child)
    if ((held & heldText) === 0 && hasText(child, inner)) held |= heldText
    if (media.has(child.type) || (inner & heldMedia) !== 0) held |= heldMedia
  }
  if (kept) parent.children = kept as Parent['children']
  return held
}

/** Whether `toString(node).trim()` is not empty, from what its children hold (as toString: a value, else an image's alt, else the children). */
function hasText(node: Node, inner: number): boolean {
  if ('value' in node) return String(node.value ?? '').trim() !== ''
  if ('alt' in node && node.alt) return String(node.alt).trim() !== ''
  return (inner & heldText) !== 0
}

/**
 * The plain text of a node, as mdast-util-to-string gives it (a value, else
 * an image's alt, else the children's texts), joined once at the end. That
 * one joins at every level, copying a subtree's text as many times as it is
 * deep: 0.9 s for a 450 KB paragraph inside emphasis 512 deep, 2 ms here.
 */
export function plainText(node: unknown): string {
  // Most blocks are one text node, or single children down to one: their text is that node's, with no array to join
  // (a dump of 175,000 short lines asked some 2.6 million times).
  // Each property read once a level: on nodes of many shapes every read and `in` test is a lookup of its own.
  let single = node
  while (isNode(single)) {
    const {value} = single as {value?: unknown}
    if (typeof value === 'string') return value
    if (value !== undefined || 'value' in single || (single as {alt?: unknown}).alt) break
    const {children} = single as {children?: unknown}
    if (!Array.isArray(children) || children.length !== 1) break
    single = children[0]
  }
  // A node of many texts keeps its text, with the parts it was joined from: asked again (each stage reads every block's
  // text, some twice), it is walked to check its parts are still those, not joined anew. A paragraph of 1 MB of
  // inline HTML was collected and joined ten times, each time a list of 100,000 parts and a 1 MB string.
  const memo = isNode(node) ? joined.get(node) : undefined
  if (memo && sameParts(node, memo.parts, 0) === memo.parts.length) return memo.text
  const parts: unknown[] = []
  collect(node, parts)
  const text = parts.join('')
  if (parts.length >= memoParts && isNode(node)) joined.set(node, {parts, text})
  return text
}

/** Parts from which a node's text is kept (fewer are joined anew each time, as cheaply as they would be checked). */
const memoParts = 256
const joined = new WeakMap<object, {parts: unknown[]; text: string}>()

/** Walks `value` as `collect` does, matching each part against `parts` from `at`: where the match ends, or -1 at a difference. */
function sameParts(value: unknown, parts: readonly unknown[], at: number): number {
  if (Array.isArray(value)) {
    for (const item of value) {
      at = sameParts(item, parts, at)
      if (at === -1) return -1
    }
    return at
  }
  if (!value || typeof value !== 'object') return at
  if ('value' in value) return at < parts.length && parts[at] === value.value ? at + 1 : -1
  if ('alt' in value && value.alt) return at < parts.length && parts[at] === value.alt ? at + 1 : -1
  if ('children' in value) return sameParts(value.children, parts, at)
  return at
}

function isNode(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function collect(value: unknown, parts: unknown[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, parts)
    return
  }
  if (!value || typeof value !== 'object') return
  if ('value' in value) parts.push(value.value)
  else if ('alt' in value && value.alt) parts.push(value.alt)
  else if ('children' in value) collect(value.children, parts)
}

/** The plain text of a block, trimmed. */
export function blockText(node: unknown): string {
  return plainText(node).trim()
}

/** Parents whose children are blocks of their own: their texts are kept apart. */
const flowParents = new Set(['root', 'list', 'listItem', 'blockquote', 'table'])

/**
 * The text of a node with its blocks on lines of their own and a table's
 * cells apart: a removed list reads "Rosmarin\nAkelei", not "RosmarinAkelei".
 */
export function flowText(node: Node): string {
  if (!('children' in node)) return plainText(node)
  const children = (node as Parent).children as Node[]
  if (node.type === 'tableRow') return children.map(plainText).join(' | ')
  if (!flowParents.has(node.type)) return plainText(node)
  return children.map(flowText).filter((text) => text !== '').join('\n')
}

/** The index of the block that starts on an input line (a stage's hint names blocks by line), or -1. */
export function blockAtLine(root: {children: ReadonlyArray<{position?: {start: {line: number}}}>}, line: number): number {
  return root.children.findIndex((node) => node.position?.start.line === line)
}

/** The index of the first block that starts below an input line (the one under a headline the title stage found), or -1. */
export function blockBelowLine(root: {children: ReadonlyArray<{position?: {start: {line: number}}}>}, line: number): number {
  return root.children.findIndex((node) => (node.position?.start.line ?? 0) > line)
}

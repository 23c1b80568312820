import type {Parent, Root, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {Scalar, isMap, isScalar, isSeq, parseDocument, parse as parseYaml} from 'yaml'
import {gfmTables} from '../gfm.js'
import type {Meta} from '../types.js'
import {metaKeys} from '../types.js'
import {safeUrl} from '../util/safe-url.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmTables)

/**
 * Markdown with optional YAML front matter: a CMS export (Hugo, Jekyll) or
 * scrubdown's own output, which is why cleaning an output again is stable.
 * The front matter's known keys become meta; the yaml node leaves the tree
 * (it is written anew from meta at the end).
 */
export function parseMarkdown(input: string): {tree: Root; meta: Meta; unknown: Record<string, unknown>; frontMatter: boolean} {
  const tree = markdownParser.parse(input) as Root
  let meta: Meta = {}
  let unknown: Record<string, unknown> = {}
  const first = tree.children[0]
  const frontMatter = first?.type === 'yaml'
  if (first?.type === 'yaml') {
    meta = metaFromYaml(first.value)
    unknown = unknownKeys(first.value)
    tree.children = tree.children.slice(1) as RootContent[]
  }
  return {tree, meta, unknown, frontMatter}
}

/** The keys of a YAML front matter that are no meta key (`draft`, `weight`, `layout`), with their values: left out, and reported as such. */
function unknownKeys(value: string): Record<string, unknown> {
  let data: unknown
  try {
    data = parseYaml(value, {schema: 'failsafe', maxAliasCount: 0, uniqueKeys: false, logLevel: 'silent'})
  } catch {
    return {}
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {}
  const known: readonly string[] = metaKeys
  return Object.fromEntries(Object.entries(data).filter(([key]) => !known.includes(key)))
}

/**
 * Known keys of a YAML front matter, as the strings written: read with the
 * failsafe schema, so `title: 1.10`, `007`, `0x1F` and `true` stay as they
 * are (the core schema made them 1.1, 7, 31 and a dropped boolean), and a
 * date stays the text the page gave. A plain `~` or `null` is no value. The
 * rest is dropped. The yaml package's warnings are not printed: they echo
 * the input to standard error.
 */
export function metaFromYaml(value: string): Meta {
  const document = parseDocument(value, {schema: 'failsafe', uniqueKeys: false, logLevel: 'silent'})
  if (document.errors.length > 0 || !isMap(document.contents)) return {}
  const fields = new Map<string, unknown>()
  for (const pair of document.contents.items) {
    if (isScalar(pair.key)) fields.set(String(pair.key.value), pair.value)
  }
  const meta: Meta = {}
  for (const key of metaKeys) {
    const node = fields.get(key)
    if (key === 'categories' || key === 'tags') {
      const list = isSeq(node) ? node.items : [node]
      const strings = list.map(text).filter((item): item is string => item !== undefined)
      if (strings.length > 0) meta[key] = strings
    } else {
      const item = text(node)
      if (item !== undefined) meta[key] = item
    }
  }
  return meta
}

/** The string a scalar node holds, as written; nothing for a collection, a null or blank. */
function text(node: unknown): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined
  if (node.type === Scalar.PLAIN && /^(?:~|null|Null|NULL)$/.test(node.value)) return undefined
  return node.value.trim() === '' ? undefined : node.value
}

/** Parents whose children are blocks: raw HTML there becomes a paragraph of text. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/**
 * Markdown input is not trusted with markup: a text dump that happens to
 * open with `---`/`title: …`/`---` is read as Markdown, and its raw HTML
 * (`<img src=x onerror=…>`) or `javascript:` links would pass into the output
 * live. Raw HTML becomes text (the writer escapes it); a link or a reference
 * to a definition with an unsafe URL keeps only its text, such an image or
 * definition goes. URLs are judged as for HTML input (`safeUrl`).
 */
export function neutralizeMarkup(tree: Root): void {
  const unsafe = (url: string) => url.trim() !== '' && safeUrl(url, undefined) === undefined
  const unsafeDefinitions = new Set<string>()
  const stack: Parent[] = [tree]
  const parents: Parent[] = []
  while (stack.length > 0) {
    const parent = stack.pop()!
    parents.push(parent)
    for (const child of parent.children) {
      if (child.type === 'definition' && unsafe(child.url)) unsafeDefinitions.add(child.identifier)
      if ('children' in child) stack.push(child as Parent)
    }
  }
  for (const parent of parents) {
    const flow = flowParents.has(parent.type)
    const out: RootContent[] = []
    const pending = [...(parent.children as RootContent[])].reverse()
    while (pending.length > 0) {
      const child = pending.pop()!
      if (child.type === 'html') {
        const text = {type: 'text', value: child.value, ...(child.position ? {position: child.position} : {})} as const
        out.push(flow ? {type: 'paragraph', children: [text], ...(child.position ? {position: child.position} : {})} : text)
      } else if ((child.type === 'link' && unsafe(child.url)) || (child.type === 'linkReference' && unsafeDefinitions.has(child.identifier))) {
        for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index]!)
      } else if (!((child.type === 'image' && unsafe(child.url)) || (child.type === 'imageReference' && unsafeDefinitions.has(child.identifier)) || (child.type === 'definition' && unsafeDefinitions.has(child.identifier)))) {
        out.push(child)
      }
    }
    parent.children = out as Parent['children']
  }
}

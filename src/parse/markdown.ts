import type {Root, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {parse as parseYaml} from 'yaml'
import {gfmTables} from '../gfm.js'
import type {Meta} from '../types.js'
import {metaKeys} from '../types.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmTables)

/**
 * Markdown with optional YAML front matter: a CMS export (Hugo, Jekyll) or
 * scrubdown's own output, which is why cleaning an output again is stable.
 * The front matter's known keys become meta; the yaml node leaves the tree
 * (it is written anew from meta at the end).
 */
export function parseMarkdown(input: string): {tree: Root; meta: Meta} {
  const tree = markdownParser.parse(input) as Root
  let meta: Meta = {}
  const first = tree.children[0]
  if (first?.type === 'yaml') {
    meta = metaFromYaml(first.value)
    tree.children = tree.children.slice(1) as RootContent[]
  }
  return {tree, meta}
}

/** Known keys of a YAML front matter, with the types meta allows; the rest is dropped. */
export function metaFromYaml(value: string): Meta {
  let data: unknown
  try {
    data = parseYaml(value, {maxAliasCount: 0, uniqueKeys: false})
  } catch {
    return {}
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {}
  const record = data as Record<string, unknown>
  const meta: Meta = {}
  for (const key of metaKeys) {
    const item = record[key]
    if (key === 'categories' || key === 'tags') {
      const list = Array.isArray(item) ? item : typeof item === 'string' ? [item] : []
      const strings = list.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String)
      if (strings.length > 0) meta[key] = strings
    } else if (typeof item === 'string' || typeof item === 'number' || item instanceof Date) {
      const text = item instanceof Date ? item.toISOString().slice(0, 10) : String(item)
      if (text.trim() !== '') meta[key] = text
    }
  }
  return meta
}

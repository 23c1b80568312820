import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {Document, isSeq} from 'yaml'
import {type Meta, metaKeys} from './types.js'
import {reportRemoval} from './util/report.js'

/**
 * Meta in the design's key order, unknown and empty keys left out (never
 * `null`). Values are trimmed strings; lists lose their empty items.
 */
export function orderMeta(meta: Meta): Meta {
  const ordered: Record<string, unknown> = {}
  for (const key of metaKeys) {
    const value = meta[key]
    if (Array.isArray(value)) {
      const items = value.map((item) => String(item).trim()).filter(Boolean)
      if (items.length > 0) ordered[key] = items
    } else if (typeof value === 'string' && value.trim() !== '') {
      ordered[key] = value.trim()
    }
  }
  return ordered as Meta
}

/**
 * Meta as YAML through the `yaml` package, never by string concatenation:
 * a title holding `---`, `: `, `#`, quotes or `true` comes back as the same
 * string. Lists are written inline (`tags: [AI, FOMO]`).
 */
export function metaToYaml(meta: Meta): string {
  const document = new Document(orderMeta(meta))
  if (document.contents && 'items' in document.contents) {
    for (const pair of document.contents.items as Array<{value: unknown}>) {
      if (isSeq(pair.value)) pair.value.flow = true
    }
  }
  return document.toString({lineWidth: 0, flowCollectionPadding: false}).trimEnd()
}

/**
 * Put `file.data.meta` at the top of the tree as a YAML front matter node.
 * A key that is none of the front matter's (a Markdown input's `draft:`, a
 * custom stage's own key) is left out, and reported as a removal, never
 * dropped without a word.
 */
export const frontmatter: Plugin<[], Root> = function () {
  return function (tree, file) {
    const known: readonly string[] = metaKeys
    for (const [key, value] of Object.entries(file.data.meta ?? {})) {
      if (known.includes(key) || value === undefined) continue
      reportRemoval(file, 'frontmatter', {type: 'yaml'}, `the front matter key "${key}" is none of scrubdown's (${metaKeys.join(', ')}): left out`, `${key}: ${JSON.stringify(value)}`)
    }
    const meta = orderMeta(file.data.meta ?? {})
    file.data.meta = meta
    if (Object.keys(meta).length === 0) return
    tree.children = tree.children.filter((node) => node.type !== 'yaml')
    tree.children.unshift({type: 'yaml', value: metaToYaml(meta)})
  }
}

import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {Document, Scalar, isScalar, isSeq} from 'yaml'
import {type Meta, metaKeys} from './types.js'
import {misreadByYaml11, surelyString} from './yaml-1-1.js'
import {reportRemoval} from './util/report.js'
import {onFirstUse} from './util/on-first-use.js'

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
 * Meta as YAML, as the `yaml` package writes it, never by string concatenation
 * of what it would write otherwise: a title holding `---`, `: `, `#`, quotes
 * or `true` comes back as the same string, for YAML 1.1 readers too (`No`,
 * `on` and `12:30` are quoted). Lists are written inline (`tags: [AI, FOMO]`).
 */
export function metaToYaml(meta: Meta): string {
  const ordered = orderMeta(meta)
  const pairs = Object.entries(ordered) as Array<[string, unknown]>
  if (pairs.length === 0) return yamlDocument(ordered)
  // Each pair is written alone (a block map's pairs do not change one another): most by plainPair, the rest by the package.
  return pairs.map(([key, value]) => plainPair(key, value) ?? yamlDocument({[key]: value} as Meta)).join('\n')
}

/** The front matter as the `yaml` package writes it (see metaToYaml); `meta` in order already. */
export function yamlDocument(meta: Meta): string {
  const document = new Document(meta)
  if (document.contents && 'items' in document.contents) {
    for (const pair of document.contents.items as Array<{key: unknown; value: unknown}>) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (isSeq(pair.value)) {
        pair.value.flow = true
        for (const item of pair.value.items) quoteIfMisread(item, key)
      } else {
        quoteIfMisread(pair.value, key)
      }
    }
  }
  return document.toString({lineWidth: 0, flowCollectionPadding: false}).trimEnd()
}

/** An address without a colon after its scheme's, a space or a `#` (a port, a fragment: left to the writer). */
const plainUrl = onFirstUse(() => /^https?:\/\/[\p{L}\p{N}\-._~/?=&%+@!$'()*,;]+$/u)

/**
 * A pair written as the `yaml` package would write it, when its value is one
 * the package writes as it is (`key: value`, a list `key: [a, b]`), else
 * undefined, and the package writes it: most pages' titles, names, dates
 * and addresses are such, and building the package's document took as much
 * time as a stage. The same text either way (test/fast-paths.test.ts).
 */
function plainPair(key: string, value: unknown): string | undefined {
  if (Array.isArray(value)) {
    // Inline, a comma or a bracket would be quoted.
    return value.every((item) => typeof item === 'string' && surelyString(item) && !/[,[\]{}]/u.test(item)) ? `${key}: [${value.join(', ')}]` : undefined
  }
  if (typeof value !== 'string') return undefined
  if (surelyString(value) || colonInWord(value) || (value.startsWith('http') && plainUrl().test(value)) || (key === 'date' && isoDate.test(value))) return `${key}: ${value}`
  return quotedAsIs(value) ? `${key}: "${value}"` : undefined
}

/**
 * The package's test for text it cannot write plain (plainString in its stringifyString.js): an indicator first, a
 * colon or a line break before a space, a `#` after one, a space or a colon last. A title with ': ' is such.
 */
const notPlain = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/

/**
 * Text the package writes in double quotes as it is ("Fact Check: Is …"): it cannot be plain (notPlain), and JSON
 * escapes nothing in it (no double quote, backslash, line break or control character), so the package, which writes
 * one line in double quotes as JSON's string with its escapes rewritten, picks double quotes (a single quote inside
 * chooses them too; a 1.1 reader's misreading forces them) and changes nothing. Some 40 of aeb's 88 pages have such a
 * title or description, and building the package's document for each took some 4 % of the HTML path.
 */
function quotedAsIs(value: string): boolean {
  return notPlain.test(value) && JSON.stringify(value).length === value.length + 2
}

/**
 * Text with a colon inside a word ("AI:erna", "Re:Invent"), else surely a
 * string: the writer quotes a colon only before a space or at the end (where
 * it would make a key), and such text with a hyphen for each colon is surely
 * a string. Of 1.1's types only its times and base-60 numbers hold a colon,
 * and they hold no letter that surelyString asks for.
 */
function colonInWord(value: string): boolean {
  return value.includes(':') && !colonBeforeSpace.test(value) && surelyString(value.replaceAll(':', '-'))
}

const colonBeforeSpace = /:(?:\s|$)/u

/** ISO 8601 dates and times: what `date` holds, which a YAML 1.1 reader rightly takes for a timestamp. */
const isoDate = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/** Quote a string a YAML 1.1 reader would take for a boolean, a number or a null (`No`, `on`, `12:30`, `0x1F`). */
function quoteIfMisread(node: unknown, key: string): void {
  if (!isScalar(node) || typeof node.value !== 'string') return
  if (key === 'date' && isoDate.test(node.value)) return
  if (misreadByYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE
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
      reportRemoval(file, 'frontmatter', {type: 'yaml'}, `the front matter key "${key}" is none of scrubdown's (${metaKeys.join(', ')}): left out`, `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    }
    const meta = orderMeta(file.data.meta ?? {})
    file.data.meta = meta
    if (Object.keys(meta).length === 0) return
    tree.children = tree.children.filter((node) => node.type !== 'yaml')
    tree.children.unshift({type: 'yaml', value: metaToYaml(meta)})
  }
}

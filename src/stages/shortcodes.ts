import type {Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {reportRemoval} from '../util/report.js'
import {pruneEmpty} from '../util/tree.js'
import {walk} from '../util/walk.js'

export interface ShortcodesOptions {
  /** Extra shortcode names to treat as tags even without `_`, `-` or attributes. */
  names?: readonly string[]
}

/** Shortcode names that are common and plain words, so they need listing (the rest are recognised by shape). */
const knownNames = [
  'caption', 'gallery', 'embed', 'audio', 'video', 'playlist', 'column', 'columns', 'row', 'button',
  'toc', 'tabs', 'tab', 'accordion', 'quote', 'pullquote', 'shortcode', 'ad', 'ads', 'adsense',
  'newsletter', 'subscribe', 'cookie', 'youtube', 'vimeo', 'tweet', 'instagram', 'spoiler', 'box', 'alert',
]

const ruleId = 'shortcodes'

/*
 * `[name attr="x"]`, `[/name]`, `[name/]`, `[name attr /]`; attributes up to
 * 500 characters with no brackets or line breaks, in one group (spaces and a
 * final `/` included), so each `[` costs at most 500 steps: linear.
 */
const bracketTag = /\[(\/?)([A-Za-z][\w-]{0,60})(\s[^\[\]\n]{0,500})?(\/?)\]/g
/* Template tags: `{{ad}}`, `{{> partial}}`, `{% include x %}`. */
const templateTag = /\{\{[^{}\n]{1,200}\}\}|\{%[^%\n]{1,200}%\}/g

/**
 * Remove CMS shortcodes and template tags: `[elfsight_cookie_consent id="1"]`,
 * `[vc_row]…[/vc_row]`, `{{ad}}`. The text between an opening and a closing
 * tag (a `[caption]`'s caption) is kept: it may be article text.
 *
 * A bracketed word counts as a shortcode only by its shape (a `_` or `-` in
 * the name, attributes with `=`, a closing `[/name]`, a self-closing `/]`)
 * or a known name, so "[sic]", "[1]" and "[citation needed]" stay.
 */
export const shortcodes: Plugin<[ShortcodesOptions?], Root> = function (options = {}) {
  const names = new Set([...knownNames, ...(options.names ?? [])].map((name) => name.toLowerCase()))

  return function (tree, file) {
    walk(tree, (found, index, parent) => {
      if (found.type !== 'text') return undefined
      const node = found as Text
      let kept = stripTags(node, names, file)
      if (kept === node.value) return
      // A tag removed at the edge of a block leaves no space behind.
      if (parent && parent.children[0] === node) kept = kept.trimStart()
      if (parent && parent.children[parent.children.length - 1] === node) kept = kept.trimEnd()
      node.value = kept
      if (kept.trim() === '' && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return true
      }
      return undefined
    })
    // Blocks left empty by the removals above go too (their text was already reported).
    pruneEmpty(tree)
  }
}

function isShortcode(closing: string, name: string, attributes: string, selfClosing: string, names: Set<string>): boolean {
  if (closing || selfClosing) return true
  if (/[_-]/.test(name)) return true
  if (/=/.test(attributes)) return true
  return names.has(name.toLowerCase())
}

function stripTags(node: Text, names: Set<string>, file: VFile): string {
  let value = node.value.replace(bracketTag, (tag: string, closing: string, name: string, attributes = '', slash: string) => {
    const selfClosing = slash || (/\/\s*$/.test(attributes) ? '/' : '')
    if (!isShortcode(closing, name, attributes, selfClosing, names)) return tag
    reportRemoval(file, ruleId, node, `a CMS shortcode [${name}], markup of the site's software, not article text`, tag)
    return ' '
  })
  value = value.replace(templateTag, (tag: string) => {
    reportRemoval(file, ruleId, node, 'a template tag, markup of the site\'s software, not article text', tag)
    return ' '
  })
  if (value === node.value) return value
  return value.replace(/[ \t]{2,}/g, ' ')
}

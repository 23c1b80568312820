import type {Root} from 'mdast'
import {gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown, gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import type {Plugin} from 'unified'

/**
 * The two GFM constructs HTML brings: tables and strikethrough, read and
 * written. Not all of remark-gfm: its autolink-literal extension would write
 * every "www.example.com" in a text dump as "www\.example.com".
 *
 * @example
 * ```ts
 * unified().use(remarkParse).use(gfmTables).use(remarkStringify)
 * ```
 */
export const gfmTables: Plugin<[], Root> = function () {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown(), gfmStrikethroughToMarkdown())
}

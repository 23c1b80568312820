import type {Root} from 'mdast'
import {gfmTableFromMarkdown, gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import type {Plugin} from 'unified'

/**
 * GFM tables, read and written: the one GFM construct HTML brings that
 * Markdown needs. Not all of remark-gfm: its autolink-literal extension would
 * write every "www.example.com" in a text dump as "www\.example.com", and
 * strikethrough every "~" as "\~" (struck text is kept as plain text).
 *
 * @example
 * ```ts
 * unified().use(remarkParse).use(gfmTables).use(remarkStringify)
 * ```
 */
export const gfmTables: Plugin<[], Root> = function () {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown())
}

import type {Format} from '../types.js'

/** How much of the start of a document format detection reads. */
const sniffLength = 64 * 1024

const frontMatter = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/
// A comment cannot hold `-->` (the tempered `(?!-->)`): one way to split a row of comments, so no exponential backtracking.
const htmlStart = /^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i
const blockTag = /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|main|header|footer|nav|table|tr|td|img|meta|link|script|style)\b[^<>]{0,2000}>/gi

/**
 * Tell a text dump from HTML and from Markdown with front matter. HTML must
 * start like a page or be mostly tags: a text dump that mentions `<b>` or
 * quotes a snippet of markup stays text.
 */
export function detectFormat(input: string): Exclude<Format, 'auto'> {
  const head = input.slice(0, sniffLength)
  if (frontMatter.test(head)) return 'markdown'
  if (htmlStart.test(head)) return 'html'
  const tags = head.match(blockTag)
  if (tags && tags.length >= 8) {
    const tagChars = tags.reduce((sum, tag) => sum + tag.length, 0)
    const lines = head.split('\n').length
    // Markup on most lines, or a fifth of the characters in tags: a page, not prose about one.
    if (tags.length >= lines / 2 || tagChars * 5 >= head.length) return 'html'
  }
  return 'text'
}

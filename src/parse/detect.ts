import type {Format} from '../types.js'

/** How much of the start of a document format detection reads. */
const sniffLength = 64 * 1024

const frontMatter = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/
// A comment cannot hold `-->` (the tempered `(?!-->)`): one way to split a row of comments, so no exponential backtracking.
const htmlStart = /^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i
const blockTag = /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|main|header|footer|nav|table|tr|td|img|meta|link|script|style)\b[^<>]{0,2000}>/gi
/** A CMS or RSS body (an HTML fragment, no `<html>` or `<body>`): it opens with one of these elements and closes one. */
const fragmentStart = /^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:p|div|article|section|main|header|footer|aside|nav|h[1-6]|ul|ol|dl|table|blockquote|figure|pre|span|a|strong|em|b|i|font|center)(?:\s[^<>]{0,2000})?>/i
const fragmentEnd = /<\/(?:p|div|article|section|main|header|footer|aside|nav|h[1-6]|ul|ol|dl|table|blockquote|figure|pre|span|a|strong|em|b|i|font|center)\s*>/i

/**
 * Tell a text dump from HTML and from Markdown with front matter. HTML must
 * start like a page, or like a fragment (a CMS or RSS body: it opens with an
 * element such as `<p>` or `<article>` and closes one), or be mostly tags: a
 * text dump that mentions `<b>` or quotes a snippet of markup stays text.
 */
export function detectFormat(input: string): Exclude<Format, 'auto'> {
  const head = input.slice(0, sniffLength)
  if (frontMatter.test(head)) return 'markdown'
  if (htmlStart.test(head)) return 'html'
  if (fragmentStart.test(head) && fragmentEnd.test(head)) return 'html'
  const tags = head.match(blockTag)
  if (tags && tags.length >= 8) {
    const tagChars = tags.reduce((sum, tag) => sum + tag.length, 0)
    const lines = head.split('\n').length
    // Markup on most lines, or a fifth of the characters in tags: a page, not prose about one.
    if (tags.length >= lines / 2 || tagChars * 5 >= head.length) return 'html'
  }
  return 'text'
}

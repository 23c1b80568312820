import {escapeHtml} from './escape.js'
import {pageHead} from './page.js'
import {pageStyle} from './style.js'

/** One document of a batch as its index lists it. */
export interface IndexEntry {
  /** Its relative path, or a record's id: what the errors file names it. */
  name: string
  /** Its page, relative to the index (a path we made, never a URL from the input). */
  page?: string
  title?: string
  lang?: string
  removals?: number
  warnings?: number
  /** Why it was not cleaned: a failure has no page. */
  error?: string
}

/** A relative path as a link: each part percent-encoded, so a name such as `javascript:x.html` stays a file beside the index. */
export function pageHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** The batch's index page: every document in the order given, with a link to its page, or why it has none. */
export function indexPage(title: string, entries: readonly IndexEntry[]): string {
  const failed = entries.filter((entry) => entry.error !== undefined).length
  const rows = entries.map((entry) => {
    const name = entry.page === undefined ? escapeHtml(entry.name) : `<a href="${escapeHtml(pageHref(entry.page))}">${escapeHtml(entry.name)}</a>`
    if (entry.error !== undefined) return `<tr class="failed"><td>${name}</td><td colspan="4">failed: ${escapeHtml(entry.error)}</td></tr>`
    return `<tr><td>${name}</td><td>${escapeHtml(entry.title ?? '')}</td><td>${escapeHtml(entry.lang ?? '')}</td><td>${entry.removals ?? 0}</td><td>${entry.warnings ?? 0}</td></tr>`
  })
  const style = `${pageStyle([])}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .6rem;border-bottom:1px solid #e5e8e8;vertical-align:top;overflow-wrap:anywhere}
.failed td{color:#922b21}`
  return [
    pageHead(title, style),
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">${entries.length} document${entries.length === 1 ? '' : 's'}${failed > 0 ? `, ${failed} failed` : ''}. Each page shows its input with the removals struck through.</p>`,
    '<table>',
    '<thead><tr><th>document</th><th>title</th><th>language</th><th>removals</th><th>warnings</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</body>\n</html>\n',
  ].join('\n')
}

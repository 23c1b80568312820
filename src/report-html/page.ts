import type {CleanResult} from '../types.js'
import {escapeHtml} from './escape.js'
import {markInput, struckTag} from './mark.js'
import type {Struck} from './spans.js'
import {pageStyle} from './style.js'

/**
 * Nothing may load or run: no script, no frame, no image, no font, no
 * request of any kind; only the inline style sheet. Every attribute value
 * and every text is ours or escaped, so this is a second wall, not the first.
 */
export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"

/** The head of every audit page: the charset, the policy before anything else, and no referrer. */
export function pageHead(title: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
`
}

export interface AuditPage {
  /** The document's name: its path, `stdin`, or a record's id. */
  name: string
  /** The input as the parser read it (decoded): the removals' offsets point into it. */
  input: string
  removals: readonly Struck[]
  result: Pick<CleanResult, 'markdown' | 'warnings' | 'notes'>
}

/**
 * One document's audit as a self-contained HTML page: the front matter
 * written, a legend of the stages, the input with every removal struck
 * through in its stage's colour and its reason on hover, the removals that
 * have no place in the input, the list of removals, the warnings and notes,
 * and the Markdown written (folded).
 */
export function auditPage({name, input, removals, result}: AuditPage): string {
  const stages = [...new Set(removals.map((removal) => removal.stage))]
  const stageClass = (stage: string) => `k${stages.indexOf(stage)}`
  const counts = stages.map((stage) => `<li class="${stageClass(stage)}">${escapeHtml(stage)} (${removals.filter((removal) => removal.stage === stage).length})</li>`)
  const unplaced = removals.filter((removal) => removal.start === undefined)
  const frontMatter = frontMatterOf(result.markdown)
  const parts = [
    pageHead(`scrubdown audit: ${name}`, pageStyle(stages)),
    '<body>\n<header>',
    `<h1>${escapeHtml(name)}</h1>`,
    `<p class="muted">${plural(removals.length, 'removal')}, ${plural(result.warnings.length, 'warning')}. Struck text was removed; hover over it for the stage and the reason.</p>`,
    '</header>',
    '<h2>Front matter</h2>',
    frontMatter === undefined ? '<p class="muted">None: nothing was found for it.</p>' : `<pre class="front-matter">${escapeHtml(frontMatter)}</pre>`,
    ...(stages.length > 0 ? ['<h2>Removed, by stage</h2>', `<ul class="legend">${counts.join('')}</ul>`] : []),
    ...messages('Warnings', result.warnings),
    '<h2>The input</h2>',
    `<pre class="input" dir="auto">${markInput(input, removals, stageClass)}</pre>`,
    ...(unplaced.length > 0
      ? ['<h2>Removed, with no place in the input</h2>', `<ul class="unplaced">${unplaced.map((removal) => `<li>${struckTag(removal, stageClass, true)}${escapeHtml(removal.text)}</del></li>`).join('\n')}</ul>`]
      : []),
    ...(removals.length > 0 ? ['<h2>Every removal</h2>', `<ol class="removals" start="0">${removals.map((removal) => removalItem(removal, stageClass)).join('\n')}</ol>`] : []),
    ...messages('Notes', result.notes),
    `<details><summary>The Markdown written</summary><pre class="output">${escapeHtml(result.markdown)}</pre></details>`,
    '</body>\n</html>\n',
  ]
  return parts.join('\n')
}

function removalItem(removal: Struck, stageClass: (stage: string) => string): string {
  // A fragment link to the struck span on this page: the only links the page has, all ours.
  const where = removal.line === undefined ? '' : ` line ${removal.line}`
  return `<li class="${stageClass(removal.stage)}"><a href="#r${removal.index}"><span class="stage">${escapeHtml(removal.stage)}</span>${where}</a>: ${escapeHtml(removal.reason)}</li>`
}

function messages(heading: string, list: CleanResult['warnings']): string[] {
  if (list.length === 0) return []
  const items = list.map((message) => `<li><span class="stage">${escapeHtml(message.stage)}</span>${message.line === undefined ? '' : ` line ${message.line}`}: ${escapeHtml(message.reason)}</li>`)
  return [`<h2>${heading}</h2>`, `<ul class="messages">${items.join('\n')}</ul>`]
}

/** The YAML between the front matter's fences, or nothing when the Markdown has none. */
export function frontMatterOf(markdown: string): string | undefined {
  if (!markdown.startsWith('---\n')) return undefined
  const end = markdown.indexOf('\n---\n', 3)
  return end === -1 ? undefined : markdown.slice(4, end)
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

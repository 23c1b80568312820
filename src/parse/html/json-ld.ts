import {isTag, isText} from 'domhandler'
import {eachNode} from './dom.js'
import {parseDom} from './parse-dom.js'

/** What a page's JSON-LD says about its article. */
export interface JsonLdArticle {
  title?: string
  /** The article's `name`, when it has a `headline` too (Wikipedia's `headline` is the article's one-line description). */
  name?: string
  author?: string
  date?: string
  site?: string
  url?: string
  description?: string
  lang?: string
  articleBody?: string
  categories: string[]
  tags: string[]
}

/** schema.org types whose object describes the page's article. */
const articleTypes = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'Blog', 'Report', 'ScholarlyArticle', 'TechArticle', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting',
  'SocialMediaPosting', 'DiscussionForumPosting', 'Review', 'HowTo', 'Recipe', 'QAPage', 'Question',
])

type Json = Record<string, unknown>

/**
 * A block without what hides it from old browsers and XML parsers: an HTML comment around it, and a CDATA section,
 * bare or behind a script's line or block comment (`<![CDATA[ … ]]>`, `//<![CDATA[ … //]]>`). Ends are cut with string
 * tests, not a pattern anchored at the end: a block may hold long runs of spaces.
 */
function unwrapped(block: string): string {
  let raw = block.trim()
  if (raw.startsWith('<!--')) raw = raw.slice(4).trimStart()
  if (raw.endsWith('-->')) raw = raw.slice(0, -3).trimEnd()
  const open = cdataOpen.exec(raw)
  if (open) raw = raw.slice(open[0].length).trimStart()
  if (raw.endsWith('*/') && raw.slice(0, -2).trimEnd().endsWith(']]>')) raw = raw.slice(0, -2).trimEnd()
  if (raw.endsWith(']]>')) {
    raw = raw.slice(0, -3).trimEnd()
    if (raw.endsWith('//') || raw.endsWith('/*')) raw = raw.slice(0, -2).trimEnd()
  }
  return raw
}

const cdataOpen = /^(?:\/\/|\/\*)?[ \t]*<!\[CDATA\[(?:[ \t]*\*\/)?/u

/**
 * The article object of the page's JSON-LD blocks (`@graph`s and arrays
 * walked), read into plain strings. A block that does not parse is skipped,
 * and a warning says which.
 */
export function jsonLdArticle(blocks: readonly string[], warnings: string[]): JsonLdArticle {
  const objects: Json[] = []
  blocks.forEach((block, index) => {
    const raw = unwrapped(block)
    if (raw === '') return
    try {
      collect(JSON.parse(raw), objects, 0)
    } catch (error) {
      warnings.push(`JSON-LD block ${index + 1} is not valid JSON and was skipped (${(error as Error).message.slice(0, 80)})`)
    }
  })
  const article = objects.find((object) => types(object).some((type) => articleTypes.has(type)))
  const result: JsonLdArticle = {categories: [], tags: []}
  const publisherOf = (object: Json | undefined) => name(object?.['publisher'])
  const website = objects.find((object) => types(object).includes('WebSite'))
  const site = publisherOf(article) ?? name(website) ?? publisherOf(website)
  if (site) result.site = site
  if (!article) return result
  const set = <K extends keyof JsonLdArticle>(key: K, value: JsonLdArticle[K] | undefined) => {
    if (value !== undefined) result[key] = value
  }
  set('title', text(article['headline']) ?? text(article['name']))
  if (text(article['headline']) !== undefined) set('name', text(article['name']))
  set('author', names(article['author']) ?? names(article['creator']))
  set('date', text(article['datePublished']) ?? text(article['dateCreated']) ?? text(article['uploadDate']))
  set('url', text(article['url']) ?? text(article['mainEntityOfPage']) ?? text((article['mainEntityOfPage'] as Json | undefined)?.['@id']))
  set('description', text(article['description']))
  set('lang', text(article['inLanguage']))
  const body = article['articleBody'] ?? article['text']
  if (typeof body === 'string' && body.trim() !== '') result.articleBody = unescapeReferences(body)
  result.categories = list(article['articleSection'])
  result.tags = list(article['keywords'])
  return result
}

function collect(value: unknown, out: Json[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1)
    return
  }
  const object = value as Json
  out.push(object)
  if (Array.isArray(object['@graph'])) collect(object['@graph'], out, depth + 1)
}

function types(object: Json): string[] {
  const type = object['@type']
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string')
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const clean = unescapeReferences(value).replace(/\s+/g, ' ').trim()
  return clean === '' ? undefined : clean
}

/** The character references a JSON-LD string may hold: numeric ones, and the few names CMSs write. */
const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|quot|apos|lt|gt|nbsp));/g
const named: Record<string, string> = {amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0'}

/**
 * A JSON-LD string is JSON, not HTML, yet CMSs write it HTML-escaped (WordPress: `&#8217;`, `&#038;`,
 * `&quot;`): the page's own text, whose references no parser resolved. Read as the page would print them;
 * a code point that is none (past U+10FFFF, a surrogate, NUL) stays as written.
 */
function unescapeReferences(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(reference, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return named[name]!
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16)
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? whole : String.fromCodePoint(code)
  })
}

function name(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value)
  if (Array.isArray(value)) return name(value[0])
  if (value && typeof value === 'object') return text((value as Json)['name'])
  return undefined
}

/** One author or several: "Ana Lima, Tom Berg". URLs and empty names are no names. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(name).filter((item): item is string => item !== undefined && !/^https?:\/\//.test(item))
  return list.length > 0 ? [...new Set(list)].join(', ') : undefined
}

/** A JSON-LD list: an array of strings, or one comma-separated string; a label such as "Tag:" before an item goes. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => unescapeReferences(item).replace(/\s+/g, ' ').trim().replace(/^(?:tags?|keywords?|topics?|categor(?:y|ies)|section)\s*:\s*/i, ''))
    .filter(Boolean)
}

/** Markup some sites put in a JSON-LD articleBody: an element's tag. */
const markupTag = /<\/?(?:p|br|div|h[1-6]|li|blockquote|span|a|strong|em|b|i)\b/iu
/** Elements that start a paragraph of their own. */
const paragraphElements = new Set(['p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote'])

/**
 * The paragraphs of a JSON-LD articleBody, as the page declares its article:
 * one a line, or one a block of the markup some sites put in it
 * (`<p>…</p><p>…</p>`), its text alone, entities read.
 */
export function declaredParagraphs(articleBody: string): string[] {
  const paragraphs: string[] = []
  if (!markupTag.test(articleBody)) {
    for (const line of articleBody.split(/\n+/u)) if (line.trim() !== '') paragraphs.push(line.trim())
    return paragraphs
  }
  let current = ''
  const flush = () => {
    const text = current.replace(/\s+/gu, ' ').trim()
    if (text !== '') paragraphs.push(text)
    current = ''
  }
  eachNode(parseDom(articleBody, {decodeEntities: true}), (node) => {
    if (isText(node)) current += node.data
    else if (isTag(node) && paragraphElements.has(node.name)) flush()
  })
  flush()
  return paragraphs
}

import type {CheerioAPI} from 'cheerio'
import type {Meta} from '../types.js'
import {findDate} from '../util/dates.js'
import {looksLikeName} from '../util/names.js'
import {jsonLdArticle, type JsonLdArticle} from './html/json-ld.js'

/** What a page declares about itself, and what the parser needs besides. */
export interface HtmlMeta {
  meta: Meta
  /** The page's declared language (`<html lang>`, `og:locale`), a hint for detection. */
  lang?: string
  /** JSON-LD `articleBody`, to find the article's container. */
  articleBody?: string
  /** Problems met on the way (malformed JSON-LD), one line each. */
  warnings: string[]
}

/**
 * Read the page's metadata: JSON-LD first (the publisher's structured
 * data), then Open Graph and `article:*` properties, then plain `<meta>`
 * tags and markup (`<title>`, `<h1>`, `rel=author`, `<time datetime>`).
 * Malformed JSON-LD is skipped with a warning, never a crash.
 *
 * @example
 * ```ts
 * import * as cheerio from 'cheerio'
 * const {meta} = htmlMeta(cheerio.load('<title>A day at sea | The Post</title><meta property="og:site_name" content="The Post">'))
 * // meta.title === 'A day at sea', meta.site === 'The Post'
 * ```
 */
export function htmlMeta($: CheerioAPI): HtmlMeta {
  const warnings: string[] = []
  const ld: JsonLdArticle = jsonLdArticle($, warnings)
  const property = (name: string) => clean($(`meta[property="${name}"], meta[name="${name}"]`).first().attr('content'))
  const named = (...names: string[]) => {
    for (const name of names) {
      const value = clean($(`meta[name="${name}" i]`).first().attr('content'))
      if (value) return value
    }
    return undefined
  }
  const meta: Meta = {}

  const site = ld.site ?? property('og:site_name') ?? named('application-name')
  const title = ld.title ?? withoutSite(property('og:title'), site) ?? withoutSite(clean($('title').first().text()), site) ?? clean($('h1').first().text())
  if (title) meta.title = title

  const author = ld.author ?? named('author', 'parsely-author', 'sailthru.author', 'dc.creator') ?? nameFromMarkup($)
  if (author && !/^https?:\/\//.test(author)) meta.author = author

  const date = isoDate(ld.date) ?? isoDate(property('article:published_time')) ?? isoDate(clean($('[itemprop="datePublished"]').first().attr('content') ?? $('[itemprop="datePublished"]').first().attr('datetime')))
    ?? isoDate(named('date', 'pubdate', 'publish-date', 'parsely-pub-date', 'dc.date', 'dc.date.issued', 'citation_publication_date'))
    ?? isoDate(clean($('article time[datetime], time[datetime]').first().attr('datetime')))
  if (date) meta.date = date

  if (site) meta.site = site
  const url = clean($('link[rel="canonical"]').first().attr('href')) ?? property('og:url') ?? ld.url
  if (url && /^https?:\/\//i.test(url)) meta.url = url
  const description = ld.description ?? named('description') ?? property('og:description')
  if (description) meta.description = description

  const categories = unique([...ld.categories, ...$('meta[property="article:section"]').toArray().map((element) => clean($(element).attr('content')))])
  if (categories.length > 0) meta.categories = categories
  let tags = unique([...ld.tags, ...$('meta[property="article:tag"]').toArray().flatMap((element) => splitList($(element).attr('content')))])
  if (tags.length === 0) tags = unique(splitList(named('keywords', 'news_keywords')))
  if (tags.length > 0) meta.tags = tags

  const result: HtmlMeta = {meta, warnings}
  const lang = clean($('html').first().attr('lang')) ?? clean($('html').first().attr('xml:lang')) ?? ld.lang ?? property('og:locale')?.replace('_', '-')
  if (lang) result.lang = lang
  if (ld.articleBody) result.articleBody = ld.articleBody
  return result
}

/** Collapse whitespace; nothing for an empty value. */
export function clean(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : text
}

const separators = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' • ', ' « ', ' » ']

/**
 * A `<title>` without the site's name: "How tides work | The Post" →
 * "How tides work". The part that names the site goes; without a known site
 * name, a short last part after a separator goes (most sites put their
 * name last), never a part that is longer than the rest.
 */
export function withoutSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined
  const key = site?.toLowerCase()
  for (const separator of separators) {
    const parts = title.split(separator)
    if (parts.length < 2) continue
    if (key) {
      const kept = parts.filter((part) => part.trim().toLowerCase() !== key && !key.includes(part.trim().toLowerCase()))
      if (kept.length > 0 && kept.length < parts.length) return kept.join(separator).trim()
    }
    const last = parts[parts.length - 1]!.trim()
    const rest = parts.slice(0, -1).join(separator).trim()
    if (separator !== ' - ' && last.split(/\s+/).length <= 4 && last.length < rest.length) return rest
  }
  return title
}

/** The author named in the page's markup: `itemprop=author`, `rel=author`, a byline element. */
function nameFromMarkup($: CheerioAPI): string | undefined {
  const candidates = [
    $('[itemprop="author"] [itemprop="name"]').first().attr('content') ?? $('[itemprop="author"] [itemprop="name"]').first().text(),
    $('[itemprop="author"]').first().attr('content') ?? $('[itemprop="author"]').first().text(),
    $('a[rel="author"], [rel="author"]').first().text(),
    $('.byline .author, .author-name, .byline__name, .byline-name').first().text(),
  ]
  for (const candidate of candidates) {
    const name = clean(candidate)?.replace(/^(?:by|door|von|av|par|por|di)\s+/i, '')
    if (name && looksLikeName(name)) return name
  }
  return undefined
}

/** `2025-01-28T09:00:00+01:00` → `2025-01-28`; other spellings through the date reader. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (match) return `${match[1]}-${match[2]}-${match[3]}`
  return findDate(value)
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[,;]/).map((item) => clean(item)).filter((item): item is string => item !== undefined)
}

function unique(values: Array<string | undefined>): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    if (!value) continue
    const key = value.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}

import type {Meta} from '../types.js'
import {inUrlOrder, writesMonthFirst} from '../util/date-order.js'
import {findDate} from '../util/dates.js'
import {isAccountName, isNameParticle, looksLikeName, namesSite, withoutOutlet} from '../util/names.js'
import {elementsIn, textOf} from './html/dom.js'
import {jsonLdArticle, type JsonLdArticle} from './html/json-ld.js'
import {isChromeLine} from '../lexicon/chrome.js'
import {isSignatureLine, readByline} from '../util/byline-lines.js'
import {countWords, normalizeForCompare} from '../util/text.js'
import type {PageIndex} from './html/page-index.js'

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
 * const {meta} = htmlMeta(indexPage(document))
 * // <title>A day at sea | The Post</title> with og:site_name "The Post": meta.title === 'A day at sea'
 * ```
 */
export function htmlMeta(page: PageIndex): HtmlMeta {
  const warnings: string[] = []
  const ld: JsonLdArticle = jsonLdArticle(page.jsonLd, warnings)
  const all = (name: string) => page.metas.get(name) ?? []
  const named = (...names: string[]) => {
    for (const name of names) {
      const value = clean(withoutMarkup(all(name)[0]))
      if (value) return value
    }
    return undefined
  }
  const itemprop = (name: string) => {
    const element = page.itemprops.get(name.toLowerCase())?.[0]
    return element ? clean(element.attribs['content'] ?? element.attribs['datetime'] ?? textOf(element)) : undefined
  }
  const meta: Meta = {}

  const site = ld.site ?? named('og:site_name', 'application-name')
  const headline = clean(page.h1 && textOf(page.h1))
  // The texts of the page's headings, read only when a title's part is asked about.
  let headings: Set<string> | undefined
  const printedAsHeading = (text: string) => (headings ??= headingTexts(page)).has(text.toLowerCase())
  const title = declaredTitle(ld, [headline, clean(page.title), named('og:title')]) ?? withoutSite(named('dc:title', 'dc.title', 'dcterms:title', 'dcterms.title', 'og:title', 'twitter:title'), site, page.bodyText, headline, printedAsHeading) ?? printedWhole(withoutSite(clean(page.title), site, page.bodyText, headline, printedAsHeading), headline) ?? headline
  if (title) meta.title = title

  const url = clean(page.links.get('canonical')) ?? named('og:url') ?? ld.url
  if (url && /^https?:\/\//i.test(url)) meta.url = url

  const lang = clean(page.html?.attribs['lang']) ?? clean(page.html?.attribs['xml:lang']) ?? ld.lang ?? named('og:locale')?.replace('_', '-') ?? named('content-language')
  // An account name ("admin") or a URL names nobody: the next source may.
  const person = (value: string | undefined) => {
    if (!value || /^https?:\/\//.test(value)) return undefined
    const name = withoutHomePage(withoutLabel(value, lang))
    return isAccountName(name) ? undefined : withoutOutlet(name)
  }
  // The site's own name ("BBC News" on bbc.com) gives way to a person another source names; alone, it stands (a
  // personal blog's name is its author's).
  const names = [person(ld.author), person(named('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator')), nameFromMarkup(page)]
  const author = names.find((name) => name !== undefined && !namesSite(name, site, meta.url)) ?? names.find((name) => name !== undefined)
  if (author) meta.author = author
  // A date the page prints for people ("05/08/2014 07:01:00") is read as the page writes dates: month first on an
  // American page, and in the order its URL's own date agrees with.
  const monthFirst = writesMonthFirst(lang, meta.url)
  const sources = [
    ld.date, named('article:published_time', 'datepublished'), itemprop('datePublished'),
    named('date', 'pubdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'dc.date', 'dc.date.issued', 'citation_publication_date'), page.time,
  ]
  for (const printed of sources) {
    const date = isoDate(printed, monthFirst)
    if (date === undefined) continue
    meta.date = inUrlOrder(date, meta.url, printed) ?? date
    break
  }

  if (site) meta.site = site
  const description = ld.description ?? named('description', 'og:description', 'twitter:description')
  if (description) meta.description = description

  const categories = unique([...ld.categories, ...all('article:section').map(clean)])
  if (categories.length > 0) meta.categories = categories
  let tags = unique([...ld.tags, ...all('article:tag').flatMap(splitList)])
  if (tags.length === 0) tags = unique(splitList(named('news_keywords', 'keywords')))
  if (tags.length > 0) meta.tags = tags

  const result: HtmlMeta = {meta, warnings}
  if (lang) result.lang = lang
  if (ld.articleBody) result.articleBody = ld.articleBody
  return result
}

/**
 * JSON-LD's headline, or its `name` when the page prints that and not the headline (in the `<h1>`, the `<title>` or
 * `og:title`): Wikipedia's `headline` is the article's description ("constitutional monarchy in Oceania" for "New
 * Zealand").
 */
function declaredTitle(ld: JsonLdArticle, printed: ReadonlyArray<string | undefined>): string | undefined {
  if (ld.title === undefined || ld.name === undefined || ld.name === ld.title) return ld.title
  // Compared as words (quotes and dashes folded), whole or before a separator and the site's name ("New Zealand - Wikipedia"):
  // a short name ("News") is part of many a title.
  const shown = printed.flatMap((text) => (text === undefined ? [] : [normalizeForCompare(text)]))
  const isShown = (text: string) => {
    const key = normalizeForCompare(text)
    return key !== '' && shown.some((line) => line === key || line.startsWith(`${key} `))
  }
  return !isShown(ld.title) && isShown(ld.name) ? ld.name : ld.title
}

/**
 * The name without the byline's label some templates put in the author's field ("By TOM KRISHER, AP Auto Writer", "von
 * AUTO ZEITUNG", "Von Anna Müller"). English labels are labels on every page (untranslated themes print "By"); another
 * language's only on its own pages or where the page names none: on an English page "Gan Pei Ling" (Welsh "gan", by)
 * and "Par Lagerkvist" are names. A label that is also a name's particle opens a surname when capitalized and before
 * one word or another particle ("Di Maio", "Von der Leyen").
 */
function withoutLabel(value: string, lang: string | undefined): string {
  const facts = readByline(value)
  if (facts?.author === undefined || !value.toLowerCase().startsWith(`${facts.phrase} `)) return value
  const langs = facts.langs ?? []
  const own = lang?.toLowerCase().split('-')[0]
  if (!langs.includes('en') && own !== undefined && !langs.includes(own)) return value
  const label = value.slice(0, facts.phrase.length)
  const rest = value.slice(facts.phrase.length).trim().split(/\s+/u)
  const surname = isNameParticle(facts.phrase) && label !== label.toLowerCase() && (rest.length === 1 || isNameParticle(rest[0]!))
  return surname ? value : facts.author
}

/** The name without the home page printed after it in brackets ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Deutsche Welle (www.dw.com)"). */
function withoutHomePage(value: string): string {
  const open = value.lastIndexOf(' (')
  if (open <= 0 || !value.endsWith(')')) return value
  const inner = value.slice(open + 2, -1)
  return /^(?:https?:\/\/|www\.)\S+$/u.test(inner) ? value.slice(0, open) : value
}

/**
 * A whole tag, as a content management system escapes it into a `<meta>` value: an HTML element's name, bare or with
 * attributes (`<a href="…">`, `</a>`, `<br/>`). Angle brackets around words are no tag: Korean pages quote a play's or a
 * film's title so (`<The Palace: Tale of Jang Noksu>`). An inline tag joins the words around it (`CO<sub>2</sub>-Steuer`),
 * a block's parts them (`a<br>b`); either case (`<B>`).
 */
const inlineTag = /<\/?(?:a|abbr|b|em|font|i|small|span|strong|sub|sup|u)(?:\s+[\w:-]+=[^<>]*|\s*\/)?>/gi
const blockTag = /<\/?(?:br|div|h[1-6]|img|li|ol|p|ul)(?:\s+[\w:-]+=[^<>]*|\s*\/)?>/gi
/** The opening of a tag with an attribute: `<a href=`. */
const tagWithAttribute = /^<[a-z][\w-]*\s+[\w:-]+=/i

/** The value up to a tag the page's own broken quoting cut off (`content="&lt;a href="http…`): nothing after it is the value. */
function withoutCutTag(value: string): string {
  const open = value.lastIndexOf('<')
  return open >= 0 && !value.includes('>', open) && tagWithAttribute.test(value.slice(open)) ? value.slice(0, open) : value
}

/** A `<meta>` value is plain text: the markup some pages put in it is no part of a description or a title. */
function withoutMarkup(value: string | undefined): string | undefined {
  return value?.includes('<') ? withoutCutTag(value.replace(inlineTag, '').replace(blockTag, ' ')) : value
}

/**
 * The `<h1>` when it opens with the `<title>` and goes on: a site that shortens its titles for the tab and search
 * results ("Stadt baut neue Brücke") prints the whole headline ("Stadt baut neue Brücke über den Fluss").
 */
function printedWhole(title: string | undefined, h1: string | undefined): string | undefined {
  if (title === undefined || h1 === undefined || h1.length <= title.length) return title
  if (!h1.toLowerCase().startsWith(`${title.toLowerCase()} `)) return title
  // What the <h1> adds must be words of the headline, not a counter, a label or a byline printed in it ("153 Comments", "von Max Mustermann").
  const rest = h1.slice(title.length).trim()
  const words = countWords(rest)
  return /^\p{L}/u.test(rest) && words >= 2 && !isChromeLine(rest, words) && !isSignatureLine(rest, words) ? h1 : title
}

/** Collapse whitespace; nothing for an empty value. */
export function clean(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : text
}

const separators = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' • ', ' « ', ' » ', '｜', '|']
/** Scripts written without spaces: a headline of a few characters there says as much as three words. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/**
 * A `<title>` without the site's name: "How tides work | The Post" →
 * "How tides work". The part the page prints on its own wins; else the part
 * that names the site goes; else a short last part after a separator goes
 * (most sites put their name last), never a part longer than the rest.
 * A part that is the page's `<h1>` is the headline, however short ("New
 * Zealand - Wikipedia" over an <h1> "New Zealand").
 */
export function withoutSite(
  title: string | undefined,
  site: string | undefined,
  pageTextOf?: string | (() => string | undefined),
  h1?: string,
  printedAsHeading?: (text: string) => boolean,
): string | undefined {
  if (!title) return undefined
  const key = site?.toLowerCase()
  if (h1 && h1 !== title) {
    for (const separator of [...separators, '_']) {
      const parts = title.split(separator)
      const at = parts.findIndex((candidate) => candidate.trim().toLowerCase() === h1.toLowerCase())
      if (at < 0) continue
      // The last part, where sites put their name, is the `<h1>` of a forum's or an old blog's header ("Cara tukar
      // bateri … - Forum Jam Malaysia" over the site's <h1> "Forum Jam Malaysia"): the rest, a heading of the page's
      // own (the topic's <h2>), is the headline. A site's name printed first is no heading ("Site » Post" over <h1> "Post").
      const rest = parts.slice(0, at).join(separator).trim()
      if (at > 0 && at === parts.length - 1 && isLong(rest) && printedAsHeading?.(rest) === true) return rest
      return parts[at]!.trim()
    }
  }
  // The page prints the headline without the suffix: "Logbooks go online - Northfield Society" over "Logbooks go online".
  // The page's text is read only when asked for here: a long page's text is worth not making.
  const pageText = typeof pageTextOf === 'function' ? pageTextOf() : pageTextOf
  if (pageText !== undefined && !pageText.includes(title)) {
    // Chinese portals join with "_" ("杭州地铁新线开通_新闻中心_城市日报网"): only the part the page prints decides there.
    for (const separator of [...separators, '_']) {
      const parts = title.split(separator).map((part) => part.trim()).sort((a, b) => b.length - a.length)
      const headline = parts[0]!
      if (parts.length > 1 && isLong(headline) && pageText.includes(headline)) return headline
    }
  }
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

/** The texts of the page's headings (`<h1>` to `<h6>`), whitespace collapsed, in lower case. */
function headingTexts(page: PageIndex): Set<string> {
  const texts = new Set<string>()
  if (!page.body) return texts
  for (const element of elementsIn(page.body)) if (/^h[1-6]$/u.test(element.name)) texts.add(textOf(element).replace(/\s+/gu, ' ').trim().toLowerCase())
  return texts
}

/** Long enough to be a headline rather than a name: three words, or four characters of a script written without spaces. */
function isLong(text: string): boolean {
  return text.split(' ').length >= 3 || (unspaced.test(text) && text.length >= 4)
}

/** The author named in the page's markup: `itemprop=author`, `rel=author`, a byline element. */
function nameFromMarkup(page: PageIndex): string | undefined {
  const candidates: string[] = []
  for (const element of page.itemprops.get('author') ?? []) {
    const inner = elementsIn(element).find((child) => child !== element && child.attribs['itemprop'] === 'name')
    const source = inner ?? element
    candidates.push(source.attribs['content'] ?? textOf(source))
  }
  for (const element of page.authors) candidates.push(textOf(element))
  for (const candidate of candidates) {
    const name = clean(candidate)?.replace(/^(?:by|door|von|av|par|por|di)\s+/i, '')
    // An author menu's link ("View Profile" under `rel=author`) names no one.
    if (name && looksLikeName(name) && !isAccountName(name) && !isChromeLine(name, countWords(name))) return withoutOutlet(name)
  }
  return undefined
}

/** `2025-01-28T09:00:00+01:00` → `2025-01-28`; other spellings through the date reader. */
export function isoDate(value: string | undefined, monthFirst = false): string | undefined {
  if (!value) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (match) return `${match[1]}-${match[2]}-${match[3]}`
  return findDate(value, monthFirst)
}

function splitList(value: string | undefined): Array<string | undefined> {
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

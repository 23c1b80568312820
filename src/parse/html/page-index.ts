import {type Document, type Element, isText} from 'domhandler'
import {elementsIn, textOf} from './dom.js'

/**
 * The elements the metadata reader needs, found in one walk over the page
 * (a CSS query per field would walk the whole page each time).
 */
export interface PageIndex {
  html?: Element
  body?: Element
  /** `<meta>` contents by lower-cased `name`, `property` or `itemprop`, in document order. */
  metas: Map<string, string[]>
  /** `href` of the first `<link rel=…>` by lower-cased rel word, and of `<base>`. */
  links: Map<string, string>
  base?: string
  /** The raw text of each JSON-LD block. */
  jsonLd: string[]
  title?: string
  h1?: Element
  /** The first `<time datetime>` inside an `<article>`, else on the page. */
  time?: string
  /** Elements by `itemprop` (lower case), first few of each. */
  itemprops: Map<string, Element[]>
  /** `rel=author` elements and byline name elements. */
  authors: Element[]
  /**
   * The text of the body, whitespace collapsed (to find the headline the page prints): read on first call, which
   * must come before the DOM changes (htmlMeta's, right after the index). Most pages' titles are settled without it,
   * and the whole body's text was some 2 % of the HTML path.
   */
  bodyText: () => string | undefined
  /** Every `<table>` and `<br>`, for the layout passes (`layout-tables.ts`, `break-paragraphs.ts`), found in the same walk. */
  tables: Element[]
  breaks: Element[]
  /** The first few fields for the reader's e-mail address (`<input type=email>`, `name=email`), for `sign-up-boxes.ts`. */
  emailFields: Element[]
}

const bylineClasses = new Set(['author-name', 'byline__name', 'byline-name', 'author__name', 'byline-author'])

/** A date written for machines, as hAtom's `title` holds it: `2026-12-05`, with a time after it or not. */
const isoStamp = /^\d{4}-\d\d-\d\d(?:[T ]\d|$)/u

export function indexPage(document: Document): PageIndex {
  let bodyText: string | undefined
  const index: PageIndex = {
    metas: new Map(),
    links: new Map(),
    jsonLd: [],
    itemprops: new Map(),
    authors: [],
    tables: [],
    breaks: [],
    emailFields: [],
    bodyText: () => (index.body ? (bodyText ??= textOf(index.body)) : undefined),
  }
  let articleTime: string | undefined
  let pageTime: string | undefined
  for (const element of elementsIn(document)) {
    const attribs = element.attribs
    switch (element.name) {
      case 'html':
        index.html ??= element
        break
      case 'body':
        index.body ??= element
        break
      case 'meta': {
        const content = attribs['content']
        if (content === undefined) break
        // RDFa lets one `property` name several terms: property="og:title twitter:title".
        const keys = [attribs['name'], ...(attribs['property']?.split(/\s+/) ?? []), attribs['itemprop']]
        for (const key of keys) {
          if (!key) continue
          const name = key.toLowerCase()
          const list = index.metas.get(name)
          if (list) list.push(content)
          else index.metas.set(name, [content])
        }
        break
      }
      case 'link': {
        const href = attribs['href']
        if (!href) break
        for (const rel of (attribs['rel'] ?? '').toLowerCase().split(/\s+/)) if (rel && !index.links.has(rel)) index.links.set(rel, href)
        break
      }
      case 'base':
        if (attribs['href']) index.base ??= attribs['href']
        break
      case 'script':
        if ((attribs['type'] ?? '').toLowerCase() === 'application/ld+json') {
          index.jsonLd.push(element.children.map((child) => (isText(child) ? child.data : '')).join(''))
        }
        break
      case 'title':
        index.title ??= textOf(element)
        break
      case 'h1':
        index.h1 ??= element
        break
      case 'table':
        index.tables.push(element)
        break
      case 'br':
        index.breaks.push(element)
        break
      case 'input':
        if (index.emailFields.length < maxEmailFields && asksForEmail(element)) index.emailFields.push(element)
        break
      case 'time':
        if (attribs['datetime']) {
          pageTime ??= attribs['datetime']
          if (!articleTime && insideArticle(element)) articleTime = attribs['datetime']
        }
        break
      case 'abbr':
        // hAtom's date of the post (Blogger's `<abbr class="published" title="2026-12-05T10:14:00+03:00">`), machine-read as a `<time>`'s.
        if (attribs['title'] && /(?:^|\s)published(?:\s|$)/u.test(attribs['class'] ?? '') && isoStamp.test(attribs['title'])) articleTime ??= attribs['title']
        break
      default:
    }
    const itemprop = attribs['itemprop']
    if (itemprop) {
      for (const name of itemprop.toLowerCase().split(/\s+/)) {
        const list = index.itemprops.get(name)
        if (!list) index.itemprops.set(name, [element])
        else if (list.length < 8) list.push(element)
      }
    }
    if (index.authors.length < 8 && (isAuthorLink(attribs['rel']) || isBylineName(attribs['class']))) index.authors.push(element)
  }
  const time = articleTime ?? pageTime
  if (time) index.time = time
  return index
}

/** E-mail fields looked at: a page's sign-up boxes are a few; each is a climb up the tree. */
const maxEmailFields = 16

/** A field the reader types an e-mail address into: by its type, or a text field named or labelled so (`name="EMAIL"`, `id="mce-EMAIL"`). */
function asksForEmail(input: Element): boolean {
  const type = (input.attribs['type'] ?? 'text').toLowerCase()
  if (type === 'email') return true
  if (type !== 'text') return false
  return [input.attribs['name'], input.attribs['id'], input.attribs['placeholder']].some((value) => value !== undefined && /e-?mail/i.test(value))
}

function isAuthorLink(rel: string | undefined): boolean {
  return rel !== undefined && rel.toLowerCase().split(/\s+/).includes('author')
}

/** Every byline class names an author or a name: most class lists are passed over without being split. */
function isBylineName(classes: string | undefined): boolean {
  return classes !== undefined && (classes.includes('author') || classes.includes('name')) && classes.split(/\s+/).some((name) => bylineClasses.has(name))
}

function insideArticle(element: Element): boolean {
  let node = element.parent
  while (node && 'name' in node) {
    if (node.name === 'article') return true
    node = node.parent
  }
  return false
}

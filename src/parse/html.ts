import * as cheerio from 'cheerio/slim'
import type {Document, Element} from 'domhandler'
import type {Paragraph, Root, RootContent} from 'mdast'
import {toString as mdastToString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Point} from 'unist'
import type {Meta} from '../types.js'
import {minEssayCaptions} from '../lexicon/captions.js'
import {reportRemoval, source} from '../util/report.js'
import {type Dropped, dropChrome, dropNeverContent, isCaption, isTeaser, namesArticleText} from './html/clean-dom.js'
import {writesMonthFirst} from '../util/date-order.js'
import {fillFromBylines, fillFromLinesAbove, linesAbove, standfirstAbove} from './html/header-facts.js'
import {blockTags, commonAncestor, contains, describe, elementsIn, isElement, linkedChars, textOf} from './html/dom.js'
import {parseDomWithNotes} from './html/parse-dom.js'
import {isProse} from '../article/zones.js'
import {countWords, endsSentence} from '../util/text.js'
import {type ContainerFit, describeChoice, findMainContent} from './html/main-content.js'
import {containerWeights} from '../article/container-weights.js'
import {checkedContainerWeights} from '../article/containers.js'
import {findHeadline} from './html/headline.js'
import {type ElementNumbers, measure} from './html/measure.js'
import {paragraphsFromBreaks} from './html/break-paragraphs.js'
import {unwrapLayoutTables} from './html/layout-tables.js'
import {unwrapCodeGutters} from './html/code-gutters.js'
import {endHeadWhereBrowsersDo} from './html/head-end.js'
import {indexPage} from './html/page-index.js'
import {type ToHastOptions, toHast} from './html/to-hast.js'
import type {PagePlaces} from './html/source-span.js'
import {setHtmlParser} from './html-parser.js'
import {trimContent} from './html/trim-content.js'
import {blankServerErrors} from './html/server-errors.js'
import {dropSignUps, signUpBoxes} from './html/sign-up-boxes.js'
import {type Hidden, markupTemplates, namesMarkupTemplate, namesNoscript, openNoscripts, openTemplates} from './html/templates.js'
import {openShadowRoots} from './html/shadow-roots.js'
import {customBlocksAsDivs} from './html/custom-elements.js'
import {leadAbove, prependLead} from './html/lead.js'
import {type HtmlContentOptions, hastToMdast} from './html/to-mdast.js'

export type {HtmlContentOptions}
import {htmlMeta} from './html-meta.js'
import {declaredParagraphs} from './html/json-ld.js'

/** Options for HTML input. */
export interface HtmlOptions extends HtmlContentOptions {
  /** Where relative links resolve against, over the page's canonical URL. */
  url?: string
  /** The file to write the audit trail to (removals, the main-content choice, warnings). */
  file?: VFile
  /** @internal Sees the article's candidate containers and their features (`npm run fit:containers`). */
  inspectContainers?: ContainerFit['inspect']
}

export interface ParsedHtml {
  /** The article as mdast, positions pointing into the HTML. */
  tree: Root
  /** What the page declares: title, author, date, site, url, description, categories, tags. */
  meta: Meta
  /** The page's declared language (`<html lang>`, `og:locale`). */
  lang?: string
  /** The article's text as the page's JSON-LD declares it (`articleBody`), when it does. */
  articleBody?: string
}

const ruleId = 'html'
/** The fitted weights of the article's container (src/article/containers.ts), checked on first use. */
let fittedContainer: readonly number[] | undefined
/**
 * Characters of prose, or of text outside links, from which a box named by a function word (`print`, `rss`) is what it
 * prints, not its button: a few paragraphs, or a recipe's ingredients and steps (text, if not prose). A button, a feed's
 * list of links, holds neither.
 */
const utilityProse = 400
/** Characters of prose from which a box inside the article named `paywall` or `widget` holds its text: a paragraph. */
const contentBoxProse = 80
/** Characters of a JSON-LD articleBody from which it is an article, not a teaser (one paragraph). */
const minDeclaredArticle = 200

/** Removed text longer than this is shortened in the audit trail. */
const maxReported = 1000

/**
 * HTML to the same mdast the text path produces: the page's metadata read,
 * what is never article (scripts, hidden elements) and page chrome (menus,
 * share bars, sidebars, comments …) dropped, the main content found, and
 * that content mapped to Markdown's structure. Every dropped subtree with
 * text is reported on `options.file` with its element and reason.
 *
 * @example
 * ```ts
 * const {tree, meta} = parseHtml('<html lang="en"><title>Tides | Sea Blog</title><article><h1>Tides</h1><p>The sea rises twice a day.</p></article></html>')
 * // meta.title === 'Tides'; tree holds the heading and the paragraph
 * ```
 */
export function parseHtml(page: string, options: HtmlOptions = {}): ParsedHtml {
  // PHP's error messages printed into the page are blanked out first (positions kept), and reported as removed.
  const {html, errors} = blankServerErrors(page)
  const file = options.file
  if (file && errors.length > 0) {
    const place = location(page)
    for (const error of errors) {
      const start = place.toPoint(error.start)
      const end = place.toPoint(error.end)
      const node = start && end ? {type: 'html', position: {start, end}} : {type: 'html'}
      reportRemoval(file, ruleId, node, 'a PHP error message the server printed into the page', error.text)
    }
  }
  return parseBlanked(html, options)
}

/**
 * Where a page may hold its article out of sight, in the order they are tried: markup templates a script writes into
 * the page (a Blogger post's body in a `<script type="text/template">`, read when they hold a sentence), then what the
 * page shows without scripts (`<noscript>`, as a server writes an app's article for crawlers: read when it holds prose,
 * since nearly every page has one).
 */
const hiddenArticles: ReadonlyArray<{open: Hidden; named: (html: string) => boolean; enough: (node: RootContent) => boolean; note: string}> = [
  {
    open: 'templates',
    named: namesMarkupTemplate,
    enough: holdsASentence,
    note: 'the page holds no article text but in markup templates its scripts would write into it (`<script type="text/template">`): they were read in their place',
  },
  {
    open: 'noscript',
    named: namesNoscript,
    enough: isProse,
    note: 'the page holds no article text but in what it shows without scripts (`<noscript>`): that was read in its place',
  },
]

function parseBlanked(html: string, options: HtmlOptions): ParsedHtml {
  const messages = options.file?.messages
  const reported = messages?.length ?? 0
  const parsed = parsePage(html, options, 0, false)
  if (parsed.tree.children.some(holdsASentence)) return parsed
  // Not one sentence left of the page (nothing, or a headline and a date): the chrome rules may have taken the
  // article (a page builder's "widget" boxes). Read it again, with the scoring alone to choose. A short post's one
  // line ("Sunday evening, the notebook is ready.") is a sentence, and stays.
  const first = messages?.splice(reported)
  const again = parsePage(html, options, 0, true)
  // Only prose is worth the second reading: a page of menus and a footer has no article to find.
  if (!again.tree.children.some(isProse)) {
    // The article may be only in markup the page holds but does not show as it stands: read the page again with it in its place.
    for (const hidden of hiddenArticles) {
      if (!hidden.named(html)) continue
      messages?.splice(reported)
      const opened = parsePage(html, options, 0, false, hidden.open)
      if (opened.tree.children.some(hidden.enough)) {
        options.file?.info(hidden.note, {ruleId, source})
        return opened
      }
    }
    if (messages && first) messages.splice(reported, messages.length - reported, ...first)
    // A page its scripts write (an app's empty root) may declare its article in JSON-LD: that text is the article.
    const declared = parsed.articleBody ?? ''
    if (declared.length >= minDeclaredArticle) {
      options.file?.info('the page holds no article text in its markup (its scripts would write it): the article is its JSON-LD articleBody', {ruleId, source})
      return {...parsed, tree: {type: 'root', children: declaredParagraphs(declared).map((value): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]}))}}
    }
    return parsed
  }
  options.file?.info(`the chrome rules by element, role and class left ${hasText(parsed.tree) ? 'no prose' : 'no article text'}: the page was read again with its prose scoring alone`, {ruleId, source})
  return again
}

/**
 * A photo essay or a slideshow: the captions hold more of the page's prose than everything else. They are then
 * the article's text, not furniture beside it, and stay.
 */
function captionsAreArticle(body: Element, prose: ElementNumbers, total: number, chars: ElementNumbers): boolean {
  let sum = 0
  let text = 0
  const captions: Element[] = []
  const stack: Element[] = [body]
  while (stack.length > 0) {
    const element = stack.pop()!
    if (isCaption(element)) {
      sum += prose.get(element) ?? 0
      text += chars.get(element) ?? 0
      captions.push(element)
      continue
    }
    for (const child of element.children) if (isElement(child)) stack.push(child)
  }
  if (total > 0 && sum * 2 > total) return true
  // A photo post under its comments or beside a long sidebar: its captions hold more than half the text of the
  // post (the box that holds them all), though not most of the page's prose. Lists and tables around them are
  // text too: a post of lists with a screenshot or two is no photo essay.
  if (captions.length < minEssayCaptions) return false
  const post = commonAncestor(captions)
  return post !== undefined && text * 2 > (chars.get(post) ?? 0)
}

/**
 * A page made of teasers (a blog's or a parish's index of posts): the boxes that tease other pages hold most of
 * its prose, three quarters or more, and are its text. Beside an article, even a short one over a long list of
 * teasers, the article's own paragraphs hold more than a quarter.
 */
function teasersArePage(body: Element, prose: ElementNumbers, total: number): boolean {
  let sum = 0
  const stack: Element[] = [body]
  while (stack.length > 0) {
    const element = stack.pop()!
    if ((prose.get(element) ?? 0) > 0 && isTeaser(element)) {
      sum += prose.get(element) ?? 0
      continue
    }
    for (const child of element.children) if (isElement(child)) stack.push(child)
  }
  return total > 0 && sum >= total * minTeaserShare
}

/** The share of a page's prose that its teasers hold when they are its text. */
const minTeaserShare = 0.75

/**
 * Does the element link to the site's home page: `/`, `/index.html`, the bare host, or a blog's root a few folders
 * above the page (`/blog` on `/blog/2012/11/07/my-new-project/`)? A section's link just above it (a kicker's `/politik`
 * on `/politik/artikel.html`) is no home.
 */
function linksHome(element: Element, base: string | undefined): boolean {
  let page: URL | undefined
  try {
    page = base === undefined ? undefined : new URL(base)
  } catch {
    page = undefined
  }
  const folders = (path: string) => path.split('/').filter((part) => part !== '')
  const pageFolders = page ? folders(page.pathname) : []
  for (const inner of elementsIn(element)) {
    const href = inner.name === 'a' ? inner.attribs['href'] : undefined
    if (href === undefined) continue
    let url: URL
    try {
      url = new URL(href, page ?? 'http://localhost/')
    } catch {
      continue
    }
    if ((page && url.host !== page.host) || url.search !== '') continue
    if (/^\/(?:index\.\w+)?$/u.test(url.pathname)) return true
    const target = folders(url.pathname)
    if (target.length === 1 && pageFolders.length >= target.length + blogDepth && pageFolders[0] === target[0]) return true
  }
  return false
}

/**
 * Characters of an element's text outside its links. The measure gives a block's; an inline box (Blogger's
 * `<span class="rss:item">` around a post's text) holds text that the measure counts to the block around it,
 * so its own is read from it.
 */
function unlinkedChars(element: Element, measured: {chars: ElementNumbers; links: ElementNumbers}): number {
  if (blockTags.has(element.name)) return (measured.chars.get(element) ?? 0) - (measured.links.get(element) ?? 0)
  return textOf(element).length - linkedChars(element)
}

/** How many folders below a one-folder root a page stands when that root is its blog's home: a dated post's year, month, day and name. */
const blogDepth = 3

/** Items of one sentence each that make a list of steps. */
const minSteps = 2

/** A paragraph or quote of three words or more that ends like a sentence, or prose, or a list of such steps. */
function holdsASentence(node: RootContent): boolean {
  if (isProse(node)) return true
  // A list of steps ("Backofen auf 200 °C vorheizen.") is written in sentences too: a recipe's method, a how-to.
  // Two items or more of one sentence each; not a slideshow's items, each a heading, a picture and paragraphs.
  if (node.type === 'list') return node.children.filter((item) => item.children.length === 1 && holdsASentence(item.children[0]!)).length >= minSteps
  if (node.type !== 'paragraph' && node.type !== 'blockquote') return false
  const text = mdastToString(node)
  return countWords(text) >= 3 && endsSentence(text.trim())
}

function hasText(tree: Root): boolean {
  return /[\p{L}\p{N}]/u.test(mdastToString(tree))
}

/** A fragment (`<p>…</p>` with no `<html>` or `<body>`) is read as the body of a page; positions still point into the input. */
const fragmentWrapper = '<body>'

/**
 * `relaxed`: no element is dropped as chrome (only what is never content): the fallback when the rules left nothing.
 * `open`: markup templates, or what the page shows without scripts, read in their place (the fallbacks when the page has no text but there).
 */
function parsePage(html: string, options: HtmlOptions, shift: number, relaxed: boolean, open?: Hidden): ParsedHtml {
  const page = mainContent(html, options, shift, relaxed, open)
  if (!('content' in page)) return page
  // The page's measures and the DOM around the content are gone by now (they were mainContent's); toHast takes the
  // content's DOM apart as it reads it, and the mdast is made with only the hast beside it.
  const {result, content, standfirst} = page
  const hast = toHast(content.element, content.options)
  result.tree = hastToMdast(hast, options)
  // The standfirst printed above the article (a dek outside its container) is its lead: the body opens with it, under its headline.
  if (standfirst && !mdastToString(result.tree).includes(standfirst)) {
    const at = result.tree.children[0]?.type === 'heading' ? 1 : 0
    result.tree.children.splice(at, 0, {type: 'paragraph', children: [{type: 'text', value: standfirst}]})
  }
  return result
}

/**
 * The page's DOM, cleaned, down to its main content, cut from the page, with
 * what toHast needs to read it (and what the page says of itself); a page
 * with nothing to convert is its result already.
 */
function mainContent(
  html: string,
  options: HtmlOptions,
  shift: number,
  relaxed: boolean,
  open: Hidden | undefined,
): ParsedHtml | {result: ParsedHtml; content: {element: Element; options: ToHastOptions}; standfirst: string | undefined} {
  // The DOM as htmlparser2 builds it, with notes of its rare markup taken on the way; cheerio wraps that same document.
  const {document: parsed, notes} = parseDomWithNotes(html, {xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true})
  const $ = cheerio.load(parsed)
  const file = options.file
  const document = $.root()[0] as unknown as Document
  endHeadWhereBrowsersDo(document)
  openShadowRoots(document, notes)
  customBlocksAsDivs(document, html, notes)
  if (open === 'templates') openTemplates(markupTemplates(document))
  if (open === 'noscript') openNoscripts(document)
  const page = indexPage(document)
  const body = page.body ?? page.html
  if (!body && shift === 0 && html.trim() !== '') return parsePage(`${fragmentWrapper}${html}</body>`, options, fragmentWrapper.length, relaxed, open)
  const declared = htmlMeta(page)
  for (const warning of declared.warnings) file?.message(warning, {ruleId, source})

  const places = pagePlaces(html, shift)
  const toPoint = places.toPoint
  // Dropped subtrees with text are reported; the text is read once, and only when there is a file to report to.
  const report = (dropped: Dropped[]) => {
    if (!file) return
    for (const {element, reason} of dropped) {
      const text = textOf(element)
      if (text !== '') removal(file, element, reason, toPoint, text)
    }
  }
  // Found before the form fields go with what is never content: the field is what tells a sign-up box.
  const signUps = signUpBoxes(page.emailFields)
  report(dropNeverContent(document))
  unwrapCodeGutters(page.tables)
  unwrapLayoutTables(page.tables)
  paragraphsFromBreaks(page.breaks)
  const result: ParsedHtml = {tree: {type: 'root', children: []}, meta: declared.meta}
  if (declared.articleBody) result.articleBody = declared.articleBody
  if (declared.lang) result.lang = declared.lang
  if (!body) return result

  // A container holding most of the page's prose is never chrome, whatever its class says; unless the page's
  // headline stands outside it and its class names nothing but chrome: the sidebar, footer or bio of a short
  // post. A byline-named container (a CMS's "meta_field" body), one named article too, or one whose role says
  // chrome (an accordion's tab list holding the article) keeps its protection.
  const before = measure(body)
  const total = before.prose.get(body) ?? 0
  const headline = findHeadline(body, declared.meta.title)
  const headlineElsewhere = (element: Element) => headline !== undefined && !contains(element, headline) && !namesArticleText(element)
  let captions: boolean | undefined
  let teasers: boolean | undefined
  const holdsArticle = (element: Element, why: Omit<Dropped, 'element' | 'reason'>) =>
    // The header box that holds the page's headline is the article's header (its headline, kicker, lead), not the site's,
    // which links to the home page (its logo, the site's name as the headline of a page titled so).
    (why.outside === true && headline !== undefined && contains(element, headline) && !linksHome(element, options.url ?? declared.meta.url ?? page.base)) ||
    (why.caption === true && (captions ??= captionsAreArticle(body, before.prose, total, before.chars))) ||
    (why.linking === true && (teasers ??= teasersArePage(body, before.prose, total))) ||
    (why.utility === true && ((before.prose.get(element) ?? 0) >= utilityProse || unlinkedChars(element, before) >= utilityProse)) ||
    (why.contentBox === true && (before.prose.get(element) ?? 0) >= contentBoxProse) ||
    (total > 0 && (before.prose.get(element) ?? 0) * 2 > total && (why.byline === true || why.role === true || !headlineElsewhere(element))) ||
    // The box of the page's headline and most of its text is the page, whatever its name (`div#outerAd` around it all): an
    // ad, a menu or a footer never holds the headline. Its chrome inside is dropped one by one.
    (headline !== undefined && why.outside !== true && contains(element, headline) && (before.chars.get(element) ?? 0) * 2 > (before.chars.get(body) ?? 0))
  const chrome = dropChrome(body, (element, why) => relaxed || holdsArticle(element, why), declared.meta.author)
  // `03/04/2024` is March 4th on an American page (en-US, or a .gov host).
  const pageUrl = options.url ?? declared.meta.url
  const monthFirst = writesMonthFirst(file?.data.hints?.lang ?? declared.lang, pageUrl)
  // `08/09/2012` under `/2012/08/09/…` is August 9th whatever the host (inUrlOrder).
  fillFromBylines(result.meta, chrome.filter((item) => item.byline), monthFirst, pageUrl)
  report(chrome)

  const fitted = file?.data.hints?.fittedFinder ?? file?.data.hints === undefined
  const choice = findMainContent(body, declared.articleBody, {
    ...(headline ? {headline} : {}),
    ...(fitted ? {weights: (fittedContainer ??= checkedContainerWeights(containerWeights))} : {}),
    ...(options.inspectContainers ? {inspect: options.inspectContainers} : {}),
  })
  file?.info(describeChoice(choice), {ruleId, source})
  fillFromLinesAbove(result.meta, linesAbove(choice.element, body), monthFirst, pageUrl)
  const standfirst = standfirstAbove(choice.element, body)
  if (standfirst) result.meta.description ??= standfirst
  if (file) reportOutside(file, choice.element, body, toPoint)
  report(trimContent(choice.element, choice.measured, headline, choice.teasers === true))
  if (!relaxed) report(dropSignUps(choice.element, signUps))
  // The lead printed between the headline and the container is the article's too: the body opens with it.
  prependLead(choice.element, leadAbove(choice.element, body, headline))

  const base = options.url ?? declared.meta.url ?? page.base
  return {result, content: {element: choice.element, options: {places, ...(base ? {base} : {})}}, standfirst}
}

/**
 * The points of the page's offsets (`shift` characters of wrapper before the
 * page). Made here, not in mainContent: the hast's spans hold it to the end of
 * the conversion, and a closure there would hold the page's DOM with it.
 */
function pagePlaces(html: string, shift: number): PagePlaces {
  const place = location(html.slice(shift))
  const length = html.length - shift
  // The points of the offsets asked for last, one slot per offset modulo their number: an element's end is where the
  // text after it starts, a cell's end where the next cell starts. Each mdast node's position has two points; nodes side
  // by side share the one between them (a point shared as fillPositions shares its children's), a third of them.
  const offsets = new Int32Array(pointSlots).fill(-1)
  const points: Point[] = []
  return {
    toPoint: (offset) => {
      const at = Math.max(0, offset - shift)
      const slot = at & (pointSlots - 1)
      if (offsets[slot] === at) return points[slot]
      const point = place.toPoint(at)
      if (point) {
        offsets[slot] = at
        points[slot] = point
      }
      return point
    },
    // vfile-location's test: an offset has a point when it is within the page.
    has: (offset) => Math.max(0, offset - shift) <= length,
  }
}

/** Recent points kept by pagePlaces (a power of two). */
const pointSlots = 1024

/** Report what stands around the main content, one removal per sibling subtree on the way up to the body. */
function reportOutside(file: VFile, main: Element, body: Element, toPoint: (offset: number) => ReturnType<ReturnType<typeof location>['toPoint']>): void {
  let node: Element = main
  const reason = `outside the main content (${describe(main)})`
  while (node !== body && node.parent && isElement(node.parent)) {
    const parent: Element = node.parent
    for (const sibling of parent.children) {
      if (sibling === node || !isElement(sibling)) continue
      const text = textOf(sibling)
      if (text !== '') removal(file, sibling, reason, toPoint, text)
    }
    node = parent
  }
}

function removal(file: VFile, element: Element, reason: string, toPoint: (offset: number) => ReturnType<ReturnType<typeof location>['toPoint']>, text: string): void {
  const start = element.startIndex === null ? undefined : toPoint(element.startIndex)
  const end = element.endIndex === null ? undefined : toPoint(element.endIndex + 1)
  const shown = text.length > maxReported ? `${text.slice(0, maxReported)}…` : text
  const node = start && end ? {type: 'html', position: {start, end}} : {type: 'html'}
  reportRemoval(file, ruleId, node, `<${describe(element)}>: ${reason}`, shown)
}

// The parser plugin finds it through parse/html-parser.ts (see there).
setHtmlParser(parseHtml)

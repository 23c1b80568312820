import {type AnyNode, type Element, type ParentNode, Text} from 'domhandler'
import {
  authorBoxWords,
  bylineWords,
  captionWords,
  chromeRoles,
  chromeTags,
  chromeTagsOutsideArticle,
  chromeCompounds,
  chromeWords,
  chromeWordsOutsideArticle,
  contentWords,
  hiddenClasses,
  linkingChromeWords,
  neverContentTags,
  utilityChromeWords,
  contentBoxChromeWords,
  outlineChromeWords,
  readerCommentWords,
  taxonomyClass,
} from './chrome-tokens.js'
import {attributeValues, blockTags, classOnlyWords, classWords, eachNode, elementsIn, isBlockElement, isElement, isPageOutline, nameWords, setChildren, textOf} from './dom.js'
import {isDateLine} from '../../util/dates.js'
import {isHoverCard} from './hover-cards.js'
import {boundaryOf} from '../../lexicon/chrome.js'
import {matchLexicon} from '../../lexicon/match.js'
import {countWords} from '../../util/text.js'
import {looksLikeName} from '../../util/names.js'
import {memoLine} from '../../util/line-memo.js'

/** A subtree taken out of the page, and why. */
export interface Dropped {
  element: Element
  reason: string
  /** A byline or dateline element: what it says fills the metadata the page does not declare. */
  byline?: boolean
  /** Chrome by its ARIA role: a widget's role (a tab list, a menu) that pages also give the panels holding the article. */
  role?: boolean
  /** Chrome by a word naming a function (`print`, `rss`): a button or a feed link, or the wrapper of what it prints. */
  utility?: boolean
  /** A caption (`<figcaption>`, class or id `caption`): furniture beside the text, unless the captions are the text (a photo essay). */
  caption?: boolean
  /** Chrome outside an article only (the site's `<header>`, a box named header or footer): not when it holds the article's headline. */
  outside?: boolean
  /** Inside the article, chrome by a word that sites give the article's own boxes too (`paywall`, `widget`): not when it holds prose. */
  contentBox?: boolean
  /** A teaser of another page (class or id `teaser`): chrome beside an article, the text of a page made of teasers (an index of posts). */
  linking?: boolean
}

const never = new Set(neverContentTags)
/** Dropped elements that stand inside a word: no space where they stood. */
const insideWord = new Set(['rt', 'rp', 'rtc'])
const chromeTagSet = new Set(chromeTags)
const outsideTagSet = new Set(chromeTagsOutsideArticle)
const roleSet = new Set(chromeRoles)
const wordSet = new Set(chromeWords)
const compoundTails = new Set<string>(chromeCompounds.tails)
const linkingSet = new Set(linkingChromeWords)
const utilitySet = new Set(utilityChromeWords)
const contentBoxSet = new Set(contentBoxChromeWords)
const captionSet = new Set(captionWords)
const readerSet = new Set(readerCommentWords)
const outlineSet = new Set(outlineChromeWords)

/**
 * A comment signed by its reader: an author's name, an avatar or a reply button inside it (`cite` is the old themes'
 * name), or a line that says so in words ("# posted by Jim : 3:34 AM", "Reply"), as the lexicon reads them. A name
 * the page gives as its own author's (`writer`) signs no reader's comment: a live ticker signs each entry with its
 * reporter (`span.comment-author` "Kari Nordvik" under "Kari Nordvik, Ole Hansen").
 */
function signedByReader(element: Element, writer: string | undefined): boolean {
  if (elementsIn(element).some((inner) => inner !== element && (inner.name === 'cite' || classWords(inner, taxonomyClass).some((word) => readerSet.has(word))) && !namesWriter(inner, writer))) return true
  if (opensWithName(element) || element.children.some((child) => isElement(child) && opensWithName(child))) return true
  let signed = false
  eachNode(element, (node) => {
    if (signed) return false
    if (node.type !== 'text') return undefined
    // A stamp's mark or bullet before its words ("# posted by") is no word of it.
    const line = (node as Text).data.replace(/^[^\p{L}\p{N}]+/u, '').trim()
    if (line !== '' && countWords(line) <= maxStampWords) signed = matchLexicon(line).some((match) => (match.category === 'authorLabel' && line.toLowerCase().startsWith(match.phrase)) || (match.category === 'comments' && match.whole))
    return undefined
  })
  return signed
}

/**
 * A comment that opens with its writer's name on an element of its own ("<b>Peter Miller</b> 12.03.2026, 14:02",
 * "<strong>Anna K.</strong>"), as a theme without a class for it prints it: a reader signs it. A live ticker's entry
 * opens with its time, and a name inside its paragraph is the story's.
 */
function opensWithName(entry: Element): boolean {
  let first: Text | undefined
  eachNode(entry, (node) => {
    if (first !== undefined) return false
    if (node.type === 'text' && /[\p{L}\p{N}]/u.test((node as Text).data)) first = node as Text
    return undefined
  })
  const holder = first?.parent
  if (!holder || holder === entry || !isElement(holder) || holder.name === 'p') return false
  // An initial closes the name ("Anna K.").
  const name = textOf(holder).trim().replace(/\.$/u, '')
  return countWords(name) >= 2 && looksLikeName(name)
}

/**
 * A comment whose signature names the page's own author (and no reader's): a live ticker's entry. Its parts
 * (`div.comment-body` beside `div.comment-meta`) are the entry's: the comments around an element are asked too.
 */
function signedByWriter(element: Element, writer: string | undefined): boolean {
  if (writer === undefined) return false
  for (let box: Element | null = element; box && isElement(box); box = box.parent as Element | null) {
    if (box !== element && !classWords(box, taxonomyClass).some((word) => word === 'comment' || word === 'comments')) return false
    if (elementsIn(box).some((inner) => inner !== box && classWords(inner, taxonomyClass).some((word) => readerSet.has(word)) && namesWriter(inner, writer))) return true
  }
  return false
}

/** Is the element's text a name the page's author field holds whole ("Ole Hansen" in "Kari Nordvik, Ole Hansen")? */
function namesWriter(element: Element, writer: string | undefined): boolean {
  if (writer === undefined) return false
  const printed = textOf(element).trim()
  if (countWords(printed) < 2 || !looksLikeName(printed)) return false
  const name = printed.toLowerCase()
  const field = writer.toLowerCase()
  const at = field.indexOf(name)
  // Whole: no letter glued before or after it ("Ann Lee" is not in "Joann Leeds").
  return at >= 0 && !/[\p{L}\p{M}]/u.test(field[at - 1] ?? '') && !/[\p{L}\p{M}]/u.test(field[at + name.length] ?? '')
}

/** The most words of a comment's stamp or button line. */
const maxStampWords = 15

/** A teaser of another page, by its class or id and a link of its own: what `chromeWhy` calls one. */
export function isTeaser(element: Element): boolean {
  return classWords(element, taxonomyClass).some((word) => linkingSet.has(word)) && linksAway(element)
}

/** A caption, by its element or its class or id: what `chromeWhy` calls one. */
export function isCaption(element: Element): boolean {
  return element.name === 'figcaption' || classWords(element, taxonomyClass).some((word) => captionSet.has(word))
}

/**
 * A box that holds one heading and nothing else, no link: a page builder's heading module (`div.j-header > h2`),
 * named header for what it holds, as a heading so named is (`h2#cc-m-header-1`, `h2.date-header`). The site's
 * header holds its name linked home, a logo, a menu.
 */
function isHeadingBox(element: Element): boolean {
  const children = element.children.filter((child) => !(child.type === 'text' && (child as {data: string}).data.trim() === ''))
  const only = children[0]
  return children.length === 1 && only !== undefined && isElement(only) && headings.has(only.name) && !holdsLink(only)
}

/** Does the element hold a link (one around a picture too: a teaser's image leads to its page)? */
function holdsLink(element: Element): boolean {
  return elementsIn(element).some((inner) => inner.name === 'a' && inner.attribs['href'] !== undefined)
}

/**
 * Does the element lead to another page: a link of its own (a headline it opens with, a picture, "more"), not
 * one a sentence of its prose is written around (a lead's "hat der <a>Stadtrat</a> den Neubau beschlossen").
 */
function linksAway(element: Element): boolean {
  const links = elementsIn(element).filter(isLink)
  return links.length > 0 && (opensWithLink(element) || links.some((link) => !insideSentence(link)))
}

const isLink = (element: Element) => element.name === 'a' && element.attribs['href'] !== undefined

/** Are the first words of the element a link's (a teaser's headline), not words a sentence opens with? */
function opensWithLink(element: Element): boolean {
  let first: AnyNode | undefined
  eachNode(element, (node) => {
    if (first !== undefined) return false
    if (node.type === 'text' && /[\p{L}\p{N}]/u.test((node as Text).data)) first = node
    return undefined
  })
  for (let node = first?.parent; node && node !== element; node = node.parent) if (isElement(node) && isLink(node)) return true
  return false
}

/** `commentlist`: a chrome word glued to a structural one. */
function isChromeCompound(word: string): boolean {
  return gluedHead(word, chromeCompounds.heads, compoundTails) !== undefined
}

/** The head a word glues one of the tails to (`commentlist`: "comment" and "list", `authorinfo`), if any. */
function gluedHead(word: string, heads: Iterable<string>, tails: ReadonlySet<string>): string | undefined {
  for (const head of heads) if (word.length > head.length && word.startsWith(head) && tails.has(word.slice(head.length))) return head
  return undefined
}
const people = new Set<string>(authorBoxWords.people)
const boxes = new Set<string>(authorBoxWords.boxes)
const bioSingles = new Set<string>(authorBoxWords.single)

/** The author's box: `author-box`, `about_author`, `authorinfo`, `bio`. */
function authorBoxWord(words: readonly string[]): string | undefined {
  for (const word of words) {
    if (bioSingles.has(word)) return word
    if (gluedHead(word, people, boxes) !== undefined) return word
  }
  const person = words.find((word) => people.has(word))
  const box = words.find((word) => boxes.has(word))
  return person && box ? `${person} ${box}` : undefined
}
const outsideWordSet = new Set(chromeWordsOutsideArticle)
const hiddenSet = new Set(hiddenClasses)
const contentSet = new Set(contentWords)
const bylineSet = new Set(bylineWords)
/** `article-header`, `post-header`, `story-header`: the article's own header (kicker, headline, byline), not the site's, wherever it stands. */
const articleWordSet = new Set(['article', 'post', 'entry', 'story'])

/** Class or id words that name the article's text itself: `l-sidebar-fixed l-article-body`, `content_module js-social`. */
const articleTextWords = new Set([...articleWordSet, 'content', 'body', 'main', 'text'])

/** Whether the element's class or id also names it the article's text, whatever chrome word stands beside; two such words glued count (`articlebody`, `postcontent`). */
export function namesArticleText(element: Element): boolean {
  return classWords(element, taxonomyClass).some((word) => articleTextWords.has(word) || gluedHead(word, articleTextWords, articleTextWords) !== undefined)
}

/**
 * An element on a line of its own: its parent holds no other words beside it, only blocks (a `<time>` between
 * the article's paragraphs, 'Publiziert: 03.04.2020, 12:35'), not a date inside a sentence or a byline's line.
 */
function standsAlone(element: Element): boolean {
  const parent = element.parent
  if (!parent || !isElement(parent)) return false
  for (const sibling of parent.children) {
    if (sibling === element) continue
    if (sibling.type === 'text' && /[\p{L}\p{N}]/u.test((sibling as Text).data)) return false
    if (isElement(sibling) && !blockTags.has(sibling.name) && /[\p{L}\p{N}]/u.test(textOf(sibling))) return false
  }
  return true
}

/** Words a line needs beside an inline element to be a sentence the element stands in, not a byline's or a menu's line. */
const minSentenceWords = 8
/** How many siblings on each side, at each level, are read for the words around an element: enough for a sentence, bounded on a line of thousands of spans. */
const maxSiblingsRead = 50

/**
 * An inline element inside a sentence of prose, words of the sentence after it on its line (the inline run
 * between the blocks around it): the name a paper links in its text (`<a class="meta-per">Ryan Lochte</a>` swam
 * at …, `<a class="meta-org">Yahoo</a>`'s sale), a glossary's `a.popup`, which no byline, ad or share button is.
 * A byline is a line of its own, or most of one ("Posted by <span class="author">Jane</span> on May 3"), with no
 * sentence end after it; a photo credit closes its caption, with no words after it.
 */
function insideSentence(element: Element): boolean {
  if (blockTags.has(element.name)) return false
  let before = 0
  let after = 0
  let sentenceEnd = false
  /** Whether the nearest text before the element ends a sentence: undefined until some is read. */
  let followsSentenceEnd: boolean | undefined
  // The run of inline content around the element, up to the blocks on either side: its line.
  let openBefore = true
  let openAfter = true
  let node: Element = element
  for (let level = 0; level < maxLevelsRead && (openBefore || openAfter); level++) {
    let read = 0
    for (let sibling = node.prev; openBefore && sibling && read < maxSiblingsRead && before < minSentenceWords; sibling = sibling.prev, read++) {
      if (isBlockElement(sibling)) openBefore = false
      else {
        before += countWords(sentenceText(sibling))
        if (followsSentenceEnd === undefined) {
          const text = textOf(sibling)
          if (text !== '') followsSentenceEnd = closingMark.test(text)
        }
      }
    }
    read = 0
    for (let sibling = node.next; openAfter && sibling && read < maxSiblingsRead && !(sentenceEnd && before + after >= minSentenceWords); sibling = sibling.next, read++) {
      if (isBlockElement(sibling)) openAfter = false
      else {
        const text = sentenceText(sibling)
        const words = countWords(text)
        after += words
        if (words > 0 && sentenceMark.test(text)) sentenceEnd = true
      }
    }
    const parent = node.parent
    if (!parent || !isElement(parent) || blockTags.has(parent.name)) break
    node = parent
  }
  // Words of the sentence after it; or none, but it goes on from words before it that do not end a sentence
  // ("he sat there <a.popup>mechanically.</a>"), where a credit follows a finished caption; or it is a sentence
  // of the paragraph itself ("<a.popup>Ah Bartleby! Ah humanity!</a>"), which no credit or button is.
  if (before + after === 0) return false
  if (before + after >= minSentenceWords && ((sentenceEnd && after > 0) || (before > 0 && followsSentenceEnd === false))) return true
  const own = textOf(element)
  const ownWords = countWords(own)
  return ownWords >= minOwnSentenceWords && sentenceMark.test(own.slice(-1)) && before + after + ownWords >= minSentenceWords
}

/** Words an inline element needs to be a sentence of its paragraph by itself. */
const minOwnSentenceWords = 4

/** How many inline levels above the element are read for its line: a link in emphasis in a span, not 500 unclosed `<font>`s. */
const maxLevelsRead = 8
const sentenceMark = /[.!?…。！？؟۔।॥።։]/u
/** A text that ends a sentence, a closing quote or bracket after the mark allowed. */
const closingMark = /[.!?…。！？؟۔।॥።։]["”’»)]?$/u


/**
 * The text of a sentence's own run: text, and elements without a class or id (emphasis), not links: a line of
 * links ("Your Stash Sign Up or <a.signin>Sign In</a>") is a menu, not a sentence. A named sibling (`span.caption`
 * after `span.credit`) is a part of its own, not the sentence around the element ('' for those).
 */
function sentenceText(node: AnyNode): string {
  if (isElement(node) && (node.name === 'a' || node.attribs['class'] !== undefined || node.attribs['id'] !== undefined)) return ''
  return textOf(node)
}

/** Elements that open the article: inside them, the article's own header and footer are not the site's. */
function opensArticle(element: Element): boolean {
  return element.name === 'article' || element.attribs['itemprop'] === 'articleBody' || element.attribs['role'] === 'article'
}

/**
 * A plugin `<object>` (Flash, Java, ActiveX by its `classid`) that no browser runs any more: the browser shows
 * what the object holds instead, its fallback content (a video's caption, a transcript), as it would the
 * object's `<param>`s' absence. An object that embeds a document or a picture shows that, not its children.
 */
function showsFallback(element: Element): boolean {
  if (element.name !== 'object') return false
  const {classid, type, data} = element.attribs
  return classid !== undefined || (type !== undefined && pluginTypes.test(type)) || (data !== undefined && pluginFiles.test(data))
}
const pluginTypes = /flash|java|silverlight|activex|x-ms-wmp|realplayer|quicktime/i
const pluginFiles = /\.(?:swf|class|jar|xap)(?:[?#]|$)/i

/** Why an element is never article text, or nothing. Scripts and styles go without a word. */
function neverReason(element: Element): string | undefined {
  if (never.has(element.name) && !showsFallback(element)) return ''
  const attribs = element.attribs
  if (attribs['hidden'] !== undefined) return 'hidden (the `hidden` attribute)'
  if (attribs['aria-hidden'] === 'true') return 'hidden from readers (`aria-hidden`)'
  const style = attribs['style']
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return 'hidden (inline `display: none`)'
  const classes = attribs['class']
  if (classes) {
    const name = hiddenClassIn(classes)
    if (name !== undefined) return `hidden (class "${name}")`
  }
  if (isHoverCard(element)) return 'a hover card: the link before it again, with more links, shown while the pointer rests on it'
  return undefined
}

/**
 * The first class name of a `class` attribute that hides the element, read
 * once per distinct attribute: a page repeats the same few on most of its
 * elements, and each was split and lower-cased anew (kept with the class and
 * id values' records: bounded, and emptied by forgetLines).
 */
const hiddenClassIn = memoLine((classes: string): string | undefined => classes.split(/\s+/).find((name) => hiddenSet.has(name.toLowerCase())), attributeValues)

/** Why an element is page chrome (and whether it is the article's byline), or nothing. */
function chromeReason(element: Element, insideArticle: boolean, insideHeading: boolean, writer: string | undefined): Omit<Dropped, 'element'> | undefined {
  const reason = chromeWhy(element, insideArticle, insideHeading, writer)
  if (reason === undefined || marksComments(element)) return undefined
  return typeof reason === 'string' ? {reason} : reason
}

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The most words of a heading's bracketed buttons ("[edit | edit source]", "[Bearbeiten | Quelltext bearbeiten]"). */
const maxBracketedButtonWords = 4

/**
 * Links in brackets beside a heading's words, with nothing but the brackets and bars around them: a wiki's
 * "[edit]" (`span.mw-editsection`), "[Bearbeiten | Quelltext bearbeiten]", a button, not the heading's words.
 */
function isBracketedButton(element: Element): boolean {
  if (element.name === 'a' || headings.has(element.name)) return false
  const text = textOf(element).trim()
  if (!text.startsWith('[') || !text.endsWith(']') || countWords(text) > maxBracketedButtonWords) return false
  const links = elementsIn(element).filter((inner) => inner.name === 'a')
  if (links.length === 0) return false
  let rest = text
  for (const link of links) rest = rest.replace(textOf(link).trim(), '')
  return /^[\s[\]|·•/]*$/u.test(rest)
}

/**
 * A link in a heading to the heading itself, printed as a mark with no letter or digit: the "¶" of Python-Markdown
 * and Sphinx (`a.headerlink`), the "#" or "§" of static site themes. It is a button to copy the address, not the
 * heading's words, and in Markdown it would stand in the heading as a link.
 */
function isPermalinkMark(element: Element): boolean {
  if (element.name !== 'a' || !(element.attribs['href'] ?? '').startsWith('#')) return false
  const text = textOf(element).trim()
  if (text === '' || text.length > 2 || /[\p{L}\p{N}]/u.test(text)) return false
  // Beside the heading's own words, outside links: a heading of links alone (Sphinx's title linking back to the
  // contents, and its mark) is left as it was.
  const heading = headingOf(element)
  return heading !== undefined && /[\p{L}\p{N}]/u.test(unlinkedText(heading))
}

/** The text of an element outside its links. */
function unlinkedText(element: Element): string {
  let text = ''
  eachNode(element, (node) => {
    if (isElement(node) && node.name === 'a') return false
    if (node.type === 'text') text += (node as Text).data
    return undefined
  })
  return text
}

/**
 * A heading that names the comments (`<h2 id="comments">Comments</h2>`, "12 Responses to …"): the line where the
 * article ends and its thread begins. It stays for trimContent to cut at: a thread printed as flat paragraphs
 * beside it, with no box of its own, has nothing else to be known by.
 */
function marksComments(element: Element): boolean {
  if (!headings.has(element.name)) return false
  const text = textOf(element)
  return text !== '' && text.length <= 60 && boundaryOf(text, countWords(text)) === 'comments'
}

function chromeWhy(element: Element, insideArticle: boolean, insideHeading: boolean, writer: string | undefined): string | Omit<Dropped, 'element'> | undefined {
  const name = element.name
  if (name === 'body' || name === 'html' || name === 'main' || opensArticle(element)) return undefined
  if (name === 'figcaption') return {reason: `page chrome (<${name}>)`, caption: true}
  if (insideHeading && isBracketedButton(element)) return 'an edit button in a heading ("[edit]")'
  if (insideHeading && isPermalinkMark(element)) return 'the link to its own heading ("¶", "#")'
  if (chromeTagSet.has(name)) return `page chrome (<${name}>)`
  if (name === 'time' && standsAlone(element) && isDateLine(textOf(element))) {
    return {reason: "the article's dateline (a <time> on a line of its own); the date goes to the front matter", byline: true}
  }
  if (!insideArticle && outsideTagSet.has(name)) return {reason: `the site's ${name} (<${name}> outside the article)`, outside: true}
  const role = element.attribs['role']
  if (role && roleSet.has(role)) return {reason: `page chrome (role "${role}")`, role: true}
  let words = classWords(element, taxonomyClass)
  if (words.some((word) => contentSet.has(word))) return undefined
  let why = classWhy(element, words, insideArticle, writer)
  // An id that spells the element's heading ("promotion controversy") says what the heading says, not what the element is.
  if (why !== undefined && idSpellsHeading(element)) {
    words = classOnlyWords(element, taxonomyClass)
    why = words.some((word) => contentSet.has(word)) ? undefined : classWhy(element, words, insideArticle, writer)
  }
  // An inline element inside a sentence of prose is the sentence's words, whatever its class says.
  return why !== undefined && insideSentence(element) ? undefined : why
}

/** The fewest words an id must spell of its heading to be that heading's anchor. */
const minSlugWords = 3

/** The most words of a line (a `<dt>`'s term) whose anchor an id may be, when no heading is. */
const maxSlugLineWords = 12

/**
 * Is the element's id its heading's anchor, the heading's words spelled out (`Eich_CEO_promotion_controversy` on the
 * mark inside "Eich CEO promotion controversy", `gmail-predictable-scriptable-responses-from-humans-BVs1h4SD` on the
 * section it opens, or a term's on the `<dt>` it names)? Such an id names what the heading says ("promotion",
 * "responses", "ad hoc"), not the element's role.
 */
function idSpellsHeading(element: Element): boolean {
  const id = element.attribs['id']
  if (!id) return false
  const heading = headingOf(element)
  const text = heading ? textOf(heading) : textOf(element)
  const said = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
  if (!heading && said.length > maxSlugLineWords) return false
  const spelled = nameWords(id)
  // A chrome box named after its heading ("Related posts", "Leave a reply", "Share this story") stays chrome.
  if (said.length < minSlugWords || spelled.length < minSlugWords || matchLexicon(text).length > 0) return false
  // Letters compared without the breaks between words ("i.e." is spelled "ie"); a hash after the words may follow.
  const saidLetters = said.join('')
  const spelledLetters = spelled.join('')
  return saidLetters.startsWith(spelledLetters) || spelledLetters.startsWith(saidLetters)
}

/** The heading an element is, stands in, or opens with (its first child with text). */
function headingOf(element: Element): Element | undefined {
  for (let node: Element | null = element; node; node = node.parent && isElement(node.parent) ? node.parent : null) if (headings.has(node.name)) return node
  const first = element.children.find((child): child is Element => isElement(child) && textOf(child) !== '')
  return first !== undefined && headings.has(first.name) ? first : undefined
}

/** Whether a word of the class names chrome that is no content-box word (`widget related-posts`: the box is what `related` says). */
function otherChromeWord(words: readonly string[]): boolean {
  return words.some((other) => !contentBoxSet.has(other) && namesChrome(other))
}

/** An element named for the article (`article-body`, `post`, `entry-content`, `story`, itemprop articleBody), or one inside it. */
function wrapsArticle(element: Element): boolean {
  return elementsIn(element).some((inner) => inner.attribs['itemprop'] === 'articleBody' || classWords(inner, taxonomyClass).some((word) => articleWordSet.has(word)))
}

/** Whether a class or id word names chrome by itself (a word of the list, or one glued to a structural word). */
function namesChrome(word: string): boolean {
  return wordSet.has(word) || isChromeCompound(word)
}

/** Why the words of an element's class and id name it chrome, or nothing. */
function classWhy(element: Element, words: readonly string[], insideArticle: boolean, writer: string | undefined): string | Omit<Dropped, 'element'> | undefined {
  const name = element.name
  for (const word of words) {
    if (linkingSet.has(word)) {
      if (linksAway(element)) return {reason: `page chrome (class or id "${word}")`, linking: true}
      continue
    }
    if (outlineSet.has(word) && isPageOutline(element)) continue
    // A table of contents links to what it lists: a box so named with no link of its own is the article's when it holds its prose.
    if (insideArticle && outlineSet.has(word) && !linksAway(element)) return {reason: `page chrome (class or id "${word}")`, contentBox: true}
    // A print view names what it prints after the word (`h1.print-title`, `p.print-meta` with the byline): a heading,
    // or a box another word names the byline, is no print button nor feed link.
    if (utilitySet.has(word)) {
      if (headings.has(name) || words.some((other) => bylineSet.has(other))) continue
      return {reason: `page chrome (class or id "${word}")`, utility: true}
    }
    // Only when no other word names chrome: `widget related-posts` and `widget widget_comments` are what their other word says.
    if (insideArticle && contentBoxSet.has(word) && !otherChromeWord(words)) {
      return {reason: `page chrome (class or id "${word}")`, contentBox: true}
    }
    // Outside an article element, the wrapper of a paywalled article's locked text holds the article's own container
    // (`paywall-wrapper` around `article-body`); the paywall's prompt holds none. Not `widget`: a sidebar's boxes hold `widget-content`.
    if (!insideArticle && word === 'paywall' && !otherChromeWord(words) && wrapsArticle(element)) {
      return {reason: `page chrome (class or id "${word}")`, contentBox: true}
    }
    // A comment inside the article that no reader signs, or a box of them: a live ticker's entries, the article's as a paragraph is when they hold one.
    if (insideArticle && (word === 'comment' || word === 'comments') && !words.some((other) => other !== word && namesChrome(other)) && !signedByReader(element, writer)) {
      // Signed by the page's own author: the writer's entry, however short ("Skolene i Bodø holder stengt.").
      if (signedByWriter(element, writer)) continue
      return {reason: `page chrome (class or id "${word}")`, contentBox: true}
    }
    if (captionSet.has(word)) return {reason: `page chrome (class or id "${word}")`, caption: true}
    if (namesChrome(word)) return `page chrome (class or id "${word}")`
    if (bylineSet.has(word)) return {reason: `the article's byline or dateline (class or id "${word}"); author and date go to the front matter`, byline: true}
    if (!insideArticle && outsideWordSet.has(word) && !(word === 'header' && (words.some((other) => articleWordSet.has(other)) || headings.has(name) || isHeadingBox(element)))) {
      return {reason: `the site's ${word} (class or id "${word}" outside the article)`, outside: true}
    }
  }
  const authorBox = authorBoxWord(words)
  if (authorBox) return `the box about the author (class or id "${authorBox}")`
  return undefined
}

/**
 * Take out what is never article text: scripts, styles, embeds, form
 * controls, comments, and hidden elements. Hidden elements with text are
 * returned, to be reported; the rest goes silently.
 */
export function dropNeverContent(root: ParentNode): Dropped[] {
  const dropped: Dropped[] = []
  prune(root, (node) => {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return ''
    if (!isElement(node)) return undefined
    const reason = neverReason(node)
    if (reason) dropped.push({element: node, reason})
    return reason
  })
  return inOrder(dropped)
}

/**
 * Take out page chrome: by element (`nav`, `aside`, the site's `header` and
 * `footer`), by ARIA role, and by the words of `class` and `id`. An element
 * that `keep` protects (one that holds most of the page's prose) stays
 * whatever its class says: `<div id="page" class="site sidebar-right">`.
 */
export function dropChrome(root: ParentNode, keep: (element: Element, why: Omit<Dropped, 'element'>) => boolean, writer?: string): Dropped[] {
  const dropped: Dropped[] = []
  const articles = new Set<AnyNode>()
  // The elements inside a heading, known as the walk goes down (asking each element's ancestors would cost a page's depth each).
  const headingParts = new Set<AnyNode>()
  prune(root, (node, parent) => {
    if (!isElement(node)) return undefined
    const inside = articles.has(parent)
    const inHeading = headingParts.has(parent)
    // Only an element with elements in it is ever asked about as a parent: a cell or a bold word of text alone is not kept.
    if ((inside || opensArticle(node)) && node.children.some(isElement)) articles.add(node)
    if ((inHeading || headings.has(node.name)) && node.children.some(isElement)) headingParts.add(node)
    const chrome = chromeReason(node, inside, inHeading, writer)
    if (chrome === undefined || (keep(node, chrome) && !isCommentSection(node))) return undefined
    dropped.push({element: node, ...chrome})
    return chrome.reason
  })
  return inOrder(dropped)
}

/** The names WordPress, Disqus and most themes give the comment section as a whole (an id, or a class of its own). */
const commentSectionIds = new Set(['comments', 'respond', 'disqus_thread'])
/** Words that name the box around all of the comments after `comment` or `comments` (`comments_container`, `comment-list`, `commentlist`): not one comment's parts (`comment-body`, `comment-author`). */
const commentSectionTails = new Set(['list', 'area', 'section', 'thread', 'wrap', 'wrapper', 'container', 'block', 'box', 'holder'])
const commentHeads: readonly string[] = chromeCompounds.heads

/** `comments_container`, `comment-list`, `commentsSection`, `commentlist`: a comment word, then words that name a box of them. */
function namesCommentSection(name: string): boolean {
  const words = nameWords(name)
  const first = words[0]
  if (first === undefined) return false
  const head = commentHeads.includes(first) ? first : gluedHead(first, commentHeads, commentSectionTails)
  if (head === undefined) return false
  const tails = first === head ? words.slice(1) : [first.slice(head.length), ...words.slice(1)]
  return tails.length > 0 && tails.every((word) => commentSectionTails.has(word))
}

/**
 * The comment section by its own name, holding no headline and no article:
 * dropped even when it holds most of the page's prose (a short post with
 * long comments), which would otherwise protect it as the page's content.
 */
function isCommentSection(element: Element): boolean {
  const id = element.attribs['id']
  const named = (id !== undefined && (commentSectionIds.has(id.toLowerCase()) || namesCommentSection(id))) || (element.attribs['class'] ?? '').split(/\s+/).some(namesCommentSection)
  return named && !elementsIn(element).some((inner) => inner.name === 'h1' || inner.name === 'article')
}

function inOrder(dropped: Dropped[]): Dropped[] {
  return dropped.sort((a, b) => (a.element.startIndex ?? 0) - (b.element.startIndex ?? 0))
}

/**
 * Walk the tree in document order; a node for which `decide` returns a
 * string (a reason, or '' for a silent drop) leaves the tree with its subtree
 * and is not walked into. Children lists are rebuilt once per parent.
 */
function prune(root: ParentNode, decide: (node: AnyNode, parent: AnyNode) => string | undefined): void {
  // The parents to go, as lists of children read from their end: the order of a stack that took each parent's
  // children with children as it decided them, without a stack as long as the widest element (a paragraph of
  // 60,000 inline elements: a large object, and another at each growth).
  const lists: AnyNode[][] = [decideChildren(root, decide)]
  const places: number[] = [lists[0]!.length]
  while (lists.length > 0) {
    const list = lists[lists.length - 1]!
    let at = places[places.length - 1]! - 1
    while (at >= 0 && !hasChildren(list[at]!)) at--
    if (at < 0) {
      lists.pop()
      places.pop()
      continue
    }
    places[places.length - 1] = at
    lists.push(decideChildren(list[at] as ParentNode, decide))
    places.push(lists[lists.length - 1]!.length)
  }
}

const hasChildren = (node: AnyNode): node is ParentNode => 'children' in node && node.children.length > 0

/** A parent's children decided in order, the dropped ones out of its list (rebuilt from the first one dropped); its children then. */
function decideChildren(parent: ParentNode, decide: (node: AnyNode, parent: AnyNode) => string | undefined): AnyNode[] {
  const source = parent.children
  // Undefined while every child so far is kept (they are then source[0, index)).
  let kept: AnyNode[] | undefined
  for (let index = 0; index < source.length; index++) {
    const child = source[index]!
    if (decide(child, parent) !== undefined) {
      kept ??= source.slice(0, index)
      child.parent = null
      // A space where it stood, so the words on either side of a dropped `<span>` do not run together;
      // none for a ruby reading, which stands inside its word.
      if (isElement(child) && !insideWord.has(child.name)) kept.push(new Text(' '))
      continue
    }
    kept?.push(child)
  }
  if (kept) setChildren(parent, kept)
  return parent.children
}

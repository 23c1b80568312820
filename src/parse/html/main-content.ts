import {type Element, isComment, isText} from 'domhandler'
import {commonAncestor, contains, describe, elementsIn, isElement, textOf} from './dom.js'
import {isBlurb} from './blurbs.js'
import {type Measure, measure, shortProseChars} from './measure.js'
import {withHeader} from './post-header.js'
import {namesArticleText} from './clean-dom.js'
import {type ContainerCandidate, containerCandidates, containerScore} from '../../article/containers.js'

/** The fitted side of the choice (src/article/containers.ts). */
export interface ContainerFit {
  /** The page's headline element, when found: whether a candidate holds it is evidence. */
  headline?: Element
  /** The fitted weights; absent or empty, the rules' choice stands. */
  weights?: readonly number[]
  /** Sees every candidate and its features before the choice (`npm run fit:containers` reads them). */
  inspect?: (candidates: ContainerCandidate[], chosen: Element) => void
}

/** The element chosen as the article, how, and the best other candidate. */
export interface MainContent {
  element: Element
  /** How it was found, for the audit trail. */
  how: string
  score: number
  runnerUp?: {element: Element; score: number}
  /** The page as measured to choose. */
  measured: Measure
  /** The page is an index of other pages: its linked teasers (a headline and a blurb each) are its text. */
  teasers?: true
}

/**
 * How close to the best-scoring container a container the page marks as its
 * article must come to be preferred: the page's own word (`<article>`,
 * `itemprop=articleBody`, `<main>`) is worth a little noise, not a lot.
 */
const semanticShare = {containing: 0.9, contained: 0.75}

/** Characters of short paragraphs a container must hold to be a post of them, not a caption or a line or two. */
const shortPostText = 300

/** JSON-LD `articleBody` shorter than this is a teaser, not the article to look for. */
const minArticleBody = 200

/**
 * Find the article in a cleaned page body. Scoring first (see `measure`):
 * the element with the most prose and the least link text around it. Then
 * the page's own markings: JSON-LD `articleBody` re-scores the page so that
 * only prose it contains earns; `[itemprop=articleBody]`, `<article>` and
 * `<main>` win when they hold about as much as the best-scoring element.
 */
export function findMainContent(body: Element, articleBody?: string, fit: ContainerFit = {}): MainContent {
  let measured = measure(body)
  let best = argmax(measured)
  // A post of short paragraphs (one sentence each, none of 80 characters) is measured again with a lower floor: its lines are the prose.
  if (!best) {
    const short = measure(body, undefined, shortProseChars)
    const found = argmax(short)
    if (found && (short.prose.get(found) ?? 0) >= shortPostText) {
      measured = short
      best = found
    }
  }
  if (!best) {
    const box = fit.headline && headlineBox(fit.headline, body, measured)
    const index = fit.headline && indexBox(fit.headline, body, measured)
    if (index) return {element: index, how: 'the index of teasers under the headline (no container of prose stands out)', score: 0, measured, teasers: true}
    if (box) return {element: box, how: 'the box around the headline (no container of prose stands out)', score: 0, measured}
    return {element: body, how: 'the whole page (no container of prose stands out)', score: 0, measured}
  }
  let choice: MainContent = {element: widen(best, measured), how: 'the container with the most prose', score: measured.score.get(best)!, measured}

  const key = articleBody && articleBody.length >= minArticleBody ? normalize(articleBody) : undefined
  // The page's own word that its article is in these sections, like its JSON-LD body, is not weighed again by the fitted scoring.
  const sections = key ? undefined : articleBodySections(measured, body)
  if (key) {
    const inArticle = (text: string) => {
      const probe = normalize(text).slice(0, 80)
      return probe.length >= 20 && key.includes(probe)
    }
    const matched = measure(body, inArticle)
    const found = argmax(matched)
    // The JSON-LD body must be the article, not a teaser of it, and the container must hold most of it.
    const prose = found ? matched.prose.get(found)! : 0
    if (found && prose * 2 >= measured.prose.get(best)! && prose >= key.length * 0.6) {
      choice = {element: found, how: 'the container of the JSON-LD articleBody', score: matched.score.get(found)!, measured}
    }
  } else if (sections) {
    choice = {element: sections, how: "the box of the page's itemprop=articleBody sections", score: measured.score.get(sections)!, measured}
  } else {
    for (const [selector, name] of semanticCandidates) {
      const candidate = pickSemantic(measured, selector)
      if (!candidate) continue
      const score = measured.score.get(candidate)!
      const top = measured.score.get(best)!
      const share = contains(candidate, best) ? semanticShare.containing : contains(best, candidate) ? semanticShare.contained : 1.01
      if (score >= top * share) {
        choice = {element: candidate, how: `the page's ${name}`, score, measured}
        break
      }
    }
  }
  if (!key && !sections) choice = articleOfHeadline(teaserIndex(shortPost(paragraphsAround(refit(choice, body, measured, fit), measured), body, measured, fit.headline), body, measured, fit.headline), measured, fit.headline)
  const boxed = withHeader(choice.element, body, measured, fit.headline)
  if (boxed !== choice.element) choice = {...choice, element: boxed, how: `${choice.how}, with the post's title above it in its box`, score: measured.score.get(boxed)!}
  const runnerUp = argmax(measured, (element) => !contains(element, choice.element) && !contains(choice.element, element))
  if (runnerUp) choice.runnerUp = {element: runnerUp, score: measured.score.get(runnerUp)!}
  return choice
}

/**
 * Weigh the rules' choice against its ancestors, its large children and the
 * page's other high scorers with the fitted weights. The page's JSON-LD body,
 * where it matched, and its article body marked in sections are stronger
 * evidence than any of these and are not refitted.
 */
function refit(choice: MainContent, body: Element, measured: Measure, fit: ContainerFit): MainContent {
  if (!fit.inspect && !fit.weights?.length) return choice
  const candidates = containerCandidates(body, measured, choice.element, fit.headline)
  fit.inspect?.(candidates, choice.element)
  if (!fit.weights?.length) return choice
  let best = candidates[0]!
  let top = containerScore(best.features, fit.weights)
  for (const candidate of candidates) {
    const score = containerScore(candidate.features, fit.weights)
    if (score > top) {
      best = candidate
      top = score
    }
  }
  if (best.element === choice.element) return choice
  return {...choice, element: best.element, how: `the fitted container scoring (the rules chose ${describe(choice.element)}, ${choice.how})`, score: measured.score.get(best.element)!}
}

/** Characters of text beside the headline, outside links, that make a box around it an article's: a line or two, not a date. */
const besideHeadline = 20

/**
 * A post of a few short lines (a picture and its caption, "I love these."), where no block is prose: the article is
 * the tightest box around the headline that holds text of its own beside it, as a reader finds the post under its
 * headline. Nothing when that box is mostly links (the headline is a teaser among others) or is the page.
 */
function headlineBox(headline: Element, body: Element, measured: Measure): Element | undefined {
  // What stands beside the headline, not the box's totals: a linked headline's own text is no link beside it.
  const ownChars = measured.chars.get(headline) ?? 0
  const ownLinks = measured.links.get(headline) ?? 0
  for (let node = headline.parent; node && isElement(node) && node !== body && node.name !== 'html'; node = node.parent) {
    const chars = measured.chars.get(node)
    if (chars === undefined) return undefined
    const besideChars = chars - ownChars
    const besideLinks = measured.links.get(node)! - ownLinks
    if (besideChars > 0 && besideLinks * 2 > besideChars) return undefined
    if (besideChars - besideLinks >= besideHeadline) return node
  }
  return undefined
}

/** Characters of prose below which the choice is a line or two, as a short post's box beside it may be: a sidebar's blurb, a footer's notice. */
const shortPostProse = 600

/** Of the page's link text, the share the box holding both the headline and the choice holds when it is the page, not an article. */
const pageShare = 0.5

/**
 * A post of a picture and a line or two, whose headline the page names: a blurb in the sidebar or the footer's
 * notice may hold more prose than the post, but the post is where its headline is. When the choice holds little
 * prose and stands apart from the headline, the box around the headline is taken, if it holds text of its own.
 */
function shortPost(choice: MainContent, body: Element, measured: Measure, headline: Element | undefined): MainContent {
  if (!headline || contains(choice.element, headline) || contains(headline, choice.element)) return choice
  if ((measured.prose.get(choice.element) ?? 0) >= shortPostProse) return choice
  // Apart on the page, not within one article (its header above its text): the nearest box holding both holds the page's menus too.
  const shared = commonAncestor([headline, choice.element])
  const pageLinks = measured.links.get(body) ?? 0
  if (!shared || pageLinks === 0 || (measured.links.get(shared) ?? 0) < pageLinks * pageShare) return choice
  // The article's text in a box the page names so (`div#articlebody`, `div.entry`), below its header: the choice stands.
  for (let node: Element = choice.element; node !== shared && node.parent && isElement(node.parent); node = node.parent) {
    if (namesArticleText(node)) return choice
  }
  const box = headlineBox(headline, body, measured)
  if (!box || contains(box, choice.element)) return choice
  return {...choice, element: box, how: `the box around the headline (the container of the most prose, ${describe(choice.element)}, holds a line or two apart from it)`, score: measured.score.get(box) ?? 0}
}

/** Teasers that make a box an index of other pages. */
const minIndexTeasers = 3
/** Of the text beside the headline, the share the teasers' blurbs hold in an index (the rest: their headlines, kickers, dates). */
const indexShare = 0.4

/**
 * The box under the headline that holds a run of teasers, each a linked headline and a linked blurb of a
 * sentence or two: the page is an index of other pages (a section's front, a list of reviews), and the
 * teasers are its text, all of it linked. Nothing when the blurbs are a small part of the box (a menu, a
 * sidebar of headlines).
 */
function indexBox(headline: Element, body: Element, measured: Measure): Element | undefined {
  // The boxes above the headline, nearest first; each blurb counts for the nearest of them that holds it, read once.
  const above: Element[] = []
  for (let node = headline.parent; node && isElement(node) && node !== body && node.name !== 'html'; node = node.parent) above.push(node)
  const level = new Map(above.map((node, index) => [node, index]))
  const count = new Array<number>(above.length).fill(0)
  const text = new Array<number>(above.length).fill(0)
  for (const element of measured.elements) {
    if (!isBlurb(element, measured)) continue
    let node = element.parent
    while (node && isElement(node) && !level.has(node)) node = node.parent
    const at = node && isElement(node) ? level.get(node) : undefined
    if (at === undefined) continue
    count[at]!++
    text[at]! += measured.chars.get(element)!
  }
  const own = measured.chars.get(headline) ?? 0
  let blurbs = 0
  let blurbChars = 0
  for (const [index, node] of above.entries()) {
    blurbs += count[index]!
    blurbChars += text[index]!
    if (blurbs < minIndexTeasers) continue
    return blurbChars >= ((measured.chars.get(node) ?? 0) - own) * indexShare ? node : undefined
  }
  return undefined
}

/**
 * An index of teasers under the page's headline, when the choice is a line or two apart from it (a note for old
 * browsers, a notice): the index is the page's text (indexBox).
 */
function teaserIndex(choice: MainContent, body: Element, measured: Measure, headline: Element | undefined): MainContent {
  if (!headline || contains(choice.element, headline) || contains(headline, choice.element)) return choice
  if ((measured.prose.get(choice.element) ?? 0) >= shortPostProse) return choice
  const box = indexBox(headline, body, measured)
  if (!box || contains(box, choice.element)) return choice
  return {...choice, element: box, how: `the index of teasers under the headline (the container of the most prose, ${describe(choice.element)}, holds a line or two apart from it)`, score: measured.score.get(box) ?? 0, teasers: true}
}

/**
 * A page that loads the next article under the first as the reader scrolls prints each in an `<article>` of its
 * own, under a headline of the same rank (an `<h1>` each): the container of the most prose holds them all. The
 * article is the one that holds the page's headline, when another beside it holds prose under a headline of its own.
 */
function articleOfHeadline(choice: MainContent, measured: Measure, headline: Element | undefined): MainContent {
  if (!headline || !contains(choice.element, headline)) return choice
  let own: Element | undefined
  for (let node = headline.parent; node && isElement(node) && node !== choice.element; node = node.parent) {
    if (node.name === 'article') {
      own = node
      break
    }
  }
  if (!own || !(measured.prose.get(own)! > 0)) return choice
  const rank = headline.name
  const another = elementsIn(choice.element).some((element) =>
    element.name === 'article' && element !== own && !contains(element, own!) && !contains(own!, element) &&
    measured.prose.get(element)! > 0 && elementsIn(element).some((inner) => inner.name === rank && inner !== headline && textOf(inner).trim() !== ''))
  if (!another) return choice
  return {...choice, element: own, how: `${choice.how}, narrowed to the article of the headline (another article follows under its own)`, score: measured.score.get(own)!}
}

/** Blocks of running text: one of them is a paragraph of an article, not its container. */
const textBlocks = new Set(['p', 'blockquote'])

/**
 * A paragraph (or a quote) is never the article by itself when a sibling is a paragraph of prose too: the
 * text runs on beside it. The boxes of links between them (a list of deals, a link-heavy paragraph), which cost
 * the parent its score, are trimContent's to judge, not a reason to keep one paragraph of several. Applied to
 * the final choice, so the fitted weigh-up sees the candidates it was fitted on.
 */
function paragraphsAround(choice: MainContent, measured: Measure): MainContent {
  if (!textBlocks.has(choice.element.name)) return choice
  // A quote indented by quotes around it (`<blockquote><blockquote>…`, an old editor's indent) is one block: its siblings are the outer one's.
  let element = choice.element
  while (element.parent && isElement(element.parent) && textBlocks.has(element.parent.name) && onlyChild(element.parent, element)) element = element.parent
  const parent = element.parent
  if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html' || !measured.score.has(parent)) return choice
  const siblingProse = parent.children.some((child) => child !== element && isElement(child) && textBlocks.has(child.name) && (measured.prose.get(child) ?? 0) > 0)
  if (!siblingProse) return choice
  return {...choice, element: parent, how: `${choice.how}, widened from a paragraph to the paragraphs beside it`, score: measured.score.get(parent)!}
}

/** Whether `child` is all that `parent` holds, but for whitespace and comments. */
function onlyChild(parent: Element, child: Element): boolean {
  return parent.children.every((node) => node === child || isComment(node) || (isText(node) && node.data.trim() === ''))
}

/** Describe the choice in one line, for the messages. */
export function describeChoice(choice: MainContent): string {
  const runner = choice.runnerUp ? `; runner-up ${describe(choice.runnerUp.element)} (score ${Math.round(choice.runnerUp.score)})` : ''
  return `main content: ${describe(choice.element)}, ${choice.how} (score ${Math.round(choice.score)})${runner}`
}

/** How much of the best score a parent may lose and still be taken instead: its short lines (a subheading, a one-line paragraph) cost little. */
const widenShare = 0.8

/** Take the parent while it holds about as much: the tightest container must not shed the article's own short lines. */
function widen(best: Element, measured: Measure): Element {
  const top = measured.score.get(best)!
  let element = best
  for (;;) {
    const parent = element.parent
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') return element
    const score = measured.score.get(parent)
    if (score === undefined || score < top * widenShare) return element
    element = parent
  }
}

type Test = (element: Element) => boolean

const isArticleBody: Test = (element) => element.attribs['itemprop'] === 'articleBody'

const semanticCandidates: Array<[Test, string]> = [
  [isArticleBody, 'itemprop=articleBody'],
  [(element) => element.name === 'article' || element.attribs['role'] === 'article', '<article>'],
  [(element) => element.name === 'main' || element.attribs['role'] === 'main', '<main>'],
]

function pickSemantic(measured: Measure, test: Test): Element | undefined {
  return argmax(measured, test)
}

/** Of the box around the marked sections, the share of its prose they must hold: it adds a caption or two, not an article. */
const sectionsShare = 0.8

/**
 * The box that holds the parts a page marks as its article body when it splits the body into sections apart
 * from each other (`<section itemprop="articleBody">` between pictures and boxes of links), and holds little
 * other prose: the page says each section is the article, so all of them are, and the links between them are
 * trimContent's to drop. Nothing when the page marks one part, or the box is the page.
 */
function articleBodySections(measured: Measure, body: Element): Element | undefined {
  const parts = measured.elements.filter((element) => isArticleBody(element) && (measured.prose.get(element) ?? 0) > 0)
  if (parts.length < 2) return undefined
  const inParts = new Set(parts)
  const outermost = parts.filter((part) => {
    for (let up = part.parent; up && isElement(up); up = up.parent) if (inParts.has(up)) return false
    return true
  })
  if (outermost.length < 2) return undefined
  const shared = commonAncestor(outermost)
  if (!shared || shared === body || !measured.score.has(shared)) return undefined
  const prose = outermost.reduce((sum, part) => sum + measured.prose.get(part)!, 0)
  return prose >= (measured.prose.get(shared) ?? 0) * sectionsShare ? shared : undefined
}

function argmax(measured: Measure, test?: Test): Element | undefined {
  let best: Element | undefined
  let top = 0
  for (const element of measured.elements) {
    const score = measured.score.get(element)!
    if (score > top && (!test || test(element))) {
      top = score
      best = element
    }
  }
  return best
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

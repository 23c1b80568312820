import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {chooseHeadline, maxCandidates} from '../article/headline.js'
import type {HeadlinePage} from '../article/headline-features.js'
import {captionCredit} from '../lexicon/captions.js'
import {prefixCategories} from '../lexicon/chrome.js'
import {isWholeLine, matchLexicon} from '../lexicon/match.js'
import {isBareName, isSignatureLine, readByline} from '../util/byline-lines.js'
import {findDate, isDateLine} from '../util/dates.js'
import {leadingName, looksLikeName} from '../util/names.js'
import {replySubject} from '../article/replies.js'
import {removeWhere} from '../util/report.js'
import {countWords, hasSentenceBoundary, isEmailAlone, normalizeForCompare} from '../util/text.js'
import {blockAtLine, blockText} from '../util/tree.js'
import {hostOf, parsePageUrl, pathOf} from '../util/page-url.js'
import {canStartAfter, findZones, isBareReadMore, isMarkup, isProse} from '../article/zones.js'
import {isTitleCase} from '../article/zone-lines.js'
import {currentPageHeadline} from '../article/current-page.js'
import {isConfigLine} from '../parse/text-blocks.js'
import {onFirstUse} from '../util/on-first-use.js'

export interface TitleOptions {
  /** Longest title, in characters. */
  maxLength?: number
}

const defaults = {maxLength: 250} as const satisfies Required<TitleOptions>
const ruleId = 'title'

/**
 * Find the title in the header zone, move it to `meta.title`, and remove its
 * repeats. A title is a short line before the article core that does not end
 * like a clause (no final `.` `,` `;` `:`) and is not chrome (a lexicon line,
 * a dateline). The URL's slug decides when it names one; else the fitted
 * headline finder (src/article/headline.ts) weighs the candidates, the
 * rules' choice among its evidence (a line printed twice wins; else the
 * candidate nearest the core, since menus come first and titles last).
 * When meta already has a title (HTML metadata, front matter) only its
 * repeats go. A document that opens with prose has no title to find: none is
 * invented.
 */
export const title: Plugin<[TitleOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const meta = (file.data.meta ??= {})
    const hints = (file.data.hints ??= {})
    const texts = tree.children.map((node) => (isLine(node) ? blockText(node) : ''))
    const shaped = texts.map((text) => isTitleShaped(text, settings.maxLength))

    // A title the page's metadata or URL names is found wherever it stands,
    // and anchors the article: nothing above it is body.
    let chosen: number | undefined
    let anchor: number | undefined
    let slugged: number | undefined
    // The current page's name printed again under the site's menu, over the page's first sentence (see currentPageHeadline).
    let current: number | undefined
    if (meta.title) {
      const key = normalizeForCompare(meta.title)
      anchor = texts.findIndex((text, index) => shaped[index] && normalizeForCompare(text) === key)
    } else {
      slugged = bySlug(texts.flatMap((_, index) => (shaped[index] ? [index] : [])), texts, meta.url) ?? stoppedBySlug(texts, settings.maxLength, meta.url)
      current = slugged === undefined && hints.trailTitleLine === undefined ? currentPageHeadline(tree.children, texts, shaped) : undefined
      chosen = slugged ?? kickerOver(byTrail(tree, shaped, hints.trailTitleLine), texts, shaped) ?? current
      anchor = chosen
    }
    // A line that repeats the title after all the prose (a footer's, or the last line of an output cleaned again) is no headline to anchor on: the first clean kept it, the second must too.
    if (meta.title && anchor !== undefined && anchor > 0 && !tree.children.slice(anchor + 1).some(isProse) && tree.children.slice(0, anchor).some(isProse)) anchor = -1
    // A breadcrumb trail's last crumb printed again under it is the page's headline wherever it stands (a sidebar's long bio may come first).
    const trailed = anchor !== undefined && anchor >= 0 && tree.children[anchor]?.position?.start.line === hints.trailTitleLine
    if (anchor !== undefined && anchor >= 0 && (trailed || canStartAfter(tree, anchor))) {
      const line = tree.children[anchor]?.position?.end.line
      if (line !== undefined) hints.titleLine = line
    } else if (!meta.title) {
      chosen = undefined
    }

    // The rules' core: the fitted finder needs the headline this stage is looking for.
    const {coreStart} = findZones(tree, hints.titleLine)
    hints.titleSought = true
    // A front matter without a title declares none: its body's first line is no headline to take (scrubdown's own output cleaned again).
    if (!meta.title && hints.frontMatter) return
    if (!meta.title) {
      // The headline the zone search anchors on stays the rules' (the article finder was fitted with it, and a
      // headline chosen far from the article moves the article with it), unless the fitted finder's heads the
      // article (below); the title is the fitted finder's.
      let anchorLine = chosen
      if (chosen === undefined) {
        const {page, candidates} = headlineCandidates(tree, texts, shaped, coreStart)
        chosen = withoutLabel(chooseHeadline(page, candidates), texts)
        anchorLine = page.rules
      } else if (chosen !== slugged && !signedAtAll(tree.children, texts, chosen)) {
        // A trail's last crumb no byline or dateline signs names a blog or a section ("The White House Blog", its
        // author's "Steven Baxter"): the fitted finder's choice under it that the page signs is the post's headline.
        const {page, candidates} = headlineCandidates(tree, texts, shaped, coreStart)
        const found = withoutLabel(chooseHeadline(page, candidates), texts)
        if (found !== undefined && found > chosen && signedAtAll(tree.children, texts, found)) chosen = found
      }
      // The one headline the page signs beats a guess, or a trail's last crumb, that no byline or dateline signs (the slug's is no guess).
      if (chosen !== undefined && chosen !== slugged && !signedAtAll(tree.children, texts, chosen)) chosen = signedHeadline(tree, texts, shaped, chosen) ?? chosen
      if (chosen !== undefined) meta.title = texts[withoutCount(chosen, texts)]!.replace(/\s+/g, ' ')
      const takenLine = chosen === undefined ? undefined : tree.children[chosen]?.position?.end.line
      if (takenLine !== undefined) hints.takenTitleLine = takenLine
      const line = anchorLine === undefined ? undefined : tree.children[anchorLine]?.position?.end.line
      if (line !== undefined) hints.headlineLine = line
      // The current page's headline opens its text with the sentence under it, as a signed headline does.
      const opening = chosen === undefined ? undefined : chosen === current ? chosen + 1 : signedOpening(tree, texts, chosen)
      const headsLine = opening === undefined ? undefined : tree.children[chosen!]?.position?.end.line
      if (headsLine !== undefined) {
        hints.titleLine = hints.headlineLine = headsLine
        // Not a teaser cut short under a bare "Read more" (the author's bio over the article): no opening is known.
        if (!isBareReadMore(texts[opening! + 1])) hints.openingLine = tree.children[opening!]?.position?.start.line
      }
    }
    if (!meta.title) return
    // Repeats of the title sit in the header, or open the core (a headline over the body).
    const reach = Math.min(tree.children.length, coreStart + 1)
    const key = normalizeForCompare(meta.title)
    removeWhere(file, ruleId, tree, (node, index) => {
      if (index === chosen) return 'the title, moved to the front matter'
      if ((index < reach || index === anchor) && isLine(node) && normalizeForCompare(texts[index]!) === key && !runsOn(texts[index]!, meta.title!)) {
        return 'a repeat of the title, which is in the front matter'
      }
      return undefined
    })
  }
}

/**
 * A line with the title's words that ends with a comma the title does not have runs on into the next line: the
 * opening's first line (a poem known by its first line, "Ko zapade prvi sneg," / "se vas utiša kot cerkev."), not
 * a repeat of the headline, which no comma ends.
 */
function runsOn(text: string, title: string): boolean {
  return continuing.test(text) && !continuing.test(title)
}

/** A comma or semicolon closing a line: its sentence goes on. */
const continuing = /[,，、;；]\s*$/u

/**
 * The first paragraph of the article the headline at `index` signs, if it signs one. Signed and followed by the first
 * paragraph, the headline anchors the article as a declared title does (with its guard: no more than the lead of the
 * rules' core above it); not a line that quotes another of the page's lines, the comment thread's heading over its
 * first comment's name and date.
 */
function signedOpening(tree: Root, texts: string[], index: number): number | undefined {
  const opening = firstParagraph(tree.children, texts, index)
  return opening !== undefined && !quotesAnother(texts, index) && canStartAfter(tree, index) ? opening : undefined
}

/**
 * The one headline-shaped line of the page that signs an article (see `signedOpening`), when the headline finder's
 * choice signs none: a short post's headline over its byline, where a longer list of comments further down drew the
 * finder away. None when the page signs two headlines (a list of posts); an article printed twice (an excerpt box)
 * signs its one headline twice. Not a name under the choice in its header (right under it, past a caption, or past a
 * standfirst and a share bar with no prose between): that is the choice's byline ("Our Foreign Staff" over its date).
 */
function signedHeadline(tree: Root, texts: string[], shaped: boolean[], chosen: number): number | undefined {
  // Each signed headline's text and its first paragraph's: printed twice means the same headline over the same
  // paragraph, where a forum's poster stats ("318 posts") stand over different posts.
  const copies = new Set<string>()
  let first: number | undefined
  shaped.forEach((yes, index) => {
    const opening = yes && isPlainHeadline(texts[index]!) ? openingRightUnder(tree, texts, shaped, index) : undefined
    if (opening === undefined) return
    first ??= index
    copies.add(`${normalizeForCompare(texts[index]!)}\n${normalizeForCompare(texts[opening]!)}`)
  })
  if (first === undefined || copies.size > 1) return undefined
  // A standfirst is prose shaped as a headline: only the article's own prose between makes the name a headline's.
  if (first > chosen && looksLikeName(texts[first]!) && (first - chosen <= maxBylineOffset || !tree.children.slice(chosen + 1, first).some((node, offset) => isProse(node) && !shaped[chosen + 1 + offset]))) return undefined
  // Dated only, under the choice: a document the article quotes, under the prose the choice heads ("This is the press
  // release:"), or the article's first subheading, under the choice's byline and date ("Vincent Vallet" / "Follow" / "Oct 18, 2019").
  if (first > chosen && !isSignatureLine(texts[first + 1] ?? '') && (first - chosen <= maxSignatureLines + 2 || tree.children.slice(chosen + 1, first).some(isProse))) return undefined
  return first
}

/** Whether a byline or dateline stands right under the line at `index`, or past one line (a standfirst, a caption). */
function signedAtAll(children: RootContent[], texts: string[], index: number): boolean {
  return isSignatureLine(texts[index + 1] ?? '') || isSignatureLine(texts[index + 2] ?? '') || datedPost(children, texts, index)
}

/**
 * A blog's date header right above the headline at `index` ("FRIDAY, NOVEMBER 02, 2012" / "A fictional portrayal of
 * running injuries" / the post), as blog themes print a post's date over its title: the date alone on its line, and a
 * headline that is no name (a comment's writer under the comment's date) nor a caption's sentences ("… availability.
 * Photograph …" under a news page's date).
 */
function datedAbove(texts: string[], index: number): boolean {
  const above = texts[index - 1]
  const text = texts[index]!
  return above !== undefined && above !== '' && isDateLine(above) && !looksLikeName(text) && !hasSentenceBoundary(text)
}

/**
 * A headline dated above (datedAbove) with the post's first two paragraphs right under it: no tabs or buttons between
 * ("Article" / "Comments"), and no news page's standfirst over its byline and author links.
 */
function datedPost(children: RootContent[], texts: string[], index: number): boolean {
  const under = children[index + 1]
  const next = children[index + 2]
  return datedAbove(texts, index) && under !== undefined && isProse(under) && next !== undefined && isProse(next)
}

/**
 * The first paragraph of the article the headline at `index` signs with its byline or dateline right under it (a
 * line between would make the line above the standfirst's headline), a paragraph that is no headline of its own (a
 * list of posts, each a title over its date); none under an author label.
 */
function openingRightUnder(tree: Root, texts: string[], shaped: boolean[], index: number): number | undefined {
  // A name under an author label on a line of its own ("por" / "César Salza" / its date) is the byline's.
  if (index > 0 && isWholeLine(texts[index - 1]!, 'authorLabel')) return undefined
  if (!isSignatureLine(texts[index + 1] ?? '') && !datedAbove(texts, index)) return undefined
  const opening = signedOpening(tree, texts, index)
  return opening === undefined || shaped[opening] ? undefined : opening
}

/** How far below its headline a byline may stand: right under it, or past one standfirst or caption. */
const maxBylineOffset = 2
/** Words of a headline a page signs: fewer is a label ("EUROSPORT"), more a comment's text. */
const minPlainHeadlineWords = 2
const maxPlainHeadlineWords = 20
/** A link, a handle or a hashtag: a post quoted (an embedded tweet over its author and date), no headline; nor an e-mail address, a byline's. */
const socialToken = onFirstUse(() => /(?:^|\s)[@#]\p{L}|https?:\/\/|\p{L}\.(?:co|com|ly|gl|be)\/\S|[^\s@]@[^\s@.]+\.\p{L}/u)
/** Two sentences glued where a caption meets its credit ("…in 2023.CreditCredit…"). */
const gluedSentences = onFirstUse(() => /[\p{Ll}\p{N}][.!?]\p{Lu}\p{Ll}/u)

/** A line shaped as a headline by its own words alone: a few words, no link, handle or glued caption. */
function isPlainHeadline(text: string): boolean {
  const words = countWords(text)
  return words >= minPlainHeadlineWords && words <= maxPlainHeadlineWords && !socialToken().test(text) && !gluedSentences().test(text)
}

/** The most words of the label of a video or photo between a byline and the first paragraph. */
const maxMediaLabelWords = 3
/** The most lines of buttons between a headline's byline and its first paragraph ("Categories: …" / "View comments"). */
const maxButtonLines = 2
/** The most lines of a byline and a dateline between a headline and its article's first paragraph. */
const maxSignatureLines = 3

/**
 * The article's first paragraph under the headline at `index`, when the headline heads the article: a byline or a
 * dateline right under it, then a paragraph of prose. Nothing above such a headline is body (a cookie banner, a
 * photo's caption, a share bar printed over it), as nothing is above a title the page declares.
 */
function firstParagraph(children: RootContent[], texts: string[], index: number): number | undefined {
  // A standfirst may stand between the headline and its byline.
  let at = texts[index + 1] !== '' && !isSignatureLine(texts[index + 1] ?? '') && isSignatureLine(texts[index + 2] ?? '') ? index + 2 : index + 1
  const first = at
  while (at < texts.length && at - index <= maxSignatureLines && texts[at] !== '' && isSignatureLine(texts[at]!)) at++
  // Dated above instead (a blog's date header), the post's first paragraph stands right under its headline.
  if (at === first) return datedPost(children, texts, index) ? index + 1 : undefined
  // A byline wrapped onto a second line goes on in lower case ("Posted November 4th, 2012 / By Jean-Pierre Gassin" / "in Inspiration").
  if (at < texts.length && isSignatureTail(texts[at]!)) at++
  // Buttons may sign off the header ("Posted in News", "Leave a comment").
  for (let buttons = 0; buttons < maxButtonLines && at < children.length && isButtonLine(texts[at]!); buttons++) at++
  // So may the label of a video that opens the article ("NBC News"); not a photo's ("Lihat Foto"), which a caption follows.
  if (at + 1 < children.length && isMediaLabel(texts[at]!) && !isProse(children[at]!) && isProse(children[at + 1]!)) at++
  return at < children.length && isProse(children[at]!) ? at : undefined
}

/** The marks that open a quotation closed by each mark (straight ones open and close themselves). */
const openersOf: Readonly<Record<string, string>> = {'”': '“„', '“': '„', '"': '"', '»': '«', '«': '»', '’': '‘‚', "'": "'", '›': '‹', '」': '「', '』': '『'}

/** The quotation closing a line, without its marks: `8 comments on “New work: Asian Development Bank”` quotes a headline. */
function closingQuotation(text: string): string | undefined {
  const trimmed = text.trimEnd()
  const openers = openersOf[trimmed.at(-1) ?? '']
  if (openers === undefined) return undefined
  for (let at = trimmed.length - 2; at >= 0; at--) {
    const mark = trimmed[at]!
    if (!openers.includes(mark)) continue
    // An apostrophe between letters ("Tom's") opens nothing.
    if ((mark === "'" || mark === '’') && /\p{L}/u.test(trimmed[at - 1] ?? '') && /\p{L}/u.test(trimmed[at + 1] ?? '')) continue
    return at < trimmed.length - 4 ? trimmed.slice(at + 1, -1) : undefined
  }
  return undefined
}

/** Whether the line at `index` ends by quoting another line of the page, whole: it names that headline, it is none. */
export function quotesAnother(texts: string[], index: number): boolean {
  const quoted = closingQuotation(texts[index]!)
  if (quoted === undefined) return false
  const key = normalizeForCompare(quoted)
  return texts.some((text, at) => at !== index && normalizeForCompare(text) === key)
}

/**
 * What the headline finder reads: the rules' choice (the title-shaped line
 * nearest the core, over a byline; else a headline opening the core) and the
 * title-shaped lines before the core (the nearest `maxCandidates`) and the
 * core's first line when the rules would take it, in the page's order.
 */
export function headlineCandidates(tree: Root, texts: string[], shaped: boolean[], coreStart: number): {page: HeadlinePage; candidates: number[]} {
  const before: number[] = []
  for (let index = 0; index < coreStart && index < shaped.length; index++) if (shaped[index]) before.push(index)
  // The core's first line is a candidate only as the rules take it (a byline or date under it): else it is the article's.
  const opening = headlineOpeningCore(coreStart, shaped, texts)
  const rules = overByline(nearest(before, texts), before, texts) ?? opening
  const candidates = [...before.slice(-maxCandidates), ...(opening === undefined ? [] : [opening])]
  return {page: {nodes: tree.children, texts, coreStart, rules}, candidates}
}

/** The most words of a section's name printed over a headline as its kicker ("Gastbeitrag", "सार्वजनिक सूचना"). */
const maxKickerWords = 2

/**
 * The headline under a trail's last crumb printed again as a kicker: a section's name of a word or two, then a
 * longer headline-shaped line that a byline or dateline signs right under it ("Meinung › Gastbeitrag" / "Gastbeitrag" /
 * "Warum die Bahn mehr Nachtzüge braucht" / "Von Miller"). A trail that ends with the headline prints it signed itself.
 */
function kickerOver(index: number | undefined, texts: string[], shaped: boolean[]): number | undefined {
  if (index === undefined || countWords(texts[index]!) > maxKickerWords || !shaped[index + 1]) return index
  const under = index + 1
  return countWords(texts[under]!) > countWords(texts[index]!) && !looksLikeName(texts[under]!) && isSignatureLine(texts[under + 1] ?? '') ? under : index
}

/** The headline the breadcrumbs stage found under its trail, when it is shaped as a title. */
function byTrail(tree: Root, shaped: boolean[], line: number | undefined): number | undefined {
  if (line === undefined) return undefined
  const index = blockAtLine(tree, line)
  return index >= 0 && shaped[index] ? index : undefined
}

/** The most words of a headline that ends with a full stop ("Elektro-Zapfsäulen.", "Denkmäler in neuem Licht."): more is a standfirst's sentence. */
const maxStoppedHeadlineWords = 6

/**
 * A short headline closed with a full stop, as some blogs write theirs, that the URL's slug names (see bySlug): the
 * slug says it is the page's headline, not a sentence. Only lines title-shaped but for their stop, and short.
 */
function stoppedBySlug(texts: string[], maxLength: number, url: string | undefined): number | undefined {
  const bare = texts.map((text) => text.replace(/(?<=[^.])\.$/u, ''))
  const candidates = texts.flatMap((text, index) => (bare[index] !== text && countWords(text) <= maxStoppedHeadlineWords && isTitleShaped(bare[index]!, maxLength) ? [index] : []))
  return bySlug(candidates, bare, url)
}

/**
 * The candidate that shares most words with the URL's slug
 * (`/13-inch-macbook-pro-scissor-keyboard-2020`): three or more, and half the slug;
 * or a slug of one or two words that the line is, word for word (`/muffin-grundrezept`
 * over "Muffin Grundrezept"). A slug spells a word without its accents, or its
 * umlaut as a vowel and an e (`mandelplatzchen`, `zapfsaeulen`): see slugSpellings.
 */
export function bySlug(candidates: number[], texts: string[], url: string | undefined): number | undefined {
  const slug = slugWords(url)
  if (slug.size < 3) return byOwnSlug(candidates, texts, url)
  let best: number | undefined
  let bestShared = 0
  for (const index of candidates) {
    const words = new Set(normalizeForCompare(texts[index]!).split(' ').flatMap(slugSpellings))
    const shared = [...slug].filter((word) => words.has(word)).length
    if (shared > bestShared) {
      best = index
      bestShared = shared
    }
  }
  return bestShared >= 3 && bestShared * 2 >= Math.min(slug.size, 8) ? best : undefined
}

/**
 * The line that is the page's own short slug, word for word: the last segment of its path, all of it, one word or
 * two (`/2012/12/08/mandelplatzchen/`, `/muffin-grundrezept`, `ferienhaus-feinen.php`). A section's name
 * (`/astrofoto-community/…`) is no page's own, nor one that names the site (its words in the host name), nor a
 * slug that numbers its page (`opening-bell-11-18-19`: a series' name over each issue); a menu's "Muffin Rezepte"
 * shares one word of two.
 */
function byOwnSlug(candidates: number[], texts: string[], url: string | undefined): number | undefined {
  // A script's name over a query (`news.php?id=4711`) names the script, which shows every page: the query names this one.
  if (parsePageUrl(url)?.search && /\.[a-z]+$/iu.test(pathOf(url))) return undefined
  const own = lastSegment(url)
  if (own.length < 1 || own.length > 2 || own.some((word) => /\d/u.test(word))) return undefined
  // Words the host spells too name the site, not the page (`bloodandtreasure.typepad.com/blood_treasure/`).
  const host = hostOf(url)
  if (own.every((word) => host.includes(word))) return undefined
  return candidates.find((index) => {
    const words = normalizeForCompare(texts[index]!).split(' ')
    return words.length === own.length && own.every((word) => words.some((line) => slugSpellings(line).includes(word)))
  })
}

/** The words of the last segment of the URL's path, its file extension dropped. */
function lastSegment(url: string | undefined): string[] {
  const segment = pathOf(url).split('/').filter(Boolean).at(-1) ?? ''
  const words = normalizeForCompare(segment.replace(/\.[a-z]+$/i, ''))
  return words === '' ? [] : words.split(' ')
}

/** How a URL may spell a word: as it is, without its accents, or with its umlauts as a vowel and an e and ß as ss. */
export function slugSpellings(word: string): string[] {
  if (/^[a-z0-9]*$/u.test(word)) return [word]
  const bare = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/gu, 'ss')
  return [word, bare(word), bare(word.replace(/[äöü]/gu, (vowel) => `${umlautVowels[vowel]}e`))]
}

const umlautVowels: Record<string, string> = {ä: 'a', ö: 'o', ü: 'u'}

function slugWords(url: string | undefined): Set<string> {
  const path = pathOf(url)
  const segment = path.split('/').filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? ''
  return new Set(normalizeForCompare(segment.replace(/\.[a-z]+$/i, '')).split(' ').filter((word) => word.length > 1 && !/^\d+$/.test(word)))
}

/**
 * Without a URL: the title-shaped line of three words or more nearest the
 * core (menus come first, the headline last, then byline and date, which
 * are not title-shaped), else one of two words; numbers do not count as
 * words ("1,2 mil" claps are no title). A line printed twice in a row wins.
 */
function nearest(all: number[], texts: string[]): number | undefined {
  // A forum's "Re: <title>" over a reply is the reply's subject, not the page's title.
  const keys = new Set(all.map((index) => normalizeForCompare(texts[index]!)))
  const candidates = all.filter((index) => {
    const subject = replySubject(texts[index]!)
    return subject === undefined || !keys.has(normalizeForCompare(subject))
  })
  // Printed twice in a row, once maybe with a label ("Thread: Squeaky brakes"): the one without it.
  // A name printed twice is the author's (an avatar's caption, then the byline), when a headline is there too.
  const personal = (index: number) => looksLikeName(texts[index]!) && countWords(texts[index]!) >= 2
  const headlines = candidates.some((index) => !looksLikeName(texts[index]!))
  // A table by index, not the array's includes: a dump of many short lines has as many candidates, and the walk was quadratic.
  const isCandidate = new Uint8Array(texts.length + 1)
  for (const index of candidates) isCandidate[index] = 1
  for (const index of candidates) {
    // A one-word line printed twice is a menu's section and its first item ("Fraktion" / "Fraktion"), not a headline.
    if (isCandidate[index + 1] !== 1 || (headlines && personal(index)) || countWords(texts[index]!) < 2) continue
    const [one, two] = [unlabelled(texts[index]!), unlabelled(texts[index + 1]!)]
    if (normalizeForCompare(one) !== normalizeForCompare(two)) continue
    return one.length < texts[index]!.length ? index + 1 : index
  }
  const letterWords = (index: number) => (isAmount(texts[index]!) ? 0 : countWords(texts[index]!.replace(/\p{N}+/gu, ' ')))
  // A bare name under the headline is the byline; it is a title only when nothing else is.
  const named = candidates.filter((index) => !looksLikeName(texts[index]!))
  const reversed = [...(named.length > 0 ? named : candidates)].reverse()
  const found = reversed.find((index) => letterWords(index) >= 3) ?? reversed.find((index) => letterWords(index) >= 2)
  // A headline over its standfirst, the byline or dateline right under them: the upper line is the headline.
  if (found !== undefined && named.includes(found - 1) && letterWords(found - 1) >= 3 && bylineUnder(texts, found)) return found - 1
  return found
}

/** A byline or a dateline right under a line. */
function bylineUnder(texts: string[], index: number): boolean {
  const next = texts[index + 1] ?? ''
  return readByline(next)?.author !== undefined || isDateLine(next)
}

/**
 * The headline stands over the byline ("By Tom Harris and Mei Tanaka"): a
 * line found below a byline (the candidates all stand before the core) is a live blog's first
 * entry, a list's first item, not the title, when a candidate of three
 * words or more stands above the byline. A dateline there ("Updated 2
 * minutes ago": a figure in four words or fewer) is passed over.
 */
/** How far above the chosen line a byline may stand to give it away as an entry's heading. */
const bylineReach = 8

function overByline(found: number | undefined, candidates: number[], texts: string[]): number | undefined {
  if (found === undefined) return found
  let byline = -1
  // Just above: a "By Topic" menu item far up the page is no byline over this headline.
  for (let index = found - 1; index >= Math.max(0, found - bylineReach); index--) {
    // A one-word name needs a label longer than "By" ("written by Regan"): "By Topic" is a menu item.
    const facts = readByline(texts[index]!)
    const author = facts?.author
    if (author !== undefined && looksLikeName(author) && (countWords(author) >= 2 || countWords(facts!.phrase) >= 2)) {
      byline = index
      break
    }
  }
  if (byline < 0) return found
  const datelike = (text: string) => /\p{N}/u.test(text) && countWords(text) <= 4
  const above = [...candidates].reverse().find((index) => index < byline && countWords(texts[index]!) >= 3 && !datelike(texts[index]!) && !looksLikeName(texts[index]!))
  return above ?? found
}

/**
 * A headline that asks or exclaims ("Rente stijgt: wat betekent dat voor je
 * hypotheek?"), or is followed by its standfirst, scores as prose and opens
 * the core; the byline or dateline printed under it (right under it, or under
 * a standfirst and a photo's label and caption) gives it away. Nothing else at
 * the core's start is taken.
 */
function headlineOpeningCore(coreStart: number, shaped: boolean[], texts: string[]): number | undefined {
  if (!shaped[coreStart]) return undefined
  // The byline may stand under a standfirst and a photo with its caption ("Image" / "A Con Edison worker …").
  for (let at = coreStart + 1; at <= coreStart + maxLinesToByline && at < texts.length; at++) {
    const next = texts[at]!
    if (next === '') return undefined
    if (readByline(next) || isDateLine(next) || isRepeatedName(next, texts)) return coreStart
    // A photo's label: its caption under it is no headline either.
    if (isCaptionLabel(next)) at++
    else if (at > coreStart + 1 && shaped[at]) return undefined
  }
  return undefined
}

/**
 * A bare name of two words or more that the page prints again, alone on its line (over the author's bio under the
 * article, "Nguyễn Thu Hà" / "Phóng viên …"): a byline without a label, as news sites print the reporter under the
 * headline. A name the page prints once is as often the subject's, or a place's.
 */
function isRepeatedName(text: string, texts: readonly string[]): boolean {
  if (countWords(text) < 2 || !isBareName(text) || !looksLikeName(text)) return false
  let count = 0
  for (const other of texts) if (other === text && ++count >= 2) return true
  return false
}

/** The most lines from a headline that opens the core down to its byline: the byline, a standfirst, a photo's label and caption. */
const maxLinesToByline = 4

/** A photo's one-word label printed over its caption in a dump ("Image", "Photo", "Foto"). */
function isCaptionLabel(text: string): boolean {
  return countWords(text) === 1 && isWholeLine(text, 'photoCredit')
}

/** The most words of a count or a date glued to a headline's end ("… With iPhone 5 427", "… 199 Comments", "… Waiology Jul 26"). */
const maxCountWords = 3

/**
 * The line at `chosen`, or the page's copy of it without the count or the date a comment counter or a teaser
 * glued to its end ("Reports Say Apple Is Shrinking Its Docking Connector With iPhone 5 427"): the headline the
 * page prints elsewhere alone, of three words or more, is the headline's text.
 */
function withoutCount(chosen: number, texts: string[]): number {
  const words = normalizeForCompare(texts[chosen]!).split(' ')
  if (!/\p{N}/u.test(words.slice(-maxCountWords).join(' '))) return chosen
  const shorter = new Map<string, number>()
  for (let cut = 1; cut <= maxCountWords && words.length - cut >= minUncountedWords; cut++) {
    if (/\p{N}/u.test(words.slice(-cut).join(' '))) shorter.set(words.slice(0, -cut).join(' '), cut)
  }
  if (shorter.size === 0) return chosen
  // Glued after a space, the copy as printed and whole: a part set apart by a mark is the headline's own ("… (Hrsg.) • 1619"), a teaser cut short with an ellipsis no copy.
  const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim()
  const line = spaced(texts[chosen]!)
  const copy = texts.findIndex((text, index) => {
    if (index === chosen || text === '' || !shorter.has(normalizeForCompare(text))) return false
    const own = spaced(text)
    return line.startsWith(own) && /^ [\p{L}\p{N}]/u.test(line.slice(own.length))
  })
  return copy >= 0 ? copy : chosen
}

/** The fewest words of a headline read without a glued count: fewer may be a menu's label over its count ("News 12"). */
const minUncountedWords = 3

/** A headline printed twice, once with a label ("Thread: Squeaky brakes"): the one without it. */
function withoutLabel(chosen: number | undefined, texts: string[]): number | undefined {
  if (chosen === undefined) return chosen
  const bare = normalizeForCompare(unlabelled(texts[chosen]!))
  if (bare === normalizeForCompare(texts[chosen]!)) return chosen
  return [chosen - 1, chosen + 1].find((index) => texts[index] !== undefined && normalizeForCompare(texts[index]!) === bare) ?? chosen
}

/** A line without its short label ("Wątek: Piszczące hamulce" gives "Piszczące hamulce"). */
function unlabelled(text: string): string {
  const label = /^[^\s:：]{1,12}\s?[:：]\s*(\S.*)$/u.exec(text)
  return label ? label[1]! : text
}

/** An amount and a unit first ("100 g de azúcar", "250 ml milk", "2 EL Zucker"): an ingredient or a spec, not a headline. */
function isAmount(text: string): boolean {
  return /^\p{N}+(?:[.,/]\p{N}+)?\s?\p{L}{1,3}\.?\s/u.test(text)
}

function isLine(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}

/** Initials with their dots closing a line: "N.Y.C.", "U.S.", "D.C.". */
const closingInitials = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u

/** A rating, all the line: a decimal, a word or two ("von", "out of", "sur"), the scale of 5 or 10, perhaps its unit and its count ("Sternen (312 Bewertungen)"). */
const rating = onFirstUse(() => /^\d[.,]\d\s\p{L}+(?:\s\p{L}+)?\s(?:5|10)(?:\s\p{L}+)?(?:\s\(\d[\d.,]*\s\p{L}+\))?$/u)
/** The decimal and the space a rating opens with: tested first, so that the rating's pattern is built and compiled only for a page with such a line. */
const opensWithDecimal = /^\d[.,]\d\s/u

/** A dot closing a word of a script whose sentences end with no full stop (Thai, Lao, Khmer): an abbreviation's. */
const stoplessAbbreviation = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]\.$/u

/** A phrase of Han characters only, two or more. */
const hanPhrase = /^\p{Script=Han}{2,}$/u

/** The longest label of a field ("Article ID:", "کد خبر:"), in characters. */
const maxFieldLabel = 30

export function isTitleShaped(text: string, maxLength: number): boolean {
  if (text === '' || text.length > maxLength || countWords(text) > 30) return false
  // A stop ends a sentence, not a headline; but the dots of a headline's closing initials ("… Underneath N.Y.C.", in
  // Title Case) are its own, where a sentence's ("… moved its headquarters to the U.S.") are a sentence's.
  // Thai, Lao and Khmer end no sentence with a dot: one there closes an abbreviation ("… เกิน 90 มคก.").
  if (!/\p{L}/u.test(text) || (/[.,;:،؛。，；：]$/u.test(text) && !(closingInitials.test(text) && isTitleCase(text)) && !stoplessAbbreviation.test(text))) return false
  // Markup leaked into a dump ("<img src=x onerror=…>") is no headline, nor is the page's address printed on it, which
  // shares every word of its slug.
  if (isMarkup(text)) return false
  // Nor is a line that prints a web address among its words (an archive's or a print view's header, "The Wayback Machine -
  // https://…"), or a bare "www." address alone.
  if (/https?:\/\/\S/iu.test(text) || /^www\.\S+$/iu.test(text.trim())) return false
  // Nor is a configuration file's setting (a documentation page's `adres = "redis://localhost:6379/0"` over its prose).
  if (isConfigLine(text)) return false
  // Nor is an e-mail address, alone (the reporter's, printed under the byline) or labelled ("Send me tips: jo(at)example(dot)com").
  if (isEmailAlone(text) || isEmailAlone(text.slice(Math.max(text.lastIndexOf(':'), text.lastIndexOf('：')) + 1).trim())) return false
  // Nor is a photo's caption, known by the credit that ends it ("… in 2008. Photograph: Jane Doe/AP").
  if (captionCredit(text) !== undefined) return false
  // Titles hardly ever carry a full date; datelines and "21:17 18.11.2019" stamps do.
  if (isDateLine(text) || findDate(text)) return false
  if (isArrowLink(text)) return false
  // A label and a few words ("字号：大 中 小", "Tags: AI"): a control, not a headline.
  const label = /^[^\s:：]{1,12}\s?[:：](.*)$/u.exec(text)
  if (label && countWords(label[1]!) <= 3) return false
  // A rating out of a scale ("4,6 von 5 Sternen (312 Bewertungen)", "4.5 out of 5 stars"): a shop's or a recipe's widget.
  if (opensWithDecimal.test(text) && rating().test(text)) return false
  // A field and its number ("کد خبر: ۱۲۳۴۵۶", "Article ID: 48213"): the page's record, not a headline.
  const colon = text.search(/[:：]/u)
  // A label's last letter stands right before its colon: "4:0" and "20:15" are a score and a time in a headline.
  if (colon > 0 && colon <= maxFieldLabel && /\p{L}/u.test(text[colon - 1]!) && /\p{N}/u.test(text.slice(colon + 1)) && !/\p{L}/u.test(text.slice(colon + 1))) return false
  // Chrome named by the lexicon: a whole-line phrase, or a label ("By …", "Photo: …").
  return !matchLexicon(text).some(
    (match) =>
      match.whole ||
      match.labelled ||
      ((match.category === 'authorLabel' || match.category === 'sourceLabel') && leadingName(match.rest) !== undefined) ||
      match.category === 'readingTime' ||
      match.category === 'photoCredit' ||
      // A button's words opening a short line ("Share this on WhatsApp", "Sign up for our newsletter today").
      // A phrase of two Han characters or more is as sure as two words ("发布于 浙江": published in, a place).
      (prefixCategories.includes(match.category) && (match.phrase.includes(' ') || hanPhrase.test(match.phrase)) && countWords(text) <= maxButtonWords),
  )
}

/** A few words over the article's first paragraph, as a video's player prints its source; a photo's label announces its caption. */
function isMediaLabel(text: string): boolean {
  return text !== '' && countWords(text) <= maxMediaLabelWords && !matchLexicon(text).some((match) => match.category === 'photoCredit')
}

/** The most words of a byline's second line. */
const maxSignatureTailWords = 4

/** A few words opening in lower case and closing with no stop: the rest of a byline wrapped onto a line of its own. */
function isSignatureTail(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/[.!?…]$/u.test(text.trimEnd()) && countWords(text) <= maxSignatureTailWords
}

/** A line the lexicon names chrome: a short one whole or by its opening words ("Leave a comment", "Posted in News"), a label over anything ("Categories: …", "Previous article: …"). */
function isButtonLine(text: string): boolean {
  if (text === '') return false
  const short = countWords(text) <= maxButtonWords
  return matchLexicon(text).some((match) => (short && match.whole) || (prefixCategories.includes(match.category) && (match.labelled || (short && match.phrase.includes(' ')))))
}

/**
 * A link to the post before or after this one ("« Older entry", "Next story →"): an arrow opens or closes
 * the line. Guillemets that open and close a quotation («…», ‹…›) are a quoted headline's.
 */
function isArrowLink(text: string): boolean {
  const line = text.trim()
  if (/^(?:[«‹←⇐]|<<)/u.test(line)) return !/[»›]/u.test(line)
  if (/(?:[»›→⇒]|>>)$/u.test(line)) return !/[«‹]/u.test(line)
  return false
}

/** The most words of a short line that a chrome phrase of two words or more opens: a button or a call, not a headline. */
const maxButtonWords = 8

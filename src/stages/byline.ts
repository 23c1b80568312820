import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {captionCredit} from '../lexicon/captions.js'
import {chromeMatch, prefixCategories} from '../lexicon/chrome.js'
import {lexicons} from '../lexicon/index.js'
import {isWholeLine, matchLexicon} from '../lexicon/match.js'
import {authorBoxName, bracketedByline, closingSignature} from '../util/author-without-byline.js'
import {hasStandfirstSize, isBareName, isBio, isSignatureLine, isUnlabelledName, nameBesideBrand, nameOpeningDateline, readByline} from '../util/byline-lines.js'
import {inUrlOrder, writesMonthFirst} from '../util/date-order.js'
import {findDate, isDateLine, isUpdateDateline, isYearlessDate} from '../util/dates.js'
import {detectLanguage} from '../language/detect.js'
import {looksLikeName, spelledAsPrinted} from '../util/names.js'
import {onFirstUse} from '../util/on-first-use.js'
import {removeWhere} from '../util/report.js'
import {countWords, endsSentence, isAllCaps, isEmailAlone} from '../util/text.js'
import {blockBelowLine, blockText} from '../util/tree.js'
import {blockScore, isProse, zonesOf, zoneOf} from '../article/zones.js'
import {boundaryCost, maxShortLineCost} from '../article/zone-lines.js'

/** A label of a few words, a colon and a year alone ("Ausgabejahr:2022", "Year: 2021"): made once a line ends so (the letter classes cost V8 to build). */
const labelledYear = onFirstUse(() => /^\p{L}[\p{L}\p{M} ]{0,29}: ?(?:1[89]|20)\d\d$/u)
const endsWithYear = /: ?\d{4}$/

export interface BylineOptions {
  /** Longest author bio, in words. */
  maxBioWords?: number
}

const defaults = {maxBioWords: 80} as const satisfies Required<BylineOptions>
const ruleId = 'byline'
/** A list mark, then spaces, at the end: "16 mars • " before a name printed again. */
const markThenSpace = /[•·|]\s*$/u
/** How many of the article's first paragraphs are read for a bare name, which there is a place or the subject. */
const openingParagraphs = 3

/** The article's first prose blocks read for its language (the language stage reads the whole body, after the chrome is gone). */
const maxLanguageBlocks = 8

/**
 * Find the author, the date and the first publisher; move them to meta and
 * remove the lines that carried them:
 * - labelled lines, also inside a dateline ("Auteur: …", "Von …",
 *   "Veröffentlicht am 3. Mai 2025 von …", "来源：…", "김민지 기자");
 * - the dateline under the headline;
 * - the standfirst between the headline and the byline, to `description`;
 * - a bare name next to the dateline, or printed again elsewhere on the page;
 * - the author's bio box after the article (the name, then a short
 *   description of the person).
 */
export const byline: Plugin<[BylineOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const meta = (file.data.meta ??= {})
    // `03/04/2024` is March 4th on an American page (en-US, or a .gov host).
    const monthFirst = writesMonthFirst(file.data.hints?.lang, meta.url)
    const zones = zonesOf(tree, file)
    const texts = tree.children.map((node) => (isLine(node) ? blockText(node) : ''))
    const reasons = new Map<number, string>()
    const zone = (index: number) => zoneOf(zones, index)
    // Under the headline: the header, or the first blocks of the core, not counting bylines and
    // chrome ("Share") above it: they are gone when the output is cleaned again.
    // The count goes on from where the last call left it, not from the core's start: the lines are
    // asked in order, and a line's reason is settled before any line below it is asked, so the
    // count is the same; rescanning made 20 000 "Share" lines quadratic.
    let scanned = zones.coreStart
    let above = 0
    const top = (index: number) => {
      if (zone(index) === 'header') return true
      for (; scanned < index && above <= 2; scanned++) {
        if (!reasons.has(scanned) && !chromeMatch(texts[scanned]!, countWords(texts[scanned]!), 'core')) above++
      }
      return above <= 2 || index <= zones.coreStart
    }
    // Around the article: outside the core, or at its very edges.
    const edge = (index: number) => zone(index) !== 'core' || index <= zones.coreStart + 2 || index >= zones.coreEnd - 2

    const sortKeys = sortKeyLines(texts, tree.children, monthFirst)
    // A date line under the article's first prose, with a date after the page's read above it, is the article's: the
    // day something will happen ("Термін: з 09:00 10 грудня до 18:00 11 грудня 2026 р.", a notice's term under
    // "Опубліковано: 07.12.2026"). A page's own stamp there names the same day, an earlier one (the print edition's), or an update.
    const isArticleDate = (index: number) => {
      if (meta.date === undefined || zone(index) !== 'core' || isUpdateDateline(texts[index]!)) return false
      const date = findDate(texts[index]!, monthFirst)
      return date !== undefined && date > meta.date && tree.children.slice(zones.coreStart, index).some(isProse)
    }
    // A label word of one language opens a byline on that language's pages; before a name on a page in another, it is
    // the name's first word ("Gan Pei Ling" on an English page: Welsh "gan" is "by"; Tagalog "ni", Italian "di"). English
    // labels stay labels: untranslated themes print "By" on pages of every language. The page's language is read once, from the article's prose.
    let pageLang: string | undefined
    // The title stage took the headline out: its line is where the article's head was.
    const headline = file.data.hints?.headlineLine
    const aboveHeadline = (index: number) => headline !== undefined && (tree.children[index]?.position?.start.line ?? headline) < headline
    const isForeignLabel = (langs: readonly string[] | undefined) => {
      if (langs === undefined || langs.includes('en')) return false
      pageLang ??= detectLanguage(tree.children.slice(zones.coreStart, zones.coreEnd + 1).filter(isProse).slice(0, maxLanguageBlocks).map(blockText).join('\n')).lang
      // Only a language the lexicon knows says its own labels: a Galician page's "Por Xoán García" is Spanish's "por" all the same.
      return pageLang !== 'und' && pageLang in lexicons && !langs.includes(pageLang)
    }
    // The first dateline under the headline that opens with a name ("Dan Goodin - Apr 16, 2015"): the byline, when no label names anyone.
    let datedName: {index: number; name: string} | undefined
    // Whether the date came from a date line without a name, which a byline's date below replaces.
    let datedByLine = false
    // Whether that date line gave an update's date, which a publication's date line below replaces.
    let datedByUpdate = false
    texts.forEach((text, index) => {
      if (text === '' || text.length > 200 || (zone(index) === 'core' && !top(index) && countWords(text) > 8)) return
      // A heading the document marked up (HTML, Markdown) is a heading, not a byline: Arabic "كتب" is "wrote" and "books".
      if (file.data.hints?.markup && tree.children[index]?.type === 'heading') return
      const read = (zone(index) === 'footer' && !top(index)) || sortKeys.has(index) ? undefined : readByline(text, monthFirst)
      const asName = read?.withLabel !== undefined && isForeignLabel(read.langs)
      // Read so, as a name, the line names the author under the headline, or above it beside a date line as a byline
      // stands ("Gan Pei Ling" / "December 5, 2026"); else it is the site's or a section's name there ("De Stadskrant"
      // over "Column" on a Dutch page, where Romanian "de" is "by").
      const besideDate = () => isDateLine(texts[index + 1] ?? '') || isDateLine(texts[index - 1] ?? '')
      const facts = asName && aboveHeadline(index) && !besideDate() ? undefined : read
      if (facts) {
        // The same author spelled in full further down ("by Marie" above the post, "Written by Marie LeBaron" under it) names them better.
        const author = asName ? facts.withLabel : facts.author
        if (author && (meta.author === undefined || author.startsWith(`${meta.author} `))) meta.author = author
        if (facts.source) meta.source ??= facts.source
        // A byline's date is the post's: it beats a date line's read above it ("Joined: Wed Jun 15, 2022" over "Post by crumbshot » Sun Mar 09, 2025").
        // Not the same day read the other way round ("THURSDAY, AUGUST 09, 2012" over "by Bill McBride on 8/09/2012"): the named month is sure.
        if (facts.date && top(index) && (meta.date === undefined || (datedByLine && !swapsDayAndMonth(facts.date, meta.date)))) {
          meta.date = inUrlOrder(facts.date, meta.url, text)
          datedByLine = false
        }
        reasons.set(index, facts.source && !facts.author
          ? `where the article first appeared ("${facts.phrase} …"); it is in the front matter`
          : `a byline ("${facts.phrase}"); the author is in the front matter`)
        return
      }
      // A day and a month without the year ("5 дек.", as a blog prints this year's posts) give no date to the front matter;
      // under a date the page printed with its year, such a line is the article's (a diary's "3. Dezember"), not its dateline.
      const yearless = top(index) && isYearlessDate(text) && findDate(text, monthFirst) === undefined
      if (top(index) && (isDateLine(text) || isDatelineWithButtons(text)) && !isArticleDate(index) && !(yearless && meta.date !== undefined)) {
        // An update's date gives way to the publication's printed after it ("edited Mar 3, 2023" over "asked Oct 15, 2010").
        const update = isUpdateDateline(text)
        if (yearless) reasons.set(index, 'the page\'s dateline, a day and a month without the year (no date for the front matter)')
        else if (meta.date === undefined || (datedByUpdate && !update)) {
          meta.date = inUrlOrder(findDate(text, monthFirst), meta.url, text)
          datedByLine = meta.date !== undefined
          datedByUpdate = datedByLine && update
        }
        if (!yearless) reasons.set(index, 'the page\'s dateline; the date is in the front matter')
      }
      if (datedName === undefined && top(index)) {
        const name = nameOpeningDateline(text, monthFirst)
        if (name !== undefined) datedName = {index, name}
      }
    })
    // The same name over other dates is a list of dated items ("NFL Fantasy Live – November 6, 2012 Hour 1", "… Hour 2"), not a byline; printed twice as it is, it is one.
    const listed = (dated: {index: number; name: string}) =>
      texts.some((other) => other !== texts[dated.index] && other.startsWith(dated.name) && (nameOpeningDateline(other, monthFirst) === dated.name || isSignatureLine(other)))
    if (meta.author === undefined && datedName !== undefined && !listed(datedName)) {
      meta.author = datedName.name
      const date = findDate(texts[datedName.index]!, monthFirst)
      if (date !== undefined) meta.date ??= inUrlOrder(date, meta.url, texts[datedName.index]!)
      reasons.set(datedName.index, 'a byline (a name, then the date); the author is in the front matter')
    }

    // A date above the headline stood apart from a word under it (手仕事, a category).
    const lineOf = (index: number) => tree.children[index]?.position?.start.line
    // The first block under the headline, -1 without one.
    const firstUnderHeadline = headline === undefined ? -1 : blockBelowLine(tree, headline)

    // The standfirst: the one line between the headline and the byline or dateline under it.
    // Under the headline the title came from, where the rules' anchor may be the standfirst itself.
    const taken = file.data.hints?.takenTitleLine
    const standfirst = standfirstAt(texts, reasons, taken === undefined ? firstUnderHeadline : blockBelowLine(tree, taken))
    if (standfirst !== undefined && (meta.description === undefined || meta.description === texts[standfirst])) {
      meta.description = texts[standfirst]!
      // It is the article's lead too: it stays in the body, and the core starts with it.
      const line = lineOf(standfirst)
      if (line !== undefined) (file.data.hints ??= {}).standfirstLine = line
    }
    const headlineBetween = (above: number, below: number) => {
      const [from, to] = [lineOf(above), lineOf(below)]
      return headline !== undefined && from !== undefined && to !== undefined && from < headline && headline < to
    }

    // A bare name of two words or more just above the article, beside the dateline or printed
    // again elsewhere on the page ("16 mars • Karin Lundqvist"); menu items are single words or chrome.
    // Anywhere in the header, a bare name over the reading time a blog platform prints ("Joseph Cox" / "14 min read"),
    // perhaps with a one-word button between.
    // A name the article's opening paragraphs name is the place over the dateline or the one the story is about
    // ("San Francisco" / "March 12, 2026" / "… its new campus in San Francisco …"): a writer seldom names herself there.
    // Read on first need: most pages have no bare name to ask about. A photo's caption with its credit names the
    // photographer, often the writer too ("… Foto: Ola Nordmann"): no paragraph of the story.
    const credits = (text: string) => captionCredit(text) !== undefined
    let opening: string[] | undefined
    const namedInOpening = (name: string) =>
      (opening ??= texts.filter((text, index) => index >= zones.coreStart && index < zones.coreEnd && isProse(tree.children[index]!) && !credits(text)).slice(0, openingParagraphs)).some((paragraph) => paragraph.includes(name))
    texts.forEach((text, index) => {
      if (meta.author || zone(index) !== 'header') return
      // The platform's follow button may stand between the two ("Ana Carolina Souza" / "Seguir" / "7 min de leitura").
      const overReadingTime = isReadingTime(texts[index + 1] ?? '') || (countWords(texts[index + 1] ?? '') === 1 && isReadingTime(texts[index + 2] ?? ''))
      // Right under the headline (or its standfirst), a name is its byline's, however many buttons follow the date.
      const underHeadline = firstUnderHeadline >= 0 && index >= firstUnderHeadline && index <= firstUnderHeadline + 1
      if (index < zones.coreStart - 5 && !overReadingTime && !underHeadline) return
      // The name joined to the outlet's brand by a dash ("Rina Kusuma - detikFinance") is the byline's.
      const branded = underHeadline ? nameBesideBrand(text) : undefined
      if (branded === undefined && !isBareName(text)) return
      // A dash may stand between a place and a name, in either order ("القاهرة – محمد علي"): no bare name.
      if (branded === undefined && /\s[-–—]\s/u.test(text)) return
      // The writer's role printed alone under the name ("Ola Nordmann" / "Journalist") tells a byline as a date does.
      const besideDate = overReadingTime || isRoleLine(texts[index + 1] ?? '') || (isDateLine(texts[index + 1] ?? '') && !headlineBetween(index, index + 1)) || (isDateLine(texts[index - 1] ?? '') && !headlineBetween(index - 1, index))
      // Printed again among the same neighbours ("About", "Contact Us" in the header's menu and the footer's), it is a menu item.
      const afterMark = (other: string) => other.endsWith(text) && markThenSpace.test(other.slice(0, other.length - text.length))
      // Only a print below the header counts (the bio box, the byline over the text): two menus above the article print their items twice ("Fact Check" in the menu and the breadcrumb).
      const again = texts.some((other, at) => at !== index && zone(at) !== 'header' && (other === text || afterMark(other)) && !shareNeighbours(texts, index, at))
      // After a comma comes the place or the title ("Tom Krisher, AP Auto Writer", "राहुल शर्मा, नई दिल्ली").
      const name = branded ?? text.split(',')[0]!.trim()
      if ((besideDate || again) && countWords(name) >= 2 && looksLikeName(name) && !namedInOpening(name)) meta.author = name
    })

    // A name printed twice, or right above a bio, around the article.
    texts.forEach((text, index) => {
      if (meta.author || !edge(index) || !isUnlabelledName(text)) return
      const near = texts.slice(Math.max(0, index - 2), index + 3)
      const repeated = near.filter((other) => other === text).length >= 2
      const bio = isBio(texts[index + 1] ?? '', text, settings.maxBioWords)
      // A single word printed twice is a share button or a menu item ("Messenger", "Twitter") as often as a name: it needs its bio.
      // One word in capitals is an acronym, the name of a thing ("HISTALP" / "HISTALP ist eine Klimadatensammlung …"), not a person's.
      if (countWords(text) === 1 && (!bio || isAllCaps(text))) return
      // Printed twice far from the article (not between the headline and the article), a name is a menu item printed for two screens ("News", "Kabar Islam").
      const underHeadline = index < zones.coreStart && headline !== undefined && (lineOf(index) ?? 0) > headline
      const nearArticle = underHeadline || (index >= zones.coreStart - nearEdge && index <= zones.coreEnd + nearEdge)
      // Inside the core, a name above a bio is an author box only when printed twice, or when the two close the article
      // below its prose and the name signs the article above it ("by Jake Goulding on January 20, 2020"): a section
      // about a person ("Liam Williams" / "Liam Williams stand im April …") has no signature of the name.
      const closing = bio && index > zones.coreStart + 2 && index + 1 >= zones.coreEnd - 1 && signsAbove(texts, text, zones.coreStart + 2)
      if (zone(index) === 'core' ? (repeated && bio) || closing : (repeated && nearArticle) || bio) meta.author = text
    })

    // The line right under the article that signs it: a name with the date ("むぎ (id:mugicha_note) 2025-02-09 21:30"),
    // or a name alone over the share bar ("Ngọc Tài" / "Chia sẻ"), as blogs and Vietnamese news print it.
    if (!meta.author) {
      const closing = closingSignature(texts, zones.coreEnd)
      // Only the name is taken: the line is the footer's, which the boilerplate stage removes (removed here, the zone search
      // after it would read a changed page, and draw the article's end anew).
      if (closing && !listed(closing)) meta.author = closing.name
    }
    // The name under the heading of the box about the author ("この記事を書いた人" / "ゆき", "About the author" / "Ed Cara").
    if (!meta.author) {
      const boxed = authorBoxName(texts, zones.coreStart)
      if (boxed && !listed(boxed)) meta.author = boxed.name
    }
    // The reporter a wire's dateline names in brackets at the article's start ("新华社北京3月14日电（记者 王晓燕）…").
    if (!meta.author) {
      const opening = tree.children.findIndex((node, index) => index >= zones.coreStart && isProse(node))
      const reporter = opening >= 0 && opening < zones.coreStart + 3 ? bracketedByline(texts[opening]!) : undefined
      if (reporter !== undefined) meta.author = reporter
    }

    const printed = meta.author
    if (printed) {
      // The box about the author stands outside the article: a name in it is a person the article is about ("Alex Honnold" / "Alex climbed …").
      const author = fullNameOverBio(printed, texts, settings.maxBioWords, (index) => zone(index) !== 'core') ?? spelledAsPrinted(printed, texts)
      meta.author = author
      // The name as the byline printed it or as the page spells it elsewhere.
      const isName = (text: string | undefined) => text === author || text === printed
      texts.forEach((text, index) => {
        if (reasons.has(index) || !edge(index)) return
        const core = zone(index) === 'core'
        const next = texts[index + 1] ?? ''
        if (isName(text) && (!core || isName(next) || isName(texts[index - 1]) || isBio(next, author, settings.maxBioWords) || isBioBox(tree.children, texts, index, zones.coreEnd))) {
          reasons.set(index, 'the author\'s name, printed again around the article')
        } else if (isBio(text, author, settings.maxBioWords) && (!core || isName(texts[index - 1]) || (index === zones.coreEnd && (text.startsWith(`${author} `) || !writtenInLowerCase(author, texts))))) {
          // Outside the article, under the name printed again, or the article's last line ("Tom Hale is a former transit
          // planner …"), unless the name's first word is one the page writes in lower case too: under "The Canadian
          // Press", "The team is last …" is the story's.
          reasons.set(index, 'the author\'s bio, not part of the article')
        } else if (isName(texts[index - 1]) && reasons.has(index - 1) && isBioBox(tree.children, texts, index - 1, zones.coreEnd)) {
          reasons.set(index, 'the author\'s bio, not part of the article')
        }
      })
      // The author's box opening the core, over the share bar and the post: the article starts under it.
      const box = boxAtStart(tree.children, texts, author, zones.coreStart, zones.coreEnd, settings.maxBioWords)
      if (box !== undefined && !reasons.has(zones.coreStart)) {
        reasons.set(zones.coreStart, 'the author\'s bio, over the article; the article starts under its box')
        const line = tree.children[box]!.position?.end.line
        if (line !== undefined) (file.data.hints ??= {}).articleStartLine = line
      }
      // The bio under the article with a feed of teasers after it, all read as prose: the article ended at the bio.
      const closing = author.includes(' ') ? texts.findIndex((text, index) => index > zones.coreStart + 2 && index < zones.coreEnd && !reasons.has(index) && text.startsWith(`${author} `) && isBio(text, author, settings.maxBioWords)) : -1
      const line = closing >= 0 ? lineOf(closing) : undefined
      // Counted from the headline when the title stage took one: a notice above it (an ad blocker's) is no article.
      if (line !== undefined && !underLead(tree.children, Math.max(zones.coreStart, firstUnderHeadline), closing)) {
        reasons.set(closing, 'the author\'s bio, not part of the article; the article ends above it')
        ;(file.data.hints ??= {}).articleEndLine = line
      } else if (line !== undefined) {
        // The author box under the lead, in the article's head (an interview goes on below it): the bio goes, the article stays.
        reasons.set(closing, 'the author\'s bio, not part of the article')
      }
    }

    // The reporter's e-mail address alone on a line right beside the byline or the dateline ("john.smith@dailypost.example").
    texts.forEach((text, index) => {
      if (!reasons.has(index) && (reasons.has(index - 1) || reasons.has(index + 1)) && isEmailAlone(text)) reasons.set(index, 'the author\'s e-mail address, beside the byline')
    })
    // A label and a year alone beside the page's dateline is its year printed again ("Datum: 26. Januar 2022" / "Ausgabejahr: 2022").
    const isDateline = (index: number) => reasons.get(index)?.startsWith('the page\'s dateline') === true
    texts.forEach((text, index) => {
      if (!reasons.has(index) && (isDateline(index - 1) || isDateline(index + 1)) && endsWithYear.test(text) && labelledYear().test(text)) reasons.set(index, 'the year of the page\'s dateline beside it, printed again')
    })

    removeWhere(file, ruleId, tree, (_, index) => reasons.get(index))
  }
}

/**
 * The line right under the headline when a byline or a dateline follows it
 * ("Moeda americana recuou após dados de emprego nos EUA" between the
 * headline and "Por Ana Souza"): the summary a news page prints there. No
 * menu or teaser stands between a headline and its byline. `index`: the
 * first block under the headline, -1 without one.
 */
function standfirstAt(texts: string[], bylines: ReadonlyMap<number, string>, index: number): number | undefined {
  const text = texts[index]
  // The byline under it: a line read as one, or a bare name over the dateline ("Олена Коваль" / "15 березня 2025").
  const signed = bylines.has(index + 1) || (isBareName(texts[index + 1] ?? '') && bylines.has(index + 2))
  if (index < 0 || text === undefined || text === '' || bylines.has(index) || !signed) return undefined
  if (!hasStandfirstSize(text) || looksLikeName(text) || isDateLine(text) || matchLexicon(text).length > 0) return undefined
  // An address to write to or visit ("E-Mail: … Web-page: http://…") is contact details, not a summary.
  if (/@|https?:\/\//u.test(text)) return undefined
  // A sentence has words in lower case: names and outlets in a row ("Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader") are a byline.
  if (/\p{Ll}/u.test(text) && text.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word)).length < 2) return undefined
  // A caption with its credit ("… (Manu Fernandez/AP)") stands there too.
  return captionCredit(text) === undefined ? index : undefined
}

/** Whether the first word of a name of two words or more is one the page also writes in lower case ("the", "de"): no first name, an article's. */
function writtenInLowerCase(name: string, texts: readonly string[]): boolean {
  const first = name.split(' ')[0]!
  if (first === name || first.toLowerCase() === first) return false
  const lower = ` ${first.toLowerCase()} `
  return texts.some((text) => text.includes(lower))
}

/**
 * Lines that are the same label and one word, two or more of them with other words and no prose between ("By Make", "By
 * Model", "By Year"; "BY WEEK", "BY MONTH"): the ways a page sorts or browses its list, no writers. One such line, or the
 * same name again ("By Becky" over each of her posts), may be a byline; so may "By Sarah" over her post with "By Mike"
 * and "By Anna" in the related posts under it.
 */
function sortKeyLines(texts: readonly string[], children: readonly RootContent[], monthFirst: boolean): Set<number> {
  // By the label as printed: "By: Kauth" over a news post is no key of the "by Kujii", "by Nallec" under the posts listed below.
  let byLabel = new Map<string, Map<number, string>>()
  const sorting = new Set<number>()
  const close = () => {
    for (const keys of byLabel.values()) if (new Set(keys.values()).size >= 2) for (const index of keys.keys()) sorting.add(index)
    byLabel = new Map()
  }
  texts.forEach((text, index) => {
    // Only a run open needs the prose that closes it: most pages have no such line, and isProse reads each block's text anew.
    if (byLabel.size > 0 && isProse(children[index]!)) close()
    if (text.length > 40 || countWords(text) !== 2) return
    const author = readByline(text, monthFirst)?.author
    if (author === undefined || author.includes(' ') || !text.endsWith(author)) return
    const label = text.slice(0, text.length - author.length).trim()
    let keys = byLabel.get(label)
    if (keys === undefined) byLabel.set(label, (keys = new Map()))
    keys.set(index, author)
  })
  close()
  return sorting
}

/** A mark right after a name that sets it off from what follows: a dash, a bar, a colon, a comma. */
const nameSetOff = /^\s*[,،:|–—-]\s*\S/u

/** The fewest words of prose under an author's box that make the article it stands over. */
const minProseUnderBox = 40

/**
 * The author's box that opens the core: its bio ("Ta-Nehisi Coates - Ta-Nehisi Coates is a
 * senior editor …", the name first), the paragraphs right under it, then chrome the lexicon is
 * sure of (a share bar, a "Tweet" line with the date) and the article's prose after that. The
 * index of the box's last paragraph, or undefined. A bio that runs on into the article, with no
 * chrome between, is the article's own opening.
 */
function boxAtStart(children: RootContent[], texts: string[], author: string, start: number, end: number, maxBioWords: number): number | undefined {
  // The name set off as the box's heading ("Jane Doe - Jane Doe is …", "Jane Doe: …"): a sentence of the article that opens with the name ("Chris Hayes takes us through …") is none.
  const bio = texts[start] ?? ''
  if (!bio.startsWith(author) || !nameSetOff.test(bio.slice(author.length)) || !isBio(bio, author, maxBioWords)) return undefined
  let last = start
  while (last + 1 < end && isProse(children[last + 1]!)) last++
  let chrome = false
  let words = 0
  for (let index = last + 1; index <= end; index++) {
    const score = blockScore(children[index]!)
    if (score <= maxShortLineCost && score !== -boundaryCost) chrome = true
    else if (chrome && isProse(children[index]!)) words += countWords(texts[index]!)
  }
  return chrome && words >= minProseUnderBox ? last : undefined
}

/** Whether no more than the lead stands between `start` (the core's, or the headline's) and the block at `index`: one paragraph of prose at most. */
function underLead(children: RootContent[], start: number, index: number): boolean {
  let prose = 0
  for (let at = start; at < index; at++) if (isProse(children[at]!)) prose++
  return prose <= 1
}

/** Whether a signature line (a byline, a dateline) at or above `last` carries the name. */
function signsAbove(texts: string[], name: string, last: number): boolean {
  for (let index = 0; index <= last && index < texts.length; index++) if (texts[index]!.includes(name) && isSignatureLine(texts[index]!)) return true
  return false
}

/** Whether two ISO dates are one date with its day and month read the other way round (2012-09-08, 2012-08-09). */
function swapsDayAndMonth(one: string, other: string): boolean {
  const [year, month, day] = one.split('-')
  return `${year}-${day}-${month}` === other
}

/** A reading time alone on its line ("14 min read", "Lesezeit: 3 Minuten"). */
function isReadingTime(text: string): boolean {
  return text !== '' && isWholeLine(text, 'readingTime')
}

/** A line that is only a writer's role, as the lexicon's author labels name it ("Journalist", "Reporter"): printed under a byline's name. */
function isRoleLine(text: string): boolean {
  // Five letters at least: the short labels are prepositions ("By", "Von", "Av"), no role.
  return text.trim().length >= minRoleLength && countWords(text) <= 2 && matchLexicon(text).some((match) => match.whole && match.category === 'authorLabel')
}

const minRoleLength = 5

function isLine(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}

/**
 * The author's name closing the article, and after it one short paragraph
 * that ends the core: the bio box ("Claire Dubois" / "Journaliste
 * indépendante, elle raconte …").
 */
function isBioBox(children: RootContent[], texts: string[], index: number, coreEnd: number): boolean {
  const bio = texts[index + 1] ?? ''
  if (index + 1 < coreEnd - 1 || children[index + 1]?.type !== 'paragraph') return false
  const words = countWords(bio)
  return words >= 3 && words <= 40 && endsSentence(bio)
}

/** Lines from the core's edges within which a name printed twice is near the article. */
const nearEdge = 4

/** Lines around a line (not itself) that a menu printed twice repeats: "About" beside "Contact Us" at the top and at the bottom. */
const menuReach = 3
/** Menu items are short: a paragraph printed twice beside a name says nothing of menus. */
const menuWords = 4

function shareNeighbours(texts: readonly string[], a: number, b: number): boolean {
  // Share bars printed above and below the article ("Share", "Tweet") stand beside an author as well as a menu item.
  const neighbours = (index: number) => {
    const lines: number[] = []
    for (let at = Math.max(0, index - menuReach); at <= Math.min(texts.length - 1, index + menuReach); at++) {
      const text = texts[at]!
      if (at !== index && text !== '' && countWords(text) <= menuWords && matchLexicon(text).length === 0) lines.push(at)
    }
    return lines
  }
  const near = neighbours(a)
  // The same line in both windows (they overlap on a short page) is shared by itself, not printed twice.
  return neighbours(b).some((at) => texts[at] !== texts[a] && near.some((other) => other !== at && texts[other] === texts[at]))
}

/**
 * A dateline that carries the post's buttons beside its date ("January 13, 2020 at 08:45 AM | categories: Python,
 * Mercurial | View Comments"): a date and, in the other parts, only what the lexicon names chrome.
 */
function isDatelineWithButtons(text: string): boolean {
  const parts = text.split(/\s[|•·]\s/u)
  return parts.length > 1 && parts.some(isDateLine) && parts.every((part) => isDateLine(part) || isButtonPart(part))
}

function isButtonPart(part: string): boolean {
  return matchLexicon(part).some((match) => prefixCategories.includes(match.category) && (match.whole || match.labelled))
}

/** The most words of a full name in the box about the author. */
const maxFullNameWords = 4

/**
 * The full name of an author whose byline gives the first name alone ("par Sophie"), as the box about them prints it
 * over their bio ("Sophie Lambert" / "Sophie cuisine depuis vingt ans …"): a bare name opening with the byline's, in a
 * line `outside` the article.
 */
function fullNameOverBio(name: string, texts: readonly string[], maxBioWords: number, outside: (index: number) => boolean): string | undefined {
  if (/\s/u.test(name)) return undefined
  const full = texts.findIndex((text, index) => outside(index) && text.startsWith(`${name} `) && countWords(text) <= maxFullNameWords && isBareName(text) && isBio(texts[index + 1] ?? '', name, maxBioWords))
  return full < 0 ? undefined : texts[full]
}

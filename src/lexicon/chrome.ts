import type {Category} from './categories.js'
import {isAgency} from './agencies.js'
import {captionCredit, maxCaptionWords, namesPerson} from './captions.js'
import {consentMatch, isConsentLine} from './consent.js'
import {type LexiconMatch, matchLexicon, mayClosePhrase, mayOpenPhrase} from './match.js'
import {isNetworkButton} from './networks.js'
import {memoLine} from '../util/line-memo.js'
import {countWords, endsWithStop} from '../util/text.js'
import {onFirstUse} from '../util/on-first-use.js'

/** Categories whose phrase may start a longer line of chrome ("Geplaatst in Uncategorized."). */
export const prefixCategories: readonly Category[] = [
  'newsletter', 'postedIn', 'readMore', 'copyright', 'photoCredit', 'readingTime', 'cookie', 'share', 'comments', 'advertisement', 'login',
]

/** Inside the article core, only these are sure enough to remove, and only as a whole line or a labelled one ("Read also: …"). */
export const coreCategories: readonly Category[] = [
  'related', 'popular', 'share', 'readMore', 'advertisement', 'newsletter', 'comments', 'photoCredit', 'readingTime', 'login', 'copyright',
]

/** Labels that need no colon when the line is a few words: "Foto Ansa", "Anzeige Partner"; so does "©" ("© Shutterstock/racorn"). */
const shortCredit: readonly Category[] = ['photoCredit', 'advertisement']

/** Labels that the byline stage reads (author, source) rather than removes as chrome. */
const labels: readonly Category[] = ['authorLabel', 'sourceLabel']

export interface ChromeLimits {
  /** Longest line, in words, that a phrase at its start may name as chrome in the header and footer. */
  edgeWords: number
  /** Longest line, in words, that a phrase may name as chrome inside the core. */
  coreWords: number
}

export const defaultLimits: ChromeLimits = {edgeWords: 40, coreWords: 14}

/** The most words of a share button's line ("Facebook Messenger", "Pinterest 3K", "Facebook • Twitter • Pinterest • Email"). */
const maxShareBarWords = 8

/** A share button's network name ("Pinterest") as a match of the share category, for the audit trail. */
function buttonMatch(text: string): LexiconMatch {
  return {category: 'share', phrase: text.trim(), langs: ['networks'], whole: true, rest: '', labelled: false}
}

/**
 * The lexicon match that makes a line chrome, if any. At the page's edges a
 * phrase may be the whole line or start it; inside the core only a whole
 * line or a labelled phrase ("Read also: …") of a sure category counts. A
 * share button's network name alone ("Pinterest") is a share phrase in any language.
 */
export function chromeMatch(text: string, words: number, zone: 'edge' | 'core', limits: ChromeLimits = defaultLimits): LexiconMatch | undefined {
  if (words <= maxShareBarWords && isNetworkButton(text)) return buttonMatch(text)
  if (words <= maxNewsletterNameWords && namesNewsletter(text)) return newsletterMatch(text)
  // A form's consent small print ("By signing up, you agree to …") is chrome wherever it stands, however long.
  if (isConsentLine(text, words)) return consentMatch(text)
  const matches = matchLexicon(text)
  if (zone === 'core') {
    return matches.find(
      (match) =>
        (coreCategories.includes(match.category) &&
          words <= coreLimit(match, limits) &&
          (match.whole || match.labelled || (words <= 4 && (shortCredit.includes(match.category) || match.phrase === '©')))) ||
        (themeLine(match) && words <= maxThemeWords) ||
        (filedLine(match) && words <= coreLimit(match, limits)) ||
        (buttonLine(match, words) && !sentenceEnd.test(text)) ||
        stockCall(match, words) ||
        (signpostCategories.includes(match.category) && match.whole && match.phrase.includes(' ')) ||
        (teaserHeading(match, words) && /[:：]\s*$/u.test(text)),
    )
  }
  return matches.find((match) => {
    if (labels.includes(match.category)) return false
    if (match.whole) return true
    return words <= limits.edgeWords && prefixCategories.includes(match.category)
  })
}

/** "Te puede interesar: <a long headline>": a labelled teaser may run longer than a bare label. (A function of its own, not a closure made per line.) */
function coreLimit(match: LexiconMatch, limits: ChromeLimits): number {
  return match.labelled ? limits.coreWords + 12 : limits.coreWords
}

/** Chrome that sites put inside the article body: teasers, ad labels, photo credits. */
const inlineCategories: readonly Category[] = ['readMore', 'advertisement', 'photoCredit', 'readingTime']

/**
 * A short line of the chrome that sits inside articles ("Read also: …",
 * "Advertisement", "Photo: Reuters"): it says nothing about where the
 * article ends, so scoring looks through it.
 */
export function isInlineChrome(text: string, words: number): boolean {
  // A photo's caption with its credit ("… (Manu Fernandez/AP)") sits between paragraphs, however long.
  if (words <= maxCaptionWords && captionCredit(text) !== undefined) return true
  if (words > 14) return false
  if (words <= maxMarkCreditWords && isMarkCredit(text)) return true
  // "Foto Ansa", "Photo Reuters": a credit needs no colon when the line is that short.
  // A related label with its headline after it on the line ("Related: …", "【関連記事】…") is a teaser, as "Read also: …" is.
  return matchLexicon(text).some((match) => (inlineCategories.includes(match.category) && (match.whole || match.labelled || words <= 4)) || (match.category === 'related' && match.labelled && match.rest !== ''))
}

/** The most words of a newsletter's name with the word after it ("Cicero Newsletter", "Free Email Newsletter"). */
const maxNewsletterNameWords = 3

/**
 * A sign-up box's heading: a short name, then the word "Newsletter" that closes the line ("Cicero Newsletter",
 * "Crypto-Gram Newsletter", "Unser täglicher Newsletter"), the same word in the languages that borrow it. A sentence
 * about one has more words, or its stop.
 */
function namesNewsletter(text: string): boolean {
  // The line's last word, read from its end without splitting the line (asked of every short line).
  const trimmed = text.trimEnd()
  if (trimmed.length <= newsletterWord.length || trimmed.slice(-newsletterWord.length).toLowerCase() !== newsletterWord) return false
  const before = trimmed.slice(0, -newsletterWord.length)
  return /\s$/u.test(before) && before.trim() !== ''
}

const newsletterWord = 'newsletter'

function newsletterMatch(text: string): LexiconMatch {
  return {category: 'newsletter', phrase: text.trim(), langs: ['newsletter name'], whole: true, rest: '', labelled: false}
}

/**
 * A line that the lexicon names as chrome with little doubt, for scoring
 * where the article is: a whole-line phrase, a labelled one, or a phrase
 * starting a short line, or a share button's network name alone
 * ("Pinterest"). A prose paragraph that merely starts with "Share" is not one.
 */
export function isChromeLine(text: string, words: number): boolean {
  if (words > 20) return false
  if (words <= maxShareBarWords && isNetworkButton(text)) return true
  if (words <= maxNewsletterNameWords && namesNewsletter(text)) return true
  // "Dela gärna bilderna … Jag läser alla.": a phrase opening a real sentence is not a label.
  const sentence = words >= 6 && /[.!?…。！？]["'”’»)]*$/u.test(text.trim())
  return matchLexicon(text).some(
    (match) =>
      !labels.includes(match.category) &&
      (match.whole || match.labelled || (words <= 12 && (!sentence || filedUnder(match)) && prefixCategories.includes(match.category))),
  )
}

/** The fewest words of a post-meta phrase that only a blog theme prints ("This entry was posted in", "Bookmark the permalink"). */
const minThemeWords = 3
/** The most words of such a line: it may list every tag, and the theme's calls to comment, in one paragraph. */
const maxThemeWords = 80

/** A blog theme's line about the post ("This entry was written by Admin, posted on … filed under …"): chrome even inside the article. */
function themeLine(match: LexiconMatch): boolean {
  return match.category === 'postedIn' && match.phrase.split(' ').length >= minThemeWords
}

/** A sentence's final mark, closing quotes and brackets after it, and spaces: a sentence is no button. */
const sentenceEnd = /[.!?]["'”’»)]*\s*$/u

/** The most words of a button's or a prompt's line that a phrase opens inside the article ("Share this on WhatsApp", "Sign up for e-mail newsletters"). */
const maxButtonLineWords = 5
/** Categories whose buttons and prompts stand inside articles. */
const buttonCategories: readonly Category[] = ['share', 'newsletter', 'comments']
/**
 * Categories whose stock calls of three words or more stand inside articles: the buttons'. Not a login's: a how-to's
 * step opens with its words ("Create an account on the tax office website.").
 */
const stockCategories: readonly Category[] = buttonCategories

/** A short line opened by a phrase of two words or more of a button's category, not a sentence: a button or a prompt ("Share this page Pin It"). One word ("Print quality", "Comments (5 posted)") may open a subheading. */
function buttonLine(match: LexiconMatch, words: number): boolean {
  return buttonCategories.includes(match.category) && !match.whole && match.phrase.includes(' ') && words <= maxButtonLineWords
}

/** Categories whose phrase of two words or more, alone on its line, is a box's heading or a link even inside the article ("Neueste Beiträge", "Back to overview"). */
const signpostCategories: readonly Category[] = ['recent', 'breadcrumbHome']

/** The most words of a line that a stock call of three words or more opens ("Teile diesen Beitrag auf Social Media."). */
const maxStockCallWords = 12

/**
 * A short line opened by a share, sign-up or comment phrase of three words or more ("Um neue Beiträge per E-Mail zu
 * erhalten, hier die E-Mail-Adresse eingeben."): a theme's or a plugin's call, a sentence though it be; no article
 * sentence opens with "share this post" or "subscribe to our newsletter".
 */
function stockCall(match: LexiconMatch, words: number): boolean {
  return stockCategories.includes(match.category) && !match.whole && match.phrase.split(' ').length >= 3 && words <= maxStockCallWords
}

/** The most words of a teaser list's heading ("Lesen Sie auch die folgenden Beiträge:"). */
const maxTeaserHeadingWords = 8

/** A short line opened by a "read also" or "related" phrase, ending in a colon: the heading of a list of other pages. */
function teaserHeading(match: LexiconMatch, words: number): boolean {
  return (match.category === 'readMore' || match.category === 'related') && !match.whole && words <= maxTeaserHeadingWords
}

/** A post's tags or categories under their label ("Filed under: Frugality", "Tags: Minnesota Wild", "getaggt mit: …"), or a label of two words or more alone: chrome even inside the article. */
function filedLine(match: LexiconMatch): boolean {
  return match.category === 'postedIn' && ((match.labelled && match.rest !== '') || (match.whole && match.phrase.includes(' ')))
}

/** A category line's label of two words or more ("Filed under bill clinton, warner bros."): no sentence opens so, however it ends. */
function filedUnder(match: LexiconMatch): boolean {
  return match.category === 'postedIn' && match.phrase.includes(' ')
}

/** The most words of a short box line whose last sentence is chrome. */
const maxBoxLineWords = 20

/**
 * A short line whose last sentence is a whole chrome phrase ("Stay up to date with Ascom. Subscribe to our
 * newsletter."): a box's pitch. The lexicon matches at a line's start only; a box puts its call last. So does a
 * post's row of fields parted by bars, its count of comments last ("Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel
 * IN Fashion | 0 COMMENTS").
 */
export function endsWithChrome(text: string, words: number): boolean {
  if (words > maxBoxLineWords) return false
  const trimmed = text.trim()
  const last = lastSentence(trimmed)
  if (last !== undefined && isWholeChrome(last)) return true
  const field = lastField(trimmed)
  return field !== undefined && isWholeChrome(field)
}

function isWholeChrome(text: string): boolean {
  return matchLexicon(text).some((match) => match.whole && prefixCategories.includes(match.category))
}

/** The last of a row's fields parted by a bar with spaces around it ("Posted June 5 | Admin | 3 Comments"), when it has two or more. */
function lastField(text: string): string | undefined {
  const bar = text.lastIndexOf(' | ')
  return bar > 0 ? text.slice(bar + 3).trim() || undefined : undefined
}

/**
 * Between two sentences: a full stop, ! or ?, the spaces after it, a capital next, or an opening mark before
 * it: Spanish opens an exclamation or a question with one ("¿Te ha gustado? ¡Suscríbete …!"), any language a quote.
 */
const sentenceBreak = /[.!?]\s+(?=[¡¿«"“„‘'(]?\p{Lu})/gu

/**
 * The last part of `text.split(/(?<=[.!?])\s+(?=[¡¿«"“„‘'(]?\p{Lu})/u)` when there are
 * two or more, found from the marks (the split tried its lookbehind at
 * every character, and made every sentence a string): the separators are
 * the same runs of spaces, each after a mark and before a capital or its opening mark.
 */
export function lastSentence(text: string): string | undefined {
  let end = -1
  sentenceBreak.lastIndex = 0
  for (let found = sentenceBreak.exec(text); found; found = sentenceBreak.exec(text)) end = found.index + found[0].length
  return end < 0 ? undefined : text.slice(end)
}

/**
 * A long line that opens like chrome ("This website uses cookies to …", "Subscribe to …"):
 * most likely a banner, possibly a real paragraph about cookies. Neither proof of article nor of chrome.
 */
export function opensLikeChrome(text: string): boolean {
  return matchLexicon(text).some((match) => !match.whole && (match.category === 'cookie' || match.category === 'newsletter' || match.category === 'copyright'))
}

/** The fewest words of a comment-section phrase that opens a form's stock sentence ("Comments are moderated …"). */
const minFormPhraseWords = 3
/** The most words of such a line: a longer one is a paragraph that happens to start so. */
const maxFormLineWords = 40

/**
 * A comment form's stock sentence ("Your comment has been saved. Comments are
 * moderated …", "This is only a preview. Your comment has not yet been
 * posted."): a line opened by a comment-section phrase of three words or more.
 * Blog engines print these on every post, whole sentences that read as prose.
 */
export function isCommentFormLine(text: string, words: number): boolean {
  if (words > maxFormLineWords) return false
  return matchLexicon(text).some((match) => match.category === 'comments' && !match.whole && match.phrase.split(/\s+/u).length >= minFormPhraseWords)
}

/** The most words of a line that a count of comments opens ("{ 14 comments… read them below or add one }"). */
const maxCountedPromptWords = 10

/** A text that is one quotation from its first character to its last (the post's title after "3 thoughts on"). */
function quotesAll(text: string): boolean {
  return /^["“”„«»‘’'「『][\s\S]*["“”„«»‘’'」』]$/u.test(text.trim())
}

/** The most words of an "About …" box heading ("About Nancy Atkinson", "About the Blog"). */
const maxAboutWords = 5

/** What an "About" heading names: a name or a title in capitals ("Nancy Atkinson", "the Blog"), not a topic in lower case ("the study"). */
function namesSomeone(rest: string): boolean {
  const words = rest.trim().split(/\s+/u)
  const last = words.at(-1) ?? ''
  return words.length >= 1 && words.length <= 4 && /^\p{Lu}/u.test(last) && /^(?:\p{Lu}|\p{Ll}{1,4}$)/u.test(words[0]!)
}

/** The most words of a heading that a boundary phrase opens ("More from the Los Angeles Times"). */
const maxOpenedWords = 8

/** Sections that follow an article and never belong to it: other pages, what readers wrote, who wrote it. */
const boundaryCategories: readonly Category[] = ['related', 'popular', 'recent', 'comments', 'authorBox']

/**
 * A heading that opens a section of other pages or of readers' comments
 * ("Related articles", "Most read", "Top Rated Comments", "[ 167 comments ]"):
 * the article does not run across it. Only short lines that are the phrase,
 * start with a two-word phrase, or end with it. Returns the category.
 */
export function boundaryOf(text: string, words: number): Category | undefined {
  return words === countWords(text) ? lineBoundary(text) : boundaryByWords(text, words)
}

/** The hand score, the model's features and the comment wall ask it of the same lines, stage after stage: answered once a line. */
const lineBoundary = memoLine((text: string) => boundaryByWords(text, countWords(text)))

function boundaryByWords(text: string, words: number): Category | undefined {
  if (endsWithStop(text)) return undefined
  const matches = matchLexicon(text)
  // "40 Responses to “<the post's title>”": as long as the title it quotes.
  if (matches.some((match) => match.category === 'commentsOn' && (match.whole || quotesAll(match.rest)))) return 'comments'
  // "{ 14 comments… read them below or add one }": a count of comments opens a longer prompt.
  if (words <= maxCountedPromptWords && matches.some((match) => match.category === 'comments' && match.phrase.startsWith('{n} '))) return 'comments'
  if (words > maxOpenedWords) return undefined
  const whole = matches.find((match) => match.whole && boundaryCategories.includes(match.category))
  if (whole) return whole.category
  // "About Nancy Atkinson", "Über Moritz Bachmann", "About the Blog": a box about the author or the site, named in capitals.
  if (words <= maxAboutWords && matches.some((match) => match.category === 'authorBox' && !match.whole && !match.labelled && namesSomeone(match.rest))) return 'authorBox'
  // "More from the Los Angeles Times", "Die meistgelesenen Artikel bei SWR.de": a phrase of two words or more opening an unlabelled short line.
  const opening = matches.find((match) => !match.labelled && boundaryCategories.includes(match.category) && match.phrase.includes(' '))
  if (opening) return opening.category
  if (words > 5) return undefined
  // "Top Rated Comments", "More Blog Stories": the phrase closes the line.
  const tail = text.trim().split(/\s+/u)
  // A closing phrase is the line's last words: most short lines end with no boundary phrase's last word.
  if (!mayClosePhrase(tail, boundaryCategories)) return undefined
  for (let start = 1; start < tail.length; start++) {
    // Most words start no phrase: the line from them is not built and matched.
    if (!mayOpenPhrase(tail[start]!)) continue
    const closing = matchLexicon(tail.slice(start).join(' ')).find((match) => match.whole && boundaryCategories.includes(match.category))
    if (closing) return closing.category
  }
  return undefined
}

/** The most words of a copyright notice: the wires' add a sentence on reuse ("This material may not be published, broadcast, …"). */
const maxNoticeWords = 50

/** A copyright notice's opening, its mark and its year, in any language: "© 2012", "Copyright © 2002-2006", "Copyright 2023", "(c) 2019", "ⓒ 2025" (as Korean pages print the mark). */
const noticeOpening = /^(?:copyright[ \u00a0]?)?(?:[©ⓒⒸ]|\(c\)|copyright)[ \u00a0]?(?:19|20)\d{2}(?!\d)/iu
/** The same mark without a year ("Copyright ⓒ 예시일보.", "© Harbour Media."): a notice only with the rights it reserves after it. */
const noticeMark = /^(?:copyright[ \u00a0]?)?(?:[©ⓒⒸ]|\(c\)|copyright)/iu
/** Where a notice's next sentence or clause starts: after a stop or a comma and a space ("ⓒ 한빛일보, 무단전재 및 재배포 금지", as Korean news closes). */
const noticeSentences = /(?<=[.!?。,，])\s+/u

/**
 * A copyright notice: a line that opens with the notice's mark and a year
 * ("© 2012 The Associated Press. All Rights Reserved. This material may not
 * be published …"). A sentence about copyright ("Copyright law changed in
 * 2019") does not open so.
 */
export function isCopyrightNotice(text: string, words?: number): boolean {
  // The opening first: most lines have none, and counting their words is the larger cost.
  const trimmed = text.trim()
  if (!noticeMark.test(trimmed) || (words ?? countWords(text)) > maxNoticeWords) return false
  return hasNoticeYear(trimmed) || reservesRights(trimmed)
}

/** A notice with its year ("© 2012 …"): one without ("© Anna Berg. All rights reserved.") may be a photo's credit in the article's middle. */
export function hasNoticeYear(text: string): boolean {
  return noticeOpening.test(text.trim())
}

/** Whether a sentence or clause after the notice's first is the lexicon's reservation of rights ("All rights reserved.", "무단 전재 및 재배포 금지."). */
function reservesRights(text: string): boolean {
  return text.split(noticeSentences).slice(1).some((sentence) => matchLexicon(sentence).some((match) => match.category === 'copyright' && match.whole))
}

/**
 * A photo's credit with its year ("© 2023 Getty Images", "(c) 2021 Jane Doe"): a notice's opening, then an agency
 * or a person's name of two to four words with no sentence or list in it ("Harbour Media, Inc. All Rights Reserved"
 * is a notice). It stands in an article's middle as often as at its end.
 */
export function isDatedCredit(text: string): boolean {
  const opened = text.trim().replace(noticeOpening, '').replace(/^[\s.,:;|/–—-]+/u, '')
  // Its closing stops and spaces, found in one walk back.
  let end = opened.length
  while (end > 0 && (opened[end - 1] === '.' || /\s/u.test(opened[end - 1]!))) end--
  const rest = opened.slice(0, end)
  if (rest === '') return false
  if (isAgency(rest)) return true
  return rest.split(/\s+/u).length <= maxCreditNameWords && !/[.,;]/u.test(rest) && namesPerson(rest)
}

/** The most words of a photo's credit after the copyright mark. */
const maxMarkCreditWords = 5

/**
 * A photo's credit after the copyright mark, with no year and no rights reserved ("© dtv Verlag", "© Getty Images",
 * "© picture alliance/dpa"): it stands under a photo inside the article, as "Foto: dpa" does. The site's notice has
 * its year or its reserved rights ("© 2024 Example", "© Example. All rights reserved."); the site's address alone
 * ("© example.de") is the site's too.
 */
function isMarkCredit(text: string): boolean {
  const trimmed = text.trim()
  const mark = noticeMark.exec(trimmed)
  if (!mark || hasNoticeYear(trimmed) || reservesRights(trimmed)) return false
  const rest = trimmed.slice(mark[0].length).trim()
  if (rest === '' || (!/\s/u.test(rest) && hostEnding().test(rest))) return false
  return !matchLexicon(rest).some((match) => match.category === 'copyright')
}

/** A host name's ending: a word without spaces that ends so is a site's address ("Battery-News.de", "www.panomax.at"). */
const hostEnding = onFirstUse(() => /\.\p{L}{2,}$/u)

/** The site's copyright notice, which closes the page: a notice that is no photo's dated credit. */
export function isSiteNotice(text: string): boolean {
  return isCopyrightNotice(text) && !isDatedCredit(text)
}

/** The most words of a person's name after a notice's year. */
const maxCreditNameWords = 4

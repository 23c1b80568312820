import {isOutletName} from '../lexicon/agencies.js'
import type {LexiconMatch} from '../lexicon/match.js'
import {matchCategory, matchLexicon} from '../lexicon/match.js'
import {findDate, isDateLine} from './dates.js'
import {memoLine} from './line-memo.js'
import {opensWithSurname} from './han-surnames.js'
import {isAccountName, isHanName, isNameParticle, leadingName, looksLikeName} from './names.js'
import {isNetworkButton} from '../lexicon/networks.js'
import {countWords, endsSentence, isAllCaps} from './text.js'
import {onFirstUse} from './on-first-use.js'

/** What a byline line says. */
export interface BylineFacts {
  author?: string
  source?: string
  date?: string
  /** The label that named it, for the audit trail. */
  phrase: string
  /** The languages whose lexicon lists the label. */
  langs?: readonly string[]
  /**
   * The label word and the name as printed, when one word with no colon after it opened the line ("Gan Pei Ling"):
   * on a page in another language than the label's, the word is the name's own (a family name, Welsh "gan" = by).
   */
  withLabel?: string
}

/** A time given as an age ("12 days ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 horas"). */
export const timeAgo = onFirstUse(() => /(?<!\p{N})\p{N}{1,4} ?\p{L}{1,12}\.? (?:ago|geleden|sedan|siden|fa)(?!\p{L})|(?<!\p{L})(?:vor|il y a|hace|há) \p{N}/iu)

/** An age (`timeAgo`): a digit looked for first, which most lines lack, then its words, then the pattern, which opens with lookbehinds and is tried at every character. */
export function isAge(text: string): boolean {
  return digit.test(text) && ageWords.test(text) && timeAgo().test(text)
}

const digit = /\p{N}/u
/** The words one of `timeAgo`'s readings holds, with its flags: a line without any is no age, found without a lookbehind at each character. */
const ageWords = /ago|geleden|sedan|siden|fa|vor|il y a|hace|há/iu

/** The most words of a signature line: a longer one is a sentence that mentions a date. */
const maxSignatureWords = 15
/** The most words of one that opens with its author's label and gives its dates ("by Julie Moos Published Nov. 7, 2012 8:42 am Updated Nov. 7, 2012 2:01 pm"). */
const maxLabelledSignatureWords = 22

/**
 * A signature: a short line that says who wrote something or when ("Posted by:
 * Andrew | Mar 26, 2007", "Miles Taylor 12 days ago", "By Jane Doe"). An
 * article has one or two near its headline; a comment thread one per comment.
 */
export function isSignatureLine(text: string, words?: number): boolean {
  if (words !== undefined) return signatureOf(text, words)
  // A paragraph is none (signatureOf's first test): answered without a place in the table.
  return text !== '' && countWords(text) <= maxLabelledSignatureWords && signatureLine(text)
}

/** The zone search asks it of the same lines at each of its searches (signedAbove, the comment walls): answered once a line. */
const signatureLine = memoLine((text: string) => signatureOf(text, countWords(text)))

function signatureOf(text: string, words: number): boolean {
  if (text === '' || words > maxLabelledSignatureWords) return false
  if (words > maxSignatureWords) return isLongByline(text)
  return findDate(text) !== undefined || isAge(text) || readByline(text)?.author !== undefined
}

/**
 * A byline longer than a signature's words, that gives its dates: its author's label, then a name of two to four
 * words ("by Julie Moos Published Nov. 7, 2012 8:42 am Updated Nov. 7, 2012 2:01 pm"). A sentence that opens with
 * "By" and mentions a date ends as one, or names nobody first ("By November 7, 2012 the council had voted").
 */
function isLongByline(text: string): boolean {
  const label = matchCategory(text, ['authorLabel'])
  if (label === undefined || label.whole || /[.!?]$/u.test(text.trim()) || findDate(text) === undefined) return false
  const words = label.rest.trim().split(/\s+/u)
  for (let count = 2; count <= 4 && count <= words.length; count++) if (looksLikeName(words.slice(0, count).join(' '))) return true
  return false
}

/** A time of day: "11:01 pm", "07.15.12 at 11:59", "14:05 Uhr". */
const clock = /(?<![\p{N}:.])\p{N}{1,2}:\p{N}{2}(?![\p{N}:])/u

/**
 * A comment's stamp: a signature dated to the minute ("September 27th, 2012
 * at 11:01 pm", "Chris Nahr 07.15.12 at 11:59") or by its age ("2 hours
 * ago"). A list of posts or sources dates its items to the day only.
 */
export function isCommentStamp(text: string, words?: number): boolean {
  if (words !== undefined) return stampOf(text, words)
  return text !== '' && countWords(text) <= maxLabelledSignatureWords && commentStamp(text)
}

/** The zone search reads the heads of the comments under every short line of each search (signedComments): answered once a line. */
const commentStamp = memoLine((text: string) => stampOf(text, countWords(text)))

function stampOf(text: string, words: number): boolean {
  // A signature's length first (a paragraph is none, and the two patterns would read all of it), then the clock: most lines have none, and reading a signature looks for dates and bylines.
  if (text === '' || words > maxLabelledSignatureWords) return false
  // A clock has a colon: most lines have none, and the pattern, which opens with a lookbehind, is tried at every character.
  return ((text.includes(':') && clock.test(text)) || isAge(text)) && signatureOf(text, words)
}

/** The mark between a name and the date after it in a dateline: a dash, bar or bullet with space before it (a comma follows a place: "Los Angeles, March 5"). */
const nameDateMark = /\s[-–—|•·]/u

/** A dot, then two letters or more: a host's ending (".com", ".de"). */
const hostEnding = onFirstUse(() => /\.\p{L}{2,}/u)

/** The most words of a name a dateline opens with. */
const maxDatelineNameWords = 4

/**
 * The name a dateline opens with, a mark between them ("Dan Goodin - Apr 16,
 * 2015 8:02 pm UTC", "Nicolas Perriault — 2013-09-29— in Code"): no label,
 * but a signature's shape. Two to four words that look like a name and are
 * no menu word; the date comes after the mark.
 */
export function nameOpeningDateline(text: string, monthFirst = false): string | undefined {
  const mark = nameDateMark.exec(text)
  if (!mark || countWords(text) > maxSignatureWords) return undefined
  const name = text.slice(0, mark.index).trim()
  const rest = text.slice(mark.index + mark[0].length)
  const words = countWords(name)
  // A host is a site's name ("ReligionNewsBlog.com"), where an initial's dot is followed by one letter at most.
  if (words < 2 || words > maxDatelineNameWords || !isBareName(name) || hostEnding().test(name)) return undefined
  return findDate(rest, monthFirst) !== undefined || isAge(rest) ? name : undefined
}

/** A bare name without a label: two words or more that look like a name, no menu word, label or network ("News Desk", "Share", "Facebook Twitter"). */
export function isBareName(text: string): boolean {
  return isUnlabelledName(text) && countWords(text) >= 2
}

/**
 * The name in a byline that joins the reporter to the outlet's brand by a spaced dash ("Rina Kusuma - detikFinance",
 * "Jane Doe – nytimes.com"): one side a bare name of two words or more, the other one token printed as a brand and
 * no word of the language (a lower-case first letter with a capital or a figure after it, a domain). A place and a
 * name ("القاهرة – محمد علي", "Cairo – Jane Doe") stay unread, and so does a place and a lower-case word, a weekday
 * or a role ("Rio de Janeiro - sexta-feira", "Apple Watch - review").
 */
export function nameBesideBrand(text: string): string | undefined {
  const parts = text.split(/\s[-–—]\s/u).map((part) => part.trim())
  if (parts.length !== 2) return undefined
  const isBrand = (part: string) => !/\s/u.test(part) && (/^\p{Ll}\S*[\p{Lu}\p{N}]/u.test(part) || /\.\p{L}{2,}$/u.test(part))
  const [first, second] = parts as [string, string]
  if (isBareName(first) && isBrand(second)) return first
  if (isBareName(second) && isBrand(first)) return second
  return undefined
}

/** A line that looks like a name and is no menu word, label, network's button or news outlet ("毎日新聞"). */
export function isUnlabelledName(text: string): boolean {
  return looksLikeName(text) && matchLexicon(text).length === 0 && !isNetworkButton(text) && !isOutletName(text) && !hasShareWord(text)
}

/** A word of a share bar among the words ("Like Tweet", "Social Share"): buttons printed twice, not a name. */
function hasShareWord(text: string): boolean {
  return text.split(/\s+/u).some((word) => matchLexicon(word).some((match) => match.whole && match.category === 'share'))
}

/** Separators between the parts of a dateline: "2025-03-18　来源：江南晚报　作者：王晓燕", "Penulis X | Editor Y". */
// Also before a Chinese label with its colon: "来源：城市日报 作者：李明" is a source and an author; and a full-width
// slash after a name ("記者陳怡君／台北報導": the reporter, then where from), not after a label of one or two characters ("文／陳怡君");
// and before a reporter's title set off by spaces after the source's name ("来源：城市晚报 记者 王小明": the paper, then its reporter).
export const segmentSeparator = /\s*[|•·｜│]\s*|\u3000+|\s{3,}|\s+(?=\p{Script=Han}{2,4}[:：])|\s+(?=[记記]者\s+\p{Script=Han})|(?<=\p{Script=Han}{3})\s*[／/]\s*/u
/**
 * What every `segmentSeparator` match holds: a mark of its own, three white spaces, or a Han character (the code
 * units of CJK's blocks and of the supplementary planes' Han, a superset), found by a plain scan: a line without
 * any is one segment, and the separator's lookbehind is not tried at each of its characters.
 */
export const mayHoldSegments = /[|•·｜│\u3000／/\u2E80-\u9FFF\uF900-\uFAFF\uD81B\uD840-\uD8BF]|\s{3}/

/**
 * Read a byline: a labelled author or source ("Auteur: …", "Von …",
 * "来源：…"), in any part of a dateline, also after a date ("Veröffentlicht
 * am 3. Mai 2025 von Jörg Albers") or before the label ("김민지 기자").
 */
export function readByline(text: string, monthFirst = false): BylineFacts | undefined {
  return monthFirst ? bylineMonthFirst(text) : bylineDayFirst(text)
}

function bylineOf(text: string, monthFirst: boolean): BylineFacts | undefined {
  // Read part by part, else as one run of words: punctuation narrows a wide gap to one space in
  // the output ("Byword　By" becomes "Byword By"), and what the next clean would read there is read now.
  const narrowed = text.replace(wideGap, ' ')
  return readParts(text, monthFirst) ?? (narrowed === text ? undefined : readParts(narrowed, monthFirst))
}

const bylineDayFirst = memoLine((text: string) => bylineOf(text, false))
const bylineMonthFirst = memoLine((text: string) => bylineOf(text, true))

const wideGap = /\s{2,}|\u3000/gu

function readParts(text: string, monthFirst: boolean): BylineFacts | undefined {
  let found: BylineFacts | undefined
  for (const segment of mayHoldSegments.test(text) ? text.split(segmentSeparator) : [text]) {
    const facts = readSegment(segment.trim())
    if (!facts) continue
    found = {...facts, ...found, phrase: found?.phrase ?? facts.phrase}
  }
  if (!found) return undefined
  const date = findDate(text, monthFirst)
  return date ? {...found, date} : found
}

function readSegment(segment: string): BylineFacts | undefined {
  if (segment === '' || countWords(segment) > 20) return undefined
  const label = matchCategory(segment, ['authorLabel', 'sourceLabel'])
  // A control the lexicon names whole is no label and name ("Text Size": Swedish "Text" labels a writer).
  if (label && !label.whole) {
    if (matchLexicon(segment).some((match) => match.whole && match.category !== label.category)) return undefined
    const facts = fromLabel(label, segment)
    return facts?.author !== undefined && spacedAfterTitle.test(segment) ? beforeRole(facts, segment) : facts
  }
  // A reporter's title glued to the name, as Chinese prints it ("記者陳怡君", "记者王晓燕 实习生 李明").
  const reporters = reportersAfterTitle(segment)
  if (reporters !== undefined && (spacedAfterTitle.test(segment) || opensWithSurname(reporters))) return {author: reporters, phrase: reporterTitle.exec(segment)![0]}
  // Words, not the marks standing alone between them ("王晓燕 记者 ;" reads as "王晓燕 记者;").
  // A CJK date or time glued to the label after it ("11時42分取材・文：中村 彩": a page's inline <time> and <span> print with no space between) ends at its unit.
  const words = segment.replace(gluedAfterTime, '$1 ').split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
  // The reporter's address after the byline that closes an article ("김민지 기자 minji@example.co.kr").
  while (words.length > 2 && words.at(-1)!.includes('@')) words.pop()
  // A label after a date: "… 2025 von Jörg Albers", "… 2024 przez Tomasz Nowak", "2025年1月20日 文：山田花子" (label and name in one word).
  // Only a date counts, not any number: "2 cucharadas de vinagre de Jerez" is no byline of Jerez.
  const firstDigit = findDate(segment) === undefined ? -1 : words.findIndex((word) => /\d/u.test(word))
  for (let start = firstDigit + 1; firstDigit >= 0 && start < words.length; start++) {
    const inner = matchCategory(words.slice(start).join(' '), ['authorLabel'])
    if (inner && !inner.whole) {
      const facts = fromLabel(inner, words.slice(start).join(' '))
      if (facts) return facts
    }
  }
  // The label after the name: "김민지 기자", "王晓燕 记者"; or with the date after it, in one line ("山田太郎 記者 2026年12月5日 10:30").
  const labelAt = firstDigit > 1 && isDateLine(words.slice(firstDigit).join(' ')) ? firstDigit - 1 : words.length - 1
  if (labelAt >= 1) {
    const suffix = matchLexicon(words[labelAt]!).find((match) => match.whole && match.category === 'authorLabel')
    // Only scripts without case write the label after the name; in the others a word before "by" or "text" is a label's own ("Supported by", "Resize Text").
    if (suffix && !casedLetter().test(suffix.phrase)) {
      // A Korean wire's place before the reporter's name ("부산=이지은 기자": Busan = the reporter): the name is after the mark.
      const named = words.slice(0, labelAt).join(' ')
      const name = named.slice(named.lastIndexOf('=') + 1)
      if (looksLikeName(name)) return {author: name, phrase: suffix.phrase}
    }
  }
  return undefined
}

const casedLetter = onFirstUse(() => /[\p{Lu}\p{Ll}\p{Lt}]/u)
/** A figure and a CJK date or time unit, then a Han or kana character with no space: where a glued date ends. */
const gluedAfterTime = /(\d[日時分秒])(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu

/** A Chinese reporter's title, and the roles that follow the reporters' names in a wire's dateline. */
const reporterTitle = /^(?:记者|記者)/u
/**
 * The title set off by a space from what follows ("记者 王晓燕"). Glued, the title may open a word instead ("記者手記",
 * the reporter's notes, a column's kicker; "記者會後", after the press conference): a name must open with a family name.
 */
const spacedAfterTitle = /^(?:记者|記者)\s/u
const datelineRoles = new Set(['实习生', '實習生', '通讯员', '通訊員', '见习记者', '見習記者', '摄影报道', '攝影報道', '报道', '報道', '摄影', '攝影', '摄', '攝'])

/**
 * A Chinese reporter's title set off by a space names the reporters up to the next role ("记者 王晓燕 实习生 李明" is
 * 王晓燕, the intern another's credit), and nobody when a role follows it at once ("王晓燕 记者 报道": the name
 * before the title, "reported", after it).
 */
function beforeRole(facts: BylineFacts, segment: string): BylineFacts | undefined {
  const words = facts.author!.split(/\s+/u)
  const role = words.findIndex((word) => datelineRoles.has(word))
  if (role < 0) return facts
  if (role === 0) return undefined
  const author = words.slice(0, role).join(' ')
  const withLabel = facts.withLabel === undefined ? undefined : labelThenName(segment, author)
  const {withLabel: _, ...rest} = facts
  return {...rest, author, ...(withLabel === undefined ? {} : {withLabel})}
}

/**
 * The reporters a Chinese wire's dateline names after the title, glued or spaced, cut by 、 or spaces, up to a
 * role ("记者 张三 实习生 李四" is 张三, "记者王晓燕、李明" both, "记者 王晓燕 摄影报道" 王晓燕), as printed.
 */
export function reportersAfterTitle(inner: string): string | undefined {
  const title = reporterTitle.exec(inner)?.[0]
  if (title === undefined) return undefined
  const names: string[] = []
  for (const part of inner.slice(title.length).split(/[、\s]+/u).filter(Boolean)) {
    if (datelineRoles.has(part) || !isHanName(part)) break
    names.push(part)
  }
  return names.length > 0 ? names.join('、') : undefined
}

/** The most words of a name before a date with nothing between ("By JEFFREY GETTLEMAN JAN. 13, 2017"). */
const maxDatedNameWords = 5

/**
 * The name a date follows with no separator ("Bethonie Butler February 14,
 * 2013", "JEFFREY GETTLEMAN JAN. 13, 2017"): the words before the first one
 * the date needs. A word the date can do without ("Butler" before "February
 * 14, 2013") is the name's.
 */
function nameBeforeDate(rest: string): string | undefined {
  const words = rest.trim().split(/\s+/u)
  for (let count = 2; count <= Math.min(maxDatedNameWords, words.length - 1); count++) {
    const tail = words.slice(count).join(' ')
    const date = findDate(tail)
    if (date === undefined || findDate(words.slice(count + 1).join(' ')) === date) continue
    const name = words.slice(0, count).join(' ')
    return looksLikeName(name) ? name : undefined
  }
  return undefined
}

/** A forum's user name as users write it, in lower case, with digits or _ . -, then a mark: "fjellrypa, ", "crumbshot » " ("By the way …" has none). */
const handleThenMark = onFirstUse(() => /^(\p{Ll}[\p{Ll}\p{N}_.-]{2,30})\s*[,»|·•]/u)

/**
 * The user name a forum's byline gives before the post's date ("Av fjellrypa, 12. oktober 2024 i …",
 * "Post by crumbshot » Sun Mar 09, 2025 8:14 am"): one word in lower case, which looksLikeName refuses, so
 * only with a date after it, a byline's shape ("by hand, …" with no date names nobody).
 */
function handleBeforeDate(rest: string): string | undefined {
  const trimmed = rest.trim()
  const handle = handleThenMark().exec(trimmed)?.[1]
  if (handle === undefined || isAccountName(handle)) return undefined
  return findDate(trimmed.slice(handle.length)) === undefined ? undefined : handle
}

/** The most words of a source named after its label with no colon between ("Quelle dpa", "Source Reuters Health"). */
const maxUnlabelledSourceWords = 4

function fromLabel(label: LexiconMatch, segment: string): BylineFacts | undefined {
  // Marks before the label are no part of it ("(By.ID, …").
  const opened = segment.normalize('NFKC').replace(leadingMarks(), '')
  const spelled = opened.toLowerCase()
  const afterLabel = spelled.startsWith(label.phrase) ? spelled.slice(label.phrase.length) : undefined
  // A label's word glued to the next by a hyphen or a dot is part of another word: "Teksti-TV" (teletext), "By.ID" (code).
  if (afterLabel !== undefined && gluedAfterLabel().test(afterLabel)) return undefined
  if (label.category === 'authorLabel') {
    // A role and a place ("संवाददाता, मुंबई": correspondent, Mumbai) names nobody: the comma ends the label.
    if (afterLabel !== undefined && /^\s*,/u.test(afterLabel)) return undefined
    const author = leadingName(label.rest) ?? nameBeforeDate(label.rest) ?? handleBeforeDate(label.rest)
    // The label again, spelled as it opened the line, after a one-word "name" lists ways to sort or browse ("By Method By
    // Product", "BY WEEK BY MONTH"), no writer. A label that is a name's particle opens surnames too: "Di Giuseppe Di
    // Piazza", "Von Klaus Von Dohnanyi".
    const again = afterLabel !== undefined && !isNameParticle(label.phrase) && author?.split(/\s+/u)[1] === opened.slice(0, label.phrase.length)
    if (!author || again) return undefined
    const withLabel = label.labelled || /\s/u.test(label.phrase) ? undefined : labelThenName(segment, author)
    return {author, phrase: label.phrase, langs: label.langs, ...(withLabel === undefined ? {} : {withLabel})}
  }
  const source = label.rest.replace(/[.。]$/u, '').trim()
  if (source === '' || source.length > 80 || countWords(source) > 8) return undefined
  // Without a colon after the label, a few words name the source ("Originally published on Live Science."); a sentence that
  // opens with the word ("Source says three more bridges …", "সূত্র জানায়, …") or a label of its own with its text
  // ("Source files: blanket.js") does not. (A box's heading, "Quelle und Kontaktadresse:", still reads as one.)
  if (!label.labelled && (countWords(source) > maxUnlabelledSourceWords || /[:：]\s*\S/u.test(source))) return undefined
  // "Originally published on Tuesday, August 9, 2011:": a date, not where the text first stood ("Source: Financial
  // Times, 24.3.2020" names both).
  if (!label.labelled && isDateLine(source.replace(/[:：]$/u, ''))) return undefined
  return {source, phrase: label.phrase}
}

const gluedAfterLabel = onFirstUse(() => /^[-‐.]\p{L}/u)
const leadingMarks = onFirstUse(() => /^[^\p{L}\p{N}]+/u)

/** The segment's first word and the name right after it, as printed ("Gan Pei Ling"), when the name follows the word at once. */
function labelThenName(segment: string, author: string): string | undefined {
  const space = segment.search(/\s/u)
  if (space <= 0 || !segment.slice(space).trimStart().startsWith(author)) return undefined
  // A word in capitals is a label shouted or a language's code ("DE FR IT EN", "DE INTERÉS"), no name's first word.
  if (isAllCaps(segment.slice(0, space))) return undefined
  const named = `${segment.slice(0, space)} ${author}`
  return looksLikeName(named) ? named : undefined
}

/** A standfirst's size: five words or more (a kicker such as "Economia" sums nothing up), 400 characters at most. */
export function hasStandfirstSize(text: string): boolean {
  return countWords(text) >= 5 && text.length <= 400
}

/**
 * A line that describes the person: it starts with the name, then a
 * separator ("Camila Renaux, specialist in …"), or with the name or first
 * name and a verb in lower case ("Meg James is a reporter …", "Annelie is
 * ’n joernalis …"). After the first name alone it must end as a sentence;
 * after the full name of two words or more, a box may print it without its
 * full stop ("Dallas Robinson is a freelance writer living in Minneapolis").
 */
export function isBio(text: string, name: string, maxWords: number): boolean {
  if (countWords(text) > maxWords || text.length <= name.length) return false
  // The heading's words again in lower case ("Web Standards" / "Web standards are important …"): a topic, not a person.
  if (!text.startsWith(name) && text.toLowerCase().startsWith(name.toLowerCase())) return false
  // Unless it is the outlet's dateline, no sentence and a date ("NDR Info - Das Coronavirus-Update - 18.03.2020 13:15 Uhr").
  // A hyphen glued to the name joins a compound ("Guinea-Bissau" under "Guinea" in a list of countries): no separator.
  // A colon opens a teaser's gloss of its heading ("Vanille" / "Vanille: Hier erfahren Sie alles …", "Hot Clicks: …") or a
  // section's ("Disclaimer: …"), not a person's bio.
  if (text.startsWith(name) && bioSetOff.test(text.slice(name.length))) return endsSentence(text) || findDate(text) === undefined
  // The opener, then space and a lower-case letter: a literal prefix and one fixed expression, no RegExp built per call.
  const verbAfter = (start: string) => text.startsWith(start) && spaceThenLower().test(text.slice(start.length))
  if (countWords(name) >= 2 && verbAfter(name)) return true
  const first = name.split(/\s+/u)[0]!
  const opener = [name, ...(first.length >= 3 && first !== name ? [first] : [])]
  return opener.some(verbAfter) && /[.!]$/u.test(text)
}

const spaceThenLower = onFirstUse(() => /^\s+\p{Ll}/u)
const bioSetOff = /^(?:\s*[,،|–—]|\s+-)\s*\S/u

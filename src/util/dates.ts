import {lexicons} from '../lexicon/index.js'
import {calendarDate} from './calendars.js'
import {memoLine} from './line-memo.js'
import {monthNameLanguages, monthNames} from './month-names.js'

/**
 * Dates as pages print them, in the lexicon's languages: "2025-01-28",
 * "28.01.2025", "28 januari 2025", "January 28, 2025", "28. Januar 2025".
 * Month names come from CLDR (Intl), not a typed table: month-names.ts holds
 * what this runtime's Intl gave for the lexicon's languages, written by
 * scripts/month-names.ts, so that a run need not format them (some 65 ms of
 * CPU for all languages, which a date-shaped word that names no month asked
 * for); a language the file does not list is formatted here when a word asks.
 */

/**
 * A month's number by its name. The table is the languages' names in the
 * lexicon's order, the first language to name a word winning: month-names.ts
 * first (written in that order), then, one language at a time as far as a
 * word asks, a lexicon language it does not list.
 */
let months: Map<string, number> | undefined
let languagesLeft: string[] = []

function monthOf(word: string): number | undefined {
  if (!months) {
    months = new Map()
    for (let at = 0; at < monthNames.length; at += 2) months.set(monthNames[at] as string, monthNames[at + 1] as number)
    const written = new Set(monthNameLanguages)
    languagesLeft = Object.keys(lexicons).filter((lang) => !written.has(lang))
  }
  let month = months.get(word)
  while (month === undefined && languagesLeft.length > 0) {
    for (const [key, number] of monthNamesOf(languagesLeft.shift()!)) if (!months.has(key)) months.set(key, number)
    month = months.get(word)
  }
  return month
}

/**
 * A language's month names as Intl formats them (long and short, in a date
 * and alone), lower-cased without a final dot, each with its number, in the
 * order they are met; a word is listed once, at its first month. Also each
 * name with a letter the date glues before it ("3 בינואר 2024": Hebrew's ב,
 * in CLDR's literal before it).
 */
export function monthNamesOf(lang: string): Array<[string, number]> {
  const found = new Map<string, number>()
  const locales = [lang, ...(otherScripts[lang] ?? [])]
  for (const locale of locales) addMonthNames(found, locale)
  // Serbian dates put the month in the genitive ("5. oktobra 2024."), where CLDR's dates keep the nominative ("5. oktobar").
  if (lang === 'sr') {
    for (const locale of locales) {
      const format = new Intl.DateTimeFormat(locale, {month: 'long'})
      for (let month = 0; month < 12; month++) {
        const name = format.format(new Date(Date.UTC(2020, month, 15, 12))).toLowerCase()
        const genitive = serbianGenitive(name)
        if (!found.has(genitive)) found.set(genitive, month + 1)
      }
    }
  }
  return [...found]
}

/** The other scripts a lexicon language is written in, as Intl names them: Serbian in Latin letters too. */
const otherScripts: Readonly<Record<string, readonly string[]>> = {sr: ['sr-Latn']}

/** A Serbian month's genitive: "oktobar" → "oktobra", "januar" → "januara", "mart" → "marta" (Cyrillic alike). */
function serbianGenitive(name: string): string {
  if (/[bб][aа][rр]$/u.test(name)) return `${name.slice(0, -2)}${name.slice(-1)}${name.slice(-2, -1)}`
  return `${name}${/\p{Script=Cyrillic}/u.test(name) ? 'а' : 'a'}`
}

function addMonthNames(found: Map<string, number>, lang: string): void {
  for (const style of ['long', 'short'] as const) {
    for (const context of ['format', 'standalone'] as const) {
      let format: Intl.DateTimeFormat
      try {
        // Gregorian names, also where the language's own calendar is another (Persian's is the Solar Hijri: calendars.ts reads it).
        format = new Intl.DateTimeFormat(lang, context === 'format' ? {month: style, day: 'numeric', calendar: 'gregory'} : {month: style, calendar: 'gregory'})
      } catch {
        continue
      }
      for (let month = 0; month < 12; month++) {
        const parts = format.formatToParts(new Date(Date.UTC(2020, month, 15, 12)))
        const at = parts.findIndex((part) => part.type === 'month')
        const name = parts[at]?.value
        if (!name || /^\d+$/.test(name)) continue
        const key = name.toLowerCase().replace(/\.$/, '')
        if (isReadableName(key) && !found.has(key) && !englishWeekdays.has(key)) found.set(key, month + 1)
        const glued = trailingLetters(parts[at - 1]?.value ?? '')
        if (glued && !found.has(glued + key)) found.set(glued + key, month + 1)
      }
    }
  }
}

/**
 * English's weekday abbreviations ("Sat", "Sun"), which pages in every language print in their dates ("Dec 28 Sat
 * 2013"): a month abbreviated the same way (Hausa's "Sat" for Satumba) would read such a date wrong. No month of the
 * lexicon's other languages is spelt so.
 */
const englishWeekdays: ReadonlySet<string> = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])

/**
 * A month's name worth listing: 3 code points or more, or 2 letters of
 * scripts other than Latin (Bengali and Hindi May, "মে" and "मई"; Persian
 * "مه"). A Latin abbreviation of two letters (Catalan "ag") is spelt like
 * words that stand between a number and a year ("14 de 2025").
 */
function isReadableName(key: string): boolean {
  let points = 0
  for (const _ of key) if (++points >= 3) return true
  return points === 2 && /^[\p{L}\p{M}]+$/u.test(key) && !/\p{Script=Latin}/u.test(key)
}

/** The letters a string ends with, by a walk back (a /\p{L}+$/ search is quadratic on a long run of letters). */
function trailingLetters(value: string): string {
  let start = value.length
  while (start > 0 && /\p{L}/u.test(value[start - 1]!)) start--
  return value.slice(start)
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCDate() !== day) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const isoDate = /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/
// 28.01.2025, 28/01/2025 (day first, as most of the world writes it; month first with slashes on US pages), and 10.06.25;
// "4. 3. 2024." with the year's own dot, as Croatian, Serbian and Slovenian write it (a dot and a digit go on a number;
// a two-digit year takes no dot: "Section 1.5.20." is a section).
const dottedDate = /\b(\d{1,2})([./])\s?(\d{1,2})[./]\s?(\d{4}(?![\d:]|\.\d)|\d{2}(?![\d.:]))/
/**
 * "28 januari 2025", "28. Januar 2025", "12 de jan. de 2025", "3 de marzo del 2025", "9th (of) August 2012", "1er mars 2024",
 * "1° gennaio 2024". "of" only after an ordinal: "Top 10 of March 2024" is no date.
 * The month's name is 3 to 12 letters, or 2 that name a month ("১৪ মে ২০২৫"), checked by monthName, not by the pattern: `[\p{L}\p{M}]{3,12}`
 * compiles to twelve copies of a class of some 700 ranges, which took V8 30 to 60 ms per pattern the first
 * time it met text beyond Latin-1 (most pages: a curly quote is enough); `+` is one copy (about 3 ms).
 */
export const dayMonthYear = /(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?|er|º|°)?\.?\s+(?:de\s+|d['’])?([\p{L}\p{M}]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})/giu
/** The year first with its mark, then the month's name and the day: "2024. március 5." (Hungarian), "2024 m. kovo 5 d." (Lithuanian); "Since 2019 may 12 people" has none. */
const yearMonthDay = /(\d{4})(?:\.|\s+m\.)\s+([\p{L}\p{M}]+)\.?\s+(\d{1,2})(?!\d)/giu
/** Latvian: the year, then the day, then the month, often in the locative ("2024. gada 5. martā"). */
const yearDayMonth = /(\d{4})\.\s+gada\s+(\d{1,2})\.\s+([\p{L}\p{M}]+)/giu
/** A run of letters, and what follows a month's name before the day: " 28, 2025", ". 3rd 2025" (see monthDayYear). */
const letterRun = /[\p{L}\p{M}]+/gu
const dayYearAfter = /\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/uy
/** A Thai month abbreviated with a dot inside, which the pattern above reads as two words: "15 มี.ค. 2568". */
const thaiAbbreviated = /(\d{1,2})\s+([\u0E00-\u0E7F]{1,3}\.[\u0E00-\u0E7F]{1,3})\.?\s+(\d{4})/u
/** Chinese, Japanese and Korean: 2022年12月5日, 2022년 12월 5일. */
const fourDigits = /\d{4}/
const cjkDate = /(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/u

/**
 * The ISO date in a text, when it holds one the parser can read without
 * guessing. `03/04/2024` is day first unless `monthFirst` (a US page, see
 * writesMonthFirst), which reads slashes month first; either way a reading
 * that is no date gives way to the other (`12/25/2024` is December 25th).
 */
export function findDate(text: string, monthFirst = false): string | undefined {
  // Every spelling read here has a year of two or four digits: most lines are passed over at once.
  if (!/\d\d/.test(text)) {
    if (!holdsOtherDigit(text)) return undefined
    text = asciiDigits(text)
    if (!/\d\d/.test(text)) return undefined
  }
  return monthFirst ? dateMonthFirst(text) : dateDayFirst(text)
}

/** A decimal digit of another script than ASCII's: Persian "۱۴", Arabic "١٤", Devanagari "१४". */
export const otherDigit = /[^\P{Nd}0-9]/u
/**
 * A code unit at or past U+0660 (Arabic-Indic zero, the first decimal digit after ASCII's; the supplementary planes'
 * are surrogate pairs, past it too): a plain range scan, where `otherDigit` reads each code point against Unicode's
 * table (asked of every line without two ASCII digits in a row, most of them).
 */
const pastAsciiDigits = /[\u0660-\uffff]/

/** Whether the text holds a decimal digit of another script (`otherDigit`), with a scan that rules most lines out first. */
export function holdsOtherDigit(text: string): boolean {
  return pastAsciiDigits.test(text) && otherDigit.test(text)
}
/** The same, every one of them (for replace). */
const otherDigits = /[^\P{Nd}0-9]/gu

/** The text with every decimal digit written as an ASCII one: "۱۴ فروردین ۱۴۰۴" → "14 فروردین 1404". */
export function asciiDigits(text: string): string {
  return text.replace(otherDigits, digitValue)
}

/**
 * A digit's value: Unicode writes each script's digits as a run of ten from
 * its zero (and some runs side by side: mathematical digits), so the value is
 * the distance from the start of the run of digits it stands in, modulo ten.
 */
function digitValue(digit: string): string {
  const point = digit.codePointAt(0)!
  let start = point
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--
  return String((point - start) % 10)
}

/** The stages ask each line for its date again and again: read once (in each order). */
const dateDayFirst = memoLine((text: string) => dateIn(text, false))
const dateMonthFirst = memoLine((text: string) => dateIn(text, true))

function dateIn(text: string, monthFirst: boolean): string | undefined {
  let match = isoDate.exec(text)
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]))
  match = cjkDate.exec(text)
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]))
  match = dottedDate.exec(text)
  if (match) {
    const year = match[4]!.length === 2 ? 2000 + Number(match[4]) : Number(match[4])
    const [first, second] = [Number(match[1]), Number(match[3])]
    const dayFirst = iso(year, second, first)
    const usOrder = iso(year, first, second)
    const date = monthFirst && match[2] === '/' ? (usOrder ?? dayFirst) : (dayFirst ?? usOrder)
    if (date) return date
  }
  // A month's name comes with a year of four digits: without one, the two searches below cannot match.
  if (!fourDigits.test(text)) return undefined
  match = monthName(dayMonthYear, text, 2)
  if (match) {
    const month = monthOf(match[2]!.toLowerCase())
    if (month) return iso(gregorianYear(Number(match[3]), match[2]!), month, Number(match[1]))
  }
  const named = monthDayYear(text)
  if (named) {
    const month = monthOf(named.name.toLowerCase())
    if (month) return iso(Number(named.year), month, Number(named.day))
  }
  match = thaiScript.test(text) ? thaiAbbreviated.exec(text) : null
  if (match) {
    const month = monthOf(match[2]!)
    if (month) return iso(gregorianYear(Number(match[3]), match[2]!), month, Number(match[1]))
  }
  match = monthName(yearMonthDay, text, 2)
  if (match) {
    const month = monthOf(match[2]!.toLowerCase())
    if (month) return iso(Number(match[1]), month, Number(match[3]))
  }
  match = monthName(yearDayMonth, text, 3)
  if (match) {
    const month = monthOf(latvianNominative(match[3]!.toLowerCase()))
    if (month) return iso(Number(match[1]), month, Number(match[2]))
  }
  // The Solar Hijri and the Hijri calendar name their months in Arabic script.
  return arabicScript.test(text) ? calendarDate(text) : undefined
}

const arabicScript = /\p{Script=Arabic}/u

/** The Thai solar calendar counts from the Buddha's death, 543 years before the Gregorian era ("12 มีนาคม 2568" is 2025). */
const buddhistEraOffset = 543

/** A year as the Gregorian calendar counts it: a Thai date's year of the Buddhist era (2443, 1900, and later) less 543. */
function gregorianYear(year: number, monthName: string): number {
  return year >= 1900 + buddhistEraOffset && thaiScript.test(monthName) ? year - buddhistEraOffset : year
}

const thaiScript = /\p{Script=Thai}/u

/** A Latvian month's name in the locative ("martā", "janvārī", as dates print it) as CLDR's nominative ("marts", "janvāris"). */
function latvianNominative(name: string): string {
  if (name.endsWith('ā')) return `${name.slice(0, -1)}s`
  if (name.endsWith('ī')) return `${name.slice(0, -1)}is`
  return name
}

/**
 * The first match of `([\p{L}\p{M}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` ("January 28, 2025"),
 * found run by run: the name ends where a run of letters ends (a dot or a
 * space follows it), so it is in the first run of 3 letters or more that a
 * day and a year follow, and is that run's last 12 letters when it is
 * longer, as a match starting inside a long word gave; or a run of 2 that
 * names a month ("मई 14, 2025", see monthName). Linear, where
 * `[\p{L}\p{M}]+` in the pattern would read a long run of letters again
 * from each of its letters (and `{3,12}` compiled slowly, see dayMonthYear).
 */
export function monthDayYear(text: string): {name: string; day: string; year: string} | undefined {
  letterRun.lastIndex = 0
  for (let run = letterRun.exec(text); run; run = letterRun.exec(text)) {
    const letters = run[0]
    if (letters.length < 2) continue
    dayYearAfter.lastIndex = run.index + letters.length
    const after = dayYearAfter.exec(text)
    if (!after) continue
    const points = [...letters]
    if (points.length < 3 && !(points.length === 2 && monthOf(letters.toLowerCase()))) continue
    return {name: points.length > 12 ? points.slice(-12).join('') : letters, day: after[1]!, year: after[2]!}
  }
  return undefined
}

/**
 * The first match of `pattern` whose name (group `group`) is 3 to 12 code
 * points long, or 2 that name a month as they stand ("মে", "मई": the month
 * table lists no Latin name of 2, see isReadableName): the match `pattern`
 * with `{3,12}` in place of `+` gives, and a short month. In dayMonthYear
 * the name is a whole run of letters (a space before it, a dot, comma or
 * space after it), so a match with a name of another length means no match
 * starts there with `{3,12}` either (the other reading there, without `de`,
 * names `de`: two Latin letters, no month), and the search goes on from the
 * next character, as a failed start does.
 */
export function monthName(pattern: RegExp, text: string, group: number): RegExpExecArray | null {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let length = 0
    for (const _ of match[group]!) if (++length > 12) break
    if (length >= 3 && length <= 12) return match
    if (length === 2 && monthOf(match[group]!.toLowerCase())) return match
    pattern.lastIndex = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1)
  }
  return null
}

/**
 * A line that is a date and little else (a label, a time, a weekday): the
 * page's dateline, not a sentence that mentions a date.
 */
export function isDateLine(text: string): boolean {
  // A line longer than dates side by side is none (see dateLine): answered without putting it in the table.
  if (text.length > maxDatesLength) return false
  return ((/\d\d/.test(text) || holdsOtherDigit(text)) && dateLine(text)) || isYearlessDate(text)
}

/** The longest line that is a day and a month alone, with a label of a word or two before them, in characters. */
const maxYearlessLength = 40

/** A day's number, with an ordinal's ending or a dot ("5", "5.", "30th", "1er", "1º"). */
const dayToken = /^(\d{1,2})(?:st|nd|rd|th|er|º)?\.?$/

/**
 * A date without its year, alone on its line or under a label of a word or two ("Обновено: 6 дек.", "Posted: Dec 5"):
 * a dateline as blogs print this year's posts ("5 дек.", "5. Dezember", "12 de mayo", "Dec 5"), whose year the page
 * does not say (it gives no date for the front matter). The month's name comes from the date names of the lexicon's
 * languages, as a dated line's does; a name first is capitalized or dotted ("Dec 5", "dec. 5."), not an image's
 * "fab 5" (Hausa's February). Read word by word, with no pattern of Unicode classes: most short lines with a figure
 * are none, and such a pattern is costly to make.
 */
export function isYearlessDate(text: string): boolean {
  // The cheap tests first, so that the table holds only the lines read word by word.
  return text.length <= maxYearlessLength && /\d/.test(text) && yearlessDate(text)
}

/** isDateLine asks it of every short line with a figure, at each of the stages that read datelines: answered once a line. */
const yearlessDate = memoLine((text: string): boolean => {
  let words = text.trim().split(/\s+/)
  // Under a label of a word or two.
  const label = words.findIndex((word) => word.endsWith(':') || word.endsWith('：'))
  if (label >= 0 && label <= 1) words = words.slice(label + 1)
  if (words.length === 3 && words[1] === 'de') words = [words[0]!, words[2]!]
  if (words.length !== 2) return false
  const [first, second] = words as [string, string]
  const dayFirst = dayToken.exec(first)
  const day = dayFirst ?? dayToken.exec(second)
  if (!day || Number(day[1]) < 1 || Number(day[1]) > 31) return false
  const word = dayFirst ? second : first
  const name = word.endsWith('.') ? word.slice(0, -1) : word
  if (name.length < 2 || name.length > 12 || monthOf(name.toLowerCase()) === undefined) return false
  return dayFirst !== null || word.endsWith('.') || name[0] !== name[0]!.toLowerCase()
})

/** The longest line of dates side by side, in characters (one date alone is shorter still, see isOneDate). */
const maxDatesLength = 200

const dateLine = memoLine((text: string): boolean => {
  if (isOneDate(text)) return true
  // "Publié le 12 février 2024 à 07h30 - Mis à jour le 12 février 2024 à 10h15": dates side by side.
  const parts = text.split(/\s[-–—|•·]\s/u)
  if (parts.length > 1 && parts.every(isOneDate)) return true
  // "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST": the date, then its update's, each with a few
  // words at most (a weekday, a zone, a preposition): a byline's name before the first is the byline's to read.
  const update = updateLabel.exec(text)
  if (!update || update.index === 0) return false
  // The marks before the label go by a walk back (a /[\s,;]+$/ search is quadratic on a long run of spaces).
  let end = update.index
  while (end > 0 && /[\s,;]/u.test(text[end - 1]!)) end--
  const first = text.slice(0, end)
  return isOneDate(first, maxUpdateWords) && isOneDate(text.slice(update.index + update[0].length).trim(), maxUpdateWords)
})

/** The most words beside its date of each half of a dateline with its update. */
const maxUpdateWords = 4

/** The words for an update, in the lexicon's larger languages: one list for both patterns below. */
const updateWords = 'updated|modified|edited|aktualisiert|geändert|mis\\sà\\sjour|modifié|actualizad[oa]|aggiornat[oa]|atualizad[oa]|bijgewerkt|uppdaterad|opdateret|oppdatert|zaktualizowano|aktualizováno|güncellendi|обновлено'
/** The word that opens a dateline's second date, its update's: "Last modified on", "Updated", "mis à jour le", "aktualisiert am". */
const updateLabel = new RegExp(`(?<=\\s)(?:last\\s)?(?:${updateWords})(?![\\p{L}])`, 'iu')
/** The same label opening a dateline of its own ("edited Mar 3, 2023 at 10:12", "Updated: 4 May 2025"). */
const updateOpening = new RegExp(`^(?:last\\s)?(?:${updateWords}|güncelleme)(?![\\p{L}])`, 'iu')

/** Whether a dateline gives the date of an update, not of the publication ("edited Mar 3, 2023", "Aktualisiert am 4. Mai 2025"). */
export function isUpdateDateline(text: string): boolean {
  return updateOpening.test(text.trim())
}

function isOneDate(text: string, maxWords = 6): boolean {
  if (text.length > 80) return false
  const date = findDate(text)
  if (!date) return false
  const words = text.match(/\p{L}{2,}/gu) ?? []
  return words.length <= maxWords
}

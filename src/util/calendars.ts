/**
 * Dates in the calendars pages print beside the Gregorian: the Solar Hijri
 * of Iranian and Afghan pages ("۱۴ فروردین ۱۴۰۴") and the Hijri of Arabic
 * and Persian ones ("14 رمضان 1446 هـ"), read as ISO dates. Month names
 * and the conversion both come from Intl (CLDR and ICU's calendars), not
 * typed tables; they are made the first time a line holds a day, a word and
 * a year of the calendars' era, which only such pages do.
 */
import {onFirstUse} from './on-first-use.js'

interface CalendarMonth {
  calendar: string
  month: number
}

/** The calendars read, and the languages whose month names are looked for in them. */
const calendars: ReadonlyArray<{calendar: string; locales: readonly string[]}> = [
  {calendar: 'persian', locales: ['fa', 'ps']},
  {calendar: 'islamic-umalqura', locales: ['ar', 'fa', 'ur']},
]

/** Years these calendars give the pages of the web: 1300 was 1921 (Solar Hijri) and 1882 (Hijri). */
const firstYear = 1300
const lastYear = 1500

const dayMs = 86_400_000

let months: Map<string, CalendarMonth> | undefined

/** Each calendar's formatter of ISO-like numbers (year, month, day in ASCII digits), made once. */
const numericFormats = new Map<string, Intl.DateTimeFormat>()

function numericFormat(calendar: string): Intl.DateTimeFormat {
  let format = numericFormats.get(calendar)
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC'})
    numericFormats.set(calendar, format)
  }
  return format
}

/** A date's year, month and day in a calendar. */
function partsIn(calendar: string, date: Date): {year: number; month: number; day: number} {
  const parts = numericFormat(calendar).formatToParts(date)
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value)
  return {year: part('year'), month: part('month'), day: part('day')}
}

/** Month names of the calendars, lower case, each with its calendar and number. */
function calendarMonths(): Map<string, CalendarMonth> {
  if (months) return months
  months = new Map()
  for (const {calendar, locales} of calendars) {
    for (const locale of locales) {
      const named = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, {month: 'long', day: 'numeric', timeZone: 'UTC'})
      // Every day of a year (and a Hijri year is shorter) meets each month.
      for (let day = 0; day < 370; day += 7) {
        const date = new Date(Date.UTC(2024, 0, 1) + day * dayMs)
        const name = named.formatToParts(date).find((part) => part.type === 'month')?.value.toLowerCase()
        if (name && !months.has(name)) months.set(name, {calendar, month: partsIn(calendar, date).month})
      }
    }
  }
  return months
}

/** A day, a month's name of one or two words, and a year of four digits: "14 فروردین 1404", "14 ربيع الأول 1446". */
const dayNameYear = onFirstUse(() => /(?<!\d)(\d{1,2})\s+([\p{L}\p{M}\u200c]+(?:\s[\p{L}\p{M}\u200c]+)?)\s+(\d{4})(?!\d)/u)

/** The ISO date of a Solar Hijri or Hijri date in a text (its digits ASCII), if it holds one. */
export function calendarDate(text: string): string | undefined {
  const match = dayNameYear().exec(text)
  if (!match) return undefined
  const year = Number(match[3])
  if (year < firstYear || year > lastYear) return undefined
  const words = match[2]!.toLowerCase()
  // The name is two words ("ربيع الأول") or the first of them ("۱۴ فروردین سال ۱۴۰۴": the word "year" after it).
  const names = calendarMonths()
  const found = names.get(words) ?? names.get(words.split(/\s/u)[0]!)
  return found && toGregorian(found.calendar, year, found.month, Number(match[1]))
}

/**
 * The Gregorian date of a day in a calendar, found by Intl: from a guess
 * (the calendar's new year, and its average months), the day whose
 * formatting in that calendar gives back the same year, month and day.
 */
export function toGregorian(calendar: string, year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const guess = calendar === 'persian'
    ? Date.UTC(year + 621, 2, 21) + ((month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * dayMs
    : Date.UTC(622, 6, 16) + Math.round((year - 1) * 354.367 + (month - 1) * 29.53 + day - 1) * dayMs
  for (let step = 0; step <= 6; step++) {
    for (const offset of step === 0 ? [0] : [-step, step]) {
      const date = new Date(guess + offset * dayMs)
      const found = partsIn(calendar, date)
      if (found.year === year && found.month === month && found.day === day) return date.toISOString().slice(0, 10)
    }
  }
  return undefined
}

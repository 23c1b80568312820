import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {dayMonthYear, findDate, monthDayYear, monthName} from '../src/util/dates.js'

/**
 * dates.ts finds a month's name with `+` and checks its length in code
 * (`{3,12}` took V8 tens of milliseconds to compile on text beyond
 * Latin-1), before the day run by run of letters (linear on a long run): the
 * same matches as the patterns with `{3,12}` or a month of two letters
 * (Bengali's May, মে; no other pair of letters here names one), on strings made
 * of the pieces that steer them (digits, spaces, dots, commas, `de`, `del`,
 * ordinals, letters, marks, letters beyond the BMP, other symbols).
 */
const withBounds = {
  dayMonthYear: /(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?|er|º|°)?\.?\s+(?:de\s+)?([\p{L}\p{M}]{3,12}|মে)\.?,?\s+(?:de\s+|del\s+)?(\d{4})/iu,
  monthDayYear: /([\p{L}\p{M}]{3,12}|মে)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u,
}
const name = fc.array(fc.constantFrom('a', 'b', 'é', 'e\u0301', '\u{1d400}', 'x\u{20000}', 'মে'), {minLength: 0, maxLength: 15}).map((letters) => letters.join(''))
const optional = (...values: string[]) => fc.constantFrom('', ...values)
const space = fc.constantFrom(' ', '  ', '\u00a0', '')
const day = fc.constantFrom('5', '12', '123', '')
const year = fc.constantFrom('2025', '202', '12025')
const dayFirst = fc.tuple(day, optional('th', 'th of', 'er', 'º', '°', 'TH'), optional('.'), space, optional('de ', 'de', 'del ', 'of '), name, optional('.'), optional(','), space, optional('de ', 'del '), year)
const monthFirst = fc.tuple(name, optional('.'), space, day, optional('st', 'th', 'nd'), optional(','), space, year)
const junk = fc.constantFrom(' ', '•', '-', '年', 'de', 'x', '7')
const text = fc.array(fc.oneof(dayFirst.map((parts) => parts.join('')), monthFirst.map((parts) => parts.join('')), junk), {maxLength: 5}).map((parts) => parts.join(''))
const shape = (match: RegExpExecArray | null) => (match ? {index: match.index, groups: [...match]} : null)

describe('month names by length in code, as the bounded patterns', () => {
  it('gives the same first match as `{3,12}`', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(shape(monthName(dayMonthYear, value, 2))).toEqual(shape(withBounds.dayMonthYear.exec(value)))
        const bounded = withBounds.monthDayYear.exec(value)
        expect(monthDayYear(value)).toEqual(bounded ? {name: bounded[1], day: bounded[2], year: bounded[3]} : undefined)
      }),
      {seed: 20251206, numRuns: 3000},
    )
  })

  it('reads a long word before the day by its last 12 letters, and names of 3 to 12 letters', () => {
    expect(monthDayYear('xxxxxxxxxxxxxxxx 5, 2024')?.name).toBe('xxxxxxxxxxxx')
    expect(monthName(dayMonthYear, '5 de la 2024', 2)).toBeNull()
    expect(findDate('Posted on January 28, 2025')).toBe('2025-01-28')
    expect(findDate('3 de marzo del 2025')).toBe('2025-03-03')
    // The day's ordinal: British, French and Spanish datelines.
    expect(findDate('Posted 9th August 2012, 5:28pm in News, by DIY News Desk')).toBe('2012-08-09')
    expect(findDate('the 21st of June 2020')).toBe('2020-06-21')
    expect(findDate('Publié le 1er mars 2024')).toBe('2024-03-01')
    // Languages the lexicon gained, whose month names come from CLDR as the others' do.
    expect(findDate('12 de març de 2024, 18:42')).toBe('2024-03-12')
    expect(findDate('Machi 5, 2024')).toBe('2024-03-05')
    expect(findDate('5. ožujka 2024.')).toBe('2024-03-05')
    expect(findDate('প্রকাশ: ১৪ মার্চ ২০২৫, ১০:৩০')).toBe('2025-03-14')
    expect(findDate('14 مارچ 2025')).toBe('2025-03-14')
    // Serbian, in either script, with the month in the genitive its dates use (CLDR's are nominative: "5. oktobar").
    expect(findDate('Objavljeno: 5. oktobra 2024. u 10:15')).toBe('2024-10-05')
    expect(findDate('5. октобра 2024.')).toBe('2024-10-05')
    expect(findDate('12. јула 2023.')).toBe('2023-07-12')
    expect(findDate('3. februar 2024.')).toBe('2024-02-03')
    // The year first: Hungarian, Lithuanian, and Latvian with the month in the locative.
    expect(findDate('2024. március 5.')).toBe('2024-03-05')
    expect(findDate('2024 m. gegužės 15 d., 10:15')).toBe('2024-05-15')
    expect(findDate('2024. gada 12. janvārī')).toBe('2024-01-12')
    expect(findDate('In 2024 Olympics 5 medals')).toBeUndefined()
    // Without the year's mark, a year, a word and a number are no date, whatever language names the word a month.
    expect(findDate('Since 2019 may 12 people')).toBeUndefined()
    expect(findDate('In 2023 Mars 2 landed')).toBeUndefined()
    // A word two languages name differently keeps the reading of the language listed first (Polish listopada: November).
    expect(findDate('5 listopada 2024')).toBe('2024-11-05')
    expect(findDate('5 d’abril de 2024')).toBe('2024-04-05')
    expect(findDate('1º de enero de 2024')).toBe('2024-01-01')
    expect(findDate('1° gennaio 2024')).toBe('2024-01-01')
    expect(findDate('POSTED 9TH AUGUST 2012')).toBe('2012-08-09')
    // 'of' after a bare number is a count, not a day.
    expect(findDate('Top 10 of March 2024')).toBeUndefined()
  })

  it('reads month names of two letters beyond the Latin script, between a day and a year', () => {
    // CLDR's May in Bengali, Hindi and Persian, Bengali's short August, Chinese months alone (十一月 has three).
    expect(findDate('প্রকাশ: ১৪ মে ২০২৫')).toBe('2025-05-14')
    expect(findDate('১৪ আগ ২০২৫, ১০:৩০')).toBe('2025-08-14')
    expect(findDate('प्रकाशित: 14 मई 2025')).toBe('2025-05-14')
    expect(findDate('१४ मई २०२५')).toBe('2025-05-14')
    expect(findDate('मई 14, 2025')).toBe('2025-05-14')
    expect(findDate('۱۴ مه ۲۰۲۵')).toBe('2025-05-14')
    expect(findDate('14 五月 2025')).toBe('2025-05-14')
    // A Solar Hijri month of two letters is still read by its calendar ("دی" names no Gregorian month).
    expect(findDate('۱۴ دی ۱۴۰۳')).toBe('2025-01-03')
    // A word of two letters that names no month, before a date, is passed over as before.
    expect(findDate('5 से 2025 तक 14 मई 2025')).toBe('2025-05-14')
    expect(findDate('14 не 2025')).toBeUndefined()
    // Two Latin letters between numbers are a word, not a month (Catalan's short August is "ag.").
    expect(findDate('14 de 2025')).toBeUndefined()
    expect(findDate('14 ag. 2025')).toBeUndefined()
    expect(findDate('Mi 14, 2025')).toBeUndefined()
    expect(monthName(dayMonthYear, '14 de 2025', 2)).toBeNull()
    // Only as a whole word: the last two letters of a longer one are none.
    expect(findDate('14 কামে ২০২৫')).toBeUndefined()
  })

  it('reads a long run of letters once', () => {
    const letters = '\u4e00'.repeat(200_000)
    expect(findDate(`${letters} 2025 12`)).toBeUndefined()
    expect(monthDayYear(`${letters} 5, 2024`)?.name).toBe('\u4e00'.repeat(12))
  })
})

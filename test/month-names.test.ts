import {afterEach, describe, expect, it, vi} from 'vitest'
import {monthTable, weekdayNamesOf} from '../scripts/month-names.js'
import {lexicons} from '../src/lexicon/index.js'
import {findDate} from '../src/util/dates.js'
import {monthNameLanguages, monthNames, monthNamesCldr} from '../src/util/month-names.js'
import {isWeekday} from '../src/util/names.js'
import {weekdayNames} from '../src/util/weekday-names.js'

/*
 * src/util/month-names.ts is what Intl gives for the lexicon's languages,
 * written by scripts/month-names.ts so that a run formats no months.
 */
describe('the written month names', () => {
  afterEach(() => vi.restoreAllMocks())

  it('cover the lexicon\'s languages (else run npx tsx scripts/month-names.ts)', () => {
    expect(monthNameLanguages).toEqual(Object.keys(lexicons))
  })

  it('are what this runtime\'s Intl gives, when its CLDR is the one that wrote them', () => {
    const table = monthTable()
    if (process.versions.cldr === monthNamesCldr) {
      expect(monthNames).toEqual(table.names.flat())
    } else {
      // Another CLDR may spell a few names otherwise; the file keeps answers the same from one Node to the next.
      const written = new Map<string, unknown>()
      for (let at = 0; at < monthNames.length; at += 2) written.set(monthNames[at] as string, monthNames[at + 1])
      expect(['january', 'februar', 'mars', 'décembre'].map((name) => written.get(name))).toEqual([1, 2, 3, 12])
    }
  })

  it('read a date without formatting a month, also for a date-shaped word that names none', () => {
    const format = vi.spyOn(Intl, 'DateTimeFormat')
    expect(findDate('Posted on 28 Januar 2025')).toBe('2025-01-28')
    expect(findDate('3 בינואר 2024')).toBe('2024-01-03')
    expect(findDate('Chapter 12 Introduction 2025')).toBeUndefined()
    expect(format).not.toHaveBeenCalled()
  })

  it('hold no month spelt as an English weekday abbreviation (Hausa\'s "Sat" for Satumba): a comment\'s "Dec 28 Sat 2013" is no 28 September', () => {
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) expect(monthNames).not.toContain(day)
    expect(findDate('Dec 28 Sat 2013 00:28')).not.toBe('2013-09-28')
    expect(findDate('Lahadi, 6 Disamba, 2026')).toBe('2026-12-06')
  })

  it('hold the weekday names this runtime\'s Intl gives, when its CLDR is the one that wrote them', () => {
    if (process.versions.cldr === monthNamesCldr) expect(weekdayNames).toEqual(weekdayNamesOf(monthNameLanguages))
    expect(['monday', 'freitag', 'domingo', 'الجمعة'].every((name) => weekdayNames.includes(name))).toBe(true)
  })

  it('tell a weekday without formatting one', () => {
    const format = vi.spyOn(Intl, 'DateTimeFormat')
    expect(isWeekday('Tuesday')).toBe(true)
    expect(isWeekday('Freitag')).toBe(true)
    expect(isWeekday('Owen')).toBe(false)
    expect(format).not.toHaveBeenCalled()
  })
})

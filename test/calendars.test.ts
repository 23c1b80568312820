import {describe, expect, it} from 'vitest'
import {toGregorian} from '../src/util/calendars.js'
import {asciiDigits, findDate, isDateLine} from '../src/util/dates.js'
import {cleanSync} from '../src/index.js'

describe('dates in other digits and calendars', () => {
  it('reads digits of other scripts as ASCII ones, each run of ten from its zero', () => {
    expect(asciiDigits('۱۴۰۴ / ١٤٤٦ / १४ / ๑๒ / ０９')).toBe('1404 / 1446 / 14 / 12 / 09')
    expect(findDate('١٤ مارس ٢٠٢٥')).toBe('2025-03-14')
    expect(findDate('१४ मार्च २०२५')).toBe('2025-03-14')
  })

  it('reads Solar Hijri dates, also in a dateline with a time', () => {
    expect(findDate('۱۴ فروردین ۱۴۰۴')).toBe('2025-04-03')
    expect(findDate('۲۹ اسفند ۱۴۰۳')).toBe('2025-03-19')
    expect(findDate('۱ مهر ۱۴۰۳')).toBe('2024-09-22')
    expect(isDateLine('۱۵ فروردین ۱۴۰۴ در ۱۰:۲۰')).toBe(true)
  })

  it('reads Hijri dates, with month names of one word or two', () => {
    expect(findDate('14 رمضان 1446 هـ')).toBe('2025-03-14')
    expect(findDate('١ ربيع الأول ١٤٤٦')).toBe('2024-09-04')
  })

  it('takes a year of the era alone, without a month, for no date ("since 1398")', () => {
    expect(findDate('از سال ۱۳۹۸ در این وبلاگ می‌نویسم')).toBeUndefined()
  })

  it('reads Persian Gregorian month names as Gregorian, and Solar Hijri names never so ("فروردین" is not April)', () => {
    expect(findDate('۳ آوریل ۲۰۲۵')).toBe('2025-04-03')
    expect(findDate('14 فروردین 2025')).toBeUndefined()
  })

  it('reads a Thai date of the Buddhist era as Gregorian, and leaves a Thai date already Gregorian as it is', () => {
    expect(findDate('12 มีนาคม 2568')).toBe('2025-03-12')
    expect(findDate('12 มีนาคม 2025')).toBe('2025-03-12')
    // The month abbreviated with a dot inside, as Thai datelines print it.
    expect(findDate('เผยแพร่: 15 มี.ค. 2568 10:30')).toBe('2025-03-15')
    expect(findDate('1 ธ.ค. 2567')).toBe('2024-12-01')
  })

  it('converts by Intl, and refuses a day the month does not have', () => {
    expect(toGregorian('persian', 1404, 1, 1)).toBe('2025-03-21')
    expect(toGregorian('persian', 1404, 12, 31)).toBeUndefined()
  })

  it("puts a Persian blog's Solar Hijri date in the front matter", () => {
    const prose = 'بیشتر دوستانم یزد را در دو روز می‌بینند، اما من این بار تصمیم گرفتم فقط یک محله را ببینم و آرام راه بروم. صبح زود از اقامتگاه بیرون زدم و کوچه‌ها خالی بودند.'
    const {meta} = cleanSync(['یک روز در یزد، بدون عجله', 'نوشته شده توسط مریم رضایی', '۱۴ فروردین ۱۴۰۴', prose, prose].join('\n\n'), {format: 'text'})
    expect(meta.date).toBe('2025-04-03')
  })
})

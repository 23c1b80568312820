import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'
import {findDate} from '../src/util/dates.js'
import {inUrlOrder, writesMonthFirst} from '../src/util/date-order.js'

const dump = 'Council approves the new harbour plan\n\nBy Jane Doe | 03/04/2024\n\nThe council approved the plan on Tuesday after a long debate about the costs of dredging the harbour and who pays for them.\n\nWork starts in the summer and should be done within two years, the mayor said.\n'
const page = (lang: string) => `<html lang="${lang}"><body><article><h1>Council approves the new harbour plan</h1><p class="byline">By Jane Doe, 03/04/2024</p><p>The council approved the plan on Tuesday after a long debate about the costs of dredging the harbour and who pays for them.</p></article></body></html>`

describe('numeric dates: day first, month first on US pages', () => {
  it('reads 03/04/2024 as 3 April by default and as March 4 on an en-US page or for an en-US caller', () => {
    expect(cleanSync(dump).meta.date).toBe('2024-04-03')
    expect(cleanSync(dump, {lang: 'en-US'}).meta.date).toBe('2024-03-04')
    expect(cleanSync(page('en-US')).meta.date).toBe('2024-03-04')
    expect(cleanSync(page('en-GB')).meta.date).toBe('2024-04-03')
    // The page's metadata too, where it prints the date as people read it.
    const declared = (lang: string) => `<html lang="${lang}"><head><meta name="publish_date" content="05/08/2014 07:01:00"></head><body><article><h1>Party on a budget</h1><p>Graduation parties are a great way to mark the years of hard work, and they need not cost a fortune if you plan the food well.</p></article></body></html>`
    expect(cleanSync(declared('en-US')).meta.date).toBe('2014-05-08')
    expect(cleanSync(declared('en-GB')).meta.date).toBe('2014-08-05')
    expect(cleanSync(dump, {url: 'https://www.nasa.gov/news/plan'}).meta.date).toBe('2024-03-04')
  })

  it("reads a numeric date in the order the URL's own date agrees with, on any host; other dates stay as read", () => {
    const url = 'https://www.example.com/2024/03/04/harbour-plan'
    expect(cleanSync(dump, {url}).meta.date).toBe('2024-03-04')
    expect(cleanSync(page('en'), {url}).meta.date).toBe('2024-03-04')
    const itemprop = '<html lang="en"><head><link rel="canonical" href="https://news.example.com/2012/08/09/bolt-wins"></head><body><article><h1>Bolt wins</h1><p>Posted: <span itemprop="datePublished">08/09/2012 4:03 pm</span></p><p>The sprinter won the 200 metres final on Thursday night in a time that nobody else came close to.</p></article></body></html>'
    expect(cleanSync(itemprop).meta.date).toBe('2012-08-09')
    expect(inUrlOrder('2024-04-03', 'https://example.com/2024/05/06/x', '03/04/2024')).toBe('2024-04-03')
    expect(inUrlOrder('2024-04-03', 'https://example.com/news/x', '03/04/2024')).toBe('2024-04-03')
    expect(inUrlOrder('2024-04-03', 'https://example.com/2024-03-04-plan', '03.04.2024')).toBe('2024-03-04')
    // A date printed with its month's name, or in ISO order, was never ambiguous.
    expect(inUrlOrder('2024-04-03', 'https://example.com/2024-03-04-plan', '3 April 2024')).toBe('2024-04-03')
    expect(inUrlOrder('2024-04-03', 'https://example.com/2024-03-04-plan', '2024-04-03T10:00:00Z')).toBe('2024-04-03')
  })

  it('takes the only reading that is a date, and keeps dots day first', () => {
    expect(findDate('12/25/2024')).toBe('2024-12-25')
    expect(findDate('25/12/2024', true)).toBe('2024-12-25')
    expect(findDate('03.04.2024', true)).toBe('2024-04-03')
    // Croatian, Serbian and Slovenian close the year with a dot; a dot and a digit after it go on a number (a version).
    expect(findDate('Objavljeno: 4. 3. 2024. u 10:15')).toBe('2024-03-04')
    expect(findDate('verzija 1.2.2024.5')).toBeUndefined()
    expect(findDate('Section 1.5.20. applies')).toBeUndefined()
    expect(writesMonthFirst('en', 'https://city.example.gov/x')).toBe(true)
    expect(writesMonthFirst('fr', 'https://city.example.gov/x')).toBe(false)
    expect(writesMonthFirst('en', 'https://example.com/x')).toBe(false)
  })
})

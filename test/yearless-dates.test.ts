import {describe, expect, it} from 'vitest'
import {isDateLine, isYearlessDate} from '../src/util/dates.js'

describe('a day and a month without the year', () => {
  it.each(['5 дек.', 'Dec 5', 'dec. 5.', '3. Dezember', 'Sept. 30th', '12 de mayo', 'Обновено: 6 дек.', 'Posted: Dec 5'])('%s is a date line', (text) => {
    expect(isYearlessDate(text)).toBe(true)
    expect(isDateLine(text)).toBe(true)
  })

  it.each(['fab 5', 'Chapter 5', 'Windows 11', '5 дек. и още', 'Top 10', 'Dec 45', 'Kapitel 3'])('%s is none', (text) => {
    expect(isYearlessDate(text)).toBe(false)
  })
})

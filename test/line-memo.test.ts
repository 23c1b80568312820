import {describe, expect, it} from 'vitest'
import {findDate, isDateLine} from '../src/util/dates.js'
import {beginDocument, forgetLines, lineTable, memoLine, stringRecords} from '../src/util/line-memo.js'
import {forgetCountedLines, normalizeForCompare} from '../src/util/text.js'

describe('line memo (each line measured once)', () => {
  it('answers as the measure does, and measures a line once', () => {
    let calls = 0
    const length = memoLine((line: string) => {
      calls++
      return line === 'none' ? undefined : line.length
    })
    expect([length('abc'), length('abc'), length('none'), length('none')]).toEqual([3, 3, undefined, undefined])
    expect(calls).toBe(2)
  })

  it('forgets every table at once', () => {
    const table = lineTable<number>()
    table.set('line', 1)
    let calls = 0
    const measure = memoLine(() => ++calls)
    measure('x')
    forgetLines()
    expect(table.size).toBe(0)
    expect(measure('x')).toBe(2)
    // The benchmarks' old entry point empties them too.
    table.set('line', 1)
    forgetCountedLines()
    expect(table.size).toBe(0)
  })

  it('gives the same dates and compare forms when asked again, after forgetting', () => {
    const lines = ['Published January 28, 2025', '28. Januar 2025', '3 בינואר 2024', '12 de marzo de 2025', 'Windows 11 2023', '2022年12月5日', 'no date here 12']
    const first = lines.map((line) => [findDate(line), isDateLine(line), normalizeForCompare(line)])
    expect(lines.map((line) => [findDate(line), isDateLine(line), normalizeForCompare(line)])).toEqual(first)
    forgetLines()
    expect(lines.map((line) => [findDate(line), isDateLine(line), normalizeForCompare(line)])).toEqual(first)
    expect(first.map(([date]) => date)).toEqual(['2025-01-28', '2025-01-28', '2024-01-03', '2025-03-12', undefined, '2022-12-05', undefined])
  })

  it('keeps a full table as it is to the end of the document, and empties it when the next begins', () => {
    forgetLines()
    const measured: string[] = []
    const length = memoLine((line: string) => {
      measured.push(line)
      return line.length
    })
    // More distinct lines than a table holds, asked twice over, stage after stage: the first ones stay known.
    const lines = Array.from({length: 6_000}, (_, index) => `line ${index}`)
    for (const line of lines) length(line)
    for (const line of lines) length(line)
    expect(measured.filter((line) => line === 'line 0')).toHaveLength(1)
    expect(measured.filter((line) => line === 'line 5999')).toHaveLength(2)
    expect(length('line 1')).toBe(6)
    beginDocument()
    length('line 0')
    expect(measured.filter((line) => line === 'line 0')).toHaveLength(2)
  })

  it('answers each measure of a line from one record, measures asked of it in turn included', () => {
    forgetLines()
    const measured: string[] = []
    const words = memoLine((line: string) => {
      measured.push(`words ${line}`)
      return line.split(' ').length
    })
    const shout = memoLine((line: string) => {
      measured.push(`shout ${line}`)
      // A measure that asks another of the same line, and of another line, while it is measured.
      return words(line) > 1 && words('other line') === 2 ? line.toUpperCase() : undefined
    })
    expect([shout('two words'), words('two words'), shout('two words'), shout('one'), words('one'), shout('one')]).toEqual(['TWO WORDS', 2, 'TWO WORDS', undefined, 1, undefined])
    expect(measured).toEqual(['shout two words', 'words two words', 'words other line', 'shout one', 'words one'])
  })

  it('keeps the strings of another family (class names) from taking the places of the lines', () => {
    forgetLines()
    const measured: string[] = []
    const length = memoLine((line: string) => {
      measured.push(line)
      return line.length
    })
    const classes = memoLine((value: string) => value.split(' '), stringRecords())
    for (let index = 0; index < 6_000; index++) classes(`class-${index}`)
    for (const line of ['a line', 'another line', 'a line', 'another line']) length(line)
    expect(measured).toEqual(['a line', 'another line'])
  })
})

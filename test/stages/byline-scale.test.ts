import {describe, expect, it, vi} from 'vitest'
import {chromeMatch} from '../../src/lexicon/chrome.js'
import {runStages} from '../helpers/run.js'

// The chrome lexicon counted: how often the stages ask it says whether a stage rescans lines.
vi.mock('../../src/lexicon/chrome.js', async (original) => {
  const actual = await original<typeof import('../../src/lexicon/chrome.js')>()
  return {...actual, chromeMatch: vi.fn(actual.chromeMatch)}
})

const prose = 'The council met on Tuesday and agreed that the new bridge will open in spring, after two years of work on the river banks.'

describe('byline stage at scale', () => {
  // Each line asked whether it stands under the headline counted the lines above it from the
  // core's start again: 20 000 "Share" lines took 14 s, 40 000 date lines 24 s.
  // A dateline is skipped by its reason, not the lexicon: the dates stand between "Share" lines, which are counted.
  it.each([
    ['"Share" lines', 'Share\n'],
    ['datelines and "Share" lines', '3 May 2025\nShare\n'],
  ])('asks the lexicon about each of 1 000 %s a bounded number of times, not once per line below it', (_, unit) => {
    const lines = 1000
    const count = vi.mocked(chromeMatch)
    count.mockClear()
    const result = runStages(`${prose}\n\n${unit.repeat(lines)}\n${prose}\n`, ['byline'])
    expect(count.mock.calls.length).toBeLessThan(lines * 10)
    expect(result.markdown).toContain(prose)
  })
})

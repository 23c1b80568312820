import {describe, expect, it} from 'vitest'
import {splitNoise} from '../scripts/dev-eval/split-noise.js'

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

describe('splitNoise: the fitted–check gap beside random splits of the same pages', () => {
  it('finds no gap and no spread when every page scores the same', () => {
    const pages = Array.from({length: 40}, (_, index) => ({page: 0.9, check: index % 3 === 0}))
    const noise = splitNoise(pages, mean, 200)
    expect(noise.gap).toBeCloseTo(0, 12)
    expect(noise.sd).toBeCloseTo(0, 12)
  })

  it('says a split that put every hard page in the check part is rare among random deals', () => {
    const pages = Array.from({length: 60}, (_, index) => ({page: index < 18 ? 0.5 : 1, check: index < 18}))
    const noise = splitNoise(pages, mean, 500)
    expect(noise.gap).toBeCloseTo(0.5)
    expect(noise.pAtLeast).toBe(0)
    expect(noise.p95).toBeLessThan(noise.gap)
  })

  it('says a split by a page-blind rule gives a gap most deals reach', () => {
    const scores = Array.from({length: 60}, (_, index) => ((index * 37) % 11) / 10)
    const pages = scores.map((page, index) => ({page, check: index % 10 < 3}))
    const noise = splitNoise(pages, mean, 500)
    expect(Math.abs(noise.gap)).toBeLessThan(noise.p95 + noise.sd)
    expect(noise.pAtLeast).toBeGreaterThan(0.05)
  })

  it('deals the same way on every run (seeded)', () => {
    const pages = Array.from({length: 30}, (_, index) => ({page: (index % 7) / 7, check: index % 4 === 0}))
    expect(splitNoise(pages, mean, 100)).toEqual(splitNoise(pages, mean, 100))
  })
})

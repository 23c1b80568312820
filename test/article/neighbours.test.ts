import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {blockFeatures, featureNames} from '../../src/article/features.js'

const before = featureNames.indexOf('the block before reads as prose')
const after = featureNames.indexOf('the block after reads as prose')

/** The neighbour as first written: step over transparent blocks one by one. */
function naiveNeighbour(prose: boolean[], transparent: boolean[], index: number, step: number): boolean {
  let at = index + step
  while (transparent[at]) at += step
  return prose[at] ?? false
}

describe('article features: the nearest block that is not transparent, either side', () => {
  it('is found as stepping over transparent blocks finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), {maxLength: 40}), (blocks) => {
        const texts = blocks.map((_, index) => `line ${index}`)
        const nodes = texts.map((value) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value}]}))
        const base = blocks.map(([prose]) => (prose ? 10 : -2))
        const transparent = blocks.map(([, clear]) => clear)
        const prose = base.map((score) => score >= 8)
        const features = blockFeatures(nodes, texts, base, transparent)
        features.forEach((row, index) => {
          expect(row[before]).toBe(naiveNeighbour(prose, transparent, index, -1) ? 1 : 0)
          expect(row[after]).toBe(naiveNeighbour(prose, transparent, index, 1) ? 1 : 0)
        })
      }),
      {numRuns: 300},
    )
  })
})

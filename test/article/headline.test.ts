import {describe, expect, it} from 'vitest'
import {headlineFeatureNames} from '../../src/article/headline-features.js'
import {chooseHeadline, hasHeadlineModel, headlineChances} from '../../src/article/headline.js'
import {headlineModel} from '../../src/article/headline-weights.js'
import {parseText} from '../../src/parse/text.js'
import {blockText} from '../../src/util/tree.js'

const lines = (...texts: string[]) => {
  const tree = parseText(texts.join('\n'))
  return {nodes: tree.children, texts: tree.children.map((node) => (node.type === 'paragraph' ? blockText(node) : ''))}
}
const article =
  'The council voted on Tuesday to approve the new bridge over the river, after two years of planning and a public consultation that drew more than four hundred responses.'

describe('the fitted headline finder', () => {
  it('has one fitted weight per feature, in the order headline-features.ts names them', () => {
    expect(headlineModel.features).toEqual([...headlineFeatureNames])
    expect(headlineModel.weights).toHaveLength(headlineFeatureNames.length)
    expect(hasHeadlineModel).toBe(true)
  })

  it('gives the headline over its article more chance than a menu line, a share line or a caption, and the chances sum to 1', () => {
    const {nodes, texts} = lines('Home', 'Council approves new bridge over the river', 'Share on Facebook', 'The old crossing, closed since the floods', article)
    const page = {nodes, texts, coreStart: 4, rules: 3}
    const chances = headlineChances(page, [0, 1, 2, 3])
    expect(chances.reduce((sum, chance) => sum + chance, 0)).toBeCloseTo(1, 9)
    expect(Math.max(...chances)).toBe(chances[1])
    expect(chooseHeadline(page, [0, 1, 2, 3])).toBe(1)
  })

  it('leaves the choice to the rules when there is no candidate, or when the model does not fit the features', () => {
    const {nodes, texts} = lines('Council approves new bridge over the river', article)
    expect(chooseHeadline({nodes, texts, coreStart: 1, rules: 0}, [])).toBe(0)
    expect(chooseHeadline({nodes, texts, coreStart: 1, rules: undefined}, [0], {features: ['another feature'], weights: [1], threshold: 0})).toBeUndefined()
  })
})

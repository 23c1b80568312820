import {describe, expect, it} from 'vitest'
import {blockFeatures, featureNames} from '../../src/article/features.js'
import {contentChance, hasFittedModel, modelMismatch} from '../../src/article/model.js'
import {fitted} from '../../src/article/weights.js'
import {cleanSync} from '../../src/index.js'

const paragraph = (subject: string) =>
  `The ${subject} voted on Tuesday to extend the opening hours of the central library to Sundays, and the first Sunday opening drew more than four hundred readers, many of them families with children.`

describe('the fitted article finder', () => {
  it('has one fitted weight per feature, in the order features.ts names them', () => {
    expect(fitted.features).toEqual([...featureNames])
    expect(modelMismatch).toBeUndefined()
    expect(hasFittedModel).toBe(true)
    expect(fitted.weights).toHaveLength(featureNames.length)
    expect(fitted.threshold).toBeGreaterThan(0)
    expect(fitted.threshold).toBeLessThan(1)
  })

  it('gives a paragraph of prose among prose a higher chance of being article text than a menu line', () => {
    const nodes = ['Home', 'News', paragraph('council'), paragraph('board'), paragraph('mayor'), 'Share on Facebook'].map((text) => ({
      type: 'paragraph' as const,
      children: [{type: 'text' as const, value: text}],
    }))
    const texts = nodes.map((node) => node.children[0]!.value)
    const base = texts.map((text) => (text.length > 60 ? 30 : -2))
    const features = blockFeatures(nodes, texts, base, texts.map(() => false))
    const chances = features.map((values) => contentChance(values))
    expect(chances[3]!).toBeGreaterThan(0.5)
    expect(chances[0]!).toBeLessThan(chances[3]!)
    expect(chances[5]!).toBeLessThan(chances[3]!)
  })

  it('finds the article of a dump between its menu and its footer, fitted (the default) or by the rules alone', () => {
    const dump = ['Home', 'News', 'Sport', 'Library opens on Sundays', paragraph('council'), paragraph('board'), paragraph('mayor'), 'Related articles', 'Bridge closes for repairs', 'Market moves to the square', '© 2024 Town News. All rights reserved.'].join('\n')
    for (const articleFinder of ['rules', 'fitted'] as const) {
      const {markdown} = cleanSync(dump, {format: 'text', articleFinder})
      const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
      expect(body).toContain(paragraph('council'))
      expect(body).toContain(paragraph('mayor'))
      expect(body).not.toContain('Sport')
      expect(body).not.toContain('Market moves')
      expect(body).not.toContain('All rights reserved')
    }
  })
})

describe('an empty output', () => {
  it('comes with a warning saying why when the input had text', () => {
    const {markdown, warnings} = cleanSync('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024 Town News. All rights reserved.</footer></body></html>')
    expect(markdown.replace(/^---\n[\s\S]*?\n---\n/u, '').trim()).toBe('')
    expect(warnings.some((warning) => warning.reason.startsWith('the output has no text'))).toBe(true)
    expect(cleanSync(`Library opens on Sundays\n${paragraph('council')}`).warnings.some((warning) => warning.reason.startsWith('the output has no text'))).toBe(false)
  })
})

import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

const article = 'The harbour reopened on Monday after a week of storms, the mayor said at a short meeting.\n'

/* The front matter holds scrubdown's keys only; any other key is left out with an audit entry. */
describe('front matter keys scrubdown does not write', () => {
  it('a Markdown input\'s own keys are reported as removed', () => {
    const result = cleanSync(`---\ntitle: Harbour\ndraft: true\nweight: 3\n---\n\n${article}`)
    expect(result.meta).toEqual({title: 'Harbour', lang: 'en'})
    expect(result.removed.filter((removal) => removal.stage === 'frontmatter').map((removal) => removal.text)).toEqual(['draft: true', 'weight: 3'])
  })

  it('a key a custom stage sets is reported as removed', () => {
    const tagger: Plugin<[], Root> = () => (_tree, file) => {
      ;(file.data.meta as Record<string, unknown>).sentiment = 'calm'
    }
    const result = cleanSync(article, {stages: (defaults) => [...defaults, {name: 'tagger', plugin: tagger}]})
    expect(result.removed).toContainEqual(expect.objectContaining({stage: 'frontmatter', text: 'sentiment: calm', reason: expect.stringContaining('the front matter key "sentiment" is none of scrubdown\'s')}))
  })
})

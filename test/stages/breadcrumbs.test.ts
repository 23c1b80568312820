import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body, runStages} from '../helpers/run.js'

const prose = 'This is the first paragraph of the article, long enough to be prose, and it ends with a period.'
const clean = (text: string) => runStages(text, ['breadcrumbs'])

describe('breadcrumbs stage', () => {
  it('removes a trail glued to the title that follows it', () => {
    const result = clean(`StartArtiklarDeepSeek, loppet för AI:erna\n\nDeepSeek, loppet för AI:erna\n\n${prose}`)
    expect(body(result.markdown)).toBe(`DeepSeek, loppet för AI:erna\n\n${prose}\n`)
    expect(result.removed[0]?.reason).toBe('a breadcrumb trail (Start › Artiklar) glued to the title that follows it')
  })

  it('removes a trail with separators in the header', () => {
    const result = clean(`Home › News › World\n${prose}`)
    expect(result.removed.map((removal) => removal.text)).toEqual(['Home › News › World'])
    expect(clean(`Home / Sport\n${prose}`).removed).toHaveLength(1)
  })

  it('keeps prose with slashes and arrows, and anything inside the article', () => {
    expect(clean(`The ratio is 3/4 and/or more › less.\n${prose}`).removed).toEqual([])
    expect(clean(`${prose}\nHome › News › World\n${prose.replace('first', 'second')}`).removed).toEqual([])
  })

  it('leaves a byline that ends with the author name printed again under it', () => {
    const result = clean(`The Quiet Economics of Tide Pools\nPosted on March 4, 2025 by Maria Lopez\nMaria Lopez\n${prose}`)
    expect(result.removed).toEqual([])
    const all = cleanSync(`The Quiet Economics of Tide Pools\nPosted on March 4, 2025 by Maria Lopez\nMaria Lopez\n${prose}`)
    expect([all.meta.author, all.meta.date]).toEqual(['Maria Lopez', '2025-03-04'])
  })
})

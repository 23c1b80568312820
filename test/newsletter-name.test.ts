import {describe, expect, it} from 'vitest'
import {chromeMatch, isChromeLine} from '../src/lexicon/chrome.js'
import {countWords} from '../src/util/text.js'
import {body, runStages} from './helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'

describe('a newsletter\'s name over its sign-up box', () => {
  it('is chrome, inside the article too: a short name, then the word that closes the line', () => {
    for (const line of ['Cicero Newsletter', 'Free Email Newsletter', 'Unser täglicher Newsletter']) {
      expect(isChromeLine(line, countWords(line))).toBe(true)
      expect(chromeMatch(line, countWords(line), 'core')?.category).toBe('newsletter')
    }
  })

  it('is no sentence about a newsletter, nor a longer line', () => {
    for (const line of ['Wir verschicken jede Woche einen Newsletter.', 'How we built our first ever weekly newsletter', 'Newsletter archive']) {
      expect(chromeMatch(line, countWords(line), 'core')).toBeUndefined()
    }
  })

  it('goes from the article, whose paragraphs stay', () => {
    const result = runStages([p1, p2, 'Harbour Gazette Newsletter', p3, p1.replace('Tuesday', 'Friday')].join('\n\n'), ['boilerplate'])
    expect(body(result.markdown)).not.toContain('Gazette Newsletter')
    expect(body(result.markdown)).toContain(p3)
  })
})

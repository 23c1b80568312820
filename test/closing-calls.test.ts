import {describe, expect, it} from 'vitest'
import {chromeMatch} from '../src/lexicon/chrome.js'
import {countWords} from '../src/util/text.js'

/**
 * The calls and box headings German and English sites print under an article in more forms than the lexicon had:
 * "Das Thema könnte dich auch interessieren:" over a teaser (the lexicon knew only "Das könnte dich auch
 * interessieren"), "Hat Ihnen dieser Artikel gefallen? …" where it knew "Hat Ihnen der Artikel gefallen?". Inside the
 * article core only a sure phrase goes: each form must be one.
 */
const lines: Array<[text: string, category: string]> = [
  ['Das Thema könnte dich auch interessieren:', 'related'],
  ['Diese Artikel könnten dich ebenfalls interessieren:', 'related'],
  ['Das könnte Sie ebenfalls interessieren', 'related'],
  ['Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn doch mit anderen', 'share'],
  ['Hat dir dieser Artikel gefallen?', 'share'],
  ['Gefällt Ihnen dieser Artikel?', 'share'],
  ['Did you enjoy this article?', 'share'],
]

describe('closing calls and teaser headings inside the article', () => {
  for (const [text, category] of lines) {
    it(`"${text}" is chrome (${category})`, () => {
      expect(chromeMatch(text, countWords(text), 'core')?.category).toBe(category)
    })
  }

  it('a sentence that only shares the words stays', () => {
    const text = 'Das Thema hat viele Leser interessiert, wie die Zahlen zeigen.'
    expect(chromeMatch(text, countWords(text), 'core')).toBeUndefined()
  })
})

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

/**
 * News pages in languages the lexicon gained (text dumps in Catalan, Croatian,
 * Swahili, Tamil, Georgian (a script written without case), Armenian (its label's
 * colon is ՝), Bengali and Urdu, the last two with a Latin full stop their
 * punctuation rules turn into । and ۔; an old table layout in Lithuanian with a cookie notice and a share
 * bar over the headline), each with a menu, a byline and a dateline over the
 * article and a box of related links, the most read and a newsletter under it:
 * the byline and the date go to the front matter, the boxes go, every paragraph
 * stays. Written for this test.
 */
const pages = JSON.parse(readFileSync(new URL('./data/unseen-languages.json', import.meta.url), 'utf8')) as Record<string, {format?: 'html'; text: string; author: string; date: string; paragraphs: string[]}>

describe('pages in languages the lexicon gained', () => {
  for (const [lang, page] of Object.entries(pages)) {
    it(`${lang}: byline and date in the front matter, the article whole, no box under it`, () => {
      const result = cleanSync(page.text, {format: page.format ?? 'text'})
      expect(result.meta).toMatchObject({lang, author: page.author, date: page.date})
      const body = result.markdown.split('\n---\n')[1]!.trim().split(/\n\n/u)
      expect(body.map((block) => block.replace(/[’‘]/gu, "'").replace(/[«»„“”]/gu, '"'))).toEqual(page.paragraphs)
    })
  }
})

import {describe, expect, it} from 'vitest'
import {normalizePunctuation, punctuationRules} from '../src/index.js'

describe('punctuation rules', () => {
  for (const rule of punctuationRules) {
    it(`${rule.name}: its examples`, () => {
      const lang = rule.langs?.[0] ?? (rule.name.startsWith('ar/') ? 'ar' : 'en')
      for (const [input, expected] of rule.examples) {
        expect(normalizePunctuation(input, lang, {}), input).toBe(expected)
      }
    })
  }

  it('never touches URLs, e-mail, domains, numbers, abbreviations, versions, file names, emoticons', () => {
    const keep = [
      'see https://example.com/a.b?x=1,2 now',
      'mail jane.doe@example.org today',
      'visit example.com/a.b and news.example.co.uk',
      'it costs 3.5 or 1.000,50 at 10.30',
      'z.B. and e.g. and U.S. and t.o.v. here',
      'upgrade to v2.1.0 now',
      'edit index.ts and main.py first',
      'smile :) or ;-) or :D',
    ]
    for (const text of keep) expect(normalizePunctuation(text, 'en')).toBe(text)
  })

  it('is idempotent on the seeds\' fixes', () => {
    for (const text of ['beschenken.sehr aufgepumpt', 'wir alle –hauptsächlich Marketingfachleute– Wir', 'ديب سيك, سباق', 'Wacht maar...']) {
      const once = normalizePunctuation(text, 'de')
      expect(normalizePunctuation(once, 'de')).toBe(once)
    }
  })
})

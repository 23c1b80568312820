import {describe, expect, it} from 'vitest'
import {normalizePunctuation, punctuationRules} from '../src/index.js'
import {exampleLang} from '../src/punctuation/rule.js'

describe('punctuation rules', () => {
  it('every rule\'s [input, expected] examples hold, each in its language and quote mode', () => {
    for (const rule of punctuationRules) {
      expect(rule.examples.length, rule.name).toBeGreaterThan(0)
      for (const example of rule.examples) {
        const [input, expected] = example
        const quotes = rule.modes?.[0] ?? 'locale'
        expect(normalizePunctuation(input, exampleLang(rule, example), {quotes}), `${rule.name}: ${input}`).toBe(expected)
      }
    }
  })

  it('switches a rule off by name', () => {
    expect(normalizePunctuation('Wacht maar...', 'nl', {rules: {'common/ellipsis': false}})).toBe('Wacht maar...')
    expect(normalizePunctuation('zei "ja"', 'nl', {rules: {'quotes/locale': false}})).toBe('zei "ja"')
  })

  it('is idempotent where the quote rules or ASCII mode turn CJK corner brackets into other quotes', () => {
    for (const [text, lang, quotes] of [['「 ;', 'en', 'ascii'], ['」  ...', 'en', 'ascii'], ['」ي」,', 'en', 'locale']] as const) {
      const once = normalizePunctuation(text, lang, {quotes})
      expect(normalizePunctuation(once, lang, {quotes}), `${lang} ${quotes}: ${text}`).toBe(once)
    }
  })

  it('is idempotent on the seeds\' fixes', () => {
    for (const text of ['beschenken.sehr aufgepumpt', 'wir alle –hauptsächlich Marketingfachleute– Wir', 'ديب سيك, سباق', 'Wacht maar...', 'Il dit «merci» ?']) {
      for (const lang of ['de', 'fr', 'ar', 'nl']) {
        const once = normalizePunctuation(text, lang)
        expect(normalizePunctuation(once, lang), `${lang}: ${text}`).toBe(once)
      }
    }
  })
})

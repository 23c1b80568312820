import {describe, expect, it} from 'vitest'
import {normalizePunctuation} from '../src/index.js'

/** Tokens no punctuation rule may change, each in a sentence, in every quote mode and several languages. */
const untouched: Record<string, string[]> = {
  'URLs': ['see https://example.com/a.b?x=1,2 now', 'lees https://nos.nl/artikel/123-iets.html vandaag'],
  'e-mail addresses': ['mail jane.doe@example.org today', 'schrijf naar redactie@krant.nl morgen'],
  'domain names': ['visit example.com/a.b and news.example.co.uk', 'op nu.nl en tweakers.net', 'see www.example.news-site.example.De now'],
  'numbers': ['it costs 3.5 or 1.000,50 at 10.30', 'om 10:30 kost het 1.000.000 euro'],
  'abbreviations': ['z.B. and e.g. and U.S. and t.o.v. here', 'd.h. es geht'],
  'version strings': ['upgrade to v2.1.0 now', 'Node 20.11.1 is out'],
  'inline code': ['run `a  --  b...c` first', 'call `x = "y"` now'],
  'file names': ['edit index.ts and main.py first', 'open rapport.pdf now'],
  'names glued at a dot': ['Mr.Smith went to St.Petersburg', 'visit Yahoo.Com or Amazon.De now', 'built with Node.js, ASP.NET and Vue.Js today', 'by J.R.R. Tolkien and the U.S.It team'],
  'code in prose': ['compare with Number.EPSILON instead', 'call Object.keys(obj) or Math.floor on it'],
  'emoticons': ['smile :) or ;-) or :D', "sad :'( today"],
}

describe('punctuation never changes', () => {
  for (const [kind, texts] of Object.entries(untouched)) {
    it(kind, () => {
      for (const text of texts) {
        for (const lang of ['en', 'de', 'nl']) {
          for (const quotes of ['locale', 'keep', 'ascii'] as const) {
            expect(normalizePunctuation(text, lang, {quotes}), `${lang} ${quotes}`).toBe(text)
          }
        }
      }
    })
  }

  it('the seeds\' fixes come out as a reader expects', () => {
    expect(normalizePunctuation('den Freundeskreis zu beschenken.sehr aufgepumpt', 'de')).toBe('den Freundeskreis zu beschenken. sehr aufgepumpt')
    expect(normalizePunctuation('das wir alle –hauptsächlich Marketingfachleute– erlebt haben', 'de')).toBe('das wir alle – hauptsächlich Marketingfachleute – erlebt haben')
    expect(normalizePunctuation('die „Clique“ der Welt', 'de')).toBe('die „Clique“ der Welt')
    expect(normalizePunctuation('ديب سيك, سباق الذكاءات الاصطناعية', 'ar')).toBe('ديب سيك، سباق الذكاءات الاصطناعية')
    expect(normalizePunctuation('ما النتيجة? أصبحت', 'ar')).toBe('ما النتيجة؟ أصبحت')
    expect(normalizePunctuation('de zogenaamde "clique" van', 'nl')).toBe('de zogenaamde “clique” van')
  })

  it('French keeps and adds its narrow no-break spaces; other languages lose odd spaces', () => {
    expect(normalizePunctuation('Pourquoi\u00A0? Parce que\u202F!', 'fr')).toBe('Pourquoi\u202F? Parce que\u202F!')
    expect(normalizePunctuation('Warum\u00A0? Darum !', 'de')).toBe('Warum? Darum!')
  })

  it('Arabic marks only after Arabic-script words; digits and Latin runs inside keep theirs', () => {
    expect(normalizePunctuation('بلغ 1,5 مليون; وقال CEO, John', 'ar')).toBe('بلغ 1,5 مليون؛ وقال CEO, John')
    expect(normalizePunctuation('این چیست? آن', 'fa')).toBe('این چیست؟ آن')
  })

  it('ascii turns every typographic mark to ASCII, keep repairs only mismatched pairs', () => {
    expect(normalizePunctuation('«Bonjour» — dit-il… ’', 'fr', {quotes: 'ascii'})).toBe('"Bonjour" - dit-il... \'')
    expect(normalizePunctuation('er sagte "ja" und „nein"', 'de', {quotes: 'keep'})).toBe('er sagte "ja" und „nein“')
  })
})

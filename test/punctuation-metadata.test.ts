import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`

const body =
  'The keepers wrote down the weather, every ship that passed and the oil burned each night, and now and then their own "worries" about the supply boat.'

describe('punctuation of the front matter', () => {
  it('keeps a title’s straight quotes and separator hyphen as the page wrote them, while the body gets the language’s quotes', () => {
    const result = cleanSync(page("Lighthouse keepers' logbooks - the 'first' volumes", body), {format: 'html'})
    expect(result.meta.title).toBe("Lighthouse keepers' logbooks - the 'first' volumes")
    expect(result.markdown).toContain('their own “worries”')
  })

  it('still repairs a title’s errors: odd spaces, a Latin comma after Arabic, a mismatched pair', () => {
    const arabic = cleanSync(page('ديب سيك, سباق الذكاءات', 'بدأ سباق الذكاءات الاصطناعية بين الشركات الكبرى في العالم، وتتنافس الشركات على تطوير نماذج أقوى وأسرع من أي وقت مضى.'), {format: 'html'})
    expect(arabic.meta.title).toBe('ديب سيك، سباق الذكاءات')
    const spaced = cleanSync(page('Ein  „Test" mit\u00a0Lücken', 'Die Wärter schrieben das Wetter auf, jedes Schiff, das vorbeifuhr, und das Öl, das jede Nacht verbrannte, und ab und zu ihre eigenen Sorgen.'), {format: 'html'})
    expect(spaced.meta.title).toBe('Ein „Test“ mit Lücken')
  })

  it('follows the caller: quotes "ascii" makes the title ASCII too, and a rule switched on by name runs on it', () => {
    const ascii = cleanSync(page('The “first” volumes’ pages, put online', body), {format: 'html', punctuation: {quotes: 'ascii'}})
    expect(ascii.meta.title).toBe("The \"first\" volumes' pages, put online")
    const dashed = cleanSync(page('Paris - Berlin in eight hours', body), {format: 'html', punctuation: {rules: {'common/spaced-hyphen': true}}})
    expect(dashed.meta.title).toBe('Paris—Berlin in eight hours')
  })
})

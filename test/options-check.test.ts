import {describe, expect, it} from 'vitest'
import {ScrubdownError, cleanSync, createCleaner} from '../src/index.js'
import type {CleanOptions} from '../src/index.js'

function refusal(options: unknown): {code: string; message: string} {
  try {
    createCleaner(options as CleanOptions)
  } catch (error) {
    expect(error).toBeInstanceOf(ScrubdownError)
    return {code: (error as ScrubdownError).code, message: (error as Error).message}
  }
  throw new Error('the options were accepted')
}

describe('options are checked when a cleaner is made', () => {
  it('refuses what would be ignored or misread, saying what is accepted', () => {
    expect(refusal({lang: 'klingon'})).toEqual({code: 'EOPTIONS', message: 'lang: unknown language "klingon"; use an ISO 639-1 or 639-3 code or a BCP 47 tag, such as en, nl, pt-BR or ceb'})
    expect(refusal({punctuation: {rules: {'common/elipsis': false}}}).message).toMatch(/^punctuation\.rules: unknown punctuation rule "common\/elipsis"; the common rules are common\/nfc, .*common\/ellipsis/)
    expect(refusal({punctuation: {quote: 'keep'}}).message).toBe('unknown option punctuation.quote: punctuation takes rules, quotes')
    expect(refusal({punctuation: {quotes: 'curly'}}).message).toBe('punctuation.quotes must be locale or keep or ascii, not "curly"')
    expect(refusal({html: {links: 'bogus'}}).message).toBe('html.links must be keep or text, not "bogus"')
    expect(refusal({dedupe: {minWords: 2.5}}).message).toBe('dedupe.minWords must be a whole number from 1, not 2.5')
    expect(refusal({language: {only: ['nl', 'elvish']}}).message).toContain('language.only: unknown language "elvish"')
    expect(refusal({maxBytes: -1}).message).toBe('maxBytes must be a whole number of bytes above 0, not -1')
    expect(refusal({format: 'pdf'})).toEqual({code: 'EFORMAT', message: 'unknown format "pdf": use auto, text, html, markdown'})
    expect(() => createCleaner().cleanSync('x', {format: 'docx' as 'html'})).toThrow(/unknown format "docx"/)
  })

  it('accepts every documented form', () => {
    const options: CleanOptions = {
      lang: 'pt-BR',
      format: 'text',
      html: {links: 'text', images: 'drop'},
      punctuation: {rules: {'common/ellipsis': false}, quotes: 'keep'},
      language: {only: ['nl', 'af', 'ceb'], blocks: {minLetters: 80}},
      structure: {headingDepth: 3},
      boilerplate: {edges: false},
    }
    expect(cleanSync('Dit is een korte zin.', options).meta.lang).toBeDefined()
  })
})

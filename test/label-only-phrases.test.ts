import {describe, expect, it} from 'vitest'
import {chromeMatch} from '../src/lexicon/chrome.js'
import {matchLexicon} from '../src/lexicon/match.js'
import {countWords} from '../src/util/text.js'

/**
 * A phrase the lexicon lists with its colon ("lea:", "mira:") is only a label with a headline after it: Spanish news
 * sites put "Lea: <headline>" and "MIRA: <headline>" between an article's paragraphs as a teaser, while "Lea" and
 * "Mira" are first names as often, alone on a line, opening one, or a speaker's label before a sentence.
 */
const core = (text: string) => chromeMatch(text, countWords(text), 'core')

describe('label-only phrases', () => {
  it('take a teaser headline after their colon inside the article', () => {
    expect(core('Lea: Consejo Permanente de OEA aborda este miércoles confiscación de sus oficinas')?.category).toBe('readMore')
    expect(core('MIRA: Madre se acerca a conocer los motivos de captura de su hijo y termina detenida')?.category).toBe('readMore')
  })

  it('leave the name alone, opening a line, or labelling a speaker\'s sentence', () => {
    for (const text of ['Lea', 'Mira', 'Lea Müller', 'Mira Schneider hat den Preis gewonnen', 'Lea: Ich fand den Abend wunderbar.', 'MIRA-Award']) {
      expect(matchLexicon(text).filter((match) => match.phrase === 'lea' || match.phrase === 'mira')).toEqual([])
    }
  })

  it('a phrase listed bare and with its colon is read bare ("আরও পড়ুন" alone is still a teaser\'s label)', () => {
    expect(matchLexicon('আরও পড়ুন').some((match) => match.category === 'readMore' && match.whole)).toBe(true)
  })
})

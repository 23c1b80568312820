import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const prose = 'Alles wat geautomatiseerd kan worden, zal uiteindelijk geautomatiseerd worden, en dat weet iedereen in het vak.'
const clean = (text: string) => runStages(text, ['structure'])

describe('structure stage', () => {
  it('makes a short line that introduces prose a heading', () => {
    expect(body(clean(`${prose}\n\nWees niet bang\n\n${prose}`).markdown)).toBe(`${prose}\n\n## Wees niet bang\n\n${prose}\n`)
  })

  it('makes a short question that introduces prose a heading', () => {
    expect(body(clean(`${prose}\n\nWat nou?\n\n${prose}`).markdown)).toContain('\n\n## Wat nou?\n\n')
  })

  it('leaves a one-line sentence, a long question and a lower-case line alone', () => {
    for (const line of ['Join the human resistance.', 'Hoe weet je eigenlijk of je klant tevreden is met wat je doet?', 'en dan nog dit']) {
      expect(body(clean(`${prose}\n\n${line}\n\n${prose}`).markdown)).toContain(`\n\n${line}\n\n`)
    }
  })

  it('takes a numbered line ("1) Lego Star Wars") for a list item, not a heading', () => {
    expect(body(clean(`${prose}\n\n1) Lego Star Wars 75188\n\n${prose}`).markdown)).toContain('\n\n1\\) Lego Star Wars 75188\n\n')
  })

  it('joins lines a hard wrap broke', () => {
    const text = 'This paragraph was wrapped at a fixed width by the CMS export\nand continues on the next line without a break.'
    expect(body(clean(text).markdown)).toBe('This paragraph was wrapped at a fixed width by the CMS export and continues on the next line without a break.\n')
  })

  it('does not join separate paragraphs', () => {
    const text = 'A first paragraph that ends without punctuation because the writer forgot\n\nand a second one.'
    expect(body(clean(text).markdown)).toContain('\n\nand a second one.')
  })

  it('in an interview makes every short question a heading, also one answered in a word', () => {
    const interview = [
      'Perché un altro romanzo sulla famiglia?', 'Perché non ho ancora finito di capirla.',
      'È autobiografico?', 'No.',
      'Nemmeno un po’?', 'Forse sì. Un po’.',
      'Quanto tempo ci ha messo a scriverlo?', 'Tre anni, quasi quattro.',
    ]
    const markdown = body(clean(interview.join('\n\n')).markdown)
    for (const question of interview.filter((line) => line.endsWith('?'))) expect(markdown).toContain(`## ${question}\n`)
    expect(markdown).toContain('\n\nNo.\n')
    // Outside an interview a question answered in a word is a line of dialogue.
    expect(body(clean(`${prose}\n\nWat nou?\n\nNiets.\n\n${prose}`).markdown)).toContain('\n\nWat nou?\n\nNiets.\n\n')
  })
})

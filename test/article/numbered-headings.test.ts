import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

const sections = [
  ['1. Sark, Channel Islands', 'Sark has no cars at all: you arrive by boat and get around on foot, by bike or by horse and cart, and the nights are dark.'],
  ['2. Procida, Italy', 'Procida is the quieter neighbour of Capri and Ischia, and its fishing harbour is lined with houses painted pink, yellow and blue.'],
  ['3. Hydra, Greece', 'Hydra banned cars and motorbikes decades ago, and donkeys still carry luggage up from the port to the houses on the hill.'],
]
const dump = (toc: string[]) =>
  ['Home', 'Travel', '10 tiny islands worth the ferry ride', 'By Sam Carter', 'June 2, 2025', 'Share', 'Pin', 'Email', ...toc, ...sections.flat(), 'Advertisement', 'More from Travel', 'The best night trains in Europe'].join('\n')

describe('the first of the article\'s numbered headings', () => {
  it('opens the article over its first section when the next number heads the second, though a table of contents printed it too', () => {
    const result = cleanSync(dump(['Table of Contents', ...sections.map(([heading]) => heading!)]), {format: 'text'})
    expect(body(result.markdown)).toBe(`${sections.map(([heading, text]) => `## ${heading}\n\n${text}`).join('\n\n')}\n`)
  })
})

import {describe, expect, it} from 'vitest'
import {endAboveClosingLines} from '../../src/article/past-closing-chrome.js'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

// A blog post's end: its last paragraphs, the tags line, the author's name and bio (hand scores; the model's alike).
const blocks: Array<[text: string, base: number]> = [
  ['We painted the board in four colours, one stencil after the other, and let each dry overnight.', 60],
  ['The children were thrilled at every step, and the picture now hangs above the desk.', 55],
  ['Tags: wood, colour, stencils', -11],
  ['Floyd', -1.5],
  ['The internet says that information about the author is important. Sadly nothing important comes to mind.', 30],
]
const texts = blocks.map(([text]) => text)
const base = blocks.map(([, score]) => score)

describe('one paragraph under the article\'s closing lines', () => {
  it('ends the core above the tags line when one paragraph stands under it', () => {
    expect(endAboveClosingLines(texts, base, base, 0, 4)).toBe(1)
  })

  it('ends it above a newsletter\'s call too, not above a "Read also" box, under which articles go on', () => {
    const signUp = texts.map((text, index) => (index === 2 ? 'Subscribe to our newsletter' : text))
    expect(endAboveClosingLines(signUp, base, base, 0, 4)).toBe(1)
    const readAlso = texts.map((text, index) => (index === 2 ? 'Read also' : text))
    expect(endAboveClosingLines(readAlso, base, base, 0, 4)).toBe(4)
  })

  it('ends it above two boxes under the closing lines, each a heading and one paragraph (the author\'s bio, the site\'s)', () => {
    const boxes = [...texts, 'About this blog', 'We write about crafts with children, from painting to woodwork, every second week.']
    const scored = [...base, -1.5, 8]
    expect(endAboveClosingLines(boxes, scored, scored, 0, 6)).toBe(1)
    // Two paragraphs together under the closing lines are the article going on.
    const together = [...texts, 'And then the article went on with a second paragraph right under the first.']
    expect(endAboveClosingLines(together, [...base, 30], [...base, 30], 0, 5)).toBe(5)
  })

  it('leaves the core when two paragraphs stand under the closing line (the article going on)', () => {
    const more = [...texts, 'And then the article went on with a second section after its share bar.']
    expect(endAboveClosingLines(more, [...base, 30], [...base, 30], 0, 5)).toBe(5)
  })

  it('leaves a paragraph that outweighs what stands above it (a site\'s tagline over a one-paragraph post)', () => {
    const heavy = base.map((score, index) => (index === 4 ? 90 : score))
    expect(endAboveClosingLines(texts, heavy, heavy, 0, 4)).toBe(4)
  })

  it('needs a closing line of tags or sharing, not any chrome (a photo\'s credit inside the article)', () => {
    const credit = texts.map((text, index) => (index === 2 ? '© Anna Berg / Pressefoto' : text))
    expect(endAboveClosingLines(credit, base, base, 0, 4)).toBe(4)
  })

  it('leaves the author\'s bio out of a cleaned post, under its tags', () => {
    const article = [
      'We finally made the picture our son had asked about for weeks. He had seen the little yellow figures in a film and wanted them on his wall, painted by himself, in their own colours.',
      'First we cut the stencils out of adhesive film, one for each colour, and stuck the first of them on a board of plain pine that we had sanded the evening before.',
      'Then came the colours, one after the other: yellow first, then blue, then white, and black at the end. Each layer had to dry overnight before the next film went on.',
      'The children were thrilled at every step, and the finished picture now hangs above the desk in their room, where everyone who visits has to admire it.',
    ]
    const bio = 'The internet says that information about the author is important. Sadly nothing important comes to mind that I could write here, so I write this sentence instead.'
    const page = ['Home\nAbout\nContact', 'Painting with stencils', ...article, 'Tags: wood, colour, stencils', 'Floyd', bio, 'Home\nAbout me\nImprint']
    const result = cleanSync(page.join('\n\n'), {format: 'text', url: 'https://blog.example.org/painting-with-stencils/'})
    expect(body(result.markdown)).toContain(article[3])
    expect(body(result.markdown)).not.toContain('Sadly nothing important')
  })
})

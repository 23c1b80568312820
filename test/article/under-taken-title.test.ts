import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {underTakenTitle} from '../../src/article/zones.js'
import {parseText} from '../../src/parse/text.js'
import {body} from '../helpers/run.js'

const paragraphs = [
  'Margaret Ellen Walsh, 94, of Portland, passed away peacefully on January 9, 2026, surrounded by her family.',
  'She was born in Boise, Idaho, to Thomas and Rose Kelly, and married Robert Walsh in 1953. Together they raised five children.',
  'Margaret worked as a school librarian for thirty years and never stopped recommending books to anyone who would listen.',
  'A memorial service will be held at 11 a.m. on Saturday, January 17, at St. Mary\'s Church.',
]
// Line 4 stands over the title taken on line 5; the core's search starts at line 4 (block 3).
const lines = (over: string) => ['Home', 'Obituaries', 'Death Notices', over, 'Margaret Ellen Walsh', '1931 – 2026', ...paragraphs, 'Sign the guest book', 'Share this obituary', 'Facebook', 'Privacy Policy']
const titleLine = 5

describe('the article starts under the title taken', () => {
  it('leaves the menu\'s last item just above an obituary\'s name in the header', () => {
    const result = cleanSync(lines('Place a notice').join('\n'), {format: 'text'})
    expect(result.meta.title).toBe('Margaret Ellen Walsh')
    expect(body(result.markdown)).not.toContain('Place a notice')
    expect(body(result.markdown)).toContain(paragraphs[0])
    expect(underTakenTitle(parseText(lines('Place a notice').join('\n')), {coreStart: 3, coreEnd: 10}, titleLine)).toEqual({coreStart: 5, coreEnd: 10})
  })

  it('not over a paragraph, nor over a line of a headline\'s shape, a rival the title passed over', () => {
    const rival = parseText(lines('Portland librarian who loved recommending books dies at 94').join('\n'))
    expect(underTakenTitle(rival, {coreStart: 3, coreEnd: 10}, titleLine)).toEqual({coreStart: 3, coreEnd: 10})
    const prose = parseText(lines('The family thanks the nurses of the hospice for their care in her last weeks.').join('\n'))
    expect(underTakenTitle(prose, {coreStart: 3, coreEnd: 10}, titleLine)).toEqual({coreStart: 3, coreEnd: 10})
  })

  it('not from a title taken far below the core\'s start, nor below its end', () => {
    const tree = parseText(lines('Place a notice').join('\n'))
    expect(underTakenTitle(tree, {coreStart: 0, coreEnd: 10}, 11)).toEqual({coreStart: 0, coreEnd: 10})
    expect(underTakenTitle(tree, {coreStart: 3, coreEnd: 4}, titleLine)).toEqual({coreStart: 3, coreEnd: 4})
  })
})

describe('the article starts under the title taken, not under a title of no headline\'s shape', () => {
  it('moves no sentence over a title taken that opens in lower case; a menu\'s item, and a sentence over a capital, still go', () => {
    const sentence = parseText(lines('We tore them out.').join('\n'))
    expect(underTakenTitle(sentence, {coreStart: 3, coreEnd: 10}, titleLine, 'all six of them, in one weekend')).toEqual({coreStart: 3, coreEnd: 10})
    expect(underTakenTitle(sentence, {coreStart: 3, coreEnd: 10}, titleLine, 'Margaret Ellen Walsh')).toEqual({coreStart: 5, coreEnd: 10})
    expect(underTakenTitle(parseText(lines('Place a notice').join('\n')), {coreStart: 3, coreEnd: 10}, titleLine, 'good couple of days')).toEqual({coreStart: 5, coreEnd: 10})
  })

  it('keeps the opening line of a dump whose title was taken from the line under it', () => {
    const page = ['Garden Notes', 'Home', 'Recipes', 'About', '', 'Raised beds', 'by Jane Doe', 'March 12, 2026', '', 'We tore them out.', 'all six of them, in one weekend', 'Why the old beds failed',
      'The first beds were made of untreated pine, which was cheap and easy to cut but started to rot after the second winter. By the third spring the corners had opened and the soil was spilling out onto the paths every time it rained.',
      'We also built them too wide. At a metre and a half, the middle of each bed was out of reach from either side, so we ended up stepping on the soil we had worked so hard to keep loose.',
      'What we built instead',
      'The new beds are larch, a metre wide and knee high, with a gravel path between them that drains even after a storm. They cost more than twice as much, but the wood should last ten years without treatment.']
    expect(body(cleanSync(page.join('\n'), {format: 'text'}).markdown)).toContain('We tore them out.')
  })
})

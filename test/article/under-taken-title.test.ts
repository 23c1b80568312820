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

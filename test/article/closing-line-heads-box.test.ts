import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'
const teasers = ['Ferry prices go up again in spring', 'A new bakery opens by the lighthouse', 'Storm warnings for the whole coast']
const clean = (text: string) => body(runStages(text, ['boilerplate']).markdown)

describe('a one-line closing under the article', () => {
  it('is no closing when it is set right over the links of a box, on a page that parts its paragraphs by a blank line', () => {
    const page = `${p1}\n\n${p2}\n\n${p3}\n\nAlso on harbour-gazette.com\n${teasers.join('\n')}\n`
    expect(clean(page)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('stays the article\'s closing when a blank line parts it from what follows', () => {
    const closing = 'see you all at the harbour festival'
    const page = `${p1}\n\n${p2}\n\n${p3}\n\n${closing}\n\n${teasers.join('\n')}\n`
    expect(clean(page)).toBe(`${p1}\n\n${p2}\n\n${p3}\n\n${closing}\n`)
  })

  it('stays the article\'s closing on a page whose lines all follow each other with no blank line', () => {
    const closing = 'see you all at the harbour festival'
    const page = `${p1}\n${p2}\n${p3}\n${closing}\n${teasers.join('\n')}\n`
    expect(clean(page)).toBe(`${p1}\n\n${p2}\n\n${p3}\n\n${closing}\n`)
  })

  it('keeps the article\'s source line, whatever is set right under it', () => {
    const source = 'Source: https://example.org/harbour/sea-wall-report-2024'
    const page = `${p1}\n\n${p2}\n\n${p3}\n\n${source}\nShare this:\nPrint\nEmail\n`
    expect(clean(page)).toContain(source.slice(0, 20))
  })

  it('keeps a closing that gives an address for more, whatever is set right under it', () => {
    for (const closing of ['Tickets and the full programme at www.harbour-festival.org', 'Questions to the council: harbour@example.org']) {
      const page = `${p1}\n\n${p2}\n\n${p3}\n\n${closing}\n${teasers.join('\n')}\n`
      expect(clean(page)).toContain(closing)
    }
  })
})

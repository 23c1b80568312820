import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'
const clean = (text: string) => runStages(text, ['boilerplate'])

describe('boxes after the article', () => {
  it('takes no "Recent Posts" heading for a box inside the article when the blogger\'s bio follows it', () => {
    const bio1 = 'I am Amy and I am so glad you have stopped by, as a sleep consultant I help families get the rest they need every night.'
    const bio2 = 'My blog is full of things to help you celebrate motherhood, from nursery ideas and sleep schedules to printables and gift lists.'
    const result = clean(`${p1}\n${p2}\n${p3}\nAuthor\nRecent Posts\nAmy Motroni\n${bio1}\n${bio2}\nFiled Under: Baby, Nurseries`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('still reads a "Related" heading with one link and the article going on under it as a box inside the article', () => {
    const result = clean(`${p1}\n${p2}\nRelated articles\nCouncil approves the budget for the new harbour\n${p3}\n${p1.replace('Tuesday', 'Monday')}`)
    expect(body(result.markdown)).toContain(p3)
  })
})

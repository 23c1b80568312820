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

  it('ends the article above a feed of teasers cut off with an ellipsis, and above the feed\'s heading', () => {
    const teasers = [
      'Five tips for good remote leadership Good remote leadership shows in empathy and in how a team talks, says a coach who…',
      'Skills shortage will grow next year Two thirds of hiring managers expect the shortage of skilled staff to get worse, a study…',
      'Five tasks for HR and IT leaders HR and IT must work closer together and use their synergies, says a manager of…',
    ]
    const result = clean(`${p1}\n${p2}\n${p3}\nRecommended by us\n${teasers.join('\n')}`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('keeps an article\'s paragraphs that trail off with an ellipsis, two of them at its end', () => {
    const trailing = ['And then the lights went out over the harbour, one after the other, until only the lighthouse was left…', 'Nobody on the road that night knew what the council would decide the next morning about the wall…']
    const result = clean(`${p1}\n${p2}\n${p3}\n${trailing.join('\n')}`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n\n${trailing.join('\n\n')}\n`)
  })

  it('ends the article above the site\'s box about itself, headed by the site\'s name, and above its links to the site\'s channels', () => {
    const about = 'Der Webcomic mit den niedlichen Schafen. Jeden Montag und Donnerstag gibt es einen neuen Comic zu lesen.'
    const page = `${p1}\n${p2}\n${p3}\nMäscot auf Facebook…\n…und anderem Web 2.0 Gedöns.\nMäscot\n${about}`
    expect(body(runStages(page, ['boilerplate'], {url: 'http://www.maescot.de/kleine-schafskunde/'}).markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
    // Another site's name is a section of the article.
    expect(body(runStages(page, ['boilerplate'], {url: 'https://example.org/schafe/'}).markdown)).toContain(about)
  })
})

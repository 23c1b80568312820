import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'
const clean = (text: string) => runStages(text, ['boilerplate'])

describe('a paywall at the article\'s end', () => {
  it('ends the article above its prompt, with the pitch under it', () => {
    const page = [
      p1, p2, p3,
      'To view the full story, please subscribe to The Harbour Times. You can choose an annual subscription or a weekly pass.',
      'When you join The Harbour Times family, you will get unlimited digital access to journalism about the coast you will not get anywhere else.',
      'First-time subscribers also receive a special welcome gift made by local artisans, and support independent local news.',
    ]
    expect(body(clean(page.join('\n\n')).markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('keeps a how-to\'s step that opens with an account\'s words ("Create an account")', () => {
    const step = 'Create an account on the portal with your tax number and an email address you check often. The code arrives within minutes.'
    const page = [p1, p2, step, p3, p2.replace('Residents', 'Shop owners'), p1.replace('council', 'board')]
    expect(body(clean(page.join('\n\n')).markdown)).toContain(p1.replace('council', 'board'))
  })

  it('keeps an article that mentions subscribing, and a bare login link is no prompt', () => {
    const mention = 'Subscribers only pay half, the council said, and the ferry keeps its timetable during the works on the road.'
    const page = [p1, p2, mention, p3]
    expect(body(clean(page.join('\n\n')).markdown)).toContain(p3)
  })
})

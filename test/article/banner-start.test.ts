import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {belowBanner} from '../../src/article/banner-start.js'

/** A news dump whose share bar stands between the dateline and the article's first paragraph. */
const newsDump = (first: string) => ['Skip to content', 'Home', 'Media', 'Business', 'Search', 'Newsletters are the new front page', 'By Ana Lima', 'December 7, 2026', 'Share', 'Copy link', 'Comments', first,
  'Substack says it now has more than five million paid subscriptions, and legacy outlets are following.',
  'The New York Times sends more than 50 newsletters a week; the Guardian sends 40.',
  'Editors say the format builds loyalty that search traffic cannot.',
  'But the economics are uncertain. Most readers pay for only one or two.',
  'Related', 'The return of the RSS reader', 'About us', '© 2026 Media Weekly'].join('\n')

describe('a paragraph that opens as a banner\'s notice, with no button under it', () => {
  it('is no banner: the core opens on it', () => {
    const texts = ['Sign up for a gym membership in January and there is a good chance you will have stopped going by March, a study finds.', 'Researchers at the University of Leeds followed the members of 120 gyms for two years.']
    expect(belowBanner(texts, [15, 60], 0, 2)).toBe(0)
    // With its button under it, it is the banner's.
    expect(belowBanner(['We use cookies to improve your experience. Read more in our policy.', 'Accept', texts[1]!], [3, -1, 60], 0, 3)).toBe(2)
  })

  it('keeps a newsletter article\'s first paragraph that opens "Subscribe to …" and asks a question', () => {
    const first = 'Subscribe to a dozen newsletters and you may never visit a news homepage again. Is that the future publishers want?'
    expect(cleanSync(newsDump(first), {format: 'text'}).markdown).toContain(first)
  })

  it('keeps a first paragraph of more than forty words that opens "Sign up …"', () => {
    const first = 'Sign up for a newsletter in January and there is a good chance you will have stopped reading it by March, according to a new study of 40,000 readers across Britain, which tracked how often people who subscribed after the holidays actually opened the emails in the months that followed.'
    expect(cleanSync(newsDump(first), {format: 'text'}).markdown).toContain(first)
  })
})

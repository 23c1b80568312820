import {describe, expect, it} from 'vitest'
import {postOverBox} from '../../src/article/post-over-box.js'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

// A short post under its title, as a club's news page prints it: tags, the paragraph, a share bar, "Related articles"
// with a teaser, then a newsletter form whose messages the sum took (hand scores, and the fitted model's).
const blocks: Array<[text: string, base: number, score: number]> = [
  ['Information', -1.5, -3],
  ['Project', -1.5, -3],
  ['The national preparatory meeting of the Intercultural Week takes place in Berlin …', 59, 13],
  ['Share this post:', -10, -13],
  ['Related articles', -100, -103],
  ['Storm of tweets on the European emergency day', -5, -9],
  ['On the European emergency day the fire brigades tweeted for twelve hours.', 18, -5],
  ['read more', -0.5, -3],
  ['I agree to receive the newsletter.', -2, -4],
  ['Something went wrong. Please try again!', 3.5, 2],
  ['You have received an e-mail for the double opt-in. Thank you for your interest …', 16, 12.8],
  ['Imprint and privacy', -11, -14],
]
const base = blocks.map(([, score]) => score)
const scores = blocks.map(([, , score]) => score)

describe('a short post under its title over a run past a box', () => {
  it('takes the post for the article when the run past the boundary scores hardly more', () => {
    expect(postOverBox(base, scores, 0, 9, 10)).toEqual({start: 2, end: 2})
  })

  it('leaves a run past the box that scores far more: the article going on under a related box', () => {
    const strong = scores.map((score, index) => (index === 10 ? 60 : score))
    expect(postOverBox(base, strong, 0, 9, 10)).toBeUndefined()
  })

  it('needs a boundary heading between the post and the run, and no prose of its own there', () => {
    const unboxed = base.map((score, index) => (index === 4 ? -10 : score))
    expect(postOverBox(unboxed, scores, 0, 9, 10)).toBeUndefined()
    // The article going on past its share bar, before the box: no short post.
    const goesOn = [...base.slice(0, 4), 30, ...base.slice(4)]
    const goesOnScores = [...scores.slice(0, 4), 13, ...scores.slice(4)]
    expect(postOverBox(goesOn, goesOnScores, 0, 10, 11)).toBeUndefined()
  })

  it('looks for the post only a few short lines under the title, and not when the run starts above it', () => {
    const far = [...Array<number>(9).fill(-1.5), ...base]
    const farScores = [...Array<number>(9).fill(-3), ...scores]
    expect(postOverBox(far, farScores, 0, 18, 19)).toBeUndefined()
    expect(postOverBox(base, scores, 3, 2, 2)).toBeUndefined()
  })

  it('keeps a one-paragraph news item under its title, not the newsletter form under "Related articles"', () => {
    const post = 'The national preparatory meeting of the Intercultural Week takes place in Berlin on 11 and 12 February, and our federation will again be there with a workshop on volunteers from immigrant families in the fire brigades, which last year drew more than sixty guests from all over the country.'
    const page = [
      'Home\nAbout us\nTopics\nPress\nContact',
      'Federation at the preparatory meeting of the Intercultural Week\nInformation\nProject\nEvent\nFederation',
      post,
      'Share this post:',
      'Related articles',
      'Expert on TV about the emergency call',
      'Our expert was on TV last week to talk about the automatic emergency call in cars and trucks.',
      'read more',
      'Storm of tweets on the European emergency day',
      'On the European emergency day the fire brigades tweeted about their day for twelve hours in a row.',
      'read more',
      'Show all news\nAlways up to date with our newsletter',
      'I agree to receive the newsletter of the federation by e-mail.',
      'Send\nSomething went wrong. Please try again!\nThis address is already registered.\nError: enter a valid address.\nYou have signed up!\nYou have received an e-mail for the double opt-in. Thank you for your interest in our newsletter, please confirm your address with the link in it.\nFollow us!\nImprint and privacy',
    ]
    const result = cleanSync(page.join('\n\n'), {url: 'https://www.example.org/federation-at-the-preparatory-meeting-of-the-intercultural-week/'})
    expect(body(result.markdown)).toBe(`${post}\n`)
  })
})

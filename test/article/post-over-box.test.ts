import {describe, expect, it} from 'vitest'
import {postOverBox} from '../../src/article/post-over-box.js'

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
})

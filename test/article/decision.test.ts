import {describe, expect, it} from 'vitest'
import {maxRunFrom, maxSumRun} from '../../src/article/decision.js'

describe('maxSumRun', () => {
  it('takes the run of blocks with the highest sum, short costs inside it included', () => {
    expect(maxSumRun([-2, -1, 30, -3, 25, -40, 10])).toEqual({start: 2, end: 4})
  })

  it('never crosses a wall (-Infinity), and finds no run when nothing scores above 0', () => {
    expect(maxSumRun([20, Number.NEGATIVE_INFINITY, 5, 4])).toEqual({start: 0, end: 0})
    expect(maxSumRun([5, Number.NEGATIVE_INFINITY, 20, 4])).toEqual({start: 2, end: 3})
    expect(maxSumRun([-1, 0, -3])).toBeUndefined()
    expect(maxSumRun([])).toBeUndefined()
  })
})

describe('maxRunFrom', () => {
  it('starts where it is told and ends where what follows costs more than it gives', () => {
    // The post (30, 12), chrome (-60), a longer list (50): the list gives less than the chrome costs, and is no part of the post.
    expect(maxRunFrom([-5, 30, 12, -60, 50], 1)).toEqual({start: 1, end: 2})
    // A list that gives more than the gap costs joins the run.
    expect(maxRunFrom([30, -10, 50], 0)).toEqual({start: 0, end: 2})
    // The first block is taken even when it scores below 0: it is known to open the article.
    expect(maxRunFrom([-3, -4, 1], 0)).toEqual({start: 0, end: 0})
  })

  it('stops at a wall and starts at none', () => {
    expect(maxRunFrom([10, 5, Number.NEGATIVE_INFINITY, 100], 0)).toEqual({start: 0, end: 1})
    expect(maxRunFrom([Number.NEGATIVE_INFINITY, 5], 0)).toBeUndefined()
    expect(maxRunFrom([5], 3)).toBeUndefined()
  })
})

import {describe, expect, it} from 'vitest'
import {maxSumRun} from '../../src/article/decision.js'

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

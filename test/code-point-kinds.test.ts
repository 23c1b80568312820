import {describe, expect, it} from 'vitest'
import {CodePointKinds} from '../src/util/code-point-kinds.js'

/*
 * A reader runs each path of its `at` when made (ASCII, past ASCII, a surrogate pair, a lone surrogate), so that the
 * walks that inline it are optimized with every path seen, and answers afterwards as if it had not.
 */
describe('CodePointKinds', () => {
  it('reads a letter past ASCII and a surrogate pair when made, and starts at 0', () => {
    const asked: string[] = []
    const kinds = new CodePointKinds((character) => {
      asked.push(character)
      return /\p{L}/u.test(character) ? 1 : 0
    })
    expect(asked).toContain('é')
    expect(asked).toContain('😀')
    expect(kinds.next).toBe(0)
  })

  it('gives the kinds its test gives, a surrogate pair read as one code point', () => {
    const kinds = new CodePointKinds((character) => (/\p{L}/u.test(character) ? 1 : /\p{Extended_Pictographic}/u.test(character) ? 2 : 0))
    const text = 'aé😀 \ud83dx'
    const read: Array<[number, number]> = []
    for (let index = 0; index < text.length; index = kinds.next) read.push([index, kinds.at(text, index)])
    expect(read).toEqual([[0, 1], [1, 1], [2, 2], [4, 0], [5, 0], [6, 1]])
  })
})

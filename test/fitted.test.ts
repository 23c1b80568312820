import {describe, expect, it} from 'vitest'
import {fitted} from '../src/util/fitted.js'
import {parseDom} from '../src/parse/html/parse-dom.js'
import type {Element} from 'domhandler'

describe('fitted: an array the size of its items', () => {
  it('copies an array of a few items (which a push left with room for 17), and leaves an empty or a long one as it is', () => {
    const few = [1, 2, 3]
    expect(fitted(few)).toEqual([1, 2, 3])
    expect(fitted(few)).not.toBe(few)
    const none: number[] = []
    expect(fitted(none)).toBe(none)
    const many = Array.from({length: 40}, (_, index) => index)
    expect(fitted(many)).toBe(many)
  })

  it('is given a closed element\'s children as the DOM is built, which stay in order and linked', () => {
    const document = parseDom('<p>one <b>two</b> three</p>', {withStartIndices: true, withEndIndices: true})
    const paragraph = document.children[0] as Element
    const [first, bold, last] = paragraph.children
    expect(paragraph.children).toHaveLength(3)
    expect(first?.next).toBe(bold)
    expect(last?.prev).toBe(bold)
    expect((bold as Element).children[0]?.parent).toBe(bold)
  })
})

describe('parseDom: elements without attributes', () => {
  it('share one frozen empty set of attributes; an element with some has its own', () => {
    const document = parseDom('<p>one <b>two</b> <a href="/x">three</a></p>', {})
    const paragraph = document.children[0] as Element
    const bold = paragraph.children[1] as Element
    const link = paragraph.children[3] as Element
    expect(bold.attribs).toBe(paragraph.attribs)
    expect(Object.isFrozen(bold.attribs)).toBe(true)
    expect(link.attribs).toEqual({href: '/x'})
  })
})

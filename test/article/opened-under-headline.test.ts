import {describe, expect, it} from 'vitest'
import {openedUnderHeadline} from '../../src/article/zones.js'
import {parseText} from '../../src/parse/text.js'

const p1 = 'You can adjust every setting of the game on the settings screen, and here is what each of them does for you.'
const p2 = 'Choose how many minutes you want each half of a match to last, from four minutes up to twenty minutes.'
const p3 = 'The difficulty level sets how well the opponent plays, from the beginner level up to the legendary level.'
// Line 1 the menu, line 2 the headline, then the opening's paragraphs between short lines, then the rest.
const tree = parseText(['Menu', 'Game Settings', p1, 'Half length', p2, '4 minutes', '5 minutes', p3, 'On', 'Off'].join('\n'))
const headline = 2

describe('the core reaches back for an opening right under the headline', () => {
  it('starts at the first paragraph under the headline when the search without the headline starts there', () => {
    const zones = openedUnderHeadline(tree, {coreStart: 7, coreEnd: 9}, headline, () => ({coreStart: 2, coreEnd: 9}))
    expect(zones).toEqual({coreStart: 2, coreEnd: 9})
  })

  it('keeps its end: a search without the headline may run on into chrome', () => {
    expect(openedUnderHeadline(tree, {coreStart: 7, coreEnd: 8}, headline, () => ({coreStart: 2, coreEnd: 9}))).toEqual({coreStart: 2, coreEnd: 8})
  })

  it('keeps the start when fewer than two paragraphs lie before it: a standfirst or a caption over the lead', () => {
    expect(openedUnderHeadline(tree, {coreStart: 4, coreEnd: 9}, headline, () => ({coreStart: 2, coreEnd: 9}))).toEqual({coreStart: 4, coreEnd: 9})
  })

  it('keeps the start when chrome stands between the paragraph and the core: a standfirst over a photo credit', () => {
    const credited = parseText(['Menu', 'Game Settings', p1, 'Photo by James Martin/Reuters', p2, '4 minutes', '5 minutes', p3, 'On', 'Off'].join('\n'))
    expect(openedUnderHeadline(credited, {coreStart: 7, coreEnd: 9}, headline, () => ({coreStart: 2, coreEnd: 9}))).toEqual({coreStart: 7, coreEnd: 9})
  })

  it('keeps the start when the search without the headline starts above it or far below it', () => {
    expect(openedUnderHeadline(tree, {coreStart: 7, coreEnd: 9}, headline, () => ({coreStart: 0, coreEnd: 9}))).toEqual({coreStart: 7, coreEnd: 9})
    expect(openedUnderHeadline(tree, {coreStart: 7, coreEnd: 9}, undefined, () => ({coreStart: 2, coreEnd: 9}))).toEqual({coreStart: 7, coreEnd: 9})
  })
})

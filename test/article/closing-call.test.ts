import {describe, expect, it} from 'vitest'
import {aboveClosingCall, isClosingCall} from '../../src/article/closing-call.js'

describe('a closing call on the article\'s last line', () => {
  it('is a line whose last sentence opens with a newsletter phrase of two words or more', () => {
    expect(isClosingCall('Ti è piaciuta questa ricetta? Iscriviti alla newsletter per riceverne una nuova ogni settimana!')).toBe(true)
    expect(isClosingCall('Liked this post? Subscribe to our newsletter to get the next one in your inbox.')).toBe(true)
  })

  it('is not a sentence that only mentions a newsletter, nor a long paragraph that ends with a call', () => {
    expect(isClosingCall('The council started a newsletter last spring, and 4,000 residents read it.')).toBe(false)
    const long = 'The council started a newsletter last spring to tell residents about roadworks, bin days and the new library hours, and the first issues were read by about four thousand households. Subscribe to our newsletter for more.'
    expect(isClosingCall(long)).toBe(false)
  })

  it('moves the core\'s end above it only when prose stays above', () => {
    const texts = ['A paragraph of the article that tells the story.', 'Liked this post? Subscribe to our newsletter to get the next one.']
    expect(aboveClosingCall(texts, [10, 5], 0, 1)).toBe(0)
    expect(aboveClosingCall(texts.slice(1), [5], 0, 0)).toBe(0)
    expect(aboveClosingCall(['Subscribe to our newsletter to get the next one.'], [0], 0, 0)).toBe(0)
  })
})

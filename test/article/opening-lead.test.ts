import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

const question = 'How can I reverse a list in Python so that the last element comes first? I tried list.sort() but that sorts it instead.'
const answers = [
  'Use the built-in reversed() function, which returns an iterator, or slice the list with a step of -1 to get a reversed copy.',
  'To reverse the list in place, call its reverse() method. It returns None, so do not assign the result to the list again.',
]
const page = (under: string[]) =>
  ['Skip to main content', 'Questions', 'Tags', 'How do I reverse a list in Python?', 'Asked 12 years ago', 'Viewed 4.1m times', '1203', ...under, 'python', 'list', 'Share', 'Follow', 'asked Oct 15, 2010 at 6:59', 'Leo.peis', '2 Answers', 'Sorted by:', 'Highest score (default)', '1842', ...answers, 'Share', 'Follow', 'Hot Network Questions', 'Why is the sky blue?'].join('\n')

describe('the opening right under the headline, over short lines the core does not reach across', () => {
  it('keeps a question over its tags and buttons with the answers under them', () => {
    const result = cleanSync(page([question]), {format: 'text'})
    expect(result.meta.title).toBe('How do I reverse a list in Python?')
    expect(body(result.markdown)).toBe(`${question}\n\n${answers.join('\n\n')}\n`)
  })

  it('not a photo\'s caption over its credit', () => {
    const caption = 'Cyclists ride along Main Street in the city centre on a sunny afternoon last week, before the council\'s vote.'
    expect(body(cleanSync(page([caption, 'Photo: John Doe / City Press']), {format: 'text'}).markdown)).toBe(`${answers.join('\n\n')}\n`)
  })

  it('not a list of categories or a line the lexicon names, though as long', () => {
    const categories = 'Categories: Politics, Python, Lists, Sorting, Iterators, Slicing, Built-in functions, Standard library, Beginners, Tips.'
    expect(body(cleanSync(page([categories]), {format: 'text'}).markdown)).toBe(`${answers.join('\n\n')}\n`)
  })
})

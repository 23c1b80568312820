import type {Paragraph, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'
import {result} from '../src/clean-core.js'
import {removeWhere} from '../src/util/report.js'

/** A root of one paragraph per line of `lines`, with positions as the text parser gives them. */
function rootOf(lines: string[]): Root {
  let offset = 0
  const children = lines.map((value, index): Paragraph => {
    const position = {start: {line: index + 1, column: 1, offset}, end: {line: index + 1, column: value.length + 1, offset: offset + value.length}}
    offset += value.length + 1
    return {type: 'paragraph', children: [{type: 'text', value, position}], position}
  })
  return {type: 'root', children}
}

describe('a run of blocks removed for one reason is one removal', () => {
  it('spans the run, holds its texts one per line and counts its blocks', () => {
    const tree = rootOf(['Home', 'News', 'Sport', 'The article.', 'Share', 'Tweet'])
    const file = new VFile()
    const removed = removeWhere(file, 'boilerplate', tree, (_, index) => (index === 3 ? undefined : 'a menu item'))
    expect(removed).toBe(5)
    expect(tree.children).toHaveLength(1)
    const [first, second] = file.messages
    expect(file.messages).toHaveLength(2)
    expect(first).toMatchObject({actual: 'Home\nNews\nSport', expected: [], blocks: 3, line: 1, column: 1, ruleId: 'boilerplate', source: 'scrubdown', reason: 'a menu item'})
    expect(first!.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 6, offset: 15}})
    expect(second).toMatchObject({actual: 'Share\nTweet', blocks: 2, line: 5})
    expect(result(file, '').removed).toEqual([
      {stage: 'boilerplate', reason: 'a menu item', text: 'Home\nNews\nSport', line: 1, column: 1, blocks: 3},
      {stage: 'boilerplate', reason: 'a menu item', text: 'Share\nTweet', line: 5, column: 1, blocks: 2},
    ])
  })

  it('ends at another reason, and a lone block is a removal as before (no count)', () => {
    const tree = rootOf(['Home', 'News', 'Advertisement', 'Sport'])
    const file = new VFile()
    removeWhere(file, 'boilerplate', tree, (node) => (toString(node) === 'Advertisement' ? 'an ad label' : 'a menu item'))
    expect(result(file, '').removed.map(({text, reason, blocks}) => ({text, reason, blocks}))).toEqual([
      {text: 'Home\nNews', reason: 'a menu item', blocks: 2},
      {text: 'Advertisement', reason: 'an ad label', blocks: undefined},
      {text: 'Sport', reason: 'a menu item', blocks: undefined},
    ])
    expect(file.messages[1]!).not.toHaveProperty('blocks')
  })

  it('keeps the trail in document order when the decision itself writes a message', () => {
    const tree = rootOf(['Home', 'News', 'Sport'])
    const file = new VFile()
    removeWhere(file, 'boilerplate', tree, (_, index) => {
      if (index === 2) file.message('a note about the third block')
      return 'a menu item'
    })
    expect(file.messages.map((message) => message.actual ?? message.reason)).toEqual(['Home\nNews', 'a note about the third block', 'Sport'])
  })

  it('does not join blocks without a position (nothing tells they stand together)', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'a'}]}, {type: 'paragraph', children: [{type: 'text', value: 'b'}]}]}
    const file = new VFile()
    removeWhere(file, 'boilerplate', tree, () => 'a menu item')
    expect(file.messages.map((message) => message.actual)).toEqual(['a', 'b'])
  })

  it('makes a dump of thousands of chrome lines a few removals, every line in them', () => {
    const prose = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes.'
    const input = `A bridge for the town\n\n${prose}\n\n${'Share\n'.repeat(5000)}${prose}\n`
    const {removed} = cleanSync(input, {format: 'text'})
    expect(removed.length).toBeLessThan(10)
    expect(removed.flatMap((removal) => removal.text.split('\n')).filter((text) => text === 'Share')).toHaveLength(5000)
    expect(removed.reduce((sum, removal) => sum + (removal.blocks ?? 1), 0)).toBe(removed.flatMap((removal) => removal.text.split('\n')).length)
  })
})

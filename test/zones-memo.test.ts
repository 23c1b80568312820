import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {blockMemos} from '../src/article/block-memo.js'
import {findZones} from '../src/article/zones.js'
import {zonesOnce} from '../src/article/zones-memo.js'
import {createCleaner} from '../src/index.js'
import {plainText} from '../src/util/tree.js'

const paragraph = (value: string) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value}]})

describe('zones found once for the same blocks and the same question', () => {
  it('searches again when the question differs, a block is replaced or removed or a text edited, and not otherwise', () => {
    const tree: Root = {type: 'root', children: [paragraph('Home'), paragraph('A long paragraph of the article.'), paragraph('Share')]}
    let searches = 0
    const find = (question: unknown[]) =>
      zonesOnce(tree, tree.children.map(plainText), question, () => {
        searches++
        return {coreStart: 0, coreEnd: tree.children.length - 1}
      })
    find([undefined, 1])
    expect(find([undefined, 1])).toEqual({coreStart: 0, coreEnd: 2})
    expect(searches).toBe(1)
    find([null, 1])
    expect(searches).toBe(2)
    const share = paragraph('Share')
    tree.children[2] = share
    find([null, 1])
    expect(searches).toBe(3)
    share.children[0]!.value = 'Share this'
    find([null, 1])
    expect(searches).toBe(4)
    tree.children.pop()
    expect(find([null, 1])).toEqual({coreStart: 0, coreEnd: 1})
    expect(searches).toBe(5)
  })

  it('gives a copy, so a caller that changes its answer does not change the next one', () => {
    const tree: Root = {type: 'root', children: [paragraph('One line')]}
    const first = zonesOnce(tree, ['One line'], [], () => ({coreStart: 0, coreEnd: 0}))
    first.coreStart = 5
    expect(zonesOnce(tree, ['One line'], [], () => ({coreStart: 9, coreEnd: 9}))).toEqual({coreStart: 0, coreEnd: 0})
  })
})

describe("the zone search's block records", () => {
  const prose = 'The council met on Tuesday evening and voted to repair the old bridge over the river before the winter comes.'
  const tree = (): Root => ({type: 'root', children: [paragraph('Home'), paragraph(prose), paragraph(`${prose} It will cost more than planned.`), paragraph('Share')]})

  it('hold the blocks of the tree last searched only', () => {
    const first = tree()
    const second = tree()
    findZones(first)
    expect([...blockMemos.keys()].every((node) => first.children.includes(node))).toBe(true)
    findZones(second)
    expect(blockMemos.size).toBeGreaterThan(0)
    expect([...blockMemos.keys()].every((node) => second.children.includes(node))).toBe(true)
  })

  it('go with the document once it is cleaned', () => {
    createCleaner({format: 'text'}).cleanSync(`Home\n\n${prose}\n\n${prose} It will cost more.\n\nShare\n`)
    expect(blockMemos.size).toBe(0)
  })
})

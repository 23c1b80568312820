import type {Root, TableRow} from 'mdast'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {stringifyDefaults} from '../src/index.js'
import {gfmTables} from '../src/gfm.js'

type Handlers = NonNullable<typeof stringifyDefaults.handlers>
const write = (tree: Root, handlers: Handlers) => unified().use(gfmTables).use(remarkStringify, {...stringifyDefaults, handlers}).stringify(tree)
const row = (cells: string[]): TableRow => ({type: 'tableRow', children: cells.map((value) => ({type: 'tableCell', children: [{type: 'text', value}]}))})

describe('containers of one text in the Markdown output', () => {
  it('are written as their text, without the per-container phrasing work', () => {
    const rows = [row(['a', 'b | c', '*d*'])]
    for (let index = 0; index < 500; index++) rows.push(row([`cell ${index}`, 'value', `${index * 3}`]))
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Before the table.'}]}, {type: 'table', children: rows}]}
    let trackers = 0
    const counting: Handlers['root'] = (node, parent, state, info) => {
      const createTracker = state.createTracker
      state.createTracker = (options) => {
        trackers++
        return createTracker(options)
      }
      return stringifyDefaults.handlers!.root!(node, parent, state, info)
    }
    const markdown = write(structuredClone(tree), {...stringifyDefaults.handlers, root: counting})
    // The writer's containerPhrasing makes a tracker per container: 1,500 cells and a paragraph.
    expect(trackers).toBeLessThan(100)
    const {root: _ours, ...library} = stringifyDefaults.handlers!
    expect(markdown).toBe(write(structuredClone(tree), library))
    expect(markdown.split('\n').slice(0, 4)).toEqual(['Before the table.', '', '| a        | b \\| c | \\*d\\* |', '| -------- | ------ | ----- |'])
  })
})

import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Element, ElementContent} from 'hast'
import type {Table} from 'mdast'
import {hastToMdast} from '../src/parse/html/to-mdast.js'
import {append, largest} from '../src/util/append.js'

const src = new URL('../src/', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

describe('arrays as long as a page is big', () => {
  it('append and largest take 300,000 items, which a spread into push or Math.max does not', () => {
    const items = Array.from({length: 300_000}, (_, index) => index)
    expect(() => [].push(...(items as never[]))).toThrow(RangeError)
    expect(append([-1], items)).toHaveLength(300_001)
    expect(largest(items, 0)).toBe(299_999)
    expect(largest([], 7)).toBe(7)
  })

  it('no code in src spreads an array into push or Math.max/min (a table of 200,000 rows overflowed the stack)', () => {
    const offenders = sources(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({file, line: index + 1, text: line}))
        .filter(({text}) => !/^\s*(?:\*|\/\/|\/\*)/.test(text) && /\.push\(\.\.\.|Math\.(?:max|min)\([^)]*\.\.\./.test(text)),
    )
    expect(offenders.map(({file, line}) => `${file.slice(src.length)}:${line}`)).toEqual([])
  })

  it('converts a <tbody> of 150,000 rows and a <div> of 150,000 paragraphs to mdast (hast-util-to-mdast spread each into its parent)', () => {
    const element = (tagName: string, children: ElementContent[]): Element => ({type: 'element', tagName, properties: {}, children})
    const text = (value: string): ElementContent => ({type: 'text', value})
    const rows = Array.from({length: 150_000}, () => element('tr', [element('td', [text('a')]), element('td', [text('b')])]))
    const table = hastToMdast({type: 'root', children: [element('table', [element('tbody', rows)])]})
    expect(table.children[0]).toMatchObject({type: 'table'})
    // And the empty header row the library gives a table without a <thead>.
    expect((table.children[0] as Table).children).toHaveLength(150_001)
    const paragraphs = Array.from({length: 150_000}, () => element('p', [text('Word and word.')]))
    const flow = hastToMdast({type: 'root', children: [element('section', [element('div', paragraphs)])]})
    expect(flow.children).toHaveLength(150_000)
  })
})

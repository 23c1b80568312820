import type {Element, ElementContent, Root as HastRoot, Text} from 'hast'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {hastToMdast} from '../src/parse/html/to-mdast.js'

const original = globalThis.structuredClone
afterEach(() => {
  globalThis.structuredClone = original
})

const page = (): HastRoot => ({
  type: 'root',
  children: [
    {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: '  One   line '}, {type: 'element', tagName: 'b', properties: {}, children: [{type: 'text', value: 'bold'}]}]},
    {type: 'element', tagName: 'ul', properties: {}, children: [{type: 'element', tagName: 'li', properties: {}, children: [{type: 'text', value: 'item'}]}]},
  ],
})

describe('hastToMdast (the hast is converted where it stands)', () => {
  it('does not copy the tree it is given, and puts structuredClone back', () => {
    const spy = vi.fn(original)
    globalThis.structuredClone = spy as unknown as typeof structuredClone
    const hast = page()
    const tree = hastToMdast(hast)
    expect(spy.mock.calls.some(([value]) => value === hast)).toBe(false)
    expect(globalThis.structuredClone).toBe(spy)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list'])
  })
})

describe('hastToMdast lets go of the hast as it converts it', () => {
  it('leaves no converted child in a paragraph, a table or the root (a list item, whose handler reads its children again, keeps them)', () => {
    const cell = (value: string): Element => ({type: 'element', tagName: 'td', properties: {}, children: [{type: 'text', value}]})
    const table: Element = {type: 'element', tagName: 'table', properties: {}, children: [{type: 'element', tagName: 'tbody', properties: {}, children: [
      {type: 'element', tagName: 'tr', properties: {}, children: [cell('a'), cell('b')]},
      {type: 'element', tagName: 'tr', properties: {}, children: [cell('c'), cell('d')]},
    ]}]}
    const hast = page()
    hast.children.push(table)
    const [paragraph, list] = hast.children as Element[]
    const item = list!.children[0] as Element
    const tree = hastToMdast(hast)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'table'])
    expect(hast.children.every((child) => child.type === 'comment')).toBe(true)
    expect(paragraph!.children.every((child) => child.type === 'comment')).toBe(true)
    expect(table.children.every((child) => child.type === 'comment')).toBe(true)
    expect(item.children).toEqual([{type: 'text', value: 'item'}])
  })
})

describe('hastToMdast: line breaks at a paragraph\'s edges', () => {
  const element = (tagName: string, children: ElementContent[] = []): Element => ({type: 'element', tagName, properties: {}, children})
  const text = (value: string): Text => ({type: 'text', value})

  it('drops a <br> that opens or closes a paragraph and keeps one between its lines', () => {
    const hast: HastRoot = {type: 'root', children: [element('p', [text(' '), element('br'), text('\nBAAR, SWITZERLAND'), element('br'), text('\n')]), element('p', [text('One line'), element('br'), text('the next')])]}
    const tree = hastToMdast(hast)
    const types = tree.children.map((node) => ('children' in node ? node.children.map((child) => child.type) : []))
    expect(types).toEqual([['text'], ['text', 'break', 'text']])
  })
})

import type {Element} from 'domhandler'
import type {Element as HastElement} from 'hast'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {parseDom} from '../src/parse/html/parse-dom.js'
import {sourceSpan, spanPosition} from '../src/parse/html/source-span.js'
import {toHast} from '../src/parse/html/to-hast.js'
import {hastToMdast} from '../src/parse/html/to-mdast.js'
import {parseHtml} from '../src/index.js'

const placesOf = (html: string) => {
  const place = location(html)
  return {toPoint: (offset: number) => place.toPoint(offset), has: (offset: number) => offset >= 0 && offset <= html.length}
}

describe('sourceSpan and spanPosition: a hast node\'s place as two offsets, an mdast node\'s as points', () => {
  it('gives the points vfile-location gives, in a plain position of its own each time', () => {
    const html = 'one\n<p>two</p>'
    const places = placesOf(html)
    const position = spanPosition(4, html.length, places)
    expect(position).toEqual({start: {line: 2, column: 1, offset: 4}, end: {line: 2, column: 11, offset: 14}})
    expect(structuredClone(position)).toEqual(position)
    expect(spanPosition(4, html.length, places)).not.toBe(position)
  })

  it('is none where an offset has no point (past the page\'s end)', () => {
    expect(sourceSpan(0, 4, placesOf('abc'))).toBeUndefined()
    expect(sourceSpan(0, 3, placesOf('abc'))).toEqual({from: 0, to: 3})
  })
})

describe('toHast and hastToMdast: offsets in the hast, plain positions in the mdast', () => {
  // The bold word ends with a mark: bold that ends inside a word ("two" glued to "three") is written plain (to-mdast.ts).
  const html = '<div>\n<p>one <b>two!</b><span>three</span><span>four</span></p>\n</div>'
  const container = () => parseDom(html, {withStartIndices: true, withEndIndices: true}).children[0] as Element

  it('puts two offsets, no position object, on each hast node, and one span over texts made one', () => {
    const hast = toHast(container(), {places: placesOf(html)})
    const p = (hast.children[0] as HastElement).children.find((child) => child.type === 'element') as HastElement
    expect(p.position).toBeUndefined()
    expect(p).toMatchObject({from: html.indexOf('<p>'), to: html.indexOf('\n</div>')})
    const [, , merged] = p.children
    expect(merged?.type === 'text' && merged.value).toBe('threefour')
    expect(merged?.position).toBeUndefined()
    expect(merged).toMatchObject({from: html.indexOf('three'), to: html.indexOf('</span></p>')})
  })

  it('gives each mdast node a plain position with its points in the page', () => {
    const tree = hastToMdast(toHast(container(), {places: placesOf(html)}))
    const paragraph = tree.children[0]!
    expect(paragraph.type).toBe('paragraph')
    expect(paragraph.position).toEqual({start: {line: 2, column: 1, offset: html.indexOf('<p>')}, end: {line: 2, column: html.indexOf('\n</div>') - html.indexOf('<p>') + 1, offset: html.indexOf('\n</div>')}})
    const strong = paragraph.type === 'paragraph' ? paragraph.children[1] : undefined
    expect(strong?.type).toBe('strong')
    expect(strong?.position?.start.offset).toBe(html.indexOf('<b>'))
    // Plain data: what a stage or a worker may copy.
    expect(JSON.parse(JSON.stringify(tree))).toEqual(structuredClone(tree))
  })
})

describe('parseHtml: the points of the mdast positions', () => {
  it('are shared by nodes side by side where one ends and the next starts, and stay plain data', () => {
    const html = '<html><body><article><p><b>one</b> two <i>three</i></p></article></body></html>'
    const {tree} = parseHtml(html)
    const paragraph = tree.children[0]!
    expect(paragraph.type).toBe('paragraph')
    const [bold, text, italic] = paragraph.type === 'paragraph' ? paragraph.children : []
    expect(bold?.position?.end).toBe(text?.position?.start)
    expect(text?.position?.end).toBe(italic?.position?.start)
    expect(bold?.position?.end).toEqual({line: 1, column: html.indexOf(' two') + 1, offset: html.indexOf(' two')})
    expect(JSON.parse(JSON.stringify(tree))).toEqual(structuredClone(tree))
  })
})

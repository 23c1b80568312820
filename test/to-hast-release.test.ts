import type {Element} from 'domhandler'
import type {Element as HastElement} from 'hast'
import {describe, expect, it} from 'vitest'
import {parseDom} from '../src/parse/html/parse-dom.js'
import {toHast} from '../src/parse/html/to-hast.js'
import {hastToMdast} from '../src/parse/html/to-mdast.js'

describe('toHast lets go of the DOM as it reads it', () => {
  it('leaves the container with no children and cut from the page, and a code block its language', () => {
    const html = '<body><nav>menu</nav><article><p>one <b>two</b></p><pre><code class="language-js">x = 1</code></pre><p>three</p></article></body>'
    const body = parseDom(html, {withStartIndices: true, withEndIndices: true}).children[0] as Element
    const article = body.children[1] as Element
    const paragraph = article.children[0] as Element
    const hast = toHast(article)
    expect(article.children).toEqual([])
    expect(article.parent).toBeNull()
    expect(paragraph.children).toEqual([])
    const tree = hastToMdast(hast)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph'])
    expect(tree.children[1]?.type === 'code' && tree.children[1].lang).toBe('js')
  })
})

describe('toHast reads a list of children where it stands', () => {
  it('empties the DOM\'s list of an element\'s children node by node, with no stack as long as it', () => {
    const items = Array.from({length: 50}, (_, index) => `<b>bold ${index}</b> <i>it</i> `).join('')
    const article = parseDom(`<article><p>${items}</p></article>`, {withStartIndices: true, withEndIndices: true}).children[0] as Element
    const paragraph = article.children[0] as Element
    const list = paragraph.children
    expect(list).toHaveLength(200)
    const hast = toHast(article)
    expect(list.every((node) => node === undefined)).toBe(true)
    const tree = hastToMdast(hast)
    expect(tree.children).toHaveLength(1)
    expect(tree.children[0]?.type === 'paragraph' && tree.children[0].children).toHaveLength(199)
  })
})

describe('toHast: elements without properties', () => {
  it('share one frozen empty set; a link has its own', () => {
    const article = parseDom('<article><p>one <b>two</b> <a href="https://example.com/x">three</a></p></article>', {}).children[0] as Element
    const hast = toHast(article)
    const paragraph = (hast.children[0] as HastElement).children[0] as HastElement
    const bold = paragraph.children[1] as HastElement
    const link = paragraph.children[3] as HastElement
    expect(bold.properties).toBe(paragraph.properties)
    expect(Object.isFrozen(bold.properties)).toBe(true)
    expect(link.properties).toEqual({href: 'https://example.com/x'})
  })
})

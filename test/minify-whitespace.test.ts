import fc from 'fast-check'
import type {Element, ElementContent, Properties, Root} from 'hast'
// What hast-util-to-mdast runs (through rehype-minify-whitespace): the port must do exactly what it does.
import {minifyWhitespace as library} from 'hast-util-minify-whitespace'
import {describe, expect, it} from 'vitest'
import {minifyWhitespace} from '../src/parse/html/minify-whitespace.js'

/*
 * src/parse/html/minify-whitespace.ts is a port of the library with its
 * element tests made once: on any tree, it must leave the same tree.
 */

// Block, inline, embedded, form content, skipped, whitespace-keeping and unknown elements.
const tags = ['div', 'p', 'li', 'ul', 'td', 'th', 'tr', 'table', 'br', 'wbr', 'h2', 'pre', 'span', 'b', 'a', 'em', 'code', 'nobr', 'img', 'video', 'svg', 'input', 'select', 'textarea', 'button', 'script', 'style', 'template', 'head', 'title', 'dialog', 'xmp', 'listing', 'custom-tag']
const texts = ['', ' ', '  ', '\n', ' \t\n ', 'word', ' word', 'word ', ' two words ', 'a\n\nb', '\u00a0', 'x\u000b y', '\r\n']

const text = fc.constantFrom(...texts).map((value): ElementContent => ({type: 'text', value}))
const comment = fc.constant<ElementContent>({type: 'comment', value: ' note '})
const tree = fc.letrec<{node: ElementContent}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    text,
    comment,
    fc
      .record({
        tagName: fc.constantFrom(...tags),
        properties: fc.constantFrom(...([{}, {hidden: true}, {wrap: true}, {noWrap: true}] as Properties[])),
        children: fc.array(tie('node'), {maxLength: 5}),
      })
      .map(({tagName, properties, children}): Element => ({type: 'element', tagName, properties: {...properties}, children})),
  ),
})).node

describe('minifyWhitespace (port of hast-util-minify-whitespace)', () => {
  it('leaves the same tree as the library on any tree', () => {
    fc.assert(
      fc.property(fc.array(tree, {maxLength: 8}), (children) => {
        const mine: Root = {type: 'root', children: structuredClone(children)}
        const theirs: Root = {type: 'root', children: structuredClone(children)}
        minifyWhitespace(mine)
        library(theirs)
        expect(mine).toEqual(theirs)
      }),
      {numRuns: 3000, seed: 20_261_206},
    )
  })

  it('collapses and trims as the library does around blocks, inline elements and pre', () => {
    const page = (): Root => ({
      type: 'root',
      children: [
        {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: '  a \n b '}, {type: 'element', tagName: 'b', properties: {}, children: [{type: 'text', value: ' c '}]}, {type: 'text', value: ' d  '}]},
        {type: 'text', value: '\n  '},
        {type: 'element', tagName: 'pre', properties: {}, children: [{type: 'text', value: '  keep\n  this '}]},
      ],
    })
    const mine = page()
    minifyWhitespace(mine)
    const theirs = page()
    library(theirs)
    expect(mine).toEqual(theirs)
    expect(JSON.stringify(mine)).toContain('"a b "')
    expect(JSON.stringify(mine)).toContain('"  keep\\n  this "')
  })
})

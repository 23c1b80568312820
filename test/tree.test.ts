import fc from 'fast-check'
import type {Image, Node, Paragraph, Parent, PhrasingContent, Root, Strong, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {plainText, pruneEmpty} from '../src/util/tree.js'

/** pruneEmpty as it was written first: each container's text asked of toString after its children were pruned. */
const containers = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'emphasis', 'strong', 'link', 'delete', 'tableCell'])
const hasMedia = (parent: Parent): boolean => parent.children.some((child) => child.type === 'image' || child.type === 'imageReference' || ('children' in child && hasMedia(child as Parent)))
function naivePrune(parent: Parent): void {
  parent.children = parent.children.filter((child) => {
    if ('children' in child) naivePrune(child as Parent)
    if (!containers.has(child.type)) return true
    return (child as Parent).children.length > 0 && (child.type === 'list' || toString(child).trim() !== '' || hasMedia(child as Parent))
  }) as Parent['children']
}

const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom('', ' ', '\u00a0', '\n', 'word', ' x ').map((value) => ({type: 'text', value}) as Node),
  fc.constantFrom('', 'a b').map((value) => ({type: 'inlineCode', value}) as Node),
  fc.constantFrom('', ' ', 'alt').map((alt) => ({type: 'image', url: 'x.png', alt}) as Node),
  fc.constant({type: 'imageReference', identifier: 'x', label: 'x', referenceType: 'full'} as Node),
  fc.constantFrom('', '<br>').map((value) => ({type: 'html', value}) as Node),
  fc.constant({type: 'thematicBreak'} as Node),
)
const tree = fc.letrec<{node: Node}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    leaf,
    fc
      .tuple(fc.constantFrom('paragraph', 'emphasis', 'strong', 'link', 'list', 'listItem', 'blockquote', 'tableCell', 'table'), fc.array(tie('node'), {maxLength: 4}))
      .map(([type, children]) => ({type, children}) as Node),
  ),
})).node

describe('pruneEmpty (what each subtree holds, found bottom-up)', () => {
  it('keeps and drops the same nodes as asking toString of each container', () => {
    fc.assert(
      fc.property(fc.array(tree, {maxLength: 5}), (children) => {
        const root = {type: 'root', children} as Root
        const expected = structuredClone(root)
        naivePrune(expected)
        pruneEmpty(root)
        expect(root).toEqual(expected)
      }),
      {numRuns: 1000},
    )
  })
})

describe('plainText (one join for the whole tree)', () => {
  it('gives what mdast-util-to-string gives, for nodes and arrays of them', () => {
    fc.assert(
      fc.property(fc.array(tree, {maxLength: 5}), (children) => {
        const root = {type: 'root', children} as Root
        expect(plainText(root)).toBe(toString(root))
        expect(plainText(children)).toBe(toString(children))
      }),
      {numRuns: 1000},
    )
  })
})

describe('plainText of a node of many texts, asked again', () => {
  it('gives the text the node holds now, after its texts, images or children change', () => {
    const paragraph = {type: 'paragraph', children: [] as PhrasingContent[]} as Paragraph
    for (let index = 0; index < 400; index++) paragraph.children.push({type: 'strong', children: [{type: 'text', value: `w${index}`}]}, {type: 'text', value: ' '})
    const read = () => expect(plainText(paragraph)).toBe(toString(paragraph))
    read()
    read()
    ;((paragraph.children[0] as Strong).children[0] as Text).value = 'changed'
    read()
    paragraph.children.splice(10, 3)
    read()
    paragraph.children.push({type: 'image', url: '/a.png', alt: 'a map'})
    read()
    ;(paragraph.children[paragraph.children.length - 1] as Image).alt = 'another map'
    read()
    paragraph.children[4] = {type: 'text', value: 'w2'}
    read()
    paragraph.children.length = 300
    read()
  })
})

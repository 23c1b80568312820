import fc from 'fast-check'
import type {Parent, PhrasingContent, Root, RootContent, Text} from 'mdast'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {collapseTexts} from '../src/parse/html/collapse-texts.js'

/** hast-util-to-mdast 10.1's last step, as it is written there (lib/index.js). */
function libraryStep(mdast: Root): void {
  visit(mdast, (node, index, parent) => {
    if (node.type === 'text' && index !== undefined && parent) {
      const previous = parent.children[index - 1]
      if (previous && previous.type === node.type) {
        previous.value += node.value
        parent.children.splice(index, 1)
        if (previous.position && node.position) previous.position.end = node.position.end
        return index - 1
      }
      node.value = node.value.replace(/[\t ]*(\r?\n|\r)[\t ]*/, '$1')
      if (parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root') {
        if (!index) node.value = node.value.replace(/^[\t ]+/, '')
        if (index === parent.children.length - 1) node.value = node.value.replace(/[\t ]+$/, '')
      }
      if (!node.value) {
        parent.children.splice(index, 1)
        return index
      }
    }
    return undefined
  })
}

describe('collapsing the converted tree\'s texts', () => {
  it('makes the edits the converter\'s last walk makes, in any tree', () => {
    const piece = fc.constantFrom('', ' ', '\t', '  ', '\n', '\r', '\r\n', ' \n ', 'a', 'word', '\u00a0', ' x ')
    const at = fc.integer({min: 1, max: 5})
    const text = fc.tuple(fc.array(piece, {maxLength: 4}), fc.option(fc.tuple(at, at), {nil: undefined})).map(([parts, place]): Text => ({
      type: 'text',
      value: parts.join(''),
      ...(place ? {position: {start: {line: place[0], column: 1}, end: {line: place[1], column: 2}}} : {}),
    }))
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{node: PhrasingContent}>((tie) => ({
      node: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        {arbitrary: text, weight: 5},
        {arbitrary: fc.array(tie('node'), {maxLength: 5}).map((children): PhrasingContent => ({type: 'emphasis', children})), weight: 1},
        {arbitrary: fc.array(tie('node'), {maxLength: 5}).map((children): PhrasingContent => ({type: 'link', url: '/a', children})), weight: 1},
        {arbitrary: fc.constant<PhrasingContent>({type: 'break'}), weight: 1},
      ),
    })).node
    const inline = fc.array(phrasing, {maxLength: 8})
    const block = fc.oneof(
      inline.map((children): RootContent => ({type: 'paragraph', children})),
      inline.map((children): RootContent => ({type: 'heading', depth: 2, children})),
      inline.map((children): RootContent => ({type: 'tableCell', children}) as unknown as RootContent),
      fc.tuple(inline, inline).map(([first, loose]): RootContent => ({type: 'listItem', children: [{type: 'paragraph', children: first}, ...(loose as unknown as RootContent[])]}) as RootContent),
    )
    const tree = fc.array(fc.oneof(block, text), {maxLength: 6}).map((children): Root => ({type: 'root', children: children as Root['children']}))
    fc.assert(fc.property(tree, (root) => {
      const ours = structuredClone(root)
      const theirs = structuredClone(root)
      collapseTexts(ours)
      libraryStep(theirs)
      expect(ours).toEqual(theirs)
    }), {numRuns: 5000, seed: 20_261_206})
  })

  it('takes the texts out of a paragraph of 200,000 children in one pass', () => {
    const children: PhrasingContent[] = []
    for (let index = 0; index < 100_000; index++) children.push({type: 'text', value: index === 0 ? ' a' : 'b '}, {type: 'text', value: ''})
    const root: Root = {type: 'root', children: [{type: 'paragraph', children}]}
    // Each text is merged into the first: with a splice per text this was 200,000 moves of a list of up to 200,000.
    collapseTexts(root)
    const paragraph = root.children[0] as Parent
    expect(paragraph.children).toHaveLength(1)
    expect((paragraph.children[0] as Text).value).toBe(`a${'b '.repeat(99_999).trimEnd()}`)
  })
})

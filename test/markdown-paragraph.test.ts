import fc from 'fast-check'
import type {Paragraph, PhrasingContent, Root} from 'mdast'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {stringifyDefaults} from '../src/index.js'

type Handlers = NonNullable<typeof stringifyDefaults.handlers>
const write = (tree: Root, handlers: Handlers = stringifyDefaults.handlers!) => unified().use(remarkStringify, {...stringifyDefaults, handlers}).stringify(tree)
/** The library's own paragraph handler: the whole paragraph at once. */
const {paragraph: _ours, ...wholeParagraph} = stringifyDefaults.handlers!

describe('a long paragraph in the Markdown output', () => {
  it('is written child by child where every emphasis forms, without the writer\'s list of items for it', () => {
    const children: PhrasingContent[] = []
    for (let index = 0; index < 2000; index++) {
      children.push({type: 'strong', children: [{type: 'text', value: `bold ${index}`}]}, {type: 'text', value: ' '}, {type: 'link', url: `/p${index}`, children: [{type: 'text', value: 'link'}]}, {type: 'text', value: ' '})
    }
    // The writer's containerPhrasing, given the paragraph (or a piece of it), builds its items and checks their sequences.
    let whole = 0
    const paragraph: Handlers['paragraph'] = (node, parent, state, info) => {
      const containerPhrasing = state.containerPhrasing
      state.containerPhrasing = (container, inner) => {
        if (container.type === 'paragraph') whole++
        return containerPhrasing.call(state, container, inner)
      }
      try {
        return stringifyDefaults.handlers!.paragraph!(node, parent, state, info)
      } finally {
        state.containerPhrasing = containerPhrasing
      }
    }
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children}]}
    const markdown = write(structuredClone(tree), {...stringifyDefaults.handlers, paragraph})
    expect(whole).toBe(0)
    expect(markdown).toBe(write(structuredClone(tree), wholeParagraph))
    expect(markdown.startsWith('**bold 0** [link](/p0) **bold 1** [link](/p1) ')).toBe(true)
  })

  it('is written by the writer where an emphasis may not form as it stands', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'a'}, {type: 'emphasis', children: [{type: 'text', value: 'b'}]}, {type: 'text', value: ' c'}]}]}
    let whole = 0
    const paragraph: Handlers['paragraph'] = (node, parent, state, info) => {
      const containerPhrasing = state.containerPhrasing
      state.containerPhrasing = (container, inner) => {
        if (container === node) whole++
        return containerPhrasing.call(state, container, inner)
      }
      try {
        return stringifyDefaults.handlers!.paragraph!(node, parent, state, info)
      } finally {
        state.containerPhrasing = containerPhrasing
      }
    }
    expect(write(structuredClone(tree), {...stringifyDefaults.handlers, paragraph})).toBe(write(structuredClone(tree), wholeParagraph))
    expect(whole).toBe(1)
  })

  it('is written as the whole paragraph would be, whatever its emphasis, links and text', () => {
    // Emphasis that forms anywhere (a word inside, spaces outside) beside emphasis that does not, texts that need escapes, links, code and breaks.
    const word = fc.constantFrom('word', 'B', '12', 'é', 'a*b', '_x_', '.', '!', '(', ')', '#', '&', '\\', '😀', '`', '<a>', '[x]')
    const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', '', '\t')
    const text = fc.tuple(space, word, space).map(([before, middle, after]): PhrasingContent => ({type: 'text', value: `${before}${middle}${after}`}))
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{node: PhrasingContent}>((tie) => ({
      node: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        {arbitrary: text, weight: 4},
        {arbitrary: fc.array(tie('node'), {minLength: 1, maxLength: 3}).map((children): PhrasingContent => ({type: 'emphasis', children})), weight: 1},
        {arbitrary: fc.array(tie('node'), {minLength: 1, maxLength: 3}).map((children): PhrasingContent => ({type: 'strong', children})), weight: 1},
        {arbitrary: word.map((value): PhrasingContent => ({type: 'strong', children: [{type: 'text', value}]})), weight: 2},
        {arbitrary: fc.array(tie('node'), {minLength: 1, maxLength: 2}).map((children): PhrasingContent => ({type: 'link', url: 'https://example.com/a', children})), weight: 2},
        {arbitrary: word.map((value): PhrasingContent => ({type: 'inlineCode', value})), weight: 1},
        {arbitrary: fc.constant<PhrasingContent>({type: 'break'}), weight: 1},
      ),
    })).node
    // Emphasis that forms anywhere (a word inside, white space outside), nested too, each followed by a text that opens
    // and ends with white space; and nodes written as plain strings (texts, links, code, breaks): such paragraphs are written child by child.
    const white = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t')
    const attention = fc.constantFrom<'strong' | 'emphasis'>('strong', 'emphasis')
    const forms = fc.oneof(
      fc.tuple(attention, word).map(([type, value]): PhrasingContent => ({type, children: [{type: 'text', value: `w${value}1`}]})),
      fc.tuple(attention, attention, word).map(([outer, inner, value]): PhrasingContent => ({type: outer, children: [{type: 'text', value: `a${value} `}, {type: inner, children: [{type: 'text', value: 'b1'}]}, {type: 'text', value: ' c'}]})),
    )
    const spacedText = fc.tuple(white, word, white).map(([before, value, after]): PhrasingContent => ({type: 'text', value: `${before}${value}${after}`}))
    const plain = phrasing.filter((node) => node.type !== 'strong' && node.type !== 'emphasis')
    const formsAnywhere = fc.oneof({arbitrary: fc.tuple(forms, spacedText), weight: 3}, {arbitrary: fc.tuple(plain, white.map((value): PhrasingContent => ({type: 'text', value}))), weight: 1})
    // Half the paragraphs with some other emphasis too, at any place: those are written whole.
    const units = fc.oneof(fc.array(formsAnywhere, {minLength: 1, maxLength: 400}), fc.array(fc.oneof({arbitrary: formsAnywhere, weight: 8}, {arbitrary: phrasing.map((node) => [node]), weight: 1}), {minLength: 1, maxLength: 400}))
    const children = units.map((parts) => [{type: 'text', value: 'Start '} as PhrasingContent, ...parts.flat()])
    // In a list item or a quote too, whose line prefixes the writer tracks.
    const where = fc.constantFrom('root', 'quote', 'item')
    fc.assert(fc.property(children, where, (nodes, place) => {
      const paragraph: Paragraph = {type: 'paragraph', children: nodes}
      const tree: Root = {
        type: 'root',
        children: place === 'root' ? [paragraph] : place === 'quote' ? [{type: 'blockquote', children: [paragraph]}] : [{type: 'list', children: [{type: 'listItem', children: [paragraph]}]}],
      }
      expect(write(structuredClone(tree))).toBe(write(structuredClone(tree), wholeParagraph))
    }), {numRuns: 150, seed: 20_261_206})
  })
})

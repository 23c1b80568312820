import fc from 'fast-check'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import {unified} from 'unified'
import remarkStringify from 'remark-stringify'
import {describe, expect, it} from 'vitest'
import type {PhrasingContent} from 'mdast'
import {stringifyDefaults} from '../src/index.js'
import {gfmTables} from '../src/gfm.js'

const stringify = (value: string) =>
  unified().use(remarkStringify, stringifyDefaults).stringify({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value}]}]} as Root)

describe('text in the Markdown output', () => {
  it('leaves an & that starts no character reference bare (a URL stays copyable)', () => {
    expect(stringify('see https://example.gov/a?lang=en&v=2 now')).toBe('see https://example.gov/a?lang=en&v=2 now\n')
    expect(stringify('R&D and Fish &amp; chips')).toBe('R&D and Fish \\&amp; chips\n')
  })

  it('reads back as the same text, whatever the ampersands, backslashes and semicolons', () => {
    const piece = fc.constantFrom('&', '\\', ';', '#', 'a', 'amp', 'x27', ' ', '*', '_', '`', 'b')
    fc.assert(fc.property(fc.array(piece, {minLength: 1, maxLength: 20}).map((parts) => parts.join('')), (value) => {
      fc.pre(value.trim() === value && value !== '')
      expect(toString(fromMarkdown(stringify(value)))).toBe(value)
    }), {numRuns: 3000, seed: 20_261_123})
  })

  it('escapes what a line start or end makes unsafe in a text between line endings, as state.safe does', () => {
    // A paragraph's only text stands between "\n" and "\n": a list marker, a heading's #, an ordered item's number at its start, a space at its end.
    const plain = {...stringifyDefaults.handlers, text: ((node, _parent, state, info) => state.safe(node.value, info)) satisfies NonNullable<typeof stringifyDefaults.handlers>['text']}
    const write = (value: string, handlers = stringifyDefaults.handlers) =>
      unified().use(remarkStringify, {...stringifyDefaults, handlers}).stringify({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value}]}, {type: 'paragraph', children: [{type: 'text', value: 'x'}]}]} as Root)
    for (const value of ['1. Sept', '12) word', '2024. A year', '- item', '+ item', '* item', '# Title', '> quote', '= x', '~~~', '_x', '`x', '[x', '<a', 'word ', 'word\t', ' word', '\tword', 'plain words, and more.', '1st of May', '-5 degrees']) {
      expect(write(value), value).toBe(write(value, plain))
    }
    expect(write('1. Sept')).toBe('1\\. Sept\n\nx\n')
    expect(write('plain words, and more.')).toBe('plain words, and more.\n\nx\n')
  })

  it('writes text as state.safe would, with or without the shortcut for text that needs no escape', () => {
    // The handler in use against the plain one (state.safe each time), over paragraphs, headings, lists and tables of mixed phrasing.
    const plain = {...stringifyDefaults.handlers, text: ((node, _parent, state, info) => state.safe(node.value, info).replace(/(?<!\\)((?:\\\\)*)\\&(?![#A-Za-z0-9]+;)/g, '$1&')) satisfies NonNullable<typeof stringifyDefaults.handlers>['text']}
    const write = (tree: Root, handlers = stringifyDefaults.handlers) => unified().use(gfmTables).use(remarkStringify, {...stringifyDefaults, handlers}).stringify(tree)
    const piece = fc.constantFrom('a', 'word', 'B', '1', '12', ' ', '  ', '\n', '\t', '.', '#', '*', '_', '-', '+', '=', '>', '<', '[', ']', '(', ')', '!', '&', ';', ':', '|', '~', '`', '\\', '"', "'", '@', 'www.', 'http://x.y', '\u00a0', 'é', '😀', '\u007f')
    const words = fc.array(piece, {minLength: 1, maxLength: 8}).map((parts) => parts.join(''))
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{node: PhrasingContent}>((tie) => ({
      node: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        words.map((value): PhrasingContent => ({type: 'text', value})),
        fc.array(tie('node'), {minLength: 1, maxLength: 3}).map((children): PhrasingContent => ({type: 'emphasis', children})),
        fc.array(tie('node'), {minLength: 1, maxLength: 3}).map((children): PhrasingContent => ({type: 'strong', children})),
        fc.array(tie('node'), {minLength: 1, maxLength: 3}).map((children): PhrasingContent => ({type: 'link', url: 'https://example.com/a', children})),
        words.map((value): PhrasingContent => ({type: 'inlineCode', value})),
        fc.constant<PhrasingContent>({type: 'break'}),
      ),
    })).node
    const line = fc.array(phrasing, {minLength: 1, maxLength: 6})
    const block = fc.oneof(
      line.map((children) => ({type: 'paragraph' as const, children})),
      fc.tuple(fc.integer({min: 1, max: 6}), line).map(([depth, children]) => ({type: 'heading' as const, depth: depth as 1, children})),
      line.map((children) => ({type: 'list' as const, children: [{type: 'listItem' as const, children: [{type: 'paragraph' as const, children}]}]})),
      fc.array(line, {minLength: 2, maxLength: 3}).map((cells) => ({type: 'table' as const, children: [{type: 'tableRow' as const, children: cells.map((children) => ({type: 'tableCell' as const, children}))}, {type: 'tableRow' as const, children: cells.map((children) => ({type: 'tableCell' as const, children}))}]})),
      line.map((children) => ({type: 'blockquote' as const, children: [{type: 'paragraph' as const, children}]})),
    )
    fc.assert(fc.property(fc.array(block, {minLength: 1, maxLength: 4}), (children) => {
      const tree = {type: 'root', children} as Root
      expect(write(structuredClone(tree))).toBe(write(structuredClone(tree), plain))
    }), {numRuns: 1000, seed: 20_261_206})
  })
})


import fc from 'fast-check'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import {unified} from 'unified'
import remarkStringify from 'remark-stringify'
import {describe, expect, it} from 'vitest'
import {stringifyDefaults} from '../src/index.js'

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
})

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {elementsIn, shortTexts, textOf} from '../src/parse/html/dom.js'
import {parseDom} from '../src/parse/html/parse-dom.js'

const nonSpace = (text: string) => text.replace(/\s/g, '').length

describe('shortTexts', () => {
  it('gives textOf of every element whose text is short, and nothing for the others', () => {
    const piece = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<b>', '</b>', '<h2>', '</h2>', '<li>', '<ul>', '</ul>', '<br>',
      '<script>var a = 1</script>', '<style>p {}</style>', '<!-- note -->', '<![CDATA[x y]]>', 'word', 'Related', ' ', '  ', '\n', '\t', '\u00a0', 'a b', 'é', '😀', '&amp;')
    fc.assert(fc.property(fc.array(piece, {maxLength: 40}), fc.integer({min: 0, max: 12}), (parts, limit) => {
      const root = parseDom(`<div>${parts.join('')}</div>`, {})
      const elements = elementsIn(root.children[0] as never)
      const short = shortTexts(limit)
      for (const element of elements) {
        const text = textOf(element)
        expect(short(element)).toBe(nonSpace(text) <= limit ? text : undefined)
      }
    }), {numRuns: 2000, seed: 20_261_206})
  })

  it('answers for 20,000 nested boxes as textOf does (it read the whole nest for each: quadratic)', () => {
    const depth = 20_000
    const root = parseDom(`${'<div>'.repeat(depth)}${'A paragraph of prose that is far longer than any heading. '.repeat(2)}${'</div>'.repeat(depth)}`, {})
    const elements = elementsIn(root.children[0] as never)
    const short = shortTexts(60)
    for (const element of [...elements.slice(0, 50), ...elements.slice(-50)]) {
      const text = textOf(element)
      expect(short(element)).toBe(nonSpace(text) <= 60 ? text : undefined)
    }
    expect(short(elements[0]!)).toBeUndefined()
  })
})

describe('textOf', () => {
  /** The text of the walk, joined, then collapsed at once: what textOf gives with each text collapsed on its own. */
  const joinedThenCollapsed = (html: string) => {
    const parts: string[] = []
    const visit = (node: ReturnType<typeof parseDom>['children'][number]) => {
      if (node.type === 'text') parts.push(node.data)
      else if ('children' in node) {
        if ('name' in node && ['script', 'style', 'noscript', 'template', 'rt', 'rp', 'rtc'].includes(node.name)) return
        if ('name' in node && ['div', 'p', 'br', 'li', 'ul'].includes(node.name)) parts.push(' ')
        for (const child of node.children) visit(child)
      }
    }
    for (const child of parseDom(html, {}).children) visit(child)
    return parts.join('').replace(/\s+/g, ' ').trim()
  }

  it('collapses a run of white space across texts and elements to one space, as over the joined text', () => {
    const piece = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<b>', '</b>', '<br>', '<li>', '<script>s = 1</script>', 'word', ' x ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', 'a b')
    fc.assert(fc.property(fc.array(piece, {maxLength: 30}), (parts) => {
      const html = parts.join('')
      expect(textOf(parseDom(html, {}))).toBe(joinedThenCollapsed(html))
    }), {numRuns: 3000, seed: 20_261_206})
  })
})

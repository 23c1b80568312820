import fc from 'fast-check'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {cleanSync, metaToYaml, parseMarkdown} from '../src/index.js'
import type {CleanResult} from '../src/index.js'
import {body} from './helpers/run.js'

const prose = 'The council met on Tuesday and agreed that the new bridge will open in spring, after two years of work on the river banks.'

/** Strings that mean something to YAML (or to a reader of front matter). */
const hostile = [
  '---',
  'Title --- with a fence',
  'key: value',
  'Why: a colon and a space',
  '# not a comment',
  'Title # with a hash',
  '"double quoted"',
  "'single quoted'",
  'it\'s "mixed" `quotes`',
  'back\\slash \\n \\u0041',
  'line one\nline two',
  'true',
  'null',
  '~',
  '2025-01-28',
  '1e3',
  '0x1F',
  '[not, a, list]',
  '{not: a map}',
  '- not a list item',
  '? not a key',
  '| not a block',
  '> not folded',
  '&anchor value',
  '*alias',
  '!!str tagged',
  '!<tag:yaml.org,2002:int> 1',
  '%YAML 1.2',
  '@at and `backtick`',
  '\u200fRTL mark\u200f and \u202eoverride',
  'عنوان: مع نقطتين',
  '\ttab inside',
  'a\u2028line separator and\u0085NEL',
  '<<: *merge',
]

function frontMatter(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  return match ? parseYaml(match[1]!) : undefined
}

/** Node types in the output as Markdown reads it back. */
function types(result: CleanResult): string[] {
  const found = new Set<string>()
  const walk = (node: {type: string; children?: unknown[]}) => {
    found.add(node.type)
    for (const child of (node.children ?? []) as Array<{type: string}>) walk(child)
  }
  walk(parseMarkdown(result.markdown).tree as Root)
  return [...found].sort()
}

describe('front matter injection', () => {
  it.each(hostile)('%j comes back as the same string from the YAML (title, author, tags)', (value) => {
    const yaml = metaToYaml({title: value, author: value, tags: [value, 'plain']})
    expect(parseYaml(yaml)).toEqual({title: value.trim(), author: value.trim(), tags: [value.trim(), 'plain']})
  })

  it.each(hostile)('%j as the page URL round-trips through clean, and a second clean keeps it', (value) => {
    const result = cleanSync(prose, {url: value})
    expect(result.meta.url).toBe(value.trim())
    expect(frontMatter(result.markdown)).toEqual(result.meta)
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
  })

  it.each(hostile)('%j as a declared title survives clean, its own front matter, and a second clean', (value) => {
    const input = `---\n${metaToYaml({title: value, author: value})}\n---\n\n${prose}\n`
    const result = cleanSync(input)
    expect(frontMatter(result.markdown)).toEqual(result.meta)
    expect(result.meta.title).toBeTypeOf('string')
    expect(body(result.markdown)).toBe(`${prose}\n`)
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
  })

  it('a title line in a dump that looks like YAML stays one string', () => {
    for (const title of ['Why: the bridge opens in spring', 'Breaking --- the bridge is open', 'null & void, true or false', '[Update] {live} #bridge']) {
      const result = cleanSync(`${title}\n\n${prose}\n\n${prose.replace('bridge', 'tunnel')}`)
      expect(result.meta.title).toBe(title)
      expect(frontMatter(result.markdown)).toEqual(result.meta)
    }
  })

  it('any string round-trips through the front matter (property)', () => {
    const value = fc.string({unit: 'binary', minLength: 1, maxLength: 60}).filter((text) => text.trim() !== '')
    fc.assert(
      fc.property(value, value, fc.array(value, {maxLength: 3}), (title, author, tags) => {
        const meta = {title, author, tags}
        const parsed = parseYaml(metaToYaml(meta)) as Record<string, unknown>
        expect(parsed).toEqual({title: title.trim(), author: author.trim(), ...(tags.length > 0 ? {tags: tags.map((tag) => tag.trim())} : {})})
      }),
      {seed: 20250128, numRuns: 300},
    )
  })
})

describe('text that looks like Markdown or HTML stays text', () => {
  const lines = [
    '# not a heading',
    'A sentence with * not a list * and _not emphasis_ inside it, and **not strong** either.',
    '1. not a list, only one line that starts with a number',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1)) is how a link would look',
    '![pixel](data:image/png;base64,AAAA) is how an image would look',
    '<img src=x onerror=alert(1)>',
    '> not a quote',
    '```',
    '| not | a table |',
    'A line with &amp; an entity, &#65; a reference and <!-- a comment -->.',
    '---',
  ]
  // Each line between two paragraphs of the article, so that it stands inside the article.
  const paragraph = (index: number) => `${prose.replace('bridge', `bridge number ${index}`)} ${prose.replace('council', 'mayor')}`
  const input = ['What a dump holds', paragraph(0), ...lines.flatMap((line, index) => [line, paragraph(index + 1)])].join('\n\n')
  const result = cleanSync(input)

  it('no heading, list, link, image, HTML, code, quote or table comes out of them', () => {
    expect(types(result)).toEqual(['paragraph', 'root', 'text'])
    expect(result.removed.map((removal) => removal.text)).toEqual(['What a dump holds'])
  })

  it('each line reads back as the text it was', () => {
    const {tree} = parseMarkdown(result.markdown)
    const texts = tree.children.map((node) => (node.type === 'paragraph' ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''))
    for (const line of lines) expect(texts).toContain(line)
  })

  it('a second clean changes nothing', () => {
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
  })

  it('remark-stringify escapes the syntax', () => {
    const markdown = body(result.markdown)
    expect(markdown).toContain('\\# not a heading')
    expect(markdown).toContain('\\<script>alert(1)\\</script>')
    expect(markdown).toContain('\\[x]\\(javascript:alert(1))')
    expect(markdown).not.toMatch(/^<script>/m)
  })
})

/** The links and images in the output as Markdown reads it back, and whether it holds raw HTML. */
function live(markdown: string): {urls: string[]; html: boolean} {
  const urls: string[] = []
  let html = false
  const walk = (node: {type: string; url?: string; children?: unknown[]}) => {
    if (node.url !== undefined) urls.push(node.url)
    if (node.type === 'html') html = true
    for (const child of (node.children ?? []) as Array<{type: string}>) walk(child)
  }
  walk(parseMarkdown(markdown).tree as Root)
  return {urls, html}
}

describe('text straight inside a list stays text', () => {
  const hostileText = 'Click [here](javascript:alert(1)) or &lt;img src=x onerror=alert(1)&gt; now'
  const page = (list: string) => `<html><body><article><p>${prose}</p>${list}<p>${prose.replace('council', 'mayor')}</p></article></body></html>`
  // The converter put such text in a list item without a paragraph, where the Markdown writer does not escape.
  it.each([
    ['<ul>', `<ul>${hostileText}</ul>`],
    ['<ol>', `<ol>${hostileText}</ol>`],
    ['<dl>', `<dl>${hostileText}</dl>`],
    ['<dir>', `<dir>${hostileText}</dir>`],
    ['after </li>', `<ul><li>First item</li>${hostileText}<li>Last item</li></ul>`],
    ['a nested list', `<ul><li>First item<ul>${hostileText}</ul></li></ul>`],
  ])('in %s: no live link or HTML, the text escaped', (_, list) => {
    const markdown = body(cleanSync(page(list), {format: 'html'}).markdown)
    expect(live(markdown)).toEqual({urls: [], html: false})
    expect(markdown).toContain('Click \\[here]\\(javascript:alert(1)) or \\<img src=x onerror=alert(1)> now')
  })
})

describe('a text dump read as Markdown keeps no markup', () => {
  // Front matter at the top makes a dump (or a JSON Lines "text") Markdown; its raw HTML and script links were passed through.
  const input = `---\ntitle: A dump with front matter\n---\n\n${prose}\n\nClick [here](javascript:alert(1)) or <img src=x onerror=alert(1)> now, [safe](https://example.com/a).\n\n<div onclick="steal()">A block of HTML</div>\n\nA [reference][bad], ![pixel](data:image/png;base64,AAAA), <javascript:alert(2)> and [spaced]( java\tscript:alert(3)).\n\n[bad]: javascript:alert(4)\n\n${prose.replace('council', 'mayor')}\n`

  it('has raw HTML as escaped text and links without a safe URL as their text', () => {
    const result = cleanSync(input)
    expect(result.meta.title).toBe('A dump with front matter')
    const markdown = body(result.markdown)
    expect(live(markdown)).toEqual({urls: ['https://example.com/a'], html: false})
    expect(markdown).toContain('Click here or \\<img src=x onerror=alert(1)> now, [safe](https://example.com/a).')
    expect(markdown).toContain('\\<div onclick="steal()">A block of HTML\\</div>')
    expect(markdown).not.toMatch(/javascript:alert\((?:1|3|4)\)|data:image/)
  })

  it('a second clean changes nothing', () => {
    const first = cleanSync(input).markdown
    expect(cleanSync(first).markdown).toBe(first)
  })
})

describe('the link filter reads the scheme as a browser does', () => {
  // A browser drops control characters and spaces before the scheme and tabs and line breaks inside it: all of these run script.
  it.each([
    ['&#1;javascript:alert(1)'],
    ['\x1fjavascript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['java&#x0A;script:alert(1)'],
    ['java\nscript:alert(1)'],
    [' &#x0D;JaVaScRiPt:alert(1)'],
    ['&#x0C;vbscript:msgbox(1)'],
    ['da&#x09;ta:text/html,<script>alert(1)</script>'],
  ])('drops href=%j and keeps the link text', (href) => {
    const html = `<html><body><article><p>${prose}</p><p>${prose} See <a href="${href}">the page of the council</a> and <a href="https://example.com/b">the map</a>.</p></article></body></html>`
    const markdown = body(cleanSync(html, {format: 'html'}).markdown)
    expect(live(markdown).urls).toEqual(['https://example.com/b'])
    expect(markdown).toContain('See the page of the council and [the map](https://example.com/b).')
  })
})

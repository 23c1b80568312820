import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import * as scrubdown from '../src/index.js'
import {ScrubdownError, clean, cleanSync, createCleaner} from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(scrubdown).sort()).toEqual(
      [
        'ScrubdownError', 'boilerplate', 'breadcrumbs', 'byline', 'categories', 'clean', 'cleanStream', 'cleanSync', 'createCleaner', 'createPool',
        'createProcessor', 'dedupe', 'defaultStageNames', 'defaultStages', 'detectFormat', 'detectLanguage', 'frontmatter',
        'language', 'lexicons', 'metaKeys', 'metaToYaml', 'normalizePunctuation', 'parseHtml', 'parseMarkdown', 'parseText', 'punctuation',
        'punctuationRules', 'resolveStages', 'scrubdownParse', 'scrubdownPreset', 'shortcodes', 'stringifyDefaults', 'structure', 'title',
      ].sort(),
    )
  })

  it('clean, cleanSync and createCleaner agree', async () => {
    const text = 'Home › News\n\nA title for the test\n\nThis is the first paragraph of the article, and it has enough words to count as prose here.\n'
    const a = await clean(text)
    const b = cleanSync(text)
    const c = createCleaner().cleanSync(text)
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(a.meta.title).toBe('A title for the test')
    expect(a.removed.map((removal) => removal.stage)).toEqual(['breadcrumbs', 'title'])
  })

  it('writes the caller\'s url and keeps keys in the design order', () => {
    const {markdown, meta} = cleanSync('Een titel\n\nDit is een gewone alinea met genoeg woorden om als tekst te tellen, en dat doet hij ook.', {url: 'https://example.com/a'})
    expect(Object.keys(meta)).toEqual(['title', 'lang', 'url'])
    expect(markdown.startsWith('---\ntitle: Een titel\nlang: nl\nurl: https://example.com/a\n---\n')).toBe(true)
  })

  it('drops a stage by name, and refuses an unknown one', () => {
    const text = 'Zeile eins mit dem Wort beschenken.sehr und noch vielen weiteren Wörtern, damit es Prosa ist.'
    expect(cleanSync(text).markdown).toContain('beschenken. sehr')
    expect(cleanSync(text, {disable: ['punctuation']}).markdown).toContain('beschenken.sehr')
    expect(() => cleanSync(text, {disable: ['nope']})).toThrow(/unknown stage "nope"/)
  })

  it('runs a caller\'s own plugin where the caller puts it', () => {
    const shout: Plugin<[], Root> = () => (tree) => {
      for (const node of tree.children) if (node.type === 'paragraph') node.children.unshift({type: 'text', value: 'NOTE: '})
    }
    const {markdown} = cleanSync('A line of text that is long enough to be prose, with a full stop at the end.', {
      stages: (defaults) => [...defaults, {name: 'shout', plugin: shout}],
    })
    expect(markdown).toContain('NOTE: A line of text')
  })

  it('passes stage options by stage name', () => {
    const text = 'Wait for it... and there is more text here so that the line reads like real prose.'
    expect(cleanSync(text).markdown).toContain('it…')
    expect(cleanSync(text, {punctuation: {rules: {'common/ellipsis': false}}}).markdown).toContain('it...')
  })

  it('gives bad input a clear error with a code', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])
    expect(() => cleanSync(png)).toThrow(ScrubdownError)
    expect(() => cleanSync(png)).toThrow(/PNG image/)
    expect(() => cleanSync(Buffer.from([0x61, 0x62, 0xff, 0x63]))).toThrow(/not valid UTF-8 \(bad byte 0xff at offset 2\)/)
    expect(() => cleanSync('x'.repeat(101), {maxBytes: 100})).toThrow(/above the limit of 100/)
    expect(() => cleanSync(42 as unknown as string)).toThrow(/must be a string, a Buffer or a VFile/)
  })

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = 'Dit is een Nederlandse zin met genoeg woorden om de taal te herkennen, echt waar.'
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(cleanSync(bytes).markdown).toContain(text)
  })

  it('cleans empty input to front matter with lang und and a warning', () => {
    const result = cleanSync('')
    expect(result.markdown).toBe('---\nlang: und\n---\n')
    expect(result.warnings[0]?.reason).toMatch(/too little text/)
  })
})

import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

const page = (alt: string) =>
  `<html><body><article><h1>Mapping the parish</h1><p>The first paragraph of the article is long enough to count as the article's text.</p><img src="https://example.com/a.png" alt="${alt}"><p>The second paragraph follows the picture and is long enough to be kept with the first.</p></article></body></html>`

describe('an image whose alt text holds brackets', () => {
  it('is written with parentheses, so that a reader stripping Markdown by pattern still sees one image', () => {
    const {markdown} = cleanSync(page('[QGIS main interface]'), {format: 'html'})
    expect(markdown).toContain('![(QGIS main interface)](https://example.com/a.png)')
    expect(markdown).not.toContain('\\[')
  })

  it('keeps alt text without brackets as it is', () => {
    const {markdown} = cleanSync(page('The parish map, 1850'), {format: 'html'})
    expect(markdown).toContain('![The parish map, 1850](https://example.com/a.png)')
  })

  it('turns each bracket to its parenthesis inside longer alt text', () => {
    const {markdown} = cleanSync(page('Photos [Before &amp; After]'), {format: 'html'})
    expect(markdown).toContain('![Photos (Before & After)](https://example.com/a.png)')
  })
})

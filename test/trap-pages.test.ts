import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

/**
 * Trap pages written in languages and layouts no dev-eval page holds (test/data/traps/): each a realistic page,
 * menus, byline, share bars, boxes and footer around its article. Each test names the class of failure it caught.
 */
function page(name: string): string {
  return readFileSync(new URL(`./data/traps/${name}`, import.meta.url), 'utf8')
}

/** The article's blocks, without the front matter. */
function blocks(markdown: string): string[] {
  return markdown.split('\n---\n')[1]!.trim().split(/\n\n/u)
}

describe('a poem, one line a paragraph (Slovenian text dump)', () => {
  const result = cleanSync(page('sl-pesem-zima.txt'), {format: 'text'})
  const poem = blocks(result.markdown)

  it('keeps its last short lines, under the list of lines the core took in', () => {
    expect(poem.slice(-3)).toEqual(['Zdaj stojim na istem pragu.', 'Sneg pada.', 'Pokimam.'])
  })

  it('keeps its first line, which is the title with a comma after it', () => {
    expect(result.meta.title).toBe('Ko zapade prvi sneg')
    expect(poem.slice(0, 3)).toEqual(['Pesem je nastala lani pozimi v Bohinju. Posvečena je mojemu dedku.', 'Ko zapade prvi sneg,', 'se vas utiša kot cerkev.'])
    expect(poem).toHaveLength(16)
  })
})

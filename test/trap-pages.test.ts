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

/** News dumps in languages the lexicon gained: the byline and date read, the "read also" teaser gone, the article whole. */
const lexiconPages: Array<{file: string; lang: string; author?: string; date?: string; teaser: string; first: string; last: string}> = [
  {file: 'cy-newyddion-tai.txt', lang: 'cy', author: 'Elin Roberts', date: '2026-12-05', teaser: 'Darllenwch hefyd', first: 'Mae Cyngor Gwynedd wedi rhoi', last: "Disgwylir i'r gwaith adeiladu"},
  {file: 'ha-labarai-taki.txt', lang: 'ha', author: 'Aminu Abdullahi', date: '2026-12-06', teaser: 'Karanta kuma', first: 'Gwamnatin jihar Kano ta kaddamar', last: '"A bara mun samu takin'},
  {file: 'tl-listahan-kuryente.txt', lang: 'tl', author: 'Andrea Santos', date: '2026-12-07', teaser: 'Basahin din', first: 'Tumataas na naman', last: 'Sa maliliit na hakbang'},
  {file: 'is-frettir-verdbolga.txt', lang: 'is', date: '2026-12-06', teaser: 'Lesa einnig', first: 'Tólf mánaða verðbólga', last: 'Nánari upplýsingar eru á vef Hagstofunnar'},
  {file: 'eu-albistea-cookieak.txt', lang: 'eu', teaser: 'Irakurri ere', first: 'Kontsumobidek, Euskal Kontsumo Institutuak', last: 'Erakundeak gogorarazi duenez'},
  {file: 'am-zena-babur.txt', lang: 'am', teaser: 'ተጨማሪ ያንብቡ', first: 'የአዲስ አበባ ቀላል ባቡር ትራንስፖርት', last: '"ከሥራ በኋላ ታክሲ'},
]

describe('news in Welsh, Hausa, Tagalog, Icelandic, Basque and Amharic (text dumps)', () => {
  for (const expected of lexiconPages) {
    it(`${expected.lang}: byline and date read, the teaser gone, the article whole`, () => {
      const result = cleanSync(page(expected.file), {format: 'text'})
      expect(result.meta.lang).toBe(expected.lang)
      if (expected.author) expect(result.meta.author).toBe(expected.author)
      if (expected.date) expect(result.meta.date).toBe(expected.date)
      const article = blocks(result.markdown)
      expect(article.some((block) => block.includes(expected.teaser))).toBe(false)
      expect(article.some((block) => block.startsWith(expected.first))).toBe(true)
      expect(article.at(-1)!.startsWith(expected.last)).toBe(true)
    })
  }
})

/** Author labels of the lexicon's languages: Serbian "Razgovarao:" (an interview's credit), Slovene "Objavila:" (posted by), Persian "خبرنگار:" (reporter). */
describe('bylines under an interview\'s, a post\'s and a reporter\'s label', () => {
  it.each([
    ['sr-lat-intervju-biblioteka.txt', 'text', 'Nikola Petrović'],
    ['sl-pesem-zima.txt', 'text', 'Tina Kovač'],
    ['html-fa-khabar-metro.html', 'html', 'سارا محمدی'],
  ] as const)('%s: %s', (file, format, author) => {
    expect(cleanSync(page(file), {format}).meta.author).toBe(author)
  })
})

/** A forum thread's header names its opening post's writer ("Thread starter Dave Collins", "شروع‌کننده موضوع مریم رضایی"): the writer is the author, the thread's title the title (not the name on the post's user card). */
describe('a forum thread under its starter\'s label', () => {
  it.each([
    ['en-xenforo-thread.txt', 'Replacing a shower valve without opening the wall', 'Dave Collins'],
    ['fa-anjoman-sansevieria.txt', 'راهنمای کامل نگهداری از سانسوریا در زمستان', 'مریم رضایی'],
  ])('%s', (file, title, author) => {
    const result = cleanSync(page(file), {format: 'text'})
    expect(result.meta).toMatchObject({title, author})
    const article = blocks(result.markdown)
    expect(article.at(-1)).toMatch(/Happy to answer questions\.|با کمال میل جواب می‌دهم\.$/u)
  })
})

/**
 * A documentation page (Estonian text dump): a colon line over its one command ("paigalda pakett globaalselt:" /
 * "npm install -g kuhjaja") is answered by it; the feedback buttons, the edit link, the previous and next pages and
 * the "on this page" list under the last paragraph are no items it announced.
 */
describe('a documentation page with commands between its paragraphs', () => {
  it('ends at its last paragraph, not at the page\'s footer', () => {
    const article = blocks(cleanSync(page('et-dok-paigaldus.txt'), {format: 'text'}).markdown)
    const last = article.findIndex((block) => block.startsWith('Käivita käsk kuhjaja --help.'))
    expect(last).toBeGreaterThan(0)
    expect(article.length - last).toBeLessThanOrEqual(2)
    for (const chrome of ['Muuda seda lehte GitHubis', 'Järgmine', 'Sellel lehel']) expect(article).not.toContain(chrome)
    expect(article).toContain('npm install -g kuhjaja')
  })
})

import * as cheerio from 'cheerio/slim'
import type {Element} from 'domhandler'
import {describe, expect, it} from 'vitest'
import {paragraphsFromBreaks} from '../src/parse/html/break-paragraphs.js'
import {isDataTable, unwrapLayoutTables} from '../src/parse/html/layout-tables.js'

const load = (html: string) => cheerio.load(html)
const firstTable = (html: string) => load(html)('table')[0] as unknown as Element
const row = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`

describe('isDataTable (after Readability\'s _isDataTable)', () => {
  it('takes header cells, a caption, a summary for data', () => {
    expect(isDataTable(firstTable(`<table><tr><th>Town</th><th>Votes</th></tr>${row('A', '1')}</table>`))).toBe(true)
    expect(isDataTable(firstTable(`<table><caption>Votes by town</caption>${row('A', '1')}${row('B', '2')}</table>`))).toBe(true)
    expect(isDataTable(firstTable(`<table summary="Votes">${row('A', '1')}</table>`))).toBe(true)
  })

  it('takes a grid of short cells for data, and one row, one column or a few cells for layout', () => {
    expect(isDataTable(firstTable(`<table>${row('A', '1', '2')}${row('B', '3', '4')}${row('C', '5', '6')}${row('D', '7', '8')}</table>`))).toBe(true)
    expect(isDataTable(firstTable(`<table>${row('menu', 'article', 'sidebar')}</table>`))).toBe(false)
    expect(isDataTable(firstTable(`<table>${row('header')}${row('article')}${row('footer')}</table>`))).toBe(false)
    expect(isDataTable(firstTable(`<table>${row('A', '1')}${row('B', '2')}</table>`))).toBe(false)
  })

  it('takes a cell of prose, a nested table, or role=presentation for layout', () => {
    const prose = 'The town council voted on Tuesday night to approve the footbridge. '.repeat(4)
    expect(isDataTable(firstTable(`<table>${row('A', '1', '2', '3', '4')}${row('B', prose, '2', '3', '4')}</table>`))).toBe(false)
    expect(isDataTable(firstTable(`<table>${row('A', '<table><tr><td>x</td></tr></table>', '2', '3', '4', '5')}</table>`))).toBe(false)
    expect(isDataTable(firstTable(`<table role="presentation"><tr><th>A</th></tr></table>`))).toBe(false)
  })

  it('turns only the layout table\'s own parts into blocks, keeping classes and a data table nested in it', () => {
    const $ = load(`<table class="page">${row('<p>Menu</p>', `<table class="data"><tr><th>Town</th></tr>${row('A')}</table>`)}</table>`)
    const tables = $('table').toArray() as unknown as Element[]
    expect(unwrapLayoutTables(tables)).toBe(1)
    expect($('div.page').length).toBe(1)
    expect($('table.data').length).toBe(1)
    expect($('table.data td').length).toBe(1)
  })
})

describe('paragraphsFromBreaks', () => {
  const split = (html: string) => {
    const $ = load(html)
    paragraphsFromBreaks($('br').toArray() as unknown as Element[])
    return $.root().html()
  }

  it('splits at two or more <br> (blank text between), not at one', () => {
    expect(split('<div>One. Two<br>lines.<br> <br>\n<br>Three.</div>')).toBe('<div><p>One. Two<br>lines.</p><p>Three.</p></div>')
  })

  it('makes a split <p> a <div> of paragraphs, and leaves block children where they are', () => {
    expect(split('<p>One.<br><br>Two.</p>')).toBe('<div><p>One.</p><p>Two.</p></div>')
    expect(split('<div>One.<br><br>Two.<blockquote>Quote</blockquote>Three.</div>')).toBe('<div><p>One.</p><p>Two.</p><blockquote>Quote</blockquote><p>Three.</p></div>')
  })

  it('gives each short label line of the first stack its own paragraph (headline, byline, date), not a stanza further down', () => {
    expect(split('<div><b>Headline</b><br><i>By Tom Hale</i><br>March 3, 2009<br><br>Body text.<br><br>Roses are red<br>the river is wide<br><br>The end.</div>'))
      .toBe('<div><p><b>Headline</b></p><p><i>By Tom Hale</i></p><p>March 3, 2009</p><p>Body text.</p><p>Roses are red<br>the river is wide</p><p>The end.</p></div>')
  })

  it('leaves a heading, a link, emphasis, a data cell and inline elements inside a paragraph alone', () => {
    for (const html of [
      '<p>A <span>one<br><br>two</span> b.</p>',
      '<h2><span>Part one<br><br>The start</span></h2>',
      '<p><b><font>Alpha.<br><br>Epsilon.</font></b></p>',
      '<table><tr><th>Town</th></tr><tr><td>first<br><br>second</td></tr></table>',
    ]) expect(split(html)).toBe(html)
  })

  it('leaves no links from a dropped <br> into the tree', () => {
    const $ = load('<div>One.<br><br>Two.</div>')
    const breaks = $('br').toArray() as unknown as Element[]
    paragraphsFromBreaks(breaks)
    expect(breaks.every((br) => br.parent === null && br.prev === null && br.next === null)).toBe(true)
  })
})

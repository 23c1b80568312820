import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {type CheerioAPI, load} from 'cheerio'
import {describe, expect, it} from 'vitest'
import {pageHref} from '../src/report-html/index-page.js'
import {markInput} from '../src/report-html/mark.js'
import type {Struck} from '../src/report-html/spans.js'
import type {Removal} from '../src/types.js'
import {scrubdown, seedText, workspace} from './helpers/batch.js'
import {hostileDump, hostileHtml} from './helpers/hostile.js'

interface Json {
  markdown: string
  removed: Removal[]
}

/** Clean one file with --json and --report-html; the result and the page, parsed. */
async function page(name: string, input: string): Promise<{json: Json; html: string; $: CheerioAPI; path: string}> {
  const dir = workspace()
  const path = join(dir, name)
  writeFileSync(path, input)
  const run = await scrubdown(['--json', '--report-html', join(dir, 'audit.html'), path])
  expect(run.status, run.stderr).toBe(0)
  const html = readFileSync(join(dir, 'audit.html'), 'utf8')
  return {json: JSON.parse(run.stdout) as Json, html, $: load(html), path}
}

/** Nothing on the page can run or load: no script, no handler, no live URL, and the policy forbids it besides. */
function expectInert(html: string, $: CheerioAPI): void {
  expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe("default-src 'none'; style-src 'unsafe-inline'")
  expect($('script, iframe, img, svg, object, embed, link, base, form, meta[http-equiv="refresh"]').length).toBe(0)
  $('*').each((_, element) => {
    for (const [name, value] of Object.entries((element as unknown as {attribs: Record<string, string>}).attribs)) {
      expect(name).not.toMatch(/^on/i)
      if (name === 'href') expect(value).toMatch(/^#r\d+$|^pages\//)
      expect(['src', 'srcset', 'action', 'formaction', 'style', 'background', 'xlink:href']).not.toContain(name)
    }
  })
  // As markup, not only as the parser reads it: the input's tags are text, and no tag of the page carries a handler or a javascript: URL.
  expect(html).not.toMatch(/<(?:script|img|iframe|svg)/i)
  for (const tag of html.match(/<[^>]*>/g)!) expect(tag).not.toMatch(/\son\w+=|javascript:/i)
}

/* --report-html: the audit as a page people look at; nothing from the input may run in it. */
describe('--report-html', () => {
  it('strikes every removal of a dump with its stage and reason, shows the input whole, and the front matter on top', async () => {
    const input = seedText('sv-deepseek-fomo')
    const {json, $} = await page('page.txt', input)
    expect(json.removed.length).toBeGreaterThan(5)
    expect($('pre.input').text()).toBe(input)
    for (const [index, removal] of json.removed.entries()) {
      const struck = $(`del[data-removal="${index}"]`)
      expect(struck.length, removal.reason).toBeGreaterThan(0)
      expect(struck.first().attr('title')).toBe(`${removal.stage}: ${removal.reason}`)
      expect(struck.first().attr('id')).toBe(`r${index}`)
      expect(struck.first().attr('class')).toMatch(/^k\d+$/)
      // The span struck is the removed text where the input has it as written.
      expect($('pre.input').find(`del[data-removal="${index}"]`).text().replace(/\s+/g, ' ')).toContain(removal.text.replace(/\s+/g, ' ').slice(0, 20))
    }
    expect(new Set($('del').map((_, element) => $(element).attr('data-removal')).get()).size).toBe(json.removed.length)
    expect($('pre.front-matter').text()).toBe(/^---\n([\s\S]*?)\n---\n/.exec(json.markdown)![1])
    expect($('.legend li').first().text()).toMatch(/^[a-z]+ \(\d+\)$/)
    // The stages differ in colour: one class each.
    const classes = new Map(json.removed.map((removal, index) => [removal.stage, $(`#r${index}`).attr('class')]))
    expect(new Set(classes.values()).size).toBe(classes.size)
  })

  it('an HTML page full of script shows as text: nothing runs, loads or links out, and every removal is struck', async () => {
    const {json, html, $, path} = await page('page.html', hostileHtml)
    expectInert(html, $)
    expect($('pre.input').text()).toBe(hostileHtml)
    expect($('pre.input').text()).toContain(`<img src=x onerror="document.title='PWNED'">`)
    expect($('pre.input').text()).toContain("<script>document.title='PWNED'</script>")
    expect($('title').text()).toBe(`scrubdown audit: ${path}`)
    expect(json.removed.length).toBeGreaterThan(0)
    for (const [index, removal] of json.removed.entries()) {
      expect($(`del[data-removal="${index}"]`).first().attr('title')).toBe(`${removal.stage}: ${removal.reason}`)
    }
    // The chrome around the article is struck, the article is not.
    expect($('del').text()).toContain('Advertisement')
    expect($('pre.input').text().replace($('pre.input del').text(), '')).toContain('The port authority said on Tuesday')
  })

  it('a dump with markup in it: the same, and javascript: only as text', async () => {
    const {json, html, $} = await page('dump.txt', hostileDump)
    expectInert(html, $)
    expect($('pre.input').text()).toBe(hostileDump)
    expect($('body').text()).toContain("javascript:document.title='PWNED'")
    expect(html).not.toMatch(/href="javascript:/i)
    for (const [index, removal] of json.removed.entries()) expect($(`#r${index}`).attr('title')).toBe(`${removal.stage}: ${removal.reason}`)
  })

  it('cuts a span that crosses another into pieces, anchored once, and keeps every character of the input', () => {
    const input = '0123456789abcdefghij'
    const removals: Struck[] = [
      {index: 0, stage: 'a', reason: 'outer', text: '', start: 0, end: 10},
      {index: 1, stage: 'b', reason: 'inner <b>', text: '', start: 2, end: 5},
      {index: 2, stage: 'c', reason: 'crossing', text: '', start: 8, end: 14},
      {index: 3, stage: 'c', reason: 'no place', text: 'elsewhere'},
    ]
    const $ = load(`<pre>${markInput(input, removals, (stage) => `k-${stage}`)}</pre>`)
    expect($('pre').text()).toBe(input)
    expect($('del[data-removal="1"]').parent().attr('data-removal')).toBe('0')
    expect($('del[data-removal="1"]').attr('title')).toBe('b: inner <b>')
    expect($('del[data-removal="2"]').length).toBe(2)
    expect($('del[data-removal="2"]').map((_, element) => $(element).text()).get()).toEqual(['89', 'abcd'])
    expect($('#r2').length).toBe(1)
    expect($('del[data-removal="3"]').length).toBe(0)
  })

  it('links to pages by relative paths whose parts are percent-encoded', () => {
    expect(pageHref("javascript:alert('x').html")).toBe("javascript%3Aalert('x').html")
    expect(pageHref('a b/c#d.html')).toBe('a%20b/c%23d.html')
  })

  it('a folder batch writes a page per document and an index linking them, failures named', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'in', 'odd'), {recursive: true})
    writeFileSync(join(dir, 'in', 'odd', 'index.html'), hostileHtml)
    writeFileSync(join(dir, 'in', 'odd', "javascript:alert('x').txt"), hostileDump)
    writeFileSync(join(dir, 'in', 'odd', 'binary.txt'), 'a\u0000b')
    const run = await scrubdown(['--out', join(dir, 'out'), '--report-html', join(dir, 'audit'), '--quiet', join(dir, 'in')])
    expect(run.status).toBe(1)
    const index = readFileSync(join(dir, 'audit', 'index.html'), 'utf8')
    const $ = load(index)
    expectInert(index, $)
    const links = $('a').map((_, element) => ({href: $(element).attr('href')!, text: $(element).text()})).get()
    expect(links.map((link) => link.text)).toEqual(['ar-deepseek-fomo/page.txt', 'nl-rise-of-the-machines/page.txt', 'odd/index.html', "odd/javascript:alert('x').txt", 'sv-deepseek-fomo/page.txt'])
    // Each link is a relative path to a page that is there; a name like javascript: stays a file name.
    for (const {href} of links) {
      expect(href).toMatch(/^pages\//)
      expect(existsSync(join(dir, 'audit', decodeURIComponent(href)))).toBe(true)
    }
    expect(links[3]!.href).toBe("pages/odd/javascript_alert('x').html")
    expect($('tr.failed').text()).toContain('odd/binary.txt')
    expect($('tr.failed').text()).toContain('binary')
    // A batch's PATH is a folder: an existing file there is refused before any work.
    const refused = await scrubdown(['--out', join(dir, 'out2'), '--report-html', join(dir, 'in', 'odd', 'binary.txt'), join(dir, 'in')])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('binary.txt is a file; in a batch it names a folder of pages')
    const sv = load(readFileSync(join(dir, 'audit', 'pages', 'sv-deepseek-fomo', 'page.html'), 'utf8'))
    expect(sv('h1').text()).toBe('sv-deepseek-fomo/page.txt')
    expect(sv('del').length).toBeGreaterThan(5)
  })

  it('JSON Lines: a page per record named by its line, never by its id; the index names the ids as text', async () => {
    const dir = workspace()
    const records = [
      {id: '../../escape', text: seedText('nl-rise-of-the-machines')},
      {id: '<script>document.title="PWNED"</script>', html: hostileHtml},
      {id: 7},
    ]
    writeFileSync(join(dir, 'pages.jsonl'), records.map((record) => JSON.stringify(record)).join('\n') + '\n')
    const run = await scrubdown(['--jsonl', join(dir, 'pages.jsonl'), '--out', join(dir, 'out.jsonl'), '--report-html', join(dir, 'audit'), '--quiet', '--concurrency', '2'])
    expect(run.status).toBe(1)
    expect(existsSync(join(dir, 'audit', 'pages', 'line-1.html'))).toBe(true)
    expect(existsSync(join(dir, 'audit', 'pages', 'line-2.html'))).toBe(true)
    const index = readFileSync(join(dir, 'audit', 'index.html'), 'utf8')
    const $ = load(index)
    expectInert(index, $)
    expect($('a').map((_, element) => $(element).attr('href')).get()).toEqual(['pages/line-1.html', 'pages/line-2.html'])
    expect($('a').eq(1).text()).toBe('<script>document.title="PWNED"</script>')
    expect($('tr.failed').text()).toContain('7')
    const second = readFileSync(join(dir, 'audit', 'pages', 'line-2.html'), 'utf8')
    expectInert(second, load(second))
    expect(load(second)('h1').text()).toBe('<script>document.title="PWNED"</script>')
  })
})


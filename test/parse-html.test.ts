import {describe, expect, it} from 'vitest'
import {namesSite} from '../src/util/names.js'
import * as cheerio from 'cheerio/slim'
import type {Element} from 'domhandler'
import {VFile} from 'vfile'
import {cleanSync, detectFormat, parseHtml} from '../src/index.js'
import {parseDom} from '../src/parse/html/parse-dom.js'
import {toHast} from '../src/parse/html/to-hast.js'
import {leadAbove} from '../src/parse/html/lead.js'
import {classWords, textOf} from '../src/parse/html/dom.js'
import {taxonomyClass} from '../src/parse/html/chrome-tokens.js'
import {blockText} from '../src/util/tree.js'
import {body} from './helpers/run.js'

const prose = (words: string) => `<p>${words} This sentence is here so the paragraph reads as real prose, with commas, and a full stop.</p>`

function page(article: string, head = '', chrome = ''): string {
  return `<!doctype html><html lang="en"><head><title>Tides and moons | Sea Notes</title>${head}</head><body>
<header class="site-header"><a href="/">Sea Notes</a><nav><a href="/a">News</a> <a href="/b">Science</a></nav></header>
${chrome}<article>${article}</article>
<footer><p>© 2024 Sea Notes. All rights reserved.</p></footer></body></html>`
}

describe('parseHtml: structure', () => {
  it('writes emphasis glued to a word as a reader sees it, not as character references', () => {
    // "team of<em>The Cycle</em>": an underscore cannot open emphasis inside a word, and remark-stringify escaped the letters around it ("o&#x66;_&#x54;he").
    const {markdown} = cleanSync(page(prose(`I took this to the team of<em>The Cycle</em> and we made a list.`)))
    expect(markdown).toContain('team of*The Cycle* and we made a list.')
    expect(markdown).not.toContain('&#x')
  })

  it('maps headings, lists, quotes, code, tables, emphasis, links and breaks to Markdown', () => {
    const html = page(`<h1>Tides and moons</h1>${prose('The sea rises twice a day.')}
<h2>Spring tides</h2><p>When sun and moon line up the tides are <em>larger</em>, <strong>much</strong> larger, as <a href="/wiki/tide">sailors</a> know.</p>
<ul><li>First</li><li>Second<ul><li>Nested</li></ul></li></ul>
<ol start="3"><li>Three</li><li>Four</li></ol>
<blockquote><p>The moon pulls, the sea follows.</p></blockquote>
<pre><code class="lang-python">print("tide")</code></pre>
<table><thead><tr><th>Place</th><th>Range</th></tr></thead><tbody><tr><td>Fundy</td><td>16 m</td></tr><tr><td>Severn</td><td>15 m</td></tr></tbody></table>
<p>Line one<br>line two</p>`)
    const markdown = body(cleanSync(html, {url: 'https://sea.example/tides'}).markdown)
    expect(markdown).toContain('## Spring tides')
    expect(markdown).toContain('*larger*, **much** larger, as [sailors](https://sea.example/wiki/tide) know.')
    expect(markdown).toContain('- First\n- Second\n  - Nested')
    expect(markdown).toContain('3. Three\n4. Four')
    expect(markdown).toContain('> The moon pulls, the sea follows.')
    expect(markdown).toContain('```python\nprint("tide")\n```')
    expect(markdown).toContain('| Place  | Range |')
    expect(markdown).toContain('| Severn | 15 m  |')
    expect(markdown).toContain('Line one\\\nline two')
    expect(markdown).not.toContain('Sea Notes')
  })

  it('starts a line at each block inside bold text, as a browser does, and a space in a heading: no words glued', () => {
    // An old page's <b> left open over a photo's table: the credit and the caption are lines of their own.
    const credit = '<table><tr><td><div>Warner Home Video</div></td></tr><tr><td><div><b>The typical reaction</b></div></td></tr></table>'
    const {markdown} = cleanSync(page(`${prose('Before the photo.')}<p><b>Score: 9 out of 10<br>${credit}The Video</b></p>${prose('After the photo.')}<h2>Kicker<p>The headline</p>and more</h2>${prose('The end.')}`))
    // The caption's own <b> inside the open one is that bold, not a second (flattenNestedMarks).
    expect(markdown).toContain('Warner Home Video\\\nThe typical reaction\\\nThe Video**')
    expect(markdown).toContain('## Kicker The headline and more')
    expect(markdown).not.toContain('&#x')
  })

  it('reads a declarative shadow root as the element\'s own content, as a browser renders it; any other <template> stays unread', () => {
    const story = ['Engineers began work on Monday to repair the sea wall that protects the old harbour, which storms damaged last winter.', 'The council expects the work to take six months and to cost about four million pounds, paid partly by a grant.']
    const paragraphs = story.map((text) => `<p>${text}</p>`).join('')
    const shadow = cleanSync(`<!doctype html><html><head><title>Harbour wall repairs begin</title></head><body><main><story-body><template shadowrootmode="open"><h1>Harbour wall repairs begin</h1>${paragraphs}</template></story-body></main></body></html>`)
    expect(body(shadow.markdown)).toBe(`${story.join('\n\n')}\n`)
    const inert = cleanSync(`<!doctype html><html><head><title>Harbour</title></head><body><main>${paragraphs}<template id="row"><p>Unused row template for the list of comments that a script fills in.</p></template></main></body></html>`)
    expect(inert.markdown).not.toContain('Unused row template')
  })

  it('puts an element\'s own children at its shadow root\'s slots, by name, and leaves out one no slot takes', () => {
    const story = ['Engineers began work on Monday to repair the sea wall that protects the old harbour, which storms damaged last winter.', 'The council expects the work to take six months and to cost about four million pounds, paid partly by a grant.']
    const html = `<!doctype html><html><head><title>Harbour wall repairs begin</title></head><body><main><story-card><template shadowrootmode="open"><h1><slot name="headline">Untitled</slot></h1><div class="body"><slot></slot></div></template>
<span slot="headline">Harbour wall repairs begin</span>${story.map((text) => `<p>${text}</p>`).join('')}<p slot="nowhere">A teaser no slot takes, which no browser shows on the page at all, however long it runs.</p></story-card></main></body></html>`
    const result = cleanSync(html)
    expect(result.meta.title).toBe('Harbour wall repairs begin')
    expect(body(result.markdown)).toBe(`${story.join('\n\n')}\n`)
  })

  it('reads custom elements that stand as blocks as blocks, their names as classes; in running text one stays a word', () => {
    const de = ['Die Stadt Leipzig baut in diesem Jahr zwölf Kilometer neue Radwege. Der Stadtrat hat das Programm am Mittwoch beschlossen.', 'Die ersten Abschnitte entstehen an der Karl-Liebknecht-Straße und am Ring, getrennt vom Autoverkehr.']
    const html = `<!doctype html><html lang="de"><head><title>Neue Radwege in Leipzig – Stadtblatt</title></head><body>
<cookie-banner>Wir verwenden Cookies. <button>Akzeptieren</button></cookie-banner>
<app-header><a href="/">Stadtblatt</a><a href="/lokales">Lokales</a></app-header>
<app-article><app-headline>Neue Radwege in Leipzig</app-headline>${de.map((text) => `<app-text>${text}</app-text>`).join('\n')}
<app-text>Aktualisiert <relative-time datetime="2025-03-12">vor zwei Tagen</relative-time> von der Redaktion des Stadtblatts.</app-text></app-article>
<app-related><h3>Mehr zum Thema</h3><a href="/a">Straßenbahn fährt wieder</a><a href="/b">Baustellen im März</a></app-related></body></html>`
    const result = cleanSync(html)
    expect(result.meta.title).toBe('Neue Radwege in Leipzig')
    expect(body(result.markdown)).toBe(`${de.join('\n\n')}\n\nAktualisiert vor zwei Tagen von der Redaktion des Stadtblatts.\n`)
  })

  it('collapses whitespace as a browser does, and keeps it in <pre>', () => {
    const html = page(`${prose('Words   spread\n   over\tlines.')}<pre>a  b\n  c</pre>`)
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Words spread over lines.')
    expect(markdown).toContain('```\na  b\n  c\n```')
  })

  it('drops javascript: and data: URLs, keeping the link text', () => {
    const html = page(prose('Click <a href="javascript:alert(1)">here</a> or <a href=" JAVASCRIPT:void(0)">there</a>. <img src="data:image/png;base64,AAAA" alt="pixel">'))
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Click here or there.')
    expect(markdown).not.toMatch(/javascript|data:/i)
  })

  it('keeps links and images by default; text only and no images on request', () => {
    const html = page(prose('See <a href="https://example.com/x">the report</a>. <img src="https://example.com/p.jpg" alt="A pier at dusk">'))
    expect(cleanSync(html).markdown).toContain('[the report](https://example.com/x)')
    expect(cleanSync(html).markdown).toContain('![A pier at dusk](https://example.com/p.jpg)')
    const plain = cleanSync(html, {html: {links: 'text', images: 'drop'}}).markdown
    expect(plain).toContain('See the report.')
    expect(plain).not.toContain('](')
  })

  // htmlparser2 keeps its open-element stack with unshift, so this takes seconds; what matters is no stack overflow.
  it('survives 100 000 nested elements', () => {
    const depth = 100_000
    const html = `<html><body>${'<div>'.repeat(depth)}${prose('Deep inside the page.')}${'</div>'.repeat(depth)}</body></html>`
    expect(body(cleanSync(html, {format: 'html'}).markdown)).toContain('Deep inside the page.')
  })

  it('points positions into the HTML source', () => {
    const html = '<html><body><article>\n<p>First paragraph of the article, long enough to be prose, with a full stop.</p>\n</article></body></html>'
    const {tree} = parseHtml(html)
    expect(tree.children[0]?.position?.start.line).toBe(2)
  })
})

describe('parseHtml: end tags left out', () => {
  // htmlparser2 ends an open <li> only when it is the innermost element: each item nested in the paragraph of the one
  // before, and the Markdown writer read each level twice (16 items 2.9 s, 20 items 30 s). 200 would never finish.
  const items = 200
  // Sentences that differ from item to item: a list of one repeated line is a template the article finder leaves out, closed or not.
  const subjects = ['The council', 'A neighbour', 'The mayor', 'Every shop owner', 'The engineer', 'Our reporter', 'A teacher']
  const objects = ['the old bridge', 'the ferry times', 'the new road', 'the river bank', 'the winter floods']
  const texts = Array.from({length: items}, (_, index) => `In week ${index}, ${subjects[index % 7]!.toLowerCase()} wrote about ${objects[index % 5]}, and nobody disagreed.`)

  // The page is read as a browser reads it: each item ends the one before, so the tree is as flat as with the end tags written.
  const flat = (html: string) => cheerio.load(parseDom(html, {xmlMode: false})).html()
  const closed = (html: string) => cheerio.load(parseDom(html.replace(/<(li|dt|dd)><p>([^<]*)/g, '<$1><p>$2</p></$1>'), {xmlMode: false})).html()

  it('reads 200 <li><p> items without </p> or </li> as one flat list', () => {
    const html = `<html><body><article>${prose('A list follows.')}<ul>${texts.map((text) => `<li><p>${text}`).join('')}</ul>${prose('After the list.')}</article></body></html>`
    expect(flat(html)).toBe(closed(html))
    // Cleaned: the same Markdown as with every end tag written (a dozen items, which the article finder keeps as part of the article).
    const short = `<html><body><article>${prose('A list follows.')}<ul>${texts.slice(0, 12).map((text) => `<li><p>${text}`).join('')}</ul>${prose('After the list.')}</article></body></html>`
    const {tree} = parseHtml(short)
    const list = tree.children.find((node) => node.type === 'list')
    expect(list?.type === 'list' && list.children.map((item) => item.children.map((block) => block.type))).toEqual(texts.slice(0, 12).map(() => ['paragraph']))
    const markdown = body(cleanSync(short, {format: 'html'}).markdown)
    expect(markdown).toContain(texts.slice(0, 12).map((text) => `- ${text}`).join('\n\n'))
    expect(markdown).toContain('After the list.')
  })

  it('reads 200 <dt><p> and <dd><p> pairs without end tags as one flat list', () => {
    const html = `<html><body><article>${prose('Terms follow.')}<dl>${texts.map((text) => `<dt><p>${text}<dd><p>What it means`).join('')}</dl></article></body></html>`
    expect(flat(html)).toBe(closed(html))
    const meaning = (index: number) => texts[index + 100]!
    const short = `<html><body><article>${prose('Terms follow.')}<dl>${texts.slice(0, 12).map((text, index) => `<dt><p>${text}<dd><p>${meaning(index)}`).join('')}</dl>${prose('After the terms.')}</article></body></html>`
    const {tree} = parseHtml(short)
    const list = tree.children.find((node) => node.type === 'list')
    expect(list?.type === 'list' && list.children.length).toBe(12)
    const markdown = body(cleanSync(short, {format: 'html'}).markdown)
    texts.slice(0, 12).forEach((text, index) => expect(markdown).toContain(`- ${text}\n\n  ${meaning(index)}`))
  })

  it('caps nesting at 512 levels as the DOM is built (unclosed <font>, nested <div>s): deeper elements go beside their content, whose text stays in order', () => {
    const depth = (node: {children?: unknown[]}): number => {
      let deepest = 0
      const stack: Array<[{children?: unknown[]}, number]> = [[node, 0]]
      while (stack.length > 0) {
        const [at, level] = stack.pop()!
        deepest = Math.max(deepest, level)
        for (const child of at.children ?? []) stack.push([child as {children?: unknown[]}, level + 1])
      }
      return deepest
    }
    const words = Array.from({length: 5000}, (_, index) => `w${index}`)
    for (const open of ['<font size="2">', '<div>', '<b>']) {
      const document = parseDom(`<html><body>${words.map((word) => `${open}${word} `).join('')}</body></html>`, {xmlMode: false})
      expect(depth(document)).toBeLessThanOrEqual(514)
      expect(cheerio.load(document).text().trim().split(/\s+/)).toEqual(words)
    }
  })

  it('keeps items in their own nested list, and what follows an item ended early after it', () => {
    const {tree} = parseHtml('<ul><li>One<ul><li>Two<li>Three</ul><li>Four<p>more<li>Five</li> after</p></ul>')
    const list = tree.children[0]
    expect(list?.type).toBe('list')
    const texts = list?.type === 'list' ? list.children.map((item) => item.children.map((block) => (block.type === 'list' ? `[${block.children.length}]` : blockText(block)))) : []
    expect(texts).toEqual([['One', '[2]'], ['Four', 'more'], ['Five', 'after']])
  })

  // Other blocks the parser nests in inline content or a heading: the writer doubled its work at each level the same way.
  // A heading left open nests the next one (60 levels: below the depth past which nesting is flattened, 64).
  it.each([
    ['<li><b>', 200, (index: number) => `<li><b>Entry ${index}`, (index: number) => `- **Entry ${index}**`],
    ['<h2><p>', 60, (index: number) => `<h2><p>Entry ${index}`, (index: number) => `## Entry ${index}`],
    ['<p><h2>', 60, (index: number) => `<p><h2>Entry ${index}`, (index: number) => `## Entry ${index}`],
  ])('reads %s left open (%i times), each entry a block of its own', (_, count, open, written) => {
    const html = `<html><body><article>${prose('Entries follow.')}${Array.from({length: count}, (__, index) => open(index)).join('')}</article></body></html>`
    const markdown = body(cleanSync(html, {format: 'html'}).markdown)
    for (let index = 0; index < count; index++) expect(markdown).toContain(`${written(index)}\n`)
  })
})

describe('parseHtml: long runs of inline nodes', () => {
  // White-space minification looks ahead over empty siblings for each node, and the converter merges
  // texts one splice at a time: 2 000 empty spans took 10 s, 40 000 <span>word</span> 31 s, 40 000 hidden divs 51 s.
  it('builds a paragraph of empty and text-only spans as one text', () => {
    const $ = cheerio.load(`<p>Start${'<span></span>'.repeat(2000)} and ${'<span>word</span> '.repeat(2000)}<b></b>end</p>`)
    const paragraph = $('p')[0] as unknown as Element
    const [p] = toHast(paragraph).children
    expect(p?.type === 'element' && p.children.map((child) => child.type)).toEqual(['text'])
    expect(p?.type === 'element' && p.children[0]?.type === 'text' && p.children[0].value).toBe(`Start and ${'word '.repeat(2000)}end`)
  })

  it('keeps spans with an id, and the elements that print something when empty', () => {
    const $ = cheerio.load('<p>a<span id="note">b</span><q></q><code></code><img src="/x.png">c</p>')
    const [p] = toHast($('p')[0] as unknown as Element).children
    expect(p?.type === 'element' && p.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['text', 'span', 'q', 'code', 'img', 'text'])
  })

  it('reads 40 000 <span>word</span> in a paragraph and 80 000 hidden divs', () => {
    const words = 40_000
    const html = `<html><body><article>${prose('Words follow.')}<p>${'<span>word</span> '.repeat(words)}</p>${'<div style="display:none">x</div>'.repeat(80_000)}${prose('The end.')}</article></body></html>`
    const markdown = body(cleanSync(html, {format: 'html'}).markdown)
    expect(markdown.match(/\bword\b/g)?.length).toBe(words)
    expect(markdown).toContain('The end.')
    expect(markdown).not.toMatch(/\bx\b/)
  })
})

describe('parseHtml: main content and chrome', () => {
  it('reports each dropped chrome subtree with its element and reason, and the choice as a message', () => {
    const chrome = '<div class="share-buttons"><a href="#">Share on Facebook</a></div><aside class="sidebar"><h3>Most read</h3><a href="/z">Another story</a></aside>'
    const result = cleanSync(page(prose('The sea rises twice a day.') + prose('It falls twice a day too.'), '', chrome))
    const html = result.removed.filter((removal) => removal.stage === 'html')
    expect(html.map((removal) => removal.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<div\.share-buttons>: page chrome \(class or id "share"\)/),
        expect.stringMatching(/<aside\.sidebar>: page chrome \(<aside>\)/),
        expect.stringMatching(/<footer>: the site's footer/),
      ]),
    )
    for (const removal of html) expect(removal.line).toBeGreaterThan(0)
    // How the page was read is a note, not a warning: an ordinary page has nothing to look at.
    expect(result.notes.some((note) => /^main content: article/.test(note.reason))).toBe(true)
    expect(result.warnings).toEqual([])
  })

  it('finds the article in a <div class="content"> without semantic tags, beside a teaser list', () => {
    const teasers = Array.from({length: 6}, (_, index) => `<li><a href="/t${index}">Teaser headline number ${index} about something else</a></li>`).join('')
    const html = `<html><body><div id="top"><a href="/">Home</a> | <a href="/news">News</a></div>
<div class="wrap"><div class="content">${prose('Real article text begins.')}${prose('Real article text goes on.')}${prose('Real article text ends.')}</div>
<div class="more"><ul>${teasers}</ul></div></div></body></html>`
    const result = cleanSync(html)
    expect(body(result.markdown)).toContain('Real article text begins.')
    expect(body(result.markdown)).toContain('Real article text ends.')
    expect(result.markdown).not.toContain('Teaser headline')
  })

  it('keeps a real paragraph about cookies, and a one-line paragraph', () => {
    const html = page(`${prose('Bakers argue about butter.')}<p>This site uses cookies, the baker joked, and all of them are oatmeal.</p><p>Short, true.</p>${prose('The end of the story.')}`)
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('This site uses cookies, the baker joked')
    expect(markdown).toContain('Short, true.')
  })

  it('drops ruby readings (furigana), which would glue to their word, and keeps the word', () => {
    const html = `<!doctype html><html lang="ja"><head><title>図書館 | 北町新聞</title></head><body><article><h1><ruby>図書館<rp>(</rp><rt>としょかん</rt><rp>)</rp></ruby>が夜間開館</h1>
<p>北町市立図書館は、来月から毎週金曜日に午後9時まで開館する<ruby>試行<rt>しこう</rt></ruby>を始める。仕事帰りの利用者からの要望が多かった。</p>
<p>館長は「まずは半年続けて、利用状況を見たい」と話した。夜間の開館には、職員2人とボランティアが当たる。</p></article></body></html>`
    const {markdown} = cleanSync(html)
    expect(markdown).toContain('開館する試行を始める。')
    expect(markdown).not.toMatch(/しこう|としょかん/)
  })

  it('drops hidden elements, and keeps a class that only hides on small screens', () => {
    const html = page(`${prose('Visible text.')}<p hidden>Hidden attribute text.</p><p style="display: none">Inline hidden text.</p><p class="hidden-xs">Desktop-only sentence that readers do see on a big screen.</p>`)
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).not.toContain('Hidden attribute text')
    expect(markdown).not.toContain('Inline hidden text')
    expect(markdown).toContain('Desktop-only sentence')
  })

  it('drops a hover card set after the link it previews, and keeps the link and a span of linked names', () => {
    const card = '<span class="card"><img src="/omar.jpg" alt=""><a href="/people/ilhan-omar">Ilhan Omar</a><a href="/story/1">Progressives oppose a bill</a> <a href="/people/ilhan-omar">MORE</a></span>'
    const html = page(`<p>A man pleaded guilty to threatening Rep. <span><a href="/people/ilhan-omar">Ilhan Omar</a>${card}</span> (D-Minn.), the office announced on Monday.</p>${prose('The sentencing is in February.')}<p>Guests were <a href="/jo">Jo</a><span> and <a href="/al">Al</a>, with <a href="/jo">Jo</a></span> speaking first, as planned.</p>`)
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Rep. [Ilhan Omar](/people/ilhan-omar) (D-Minn.), the office')
    expect(markdown).not.toContain('Progressives oppose')
    // Words of its own between the links: the sentence's span, not a card.
    expect(markdown).toContain('[Jo](/jo) and [Al](/al), with [Jo](/jo) speaking first')
  })

  it('keeps every section a page marks as its article body, apart from each other between pictures', () => {
    const section = (words: string) => `<div class="wrap"><section itemprop="articleBody">${prose(words)}</section></div>`
    const picture = `<figure><img src="/fire.jpg" alt=""></figure><ul>${Array.from({length: 8}, (_, index) => `<li><a href="/read/${index}">Read: another story about the weather, number ${index}, and what it means</a></li>`).join('')}</ul>`
    const html = `<html><body><div class="sections">${section('When I moved here, I planted a tree.')}${picture}${section('Last week, a heat wave baked the West. In Death Valley, a record was set, the hottest ever measured in the world, and the grid went dark across the state as the evening came.') + section('Simple human error also played its part, the agency admitted.')}${picture}${section('These disasters come amid the pandemic.')}</div><aside><p>Elsewhere: a long story about another thing, with its own sentences.</p></aside></body></html>`
    const markdown = body(cleanSync(html).markdown)
    for (const words of ['When I moved here', 'Last week, a heat wave', 'Simple human error', 'These disasters come']) expect(markdown).toContain(words)
  })

  it('takes a sign-up box (a field for the e-mail address and a few lines) out of the article, not a comment form or the page around a field', () => {
    const signUp = '<div class="box"><h3>Never miss a recipe</h3><p>Join over 104,000 monthly readers! Subscribe to the free email newsletter.</p><form action="/subscribe"><input type="text" name="EMAIL" placeholder="Your e-mail"><input type="submit" value="Go"></form></div>'
    const html = page(`${prose('Bake the bread at dawn.')}${prose('Let it cool on a rack.')}${signUp}`)
    const result = cleanSync(html)
    expect(body(result.markdown)).toContain('Let it cool on a rack.')
    expect(result.markdown).not.toContain('Join over 104,000')
    expect(result.removed.some((removal) => /a sign-up box/.test(removal.reason))).toBe(true)
    // A comment form asks for an e-mail address too, and for the comment: the thread's rules judge it.
    const comment = '<div class="box"><h3>Say what you think</h3><p>Tell us how your loaf turned out, we read every note.</p><form action="/post"><input type="email" name="mail"><textarea name="text"></textarea></form></div>'
    expect(body(cleanSync(page(`${prose('Bake the bread at dawn.')}${comment}`)).markdown)).toContain('Tell us how your loaf turned out')
    // A page wrapped in one form (ASP.NET) with a newsletter field: the field's box is small, the article stays.
    const wrapped = `<html><body><form id="aspnetForm"><div class="main">${prose('The council met on Tuesday.')}${prose('It voted for the new bridge.')}</div><div class="side"><input type="email" name="newsletter"></div></form></body></html>`
    expect(body(cleanSync(wrapped).markdown)).toContain('It voted for the new bridge.')
  })

  it('takes a <time> on a line of its own after the article for its dateline, and keeps one inside a sentence', () => {
    const html = `<html><head><title>Bumblebees</title></head><body><article>${prose('The bees came back in April.')}<p>The count ended on <time datetime="2020-04-01">1 April 2020</time>, a week early.</p>${prose('Next year it starts in March.')}<time datetime="2020-04-03T10:35">Publiziert: 03.04.2020, 12:35</time></article></body></html>`
    const result = cleanSync(html)
    expect(body(result.markdown)).not.toContain('Publiziert')
    expect(body(result.markdown)).toContain('The count ended on 1 April 2020, a week early.')
  })

  it('does not take WordPress taxonomy classes on the article for chrome', () => {
    const html = `<html><body><article class="post type-post tag-social category-ads">${prose('Article with tag classes.')}</article></body></html>`
    expect(body(cleanSync(html).markdown)).toContain('Article with tag classes.')
  })

  it('does not read a taxonomy class inside a class name as words either (TypePad\'s entry-category-advertising)', () => {
    const element = cheerio.load('<div class="entry-asset hentry entry-category-advertising post-tag-sponsored"></div>')('div').get(0) as Element
    expect(classWords(element, taxonomyClass)).toEqual(['entry', 'asset', 'hentry'])
  })

  it('drops the box about the author (author-box, about_author, authorinfo, bio), not a class naming the author', () => {
    const bio = (box: string) => `<div class="${box}"><h4>About the author</h4><p>Jane Marsh writes about the sea, has sailed twice around the world, and lives on a boat with her two cats.</p></div>`
    for (const box of ['author-box', 'about_author', 'articlepage-authorinfo', 'contributor-bio', 'bio']) {
      const markdown = body(cleanSync(page(`${prose('The council approved the bridge.')}${prose('Work starts in spring.')}${bio(box)}`)).markdown)
      expect(markdown, box).toContain('Work starts in spring.')
      expect(markdown, box).not.toContain('two cats')
    }
    const named = `<html><body><div class="entry entry-author-jane_marsh">${prose('The council approved the bridge.')}</div></body></html>`
    expect(body(cleanSync(named).markdown)).toContain('The council approved the bridge.')
  })

  it('drops a comment thread whose classes glue the word to another (commentlist, commentbody), and keeps a commentary', () => {
    const comment = (n: number) => `<div class="commentbody"><p>Reader ${n} thinks the council should have voted for the bridge years ago, and says so at some length, with commas.</p></div>`
    const html = page(`${prose('The council approved the bridge.')}${prose('Work starts in spring.')}<div class="commentlist">${[1, 2, 3, 4, 5].map(comment).join('')}</div>`)
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Work starts in spring.')
    expect(markdown).not.toContain('Reader 1 thinks')
    const commentary = page(`<div class="commentary">${prose('An opinion on the bridge.')}${prose('Its second paragraph.')}</div>`)
    expect(body(cleanSync(commentary).markdown)).toContain('An opinion on the bridge.')
  })

  it('drops the heading and labels an article ends with once their section of links is gone, and keeps short lines of its own', () => {
    const links = '<ul><li><a href="/a">The harbour board meets again</a></li><li><a href="/b">Dredging starts in April</a></li><li><a href="/c">Ferry times change</a></li></ul>'
    const orphan = body(cleanSync(page(`${prose('The council approved the bridge.')}${prose('Work starts in spring.')}<h3>More from the channel</h3>${links}<p>Rate this article</p>`)).markdown)
    expect(orphan).toContain('Work starts in spring.')
    expect(orphan).not.toContain('More from the channel')
    expect(orphan).not.toContain('Rate this article')
    // Short lines above the announcing line are the article's own (a list of contacts), and a heading over a photo is the photo's.
    const contacts = body(cleanSync(page(`${prose('Write to the newsroom.')}${prose('Say when the story may run.')}<p>Travel: travel@example.com</p><p>Food: food@example.com</p><p>You may also be interested in:</p>`)).markdown)
    expect(contacts).toContain('Food: food@example.com')
    expect(contacts).not.toContain('You may also be interested in')
    const photo = body(cleanSync(page(`${prose('The council approved the bridge.')}${prose('Work starts in spring.')}<h2>The bridge at night</h2><img src="/bridge.jpg" alt="The bridge">`)).markdown)
    expect(photo).toContain('The bridge at night')
  })

  it('keeps every paragraph of an article whose lists of links sink its container below its longest paragraph', () => {
    // No <article>: the container is found by score. Two lists of deal links cost the <div> more than its short paragraph earns.
    const deals = (n: number) => `<ul>${Array.from({length: 5}, (_, index) => `<li><a href="/deal/${n}${index}">A laptop with a big screen and a fast disk, deal ${n}${index}</a></li>`).join('')}</ul>`
    const long = `<p>${'The shop cut its prices again this week, and the list below holds the best of them, picked by hand. '.repeat(6)}</p>`
    const html = `<html><head><title>Deals of the week</title></head><body><div id="top"><a href="/">Home</a></div>
<div class="wrap"><h1>Deals of the week</h1><div class="story">${long}<p>Either way, the deals below will do the job for a while, and most of them ship for free this weekend.</p>${deals(1)}<p>Other deals:</p>${deals(2)}</div></div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('The shop cut its prices again')
    expect(markdown).toContain('Either way, the deals below will do the job for a while, and most of them ship for free this weekend.')
  })

  it('keeps a box named teaser that links nowhere (the page\'s own lead), and drops one that teases another page', () => {
    const lead = '<div class="teaser-text"><p>The harbour town gets its first bridge in a century, and the ferry will stop when it opens.</p></div>'
    const other = '<div class="teaser"><a href="/2024/ferry">The last ferry crossing</a> <span>A look back at ninety years on the water, with pictures.</span></div>'
    const markdown = body(cleanSync(page(`<h1>Tides and moons</h1>${lead}${prose('The council approved the bridge.')}${prose('Work starts in spring.')}${other}`)).markdown)
    expect(markdown).toContain('The harbour town gets its first bridge in a century')
    expect(markdown).not.toContain('The last ferry crossing')
    expect(markdown).not.toContain('ninety years on the water')
  })

  it('keeps a lead named teaser whose links stand inside its sentences; a teaser that opens with its headline\'s link, or ends in "more", still goes', () => {
    const lead = '<div class="article-teaser"><p>Nach jahrelangem Streit hat der <a href="/thema/stadtrat">Stadtrat</a> den Neubau der Hafenbrücke beschlossen. Die Fähre wird danach eingestellt.</p></div>'
    const card = '<div class="teaser"><a href="/region/bus"><h3>Neuer Busfahrplan ab Mai</h3></a><p>Die Verkehrsbetriebe ändern zahlreiche Linien, vor allem im Norden der Stadt.</p></div>'
    const more = '<div class="teaser"><p>Wegen der Bauarbeiten am Kai sagt die Stadt das beliebte Hafenfest in diesem Jahr ab, wie sie mitteilte.</p><a href="/region/hafen">mehr</a></div>'
    const markdown = body(cleanSync(page(`<h1>Tides and moons</h1>${lead}${prose('Der Stadtrat stimmte mit großer Mehrheit.')}${prose('Die Arbeiten beginnen im Frühjahr.')}${card}${more}`)).markdown)
    expect(markdown).toContain('Nach jahrelangem Streit hat der [Stadtrat](/thema/stadtrat) den Neubau der Hafenbrücke beschlossen.')
    expect(markdown).not.toContain('Busfahrplan')
    expect(markdown).not.toContain('Hafenfest')
  })

  it('keeps the teasers of a page made of them (an index of posts): they hold most of its prose', () => {
    const teaser = (slug: string, title: string, text: string) => `<div class="teaser"><h2><a href="/news/${slug}">${title}</a></h2><p>${text}</p><a href="/news/${slug}">more</a></div>`
    const teasers = [
      teaser('fair', 'Summer fair raises record sum', "This year's summer fair raised more than 4,000 pounds for the church roof, the most in its history."),
      teaser('choir', 'Choir seeks new voices', 'The parish choir is looking for tenors and basses, and rehearsals are on Thursday evenings in the hall.'),
      teaser('bells', 'Bells to ring again', "After two years of repairs, the bells of St Mary's will ring again on Easter Sunday, the vicar said."),
    ].join('')
    const html = `<html><head><title>Riverside Parish News</title></head><body><div id="top"><h1>Riverside Parish</h1><ul id="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
<div id="main"><p>Welcome to the news pages of Riverside Parish.</p>${teasers}</div><div id="side"><h3>Service times</h3><p>Sunday at ten in the morning, Wednesday at seven in the evening.</p></div></body></html>`
    const markdown = body(cleanSync(html, {format: 'html'}).markdown)
    expect(markdown).toContain('the most in its history.')
    expect(markdown).toContain('rehearsals are on Thursday evenings')
    expect(markdown).toContain('will ring again on Easter Sunday')
    expect(markdown).not.toContain('Service times')
  })

  it('drops a list of teasers under a short article, though they hold more of the page\'s prose than the article does', () => {
    const teaser = (slug: string, title: string, text: string) => `<div class="teaser"><a href="/region/${slug}"><h3>${title}</h3></a><p>${text}</p></div>`
    const list = `<section class="teaser-list"><h2>More from the region</h2>${[
      teaser('ferry', 'The last ferry', 'A look back at ninety years on the water, with pictures from the archive. Three boats a day crossed then, and in winter the ice often stopped them for days.'),
      teaser('bus', 'New bus timetable in May', 'The transport company changes many lines, mostly in the north of the town. Commuters must get used to new times and longer walks between stops.'),
      teaser('fair', 'Harbour fair cancelled', 'Because of the building work on the quay the town calls off its fair this year. The showmen had hoped to hold it on the market square, but that fails too.'),
    ].join('')}</section>`
    const markdown = body(cleanSync(page(`<h1>Tides and moons</h1>${prose('The council approved the new bridge on Monday evening, with 31 of 35 votes.')}${prose('Work starts in spring.')}`, '', '').replace('</article>', `</article>${list}`)).markdown)
    expect(markdown).toContain('The council approved the new bridge')
    expect(markdown).not.toContain('ninety years on the water')
    expect(markdown).not.toContain('New bus timetable')
  })

  it('cuts a signed comment thread under its "Comments" heading, however much longer than the post it is', () => {
    const comment = (n: number) => `<p>Reader ${n} thinks the council should have voted for the bridge years ago, and says so at some length, with commas, and then some more words about it.</p><p class="posted">Posted by: Reader ${n} | Mar ${n}, 2007 2:0${n}:18 PM</p>`
    const thread = [1, 2, 3, 4, 5, 6, 7, 8].map(comment).join('')
    const html = `<html><head><title>Tides and moons</title></head><body><div class="content"><h3>Tides and moons</h3>${prose('The council approved the bridge.')}<h2>Comments</h2>${thread}</div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('The council approved the bridge.')
    expect(markdown).not.toContain('Reader 1 thinks')
    // Without signatures under it, a "Comments" line over most of the text is no cut.
    const unsigned = `<html><head><title>Tides and moons</title></head><body><div class="content"><h3>Tides and moons</h3>${prose('The council approved the bridge.')}<h2>Comments</h2>${[1, 2, 3].map((n) => prose(`Part ${n}.`)).join('')}</div></body></html>`
    expect(body(cleanSync(unsigned).markdown)).toContain('Part 3.')
  })

  it('keeps a box named print that holds the article (print-this-content), and drops the print button', () => {
    const comments = [1, 2, 3, 4, 5, 6].map((n) => `<div class="comment">${prose(`Reader ${n} liked it.`)}${prose('More words.')}</div>`).join('')
    const html = `<html><head><title>Noodlecakes</title></head><body><h1>Noodlecakes</h1><div class="print-this-content">${prose('When there is a choice of noodles or pancakes, why pick just one?')}${prose('Cook the noodles first.')}${prose('Then fry them in a pan.')}${prose('Serve them hot.')}</div><div class="print-link"><a href="/print">Print this post</a></div><div id="comments">${comments}</div><div class="about"><p>Sneh is a designer from Sydney, and she cooks every day of the week.</p></div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('why pick just one?')
    expect(markdown).not.toContain('Print this post')
  })

  it('keeps a box named print that holds a recipe\'s ingredients and steps (text, if not prose), and drops the print button', () => {
    const rows = ['250 g flour', '2 eggs (size M)', '125 g butter, soft', '1 packet of vanilla sugar', '2 tablespoons of cocoa', '400 g strawberries', '600 ml cream', '2 packets of cream stiffener'].map((item) => `<li>${item}</li>`).join('')
    const steps = ['Heat the oven to 180 °C and grease the tin', 'Mix the flour with the cocoa and the sugar', 'Beat in the eggs and the soft butter', 'Bake the base for 25 minutes and let it cool', 'Scoop out the middle with a spoon', 'Cut the strawberries into small cubes', 'Whip the cream with the stiffener', 'Fill the base and shape a dome', 'Crumble the rest on top'].map((step) => `<li>${step}</li>`).join('')
    const html = `<html><head><title>Mole cake</title></head><body><h1>Mole cake</h1>${prose('A mole cake is a dome of cream on a chocolate base.')}<div class="print-full"><h2>Ingredients for a 26 cm tin</h2><ul>${rows}</ul><h2>Steps</h2><ol>${steps}</ol></div><div class="print-link"><a href="/print">Print this recipe</a></div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('2 packets of cream stiffener')
    expect(markdown).toContain('Crumble the rest on top')
    expect(markdown).not.toContain('Print this recipe')
  })

  it('keeps an inline box named rss that holds the post\'s text (Blogger\'s span.rss:item, its text counted to the block around it), and drops the feed link', () => {
    const sentences = ['We grouped our posts on the bridge here, for ease of reference.', 'The list is updated as new posts are written, and older ones are kept.', 'Each entry says where it first ran, and when.', 'Some ran in newspapers before this blog began.', 'The council has since approved the bridge, so the list is long.', 'Work starts in spring, and we will write about it then.']
    const html = `<html><head><title>The bridge</title></head><body><div class="about-me"><p>I am a lawyer from Ohio, and this blog is where I write about the law of bridges, roads and rivers.</p></div><div class="post"><h3>The bridge</h3><span class="rss:item"><div style="clear:both"></div>${sentences.join(' ')} ${sentences.join(' ')}</span></div><div class="rss-link"><a href="/feed">RSS feed</a></div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('We grouped our posts on the bridge here')
    expect(markdown).not.toContain('RSS feed')
  })

  it('drops a comment section named by a comment word and box words (comments_container, commentsWrapper) even when it outweighs a short post', () => {
    const comment = (who: string) => `<div class="entry"><p>${who}: I had exactly the same problem last winter, switched flours twice, and only then noticed the protein content on the label of the bag.</p></div>`
    // No headline the page's title names: nothing else tells the post from the thread.
    const post = '<div class="post"><h2>Flat loaves</h2><p>For three weeks my loaves came out flat, though the starter bubbled.</p><p>The culprit was the flour, with less protein than before.</p></div>'
    for (const name of ['id="comments_container"', 'class="commentsWrapper"', 'class="comment-section-holder"']) {
      const html = `<html><head><title>Bread notes</title></head><body>${post}<div ${name}>${comment('Marta')}${comment('Joe')}${comment('Ana')}</div></body></html>`
      const markdown = body(cleanSync(html).markdown)
      expect(markdown).toContain('The culprit was the flour')
      expect(markdown).not.toContain('Marta:')
    }
  })

  it('keeps the captions of a photo post under a long comment thread: they hold most of the post\'s text, if not of the page\'s prose', () => {
    const photo = (n: number) => `<div class="wp-caption"><img src="/p${n}.jpg"><p class="wp-caption-text">Photo ${n}: the harbour in the rain, the ferry late again, and the gulls as loud as ever.</p></div>`
    const comments = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<div class="reply">${prose(`Reader ${n} has been to the harbour too, and remembers the rain.`)}</div>`).join('')
    const post = `<div class="entry"><p>Ten photos.</p>${[1, 2, 3, 4].map(photo).join('')}</div>`
    const html = `<html><head><title>Ten photos</title></head><body><h1>Ten photos</h1>${post}<div id="comments">${comments}</div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Photo 4: the harbour in the rain')
    expect(markdown).not.toContain('Reader 3')
    // Two pictures beside a post of lists are no photo essay: their captions go.
    const lists = `<div class="entry">${prose('Here is what changed in the nightly build.')}<ul>${[1, 2, 3, 4, 5, 6].map((n) => `<li>Bug ${n} was fixed this week in the nightly build, and the test suite is green again.</li>`).join('')}</ul>${[1, 2, 3].map(photo).join('')}</div>`
    const notes = body(cleanSync(`<html><head><title>This week</title></head><body><h1>This week</h1>${lists}<div id="comments">${comments}</div></body></html>`).markdown)
    expect(notes).toContain('Bug 6 was fixed')
    expect(notes).not.toContain('Photo 2: the harbour')
  })

  it('keeps the captions of a photo essay, whose captions hold most of its prose, and drops a caption beside an article', () => {
    const figure = (n: number) => `<figure><img src="/p${n}.jpg"><figcaption>Photo ${n}: a crowd in costume walks past the harbour at dusk, and a child waves at the boats from the pier.</figcaption></figure>`
    const essay = body(cleanSync(page(`<h1>Tides and moons</h1><p>The harbour had its festival.</p>${[1, 2, 3, 4, 5].map(figure).join('')}`)).markdown)
    expect(essay).toContain('Photo 3: a crowd in costume')
    // Captions that end with their credit stay too: the boilerplate stage knows them as captions, and the post as a photo post.
    const credited = (n: number) => `<figure><img src="/p${n}.jpg"><figcaption>Photo ${n}: a crowd in costume walks past the harbour at dusk. (Jane Doe/AFP/Getty Images)</figcaption></figure>`
    const withCredits = body(cleanSync(page(`<h1>Tides and moons</h1><p>The harbour had its festival.</p>${[1, 2, 3, 4, 5].map(credited).join('')}`)).markdown)
    expect(withCredits).toContain('Photo 5: a crowd in costume walks past the harbour at dusk. (Jane Doe/AFP/Getty Images)')
    const article = body(cleanSync(page(`<h1>Tides and moons</h1>${prose('The council approved the bridge.')}${figure(1)}${prose('Work starts in spring.')}${prose('It opens in a year.')}`)).markdown)
    expect(article).toContain('Work starts in spring.')
    expect(article).not.toContain('Photo 1: a crowd')
  })

  it('cuts at a comments heading named as chrome (<h2 id="comments">), which the thread printed as flat paragraphs follows', () => {
    const comment = (n: number) => `<div id="c${n}"><p>Reader ${n} thinks the council should have voted for the bridge years ago, and says so at some length, with commas.</p></div><p class="posted">Posted by: Reader ${n} at March ${n}, 2007 02:30 PM</p>`
    const html = `<html><head><title>Tides and moons</title></head><body><div class="content"><h3>Tides and moons</h3>${prose('The council approved the bridge.')}<p>Posted by Jo at March 1, 2007 01:23 PM</p><h2 id="comments">Comments</h2>${[1, 2, 3, 4, 5, 6, 7, 8].map(comment).join('')}</div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('The council approved the bridge.')
    expect(markdown).not.toContain('Reader 1 thinks')
    expect(markdown).not.toMatch(/^#+ Comments/mu)
  })

  it('drops a comments heading the article is left ending with once its thread is gone', () => {
    const html = `<html><head><title>My new project</title></head><body><div class="post"><h2>My new project</h2><p><img src="/max.jpg"></p><p>Max, born today. Future sailor.</p><h3>111 Responses to “My new project”</h3><ol class="commentlist"><li>${prose('Congratulations!')}</li></ol></div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Max, born today.')
    expect(markdown).not.toContain('111 Responses')
  })

  it('keeps a list of links the article introduces with a line ending in a colon, and drops one a lexicon phrase or a headline list makes other pages', () => {
    const links = (name: string) => `<ul>${[1, 2, 3].map((n) => `<li><a href="/${name}/${n}">${name} number ${n} of the series</a></li>`).join('')}</ul>`
    const deals = body(cleanSync(page(`${prose('The council approved the bridge.')}<p>Other deals:</p>${links('Deal')}${prose('Work starts in spring.')}`)).markdown)
    expect(deals).toContain('Deal number 2 of the series')
    const related = body(cleanSync(page(`${prose('The council approved the bridge.')}<p>Related posts:</p>${links('Post')}${prose('Work starts in spring.')}`)).markdown)
    expect(related).not.toContain('Post number 2 of the series')
    const headlines = `<ul>${[1, 2, 3].map((n) => `<li><h4><a href="/story/${n}">Story number ${n} of the day</a></h4></li>`).join('')}</ul>`
    const more = body(cleanSync(page(`${prose('The council approved the bridge.')}<p>More:</p>${headlines}${prose('Work starts in spring.')}`)).markdown)
    expect(more).not.toContain('Story number 2 of the day')
  })

  it('drops a box named copyright outside the article (the site\'s legal lines), and keeps one inside it', () => {
    const legal = '<div id="copyright">Sea Notes is the official web site of the harbour board. All marks are trademarks of the board and may not be reproduced without consent. All rights reserved.</div>'
    const html = `<html><head><title>Tides and moons</title></head><body><div id="wrap"><h1>Tides and moons</h1>${prose('The council approved the bridge.')}${prose('Work starts in spring.')}${legal}</div></body></html>`
    expect(body(cleanSync(html).markdown)).not.toContain('official web site of the harbour board')
    expect(body(cleanSync(page(`${prose('The council approved the bridge.')}${legal}`)).markdown)).toContain('official web site of the harbour board')
  })

  it('keeps a heading named header and a page builder\'s heading module (one heading, no link), and drops the site\'s header box', () => {
    const module = (id: string, heading: string) => `<div id="cc-m-${id}" class="j-module j-header"><h2 id="cc-m-header-${id}">${heading}</h2></div>`
    const text = (words: string) => `<div class="j-module j-text">${prose(words)}</div>`
    const html = `<html><head><title>Legal notice</title></head><body><div class="site-header"><a href="/">Agency Me</a> <a href="/contact">Contact</a></div><div class="content">${module('1', 'Information under section 5')}${text('Agency Me, Heath Road 1, Soltau.')}${module('2', 'Liability for links')}${text('Our pages link to other sites.')}<h3 class="date-header">Updated on 3 May 2020</h3>${text('Nothing else changed.')}</div></body></html>`
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('## Information under section 5')
    expect(markdown).toContain('## Liability for links')
    expect(markdown).toContain('Updated on 3 May 2020')
    expect(markdown).not.toContain('Agency Me</a>')
    expect(markdown).not.toContain('Contact')
  })

  it('keeps a box named header that holds the headline (the article\'s header, its lead under it), and drops the site\'s header that links home', () => {
    const article = '<div class="text" itemprop="articleBody"><p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</p><p>The bridge will connect the parks on the east bank with the library downtown, and work starts in spring.</p></div>'
    const lead = 'Two years late and a million over budget, the crossing the east bank asked for is finally coming.'
    const html = (header: string) => `<html><head><title>Footbridge approved – Sea Notes</title></head><body><div class="news">${header}<div class="x1"><p>${lead}</p></div><div class="media"><img src="/b.jpg"></div>${article}</div></body></html>`
    expect(body(cleanSync(html('<div class="header"><h1>Footbridge approved</h1></div>'), {url: 'https://sea.example/news/footbridge'}).markdown)).toMatch(/^Two years late/u)
    const site = '<div class="header"><h1><a href="/">Footbridge approved</a></h1><div class="tagline">The harbour town\'s own news, every day of the week since 1999.</div></div>'
    expect(body(cleanSync(html(site), {url: 'https://sea.example/news/footbridge'}).markdown)).not.toContain('every day of the week')
  })

  it('judges an inline <span> by the blocks it holds, not as a box of links: a long link inside does not take its sentence', () => {
    const url = `https://example.org/${'booklets/for-whom-will-you-vote/'.repeat(8)}`
    const span = `<div><span>We want to offer a free resource to help voters think about their choice, and the booklet is short.<div>If the link does not work, try <a href="${url}">${url}</a></div></span></div>`
    const markdown = body(cleanSync(page(`${prose('The council approved the bridge.')}${span}${prose('Work starts in spring.')}`)).markdown)
    expect(markdown).toContain('We want to offer a free resource')
  })

  it('cuts what follows a "Related articles" heading after the article', () => {
    const html = page(`${prose('First part.')}${prose('Second part.')}<h3>Related articles</h3><p>Some other story, with a teaser sentence that reads like prose, and a full stop.</p>`)
    const markdown = body(cleanSync(html).markdown)
    expect(markdown).toContain('Second part.')
    expect(markdown).not.toContain('Some other story')
  })
})

describe('parseHtml: older markup', () => {
  const oldPage = (cell: string) => `<html><head><title>Council approves new bridge :: Riverside Gazette</title></head><body><table width="100%">
<tr><td class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
<tr><td class="main">${cell}</td><td class="side"><b>Most read</b><br><a href="/a">School bus route changes</a><br><a href="/b">Mayor to run again</a></td></tr>
<tr><td colspan="2" class="footer">Copyright 2009 Riverside Gazette. All rights reserved.</td></tr></table></body></html>`

  it('reads a table that lays out the page as blocks, and text split by <br><br> as paragraphs', () => {
    const cell = `<font size="5"><b>Council approves new bridge</b></font><br><i>By Tom Hale, Staff Reporter</i><br>March 3, 2009<br><br>
The town council voted 7-2 on Tuesday night to approve the long-delayed footbridge over the Mill River.<br><br>
The bridge, which will cost an estimated $2.4 million, will connect the east bank parks with the library.<br><br>
<center>ADVERTISEMENT</center><br>Two councillors voted against, citing the cost.`
    const {markdown, meta} = cleanSync(oldPage(cell))
    expect(meta).toMatchObject({title: 'Council approves new bridge', author: 'Tom Hale', date: '2009-03-03'})
    expect(body(markdown)).toBe('The town council voted 7-2 on Tuesday night to approve the long-delayed footbridge over the Mill River.\n\nThe bridge, which will cost an estimated $2.4 million, will connect the east bank parks with the library.\n\nTwo councillors voted against, citing the cost.\n')
  })

  it('reads the comment above a quoted article indented by quotes in quotes as the same article', () => {
    // An old editor indents with <blockquote><blockquote>: the inner quote scores highest, and its siblings are the outer one's.
    // Twenty quoted paragraphs: the cell around them, two levels up, then scores too little to be taken by widening.
    const quoted = Array.from({length: 20}, (_, index) => `<p>The paper reports that the state will take in ${index + 2} percent more this year than it planned, and that the surplus will go to the rainy day fund.</p>`).join('')
    const cell = `${prose('Look quick, they are spending our tax cut.')}${prose('Note the error the reporter makes in the second paragraph.')}<p>The Daily Paper, March 3</p><blockquote><blockquote>${quoted}</blockquote></blockquote>`
    const text = body(cleanSync(oldPage(cell)).markdown)
    expect(text).toContain('Look quick, they are spending our tax cut.')
    expect(text).toContain('Note the error the reporter makes')
    expect(text).toContain('will take in 21 percent more')
  })

  it('keeps a single <br> inside running text as a line break', () => {
    const cell = `${'The council met on Tuesday, and the vote was close. '.repeat(3)}<br><br>Roses are red,<br>the river is wide.<br>We built a bridge,<br>and the town took pride.<br><br>${'The work starts in spring, weather permitting. '.repeat(3)}`
    expect(body(cleanSync(oldPage(cell)).markdown)).toContain('Roses are red,\\\nthe river is wide.\\\nWe built a bridge,')
  })

  it('keeps a table of data a table, with or without header cells', () => {
    const rows = ['<tr><td>Millbrook</td><td>12</td><td>4.1</td></tr>', '<tr><td>Eastford</td><td>9</td><td>3.8</td></tr>', '<tr><td>Westham</td><td>15</td><td>5.0</td></tr>', '<tr><td>Northfield</td><td>7</td><td>2.9</td></tr>']
    const html = page(`${prose('The results by town.')}<table>${rows.join('')}</table>${prose('Turnout was higher than last year.')}`)
    expect(body(cleanSync(html).markdown)).toMatch(/\| Millbrook +\| 12 +\| 4\.1 +\|/)
  })

  it('takes no date from a sidebar or a site bar above the article, and no section name from a meta line for the author', () => {
    const article = '<article><p>The town council voted on Tuesday night to approve the long-delayed footbridge over the river.</p><p>The bridge will connect the parks on the east bank with the library downtown.</p></article>'
    const sidebar = `<html><head><title>Bridge</title></head><body><div class="top">Last updated: 1 January 2020</div><div class="wrap"><div id="left"><h3>Recent posts</h3><ul><li><a href="/m">Mayor to run again</a> 12 May 2008</li></ul></div>${article}</div></body></html>`
    expect(cleanSync(sidebar).meta.date).toBeUndefined()
    const nested = `<html><head><title>Bridge</title></head><body><div class="info"><span class="name"><a href="/ap">Associated Press</a></span> <span class="when">November 19, 2019, 9:02 AM</span></div>${article}</body></html>`
    expect(cleanSync(nested).meta.date).toBe('2019-11-19')
    const section = `<html><head><title>Bridge</title></head><body><div class="post-meta">Local Politics · May 3, 2024</div>${article}</body></html>`
    expect(cleanSync(section).meta).toMatchObject({date: '2024-05-03'})
    expect(cleanSync(section).meta.author).toBeUndefined()
  })

  it("takes no author menu's link for the author: the `rel=author` link that reads \"View Profile\"", () => {
    const article = '<p>The town council voted on Tuesday night to approve the long-delayed footbridge over the river.</p><p>The bridge will connect the parks on the east bank with the library downtown.</p>'
    const menu = '<div class="byline"><strong><a class="name">Jane Doe</a></strong><ul class="author-menu"><li><a href="/people/jd/" rel="author"><span>View Profile</span></a></li><li><a href="mailto:jd@example.com">Email</a></li></ul></div>'
    const html = `<html><head><title>Bridge</title></head><body><article><h1>Bridge approved</h1>${menu}${article}</article></body></html>`
    expect(cleanSync(html).meta.author).not.toBe('View Profile')
  })

  it("takes a person's name over the site's own name for the author, and the site's name when it is all the page gives (a personal blog)", () => {
    const article = '<p>The town council voted on Tuesday night to approve the long-delayed footbridge over the river.</p><p>The bridge will connect the parks on the east bank with the library downtown.</p>'
    const page = (byline: string) => `<html><head><title>Bridge</title><meta property="og:site_name" content="Riverside News"><meta name="author" content="Riverside News"><link rel="canonical" href="https://www.riversidenews.com/bridge"></head><body><article><h1>Bridge approved</h1>${byline}${article}</article></body></html>`
    expect(cleanSync(page('<p class="byline">By Maria Lopez</p>')).meta.author).toBe('Maria Lopez')
    expect(cleanSync(page('')).meta.author).toBe('Riverside News')
    const blog = '<html><head><title>Notes</title><meta property="og:site_name" content="Haki Benita"><meta name="author" content="Haki Benita"></head><body><article><h1>Notes</h1>' + article + '</article></body></html>'
    expect(cleanSync(blog).meta).toMatchObject({author: 'Haki Benita', site: 'Haki Benita'})
    // The site's name with or without its article or its domain's ending, or its host; a person is none of them.
    expect(namesSite('Le Monde', 'Le Monde.fr', undefined)).toBe(true)
    expect(namesSite('Guardian', 'The Guardian', undefined)).toBe(true)
    expect(namesSite('BBC', undefined, 'https://www.bbc.com/news/x')).toBe(true)
    expect(namesSite('Maria Lopez', 'Riverside News', 'https://www.riversidenews.com/x')).toBe(false)
    expect(namesSite('Monde', 'Le Monde diplomatique', undefined)).toBe(false)
  })

  it('takes the standfirst printed above the article for the description when the page declares none', () => {
    const article = '<div class="body"><p>When the council of Millbrook voted to replace the oil boilers in its school, nobody expected a unanimous vote.</p><p>It was. The grant covered 60% of the cost, and the rest came out of the maintenance budget.</p></div>'
    const page = (head: string) => `<html><head><title>Heat pumps</title>${head}</head><body><div class="post"><span class="kicker-label">Energy</span><h1>Why small towns are betting on heat pumps</h1><h3 class="subtitle">Three councils, one grant, and a winter that tested them all</h3>${article}</div></body></html>`
    expect(cleanSync(page('')).meta.description).toBe('Three councils, one grant, and a winter that tested them all')
    expect(cleanSync(page('<meta name="description" content="The declared one.">')).meta.description).toBe('The declared one.')
  })

  it('takes the <h1> for the title when it opens with the <title> and goes on with words of the headline, not a counter', () => {
    const paragraph = '<p>Der Stadtrat hat am Montag mit großer Mehrheit den Bau der neuen Brücke beschlossen, nach zwei Jahren Planung und vielen Sitzungen.</p>'
    const titled = (h1: string) => cleanSync(`<html><head><title>Stadt baut neue Brücke | Lokalzeitung</title></head><body><article><h1>${h1}</h1>${paragraph}</article></body></html>`, {format: 'html'}).meta.title
    expect(titled('Stadt baut neue Brücke über den Fluss')).toBe('Stadt baut neue Brücke über den Fluss')
    expect(titled('Stadt baut neue Brücke <span><a href="#comments">153 Comments</a></span>')).toBe('Stadt baut neue Brücke')
    expect(titled('Stadt baut neue Brücke <span>Kommentare</span>')).toBe('Stadt baut neue Brücke')
  })

  it('reads a <meta> value as plain text: escaped tags go, a tag cut off by broken quoting ends it, a title in angle brackets stays', () => {
    const described = (content: string) => cleanSync(page('<p>When the council of Millbrook voted to replace the oil boilers in its school, nobody expected it.</p>', `<meta name="description" content="${content}"><meta property="og:description" content="The Open Graph one.">`)).meta.description
    expect(described('Take the quiz. &lt;a href=&quot;http://example.com/quiz&quot;&gt;Read more&lt;/a&gt;')).toBe('Take the quiz. Read more')
    // `content="&lt;a href="http…"`: the value the page meant to give is lost, the next source speaks.
    expect(described('&lt;a href=')).toBe('The Open Graph one.')
    expect(described('Visitors came to watch &lt;The Palace: Tale of Jang Noksu&gt; and left reviews.')).toBe('Visitors came to watch <The Palace: Tale of Jang Noksu> and left reviews.')
    expect(described('We &lt;3 it')).toBe('We <3 it')
    expect(described('Die CO&lt;sub&gt;2&lt;/sub&gt;-Steuer steigt. &lt;B&gt;Neu&lt;/B&gt;&lt;BR&gt;heute')).toBe('Die CO2-Steuer steigt. Neu heute')
  })

  it('takes the box around the headline for a post of a few short lines, where no block is prose, not the sidebars beside it', () => {
    const note = (text: string) => `<li><a href="/x"><img src="/b.png"></a><br>${text}</li>`
    const sidebar = `<div id="gamma"><ul>${note('A visual gathering of our darkest thoughts, pondering desired objects and inspiration')}${note('Sign up for the ramblings on Twitter, or not, as you like it')}</ul></div>`
    const post = '<div class="entry"><h3>Stud Love</h3><div class="entry-body"><p>I heart you....</p><p><img src="/shoe.jpg" alt="Shoes"></p><p>Queen Michelle</p></div></div>'
    const html = `<html><head><title>Kingdom: Stud Love</title></head><body><div id="pagebody"><div id="beta">${post}</div>${sidebar}</div></body></html>`
    const {markdown, notes} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('I heart you')
    expect(markdown).toContain('Queen Michelle')
    expect(markdown).not.toContain('darkest thoughts')
    expect(JSON.stringify(notes)).toMatch(/the box around the headline/)
    // A headline linked to its own page, in a wrapper of its own: its link is no link beside it.
    const linked = html.replace('<h3>Stud Love</h3>', '<div class="hw"><h3><a href="/stud-love">Stud Love</a></h3></div>')
    expect(cleanSync(linked, {format: 'html'}).markdown).not.toContain('darkest thoughts')
    // A headline among teaser links has no box of its own: the page stands.
    const teasers = '<div><h3>Stud Love</h3><a href="/1">First teaser of the day here</a> <a href="/2">Second teaser of the day here</a></div>'
    const whole = cleanSync(`<html><head><title>Kingdom: Stud Love</title></head><body><div id="pagebody">${teasers}${sidebar}</div></body></html>`, {format: 'html'})
    expect(JSON.stringify(whole.notes)).toMatch(/the whole page/)
  })

  it('keeps the article\'s table of contents, whose links lead to its own headings; a bar of jumps to boxes and a menu named toc still go', () => {
    const outline = '<div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#spring">Spring tides</a></li><li><a href="#neap">Neap tides</a></li><li><a href="#bores">Tidal bores</a></li></ul></div>'
    const jumps = '<ol class="inpage"><li><a href="#text">Jump to text</a></li><li><a href="#discuss">Discuss</a></li><li><a href="#photos">Photos</a></li></ol>'
    const menu = '<div class="toc-menu"><a href="/tides">Tides</a> <a href="/moons">Moons</a> <a href="/storms">Storms</a></div>'
    const sections = ['spring', 'neap', 'bores'].map((id) => `<h2 id="${id}">The ${id} section</h2>${prose(`About the ${id} tides.`)}`).join('')
    const markdown = body(cleanSync(page(`<h1>Tides and moons</h1>${menu}<div id="text">${jumps}${prose('The sea rises twice a day.')}${outline}${sections}</div><div id="discuss"><p>Say what you think.</p></div><div id="photos"><p>Pictures of the sea.</p></div>`)).markdown)
    expect(markdown).toContain('[Neap tides](#neap)')
    expect(markdown).toContain('[Tidal bores](#bores)')
    expect(markdown).not.toContain('Jump to text')
    expect(markdown).not.toContain('Storms')
  })

  it('reads an id that spells its heading as the heading\'s anchor, not as a role: a section on a promotion stays, a box named after its related-posts heading goes', () => {
    const section = `<section id="predictable-responses-from-readers-x7Q2"><h2>Predictable Responses from Readers</h2>${prose('Readers answered the same way every time.')}</section>`
    const mark = `<h2><span id="The_promotion_controversy">The promotion controversy</span></h2>${prose('The campaign drew complaints from the start.')}`
    const related = '<div id="related-posts-from-the-coast"><h3>Related posts from the coast</h3><p>Another story about the sea, with a sentence of its own that reads as prose.</p></div>'
    const markdown = body(cleanSync(page(`<h1>Tides and moons</h1>${related}${prose('The sea rises twice a day.')}${section}${mark}`)).markdown)
    expect(markdown).toContain('Readers answered the same way every time.')
    expect(markdown).toContain('The promotion controversy')
    expect(markdown).not.toContain('Another story about the sea')
  })

  it('keeps a live ticker\'s entries named comment inside the article; a reader\'s signed comment there, and the comment section, still go', () => {
    const entry = (time: string, text: string) => `<div class="comment live-entry"><time>${time}</time><p>${text}</p></div>`
    const entries = [
      entry('14:05', 'The harbour authority has closed the port for all ships until further notice, a spokesman said.'),
      entry('13:40', 'Several trees have fallen onto the coastal road near the lighthouse. The police ask drivers to avoid the area.'),
      entry('13:12', 'The weather service has raised its warning to the highest level for the whole coast until tomorrow morning.'),
    ].join('')
    const signed = '<div class="comment"><div class="comment-author vcard"><b class="fn">Jim</b></div><p>Stay safe everyone, it is really bad out here near the pier and the water is rising fast.</p></div>'
    const section = '<section id="comments"><h2>1 comment</h2><div class="comment"><p>Thanks for the updates, this blog is more useful than the radio this afternoon.</p></div></section>'
    const stamped = '<div class="comment"><p>I liked this live blog a lot, it told me more about the storm than the radio did all day.</p><p># posted by Jim : 3:34 AM</p></div>'
    const markdown = body(cleanSync(page(`<h1>Tides and moons</h1>${prose('A storm is moving across the coast.')}<div class="liveblog">${entries}</div>${signed}${stamped}`).replace('</article>', `</article>${section}`)).markdown)
    expect(markdown).toContain('The harbour authority has closed the port')
    expect(markdown).toContain('Several trees have fallen onto the coastal road')
    expect(markdown).toContain('raised its warning to the highest level')
    expect(markdown).not.toContain('Stay safe everyone')
    expect(markdown).not.toContain('I liked this live blog')
    expect(markdown).not.toContain('more useful than the radio')
  })

  it('keeps a box of a live ticker\'s entries named comments inside the article, and a box named toc there that links nowhere and holds prose; a table of contents of links goes', () => {
    const entry = (time: string, text: string) => `<div class="comment-entry"><span class="time">${time}</span><p>${text}</p></div>`
    const ticker = `<div class="live-comments">${entry('14:32', 'Die Abstimmung hat begonnen, das Ergebnis wird in etwa einer halben Stunde erwartet, heißt es aus dem Präsidium.')}${entry('14:05', 'Der Finanzminister verteidigt den Entwurf: Die Schuldenbremse werde eingehalten, zugleich steigen die Investitionen.')}</div>`
    const box = '<div class="toc"><p>Im Haushalt sind 480 Milliarden Euro an Ausgaben vorgesehen, etwa zwei Prozent mehr als im laufenden Jahr.</p></div>'
    const toc = '<div class="toc"><a href="/haushalt/ausgaben">Ausgaben</a> <a href="/haushalt/einnahmen">Einnahmen</a> <a href="/haushalt/schulden">Schulden</a></div>'
    const markdown = body(cleanSync(page(`<h1>Bundestag stimmt über Haushalt ab</h1>${prose('Der Bundestag entscheidet heute über den Haushalt.')}${toc}${ticker}${box}`)).markdown)
    expect(markdown).toContain('Die Abstimmung hat begonnen')
    expect(markdown).toContain('Der Finanzminister verteidigt den Entwurf')
    expect(markdown).toContain('480 Milliarden Euro')
    expect(markdown).not.toContain('Einnahmen')
  })

  it('drops a box named comments inside the article whose entries open with their readers\' names, though no class signs them; the ticker\'s entries open with their times', () => {
    const comment = (name: string, text: string) => `<div class="item"><b>${name}</b> <time>12.03.2026, 14:02</time><p>${text}</p></div>`
    const comments = `<section class="comments">${comment('Peter Miller', 'Das ist genau die kurzsichtige Planung, die uns das Verkehrschaos überhaupt erst eingebrockt hat, und niemand im Rat kümmert sich darum.')}${comment('Anna K.', 'Endlich Wohnungen! Ich warte seit Jahren darauf, dass die alte Werft wieder für etwas Sinnvolles genutzt wird.')}</section>`
    const entry = (time: string, text: string) => `<div class="comment-entry"><span class="time">${time}</span><p>${text}</p></div>`
    const ticker = `<div class="live-comments">${entry('14:32', 'Die Abstimmung hat begonnen, das Ergebnis wird in etwa einer halben Stunde erwartet, heißt es aus dem Präsidium.')}</div>`
    const markdown = body(cleanSync(page(`<h1>Bundestag stimmt über Haushalt ab</h1>${prose('Der Bundestag entscheidet heute über den Haushalt.')}${ticker}${comments}`)).markdown)
    expect(markdown).toContain('Die Abstimmung hat begonnen')
    expect(markdown).not.toContain('kurzsichtige Planung')
    expect(markdown).not.toContain('Endlich Wohnungen')
  })

  it('takes a wiki\'s bracketed edit buttons out of its headings, and keeps a heading\'s own words in brackets', () => {
    const edit = (label: string) => `<span class="mw-editsection">[<a href="/w/index.php?action=edit">${label}</a>]</span>`
    const markdown = body(cleanSync(page(`<h1>Lake Bled</h1>${prose('Lake Bled is a lake in the Julian Alps.')}<h2><span id="Geography">Geography</span>${edit('edit')}</h2>${prose('The lake is two kilometres long.')}<h2>Island <span>[<a href="/w/edit">Bearbeiten</a> | <a href="/w/src">Quelltext bearbeiten</a>]</span></h2>${prose('The lake surrounds Bled Island.')}<h2>Results [2026]</h2>${prose('The lake was cleaner than ever.')}`)).markdown)
    expect(markdown).toContain('## Geography\n')
    expect(markdown).toContain('## Island\n')
    expect(markdown).not.toContain('edit')
    expect(markdown).toContain('Results \\[2026]')
  })

  it('keeps a box inside the article named paywall or widget when it holds prose; the paywall prompt and a sidebar widget go', () => {
    const html = `<html lang="de"><head><title>Stadt baut neue Brücke</title></head><body><article><h1>Stadt baut neue Brücke über den Fluss</h1>
<p class="lead">Nach zwei Jahren Planung beginnt im März der Bau. Die Kosten liegen bei 12,5 Millionen Euro.</p>
<div class="paywall-wrapper"><p>Der Stadtrat hat am Montag mit großer Mehrheit den Bau der neuen Brücke beschlossen. 31 von 35 Ratsmitgliedern stimmten dafür.</p></div>
<div class="widget text-widget"><p>Die alte Brücke aus dem Jahr 1962 ist marode und muss abgerissen werden, sagte Bürgermeisterin Anna Schmidt.</p></div>
<div class="paywall-prompt"><p>Jetzt abonnieren!</p></div>
<div class="widget related-posts"><p>Brückensanierung in der Nachbarstadt: Dort dauerte der Bau drei Jahre länger als geplant, berichtet die Zeitung.</p></div></article>
<div class="sidebar"><div class="widget"><a href="/a">Brückensanierung</a> <a href="/b">Busfahrplan</a></div></div></body></html>`
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('31 von 35 Ratsmitgliedern')
    expect(markdown).toContain('Bürgermeisterin Anna Schmidt')
    expect(markdown).not.toContain('abonnieren')
    expect(markdown).not.toContain('Busfahrplan')
    // Another word of the class that names chrome decides, whichever comes first.
    expect(markdown).not.toContain('drei Jahre länger')
  })

  it('keeps a paywall wrapper outside any article element when it wraps the article\'s own container; a prompt beside it goes', () => {
    const html = `<html lang="pl"><head><title>Nowa linia tramwajowa</title></head><body><main><h1>Nowa linia tramwajowa na Ursynów</h1>
<div class="article-body"><p>Umowa o wartości 1,2 mld zł obejmuje budowę 8,5 km torowiska oraz 14 przystanków. Tramwaje będą kursować co 5 minut.</p></div>
<div class="paywall-wrapper"><div class="article-body"><p>Mieszkańcy Ursynowa czekali na tę inwestycję od ponad dekady, mówi burmistrz dzielnicy w rozmowie z nami.</p>
<p>Budowa oznacza utrudnienia: od maja zamknięty zostanie prawy pas al. KEN w kierunku centrum.</p></div></div>
<div class="paywall"><p>Ten artykuł jest dostępny tylko dla subskrybentów. Wykup dostęp już od 9,90 zł miesięcznie i czytaj bez ograniczeń.</p></div>
</main></body></html>`
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('Tramwaje będą kursować co 5 minut')
    expect(markdown).toContain('czekali na tę inwestycję od ponad dekady')
    expect(markdown).toContain('prawy pas al. KEN')
    expect(markdown).not.toContain('dostępny tylko dla subskrybentów')
  })

  it('takes the JSON-LD articleBody as the article when the markup holds no text (a page its scripts write), and says so; not a teaser', () => {
    const ld = (articleBody: string) => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'City approves new bridge', articleBody})}</script>`
    const page = (articleBody: string) => `<html lang="en"><head><title>City approves new bridge</title>${ld(articleBody)}</head><body><div id="root"></div><noscript>Please enable JavaScript to read this site.</noscript></body></html>`
    const {markdown, notes} = cleanSync(page('The city council voted 31 to 4 on Monday to build a new bridge over the river. Construction starts in March.\n\nThe old bridge, built in 1962, will be torn down next year. The mayor said the project would cost 12.5 million euros.'), {format: 'html'})
    expect(body(markdown)).toBe('The city council voted 31 to 4 on Monday to build a new bridge over the river. Construction starts in March.\n\nThe old bridge, built in 1962, will be torn down next year. The mayor said the project would cost 12.5 million euros.\n')
    expect(notes.some((note) => note.reason.includes('the article is its JSON-LD articleBody'))).toBe(true)
    expect(body(cleanSync(page('The council voted on Monday to build a new bridge.'), {format: 'html'}).markdown)).toBe('')
    // Markup inside the declared body: its paragraphs, not its tags.
    const marked = cleanSync(page('<p>The city council voted 31 to 4 on Monday to build a new bridge over the river &amp; the canal.</p><p>The old bridge, built in 1962, will be torn down next year. The mayor said the project would cost 12.5 million euros.</p>'), {format: 'html'})
    expect(body(marked.markdown)).toBe('The city council voted 31 to 4 on Monday to build a new bridge over the river & the canal.\n\nThe old bridge, built in 1962, will be torn down next year. The mayor said the project would cost 12.5 million euros.\n')
  })

  it('reads the page again with its scoring alone when the chrome rules left no article text, and says so', () => {
    const post = '<p>On June 9 we drove the hour and fifteen minutes to the dealer, hoping to find a dependable car with better mileage than ours.</p><p>Basically, the long and short of it is: problems. The first car had a cracked windshield, and the second one would not start.</p>'
    // Two sidebar boxes hold more prose together than the post: it is not protected as most of the page's prose.
    const box = (who: string) => `<aside><p>${who} writes about homesteading, cooking and raising three children on a small farm, and answers every letter readers send in.</p></aside>`
    const html = `<html><head><title>Dealer</title></head><body><nav><a href="/">Home</a></nav><div id="Blog1" class="widget Blog">${post}</div>${box('Anna')}${box('Maria')}</body></html>`
    const {markdown, warnings, notes} = cleanSync(html)
    expect(markdown).toContain('Basically, the long and short of it is')
    expect(markdown).not.toContain('Home')
    expect(notes.some((note) => note.reason.startsWith('the chrome rules by element, role and class left no article text'))).toBe(true)
    expect(warnings.some((warning) => warning.reason.startsWith('the output has no text'))).toBe(false)
  })

  it('takes the box around the headline of a photo post over a blurb in the sidebar or the footer, and not the header box of an article over its text', () => {
    const menu = Array.from({length: 12}, (_, index) => `<li><a href="/topic/${index}">Topic number ${index}</a></li>`).join('')
    const blurb = '<div class="profile"><p>I live. I learn. I teach. And 140 characters on Twitter is limiting, so here I share and celebrate my creativity and the creativity of others.</p></div>'
    const post = '<div class="post"><h2>The Human Bowling Ball</h2><p><img src="/ball.jpg" alt=""></p><p>This plays with your right brain in a big way.</p></div>'
    const photoPost = `<html><head><title>The Human Bowling Ball</title></head><body><div id="page"><ul class="topics">${menu}</ul>${post}${blurb}</div></body></html>`
    const {markdown, notes} = cleanSync(photoPost, {format: 'html'})
    expect(markdown).toContain('This plays with your right brain')
    expect(markdown).not.toContain('I live. I learn.')
    expect(JSON.stringify(notes)).toMatch(/the box around the headline/)
    // A short article under its own header: the text stands in a box the page names as the article's (glued words too), and stays.
    const header = '<div class="head"><h2>The Human Bowling Ball</h2><p>By Dana Miller, staff writer at the Gazette</p></div>'
    const text = '<div class="articlebody"><p>A ball big enough to hold a grown person rolled down the lanes of the county fair on Saturday, knocking over pins the size of children.</p><p>The organisers said they would bring it back next year.</p></div>'
    const shortArticle = `<html><head><title>The Human Bowling Ball</title></head><body><div id="page"><ul class="topics">${menu}</ul>${header}${text}</div></body></html>`
    expect(cleanSync(shortArticle, {format: 'html'}).markdown).toContain('A ball big enough to hold a grown person')
  })

  it('takes the index of linked teasers under the headline for the text of a section\'s page, in a wrapper whose name says ad, over a note for old browsers', () => {
    const teaser = (title: string, blurb: string) => `<div class="row"><h3><a href="/r/${title.length}">${title}</a></h3><h4><a href="/r/${title.length}">book review</a></h4><p><a href="/r/${title.length}">${blurb}</a></p></div>`
    const teasers = [
      teaser('Beyond the realms of Moominland', 'A Winter Book. Jansson is best known to English-speakers as the writer of the Moomin books for children.'),
      teaser('Between the headlines', 'The Nativity. How much truth is there in the Gospel stories of the birth of Jesus?'),
      teaser('Fragile art', 'CULTURE and climate may shape the gardens we create, but the urge to leave our mark is the same...'),
      teaser('A servant to 192 masters', 'IN JUST OVER A WEEK, KOFI Annan steps down from his job as secretary-general of the United Nations.'),
    ].join('')
    const puff = (title: string, line: string) => `<div class="puff"><h3><a href="/p/${title.length}">${title}</a></h3><p><a href="/p/${title.length}">${line}</a></p></div>`
    const sidebar = `<div id="sideBar">${puff('OUTDOOR EXPERIENCE', 'The outdoor specialist for walkers and climbers in the hills')}${puff('RESTAURANT REVIEWS', 'The best places to eat in Scotland, from fine dining to cheap eats')}</div>`
    const menu = '<div id="nav"><a href="/film">Film</a> <a href="/music">Music</a> <a href="/books">Books</a></div>'
    const note = '<p class="none"><strong>Please note:</strong> Your browser has been unable to load the stylesheet that accompanies this page. The page is still readable.</p>'
    const html = `<html><head><title>Living - Books</title></head><body>${note}<div id="outerAd"><div id="content"><h1>Books</h1><div id="main">${teasers}</div>${sidebar}</div>${menu}</div></body></html>`
    const {markdown, notes} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('Beyond the realms of Moominland')
    expect(markdown).toContain('steps down from his job as secretary-general')
    expect(markdown).not.toContain('Please note')
    expect(markdown).not.toContain('best places to eat')
    expect(JSON.stringify(notes)).toMatch(/the index of teasers under the headline/)
    // Beside an article the teasers are chrome: the article's paragraphs are the page.
    const article = '<div id="story"><p>The library reopened on Monday after a year of repairs, with a new reading room on the top floor and longer hours.</p><p>Readers queued before the doors opened, and the first loans were made within minutes, the librarian said.</p></div>'
    const withArticle = cleanSync(html.replace('<div id="main">', `${article}<div id="main">`), {format: 'html'}).markdown
    expect(withArticle).toContain('The library reopened on Monday')
    expect(withArticle).not.toContain('Moominland')
  })

  it('takes a recipe whose only sentences are its steps for article text, and does not read the page again with its sidebar', () => {
    const recipe = '<h1>Almond biscuits</h1><p><strong>Makes:</strong> 40<br><strong>Ingredients:</strong><br>300 g flour<br>100 g ground almonds<br>200 g sugar<br>1 egg</p><ol><li>Put everything in a bowl and knead it into a smooth dough.</li><li>Roll it out on a floured board and cut out shapes.</li><li>Bake them in the middle of the oven for 15 minutes.</li></ol>'
    const widget = '<div class="widget widget_text"><h3>Disclaimer</h3><div>Despite careful checks I take no responsibility for the content of external links, whose operators alone are responsible for them.</div></div>'
    const html = `<html><head><title>Almond biscuits</title></head><body><div id="main"><div class="post">${recipe}</div></div><div id="sidebar-box">${widget}</div></body></html>`
    const {markdown, notes} = cleanSync(html)
    expect(markdown).toContain('Roll it out on a floured board')
    expect(markdown).not.toContain('Despite careful checks')
    expect(notes.some((note) => note.reason.startsWith('the chrome rules by element, role and class left'))).toBe(false)
  })

  it('keeps the box that holds the headline of a short photo post, though its text is mostly links', () => {
    const links = Array.from({length: 6}, (_, index) => `<li><a href="/archive/${index}">Archive of month ${index} of the year</a></li>`).join('')
    const pictures = Array.from({length: 3}, (_, index) => `<a href="/big/${index}.jpg"><img src="/small/${index}.jpg" alt=""></a>`).join('')
    const html = `<html><head><title>Pixel heroes and villains</title></head><body><div id="rap"><h2>Pixel heroes and villains</h2><div class="post">${pictures}<p>I love pixels, and I love heroes… drawn by Sayon</p></div><ul>${links}</ul></div></body></html>`
    const {markdown} = cleanSync(html)
    expect(markdown).toContain('I love pixels, and I love heroes')
    expect(markdown).toContain('/small/1.jpg')
  })

  it('reads the page again when the chrome rules left its headline but not one sentence (a page builder whose boxes are all "widgets")', () => {
    const box = (text: string) => `<div class="elementor-widget-wrap">${text}</div>`
    const article = box('<p>Hope is our engine and our inspiration: we need it like the air we breathe, and it carries us through the hard weeks of winter.</p><p>In this issue, five readers tell how they kept it when the news gave them every reason to lose it.</p>')
    const html = `<html><head><title>Hope!</title></head><body><div class="page"><h1>Hope!</h1>${box('<span>Mindfulness</span>')}${article}</div><div class="site-footer">© Hille Media 2023</div></body></html>`
    const {markdown, warnings, notes} = cleanSync(html)
    expect(markdown).toContain('five readers tell how they kept it')
    expect(notes.some((note) => note.reason.startsWith('the chrome rules by element, role and class left no prose'))).toBe(true)
    expect(warnings.some((warning) => warning.reason.startsWith('the output has no text'))).toBe(false)
  })

  it('reads a post whose body is only in a markup template its script writes into the page (<script type="text/template">), and says so', () => {
    const post = '<p>Over the past year we have seen phishing sites rotate their domains faster than any list can follow, and attacks aimed at the users most at risk.</p>\n<p>That is why we are turning on a stronger protection today, for everyone who asks for it in the settings.</p>'
    const html = `<html><head><title>Safer browsing</title></head><body><div class="header">Security Blog</div><div class="post"><h2 class="title">Safer browsing</h2><div class="post-body"><script type="text/template">${post}</script><noscript>Turn on JavaScript</noscript></div></div><script>render()</script></body></html>`
    const file = new VFile()
    const {tree} = parseHtml(html, {file})
    const text = tree.children.map(blockText).join('\n')
    expect(text).toContain('stronger protection today')
    expect(text).not.toContain('render()')
    expect(file.messages.some((message) => message.reason.includes('markup templates'))).toBe(true)
    // Positions point into the page, inside the template.
    const paragraph = tree.children.find((node) => blockText(node).startsWith('That is why'))
    expect(paragraph?.position?.start.offset).toBe(html.indexOf('<p>That is why'))
    // A page with its article in its text does not read its templates.
    const both = html.replace('<div class="post">', `<div class="post">${prose('The article in the page itself.')}`)
    expect(parseHtml(both).tree.children.map(blockText).join('\n')).not.toContain('stronger protection today')
  })

  it('reads an article only in what the page shows without scripts (<noscript>), and says so; not a lazy image\'s <noscript>, nor when the page has its own text', () => {
    const story = ['Every spring the river rises by up to three metres as snow melts in the hills above the valley, and the fields go under water.', 'Engineers say the old embankments were built for a smaller river, and the channel has silted up since the 1960s.']
    const noscript = `<noscript><article><h1>Why the river floods</h1>${story.map((text) => `<p>${text}</p>`).join('')}</article></noscript>`
    const html = (inside: string) => `<!doctype html><html><head><title>Why the river floods</title></head><body><header>Valley Times</header><div id="app"><div class="loading">Loading…</div></div>${inside}<footer>© Valley Times</footer></body></html>`
    const file = new VFile()
    const text = parseHtml(html(noscript), {file}).tree.children.map(blockText).join('\n')
    expect(text).toContain(story[1])
    expect(file.messages.some((message) => message.reason.includes('<noscript>'))).toBe(true)
    // Beside the page's own article, the same text in <noscript> stays unread; so does a lazy image's fallback.
    const both = parseHtml(html(`<main>${prose('The article in the page itself.')}</main>${noscript}`)).tree.children.map(blockText).join('\n')
    expect(both).not.toContain(story[1])
    expect(parseHtml(html('<noscript><img src="/river.jpg" alt="The river"></noscript>')).tree.children.map(blockText).join('\n')).not.toContain('river.jpg')
  })

  it('takes out the PHP error messages a server printed into the page, reports them, and keeps positions', () => {
    const error = '<br />\n<b>Warning</b>:  Creating default object from empty value in <b>/www/htdocs/wp-includes/classes.php</b> on line <b>407</b><br />\n'
    const html = `${error}<html><head><title>Malaga</title></head><body><article><h1>Malaga</h1>${prose('Malaga has sun three hundred days a year.')}<ul><li>${error}The old town</li></ul><p>The port, where the cruise ships dock, is a walk from the cathedral.</p></article></body></html>`
    const file = new VFile()
    const {tree} = parseHtml(html, {file})
    const text = tree.children.map(blockText).join('\n')
    expect(text).not.toContain('on line')
    expect(text).toContain('The old town')
    expect(file.messages.filter((message) => message.reason === 'a PHP error message the server printed into the page')).toHaveLength(2)
    const port = tree.children.find((node) => blockText(node).startsWith('The port'))
    expect(port?.position?.start.offset).toBe(html.indexOf('<p>The port'))
  })

  it('keeps a paragraph written around its links (a link roundup\'s entry) and still drops a paragraph that is only links', () => {
    const prose = '<p>The trial opens on Thursday in a courtroom in Dalian, and the court has said it will sit for two days, with the verdict to follow later in the month.</p><p>Prosecutors say the case rests on evidence gathered over six months, most of it from the company\'s own accounts and the statements of three former employees.</p>'
    const roundup = '<p>Also ahead of the trial, <a href="https://a.example/1">Jeremy Page dug into the case\'s political implications</a> at <a href="https://b.example/">The Wall Street Journal</a>.</p>'
    const tags = '<p><a href="/t/china">China</a> <a href="/t/courts">Courts</a> <a href="/t/politics">Politics</a> <a href="/t/trials">Trials</a></p>'
    const {markdown} = cleanSync(`<html><head><title>The trial</title></head><body><article><h1>The trial</h1>${prose}${roundup}${tags}</article></body></html>`)
    expect(markdown).toContain('dug into the case’s political implications')
    expect(markdown).not.toContain('Politics')
  })

  it('keeps a list whose items are sentences written around their links (a quickies post), and drops a list of headlines', () => {
    const prose = '<p>The trial opens on Thursday in a courtroom in Dalian, and the court has said it will sit for two days, with the verdict to follow later in the month.</p><p>Prosecutors say the case rests on evidence gathered over six months, most of it from the company\'s own accounts and the statements of three former employees.</p>'
    const item = (title: string, comment: string) => `<li><a href="https://news.example/${title.length}">${title}</a> – ${comment}</li>`
    const quickies = `<ul>${item('Dog debarking policy at the vets\' association raises activists\' howls of protest', 'It is sad that dog lovers support this.')}${item('Calling all germs: how dirty is your smartphone', 'Do you really want to know?')}${item('Laugh along with the city\'s eight hundred clowns', 'I would slowly back away from them.')}</ul>`
    const related = '<ul><li><a href="/a">Court hears the first witness in the Dalian trial</a></li><li><a href="/b">Three former employees to testify against the company</a></li></ul>'
    const {markdown} = cleanSync(`<html><head><title>The trial</title></head><body><article><h1>The trial</h1>${prose}${quickies}${related}</article></body></html>`)
    expect(markdown).toContain('It is sad that dog lovers support this.')
    expect(markdown).toContain('I would slowly back away from them.')
    expect(markdown).not.toContain('Court hears the first witness')
  })

  it('ends the <head> where a browser does: a page that never closes it, or opens its content inside it, keeps its article', () => {
    const article = '<div class="content"><p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</p><p>The bridge will connect the parks on the east bank with the library downtown, and work starts in spring.</p></div>'
    const unclosed = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Footbridge approved</title><meta property="og:title" content="Footbridge approved">${article}</html>`
    const stray = `<html><head><title>Footbridge approved</title><div class="tracking"><img src="/pixel.gif"></div><meta name="author" content="Ana Lima"></head><body>${article}</body></html>`
    for (const html of [unclosed, stray]) {
      const {markdown, meta} = cleanSync(html)
      expect(markdown).toContain('work starts in spring')
      expect(meta.title).toBe('Footbridge approved')
    }
    expect(cleanSync(stray).meta.author).toBe('Ana Lima')
  })

  it('takes a short post over the sidebar box that holds most of the prose when the headline stands in the post', () => {
    const bio = '<div class="sidebar"><h3>About me</h3><p>I live, I learn and I teach. Here I share and celebrate my own creativity and the creativity of others, one small project at a time, with photos of every step and notes on what went wrong.</p></div>'
    const post = '<div class="post"><h2>Prepping for a new week</h2><div class="post-body"><p>Sunday evening, the notebook is ready.</p></div></div>'
    const html = `<html><head><title>Notebook Doodles: Prepping for a new week</title></head><body><div id="wrap">${post}${bio}</div></body></html>`
    const {markdown} = cleanSync(html)
    expect(markdown).toContain('Sunday evening, the notebook is ready.')
    expect(markdown).not.toContain('celebrate my own creativity')
  })

  it('still protects a container named both sidebar and article body, a byline-named one and a tab list, that holds the article away from its headline', () => {
    const paragraphs = '<p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</p><p>The bridge will connect the parks on the east bank with the library downtown, and work starts in spring.</p>'
    const containers = ['class="l-sidebar-fixed l-article-body-segment"', 'class="hs_cos_wrapper hs_cos_wrapper_meta_field"', 'class="accordion" role="tablist"']
    for (const attributes of containers) {
      const html = `<html><head><title>Footbridge approved</title></head><body><header><span class="headline"><h1>Footbridge approved</h1></span></header><div ${attributes}>${paragraphs}</div></body></html>`
      expect(cleanSync(html).markdown, attributes).toContain('work starts in spring')
    }
  })

  it('keeps the standfirst printed above the article in the body, as its lead, declared description or not', () => {
    const article = '<div class="body"><p>When the council of Millbrook voted to replace the oil boilers in its school, nobody expected a unanimous vote.</p><p>It was. The grant covered 60% of the cost, and the rest came out of the maintenance budget.</p></div>'
    const page = (head: string) => `<html><head><title>Heat pumps</title>${head}</head><body><div class="post"><h1>Why small towns are betting on heat pumps</h1><h3 class="subtitle">Three councils, one grant, and a winter that tested them all</h3>${article}</div></body></html>`
    for (const head of ['', '<meta name="description" content="The declared one.">']) {
      const {markdown} = cleanSync(page(head))
      const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
      expect(body).toContain('Three councils, one grant, and a winter that tested them all\n\nWhen the council of Millbrook')
      expect(body).not.toMatch(/^#+ Three councils/mu)
    }
  })

  it('opens the body with the lead printed between the headline and the article\'s box, whatever its class, and takes no byline, no repeat and no long gap', () => {
    const article = '<div class="content"><p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</p><p>The bridge will connect the parks on the east bank with the library downtown, and work starts in spring.</p></div>'
    const lead = 'Two years late and a million over budget, the crossing the east bank asked for is finally coming.'
    // The headline's box holds a tag cloud too, whose links keep the box (and so the lead) out of the article's container.
    const tags = Array.from({length: 30}, (_, n) => `<a href="/t/${n}">Topic number ${n}</a>`).join(' ')
    const html = (header: string) => `<html><head><title>Footbridge approved</title></head><body><div class="top"><h1>Footbridge approved</h1>${header}<div class="x3">${tags}</div></div>${article}</body></html>`
    const {markdown} = cleanSync(html(`<div class="x1">${lead}</div><div class="x2">By Ana Lima, 12 March 2025</div>`))
    expect(body(markdown)).toMatch(new RegExp(`^${lead}\n\nThe council voted`, 'u'))
    expect(body(markdown)).not.toContain('By Ana Lima')
    // A dek that the article prints again as its first paragraph is there already.
    const repeated = cleanSync(html('<h2>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</h2>')).markdown
    expect(body(repeated).match(/The council voted/gu)).toHaveLength(1)
    // More than a lead's worth of text between the headline and the box: not the article's opening.
    const teasers = Array.from({length: 16}, (_, n) => `<p>Teaser ${n}: the harbour board met again on Monday to talk about dredging, and nothing was decided.</p>`).join('')
    const document = parseDom(html(`<div class="x1">${lead}</div>${teasers}`), {xmlMode: false})
    const elements = cheerio.load(document)
    const main = elements('div.content').get(0) as Element
    const headline = elements('h1').get(0) as Element
    expect(leadAbove(main, elements('body').get(0) as Element, headline)).toEqual([])
    const short = cheerio.load(parseDom(html(`<div class="x1">${lead}</div>`), {xmlMode: false}))
    expect(leadAbove(short('div.content').get(0) as Element, short('body').get(0) as Element, short('h1').get(0) as Element).map((element) => element.attribs['class'])).toEqual(['x1'])
    // A dek printed twice (the header's and an abstract's) is one lead.
    const twice = cheerio.load(parseDom(html(`<div class="x1">${lead}</div><div class="x2">${lead}</div>`), {xmlMode: false}))
    expect(leadAbove(twice('div.content').get(0) as Element, twice('body').get(0) as Element, twice('h1').get(0) as Element).map((element) => element.attribs['class'])).toEqual(['x1'])
  })

  it('takes a subtitle heading right under the headline as the lead without a full stop, and finds the headline a title holds with a topic and the site around it', () => {
    const article = '<div class="content"><p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</p><p>The bridge will connect the parks on the east bank with the library downtown, and work starts in spring.</p></div>'
    // The headline's box holds a tag cloud too, whose links keep the box (and so the lead) out of the article's container.
    const tags = Array.from({length: 30}, (_, n) => `<a href="/t/${n}">Topic number ${n}</a>`).join(' ')
    const html = `<html><head><title>Bridges: Footbridge approved at last (sea-notes.de)</title></head><body><div class="top"><h1>Footbridge approved at last</h1><h2>Two years late and a million over budget, the crossing the east bank asked for is coming</h2><div class="x3">${tags}</div></div>${article}</body></html>`
    expect(body(cleanSync(html).markdown)).toMatch(/^Two years late and a million over budget, the crossing the east bank asked for is coming\n\nThe council voted/u)
  })

  it('takes the lead above a long article whose container stands inside wrappers: the wrappers\' words are the article\'s, not the gap\'s', () => {
    const paragraph = '<p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays and a million over budget.</p>'
    const lead = 'Two years late and a million over budget, the crossing the east bank asked for is finally coming.'
    const html = `<html><head><title>Footbridge approved</title></head><body><h1>Footbridge approved</h1><div class="x1">${lead}</div><div class="wrap"><div class="inner"><div class="content">${paragraph.repeat(14)}</div></div></div></body></html>`
    const document = cheerio.load(parseDom(html, {xmlMode: false}))
    const found = leadAbove(document('div.content').get(0) as Element, document('body').get(0) as Element, document('h1').get(0) as Element)
    expect(found.map((element) => element.attribs['class'])).toEqual(['x1'])
  })

  it('takes no lead from inside a link, nor a box whose blocks stand inside an <object> as one paragraph', () => {
    const article = '<div class="content"><p>The council voted on Tuesday night to approve the long-delayed footbridge over the river, after two years of delays.</p><p>The bridge will connect the parks on the east bank with the library downtown, and work starts in spring.</p></div>'
    const card = '<a href="/video/1"><img src="/v.jpg"><div><p>This video is playable across all supported devices, on any screen.</p></div></a>'
    const player = `<div class="player"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"><param name="movie" value="/v.swf">${card}<div><p>The mayor explains why the crossing took two years and cost a million more than planned.</p></div></object></div>`
    const html = `<html><head><title>Footbridge approved</title></head><body><div class="top"><h1>Footbridge approved</h1>${player}</div>${article}</body></html>`
    const document = cheerio.load(parseDom(html, {xmlMode: false}))
    const lead = leadAbove(document('div.content').get(0) as Element, document('body').get(0) as Element, document('h1').get(0) as Element)
    expect(lead.map((element) => textOf(element))).toEqual(['The mayor explains why the crossing took two years and cost a million more than planned.'])
  })

  it('reads the fallback content of a plugin <object> (Flash), which browsers show, and not that of an object showing a document', () => {
    const flash = '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"><param name="movie" value="/v.swf"><object type="application/x-shockwave-flash" data="/v.swf"><p>The mayor explains why the crossing took two years and cost a million more than planned.</p></object></object>'
    const pdf = '<object type="application/pdf" data="/minutes.pdf"><p>Your browser cannot show the minutes of the meeting; download them instead.</p></object>'
    const markdown = body(cleanSync(page(`${prose('The council approved the bridge.')}${flash}${pdf}${prose('Work starts in spring.')}`)).markdown)
    expect(markdown).toContain('The mayor explains why the crossing took two years')
    expect(markdown).not.toContain('download them instead')
  })

  it("reads the date in the article's own header when it stands outside <article>", () => {
    const html = `<html lang="es"><head><title>La biblioteca abre los domingos</title></head><body><header><nav><a href="/">Portada</a></nav></header>
<div class="article-header"><h1>La biblioteca abre los domingos</h1><div class="byline">Lucía Romero · 12/03/2025 - 10:24</div></div>
<article><p>La biblioteca central abrirá los domingos de 10.00 a 14.00 horas a partir del 6 de abril, según aprobó ayer el pleno.</p><p>La medida responde a una petición de más de 3.000 vecinos, y costará unos 85.000 euros al año.</p></article></body></html>`
    expect(cleanSync(html).meta).toMatchObject({author: 'Lucía Romero', date: '2025-03-12'})
  })
})

describe('parseHtml: metadata', () => {
  const head = `<meta property="og:site_name" content="Sea Notes"><link rel="canonical" href="https://sea.example/tides">
<meta name="description" content="Why the sea rises."><meta property="article:section" content="Science"><meta property="article:tag" content="moon"><meta property="article:tag" content="sea">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tides and moons","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Tom Berg"}],"datePublished":"2024-03-05T10:00:00+01:00"}</script>`

  it('prefers a Dublin Core title, and reads a meta property that names several terms (RDFa)', () => {
    const article = prose('The sea rises.')
    expect(cleanSync(page(article, '<meta property="og:title" content="Open Graph title"><meta property="dc:title" content="Dublin Core title">')).meta.title).toBe('Dublin Core title')
    expect(cleanSync(page(article, '<meta property="og:title twitter:title" content="Shared title">')).meta.title).toBe('Shared title')
    expect(cleanSync(page(article, '<meta property="x:title dc:title" content="My title">')).meta.title).toBe('My title')
  })

  it('reads title, author, date, lang, site, url, description, categories and tags', () => {
    const {meta} = cleanSync(page(prose('The sea rises.'), head))
    expect(meta).toEqual({
      title: 'Tides and moons',
      author: 'Ana Lima, Tom Berg',
      date: '2024-03-05',
      lang: 'en',
      site: 'Sea Notes',
      url: 'https://sea.example/tides',
      description: 'Why the sea rises.',
      categories: ['Science'],
      tags: ['moon', 'sea'],
    })
  })

  it('takes the headline the page prints from a Chinese portal\'s title joined with "_"', () => {
    const html = '<html lang="zh"><head><title>杭州地铁新线开通_新闻中心_城市日报网</title></head><body><h1>杭州地铁新线开通</h1><article><p>6月18日上午，杭州地铁新线正式开通运营，全长约32公里，共设车站20座。</p><p>运营方表示，开通初期发车间隔为6分钟，高峰时段将缩短至4分钟。</p></article></body></html>'
    expect(cleanSync(html).meta.title).toBe('杭州地铁新线开通')
  })

  it('takes the part of <title> that is the page\'s <h1>, however short, and keeps a title whose parts are no <h1>', () => {
    const body = '<article><p>New Zealand is an island country in the south-western Pacific Ocean, made of two main islands and over 700 smaller ones.</p><p>It lies about 2,000 kilometres east of Australia across the Tasman Sea.</p></article>'
    expect(cleanSync(`<html><head><title>New Zealand - Wikipedia</title></head><body><h1>New Zealand</h1>${body}</body></html>`).meta.title).toBe('New Zealand')
    expect(cleanSync(`<html><head><title>Google - Site Reliability Engineering</title></head><body><h1>Chapter 1</h1>${body}</body></html>`).meta.title).toMatch(/^Google\s?\p{Pd}\s?Site Reliability Engineering$/u)
  })

  it('takes the title from <title> without the site suffix, and the caller\'s url over the canonical', () => {
    const html = page(prose('The sea rises.'), '<meta property="og:site_name" content="Sea Notes"><link rel="canonical" href="https://sea.example/c">')
    const {meta} = cleanSync(html, {url: 'https://caller.example/a'})
    expect(meta.title).toBe('Tides and moons')
    expect(meta.url).toBe('https://caller.example/a')
  })

  it('takes author and date from a dropped byline element when the page declares none', () => {
    const html = page(`<p class="byline">Von Petra Maier, 3. Mai 2025</p>${prose('Die Flut steigt.')}`)
    const {meta, markdown} = cleanSync(html)
    expect(meta.author).toBe('Petra Maier')
    expect(meta.date).toBe('2025-05-03')
    expect(markdown).not.toContain('Petra Maier, 3. Mai')
  })

  it('keeps a name linked inside a sentence whatever its class (a.meta-per), and drops the byline on a line of its own', () => {
    const sentence = '<p>In the beginning, <a class="meta-per" href="/p/lochte">Ryan Lochte</a> swam at <a class="meta-per" href="/p/phelps">Michael Phelps</a>\'s hip and drafted off his fame, and he smiled like a rakish heir.</p>'
    const markdown = body(cleanSync(page(`<div><span class="byline"><span class="byline-name">By Karen Crouse</span></span>${sentence}${prose('The sea rises.')}</div>`)).markdown)
    expect(markdown).toContain('[Ryan Lochte](/p/lochte) swam at [Michael Phelps](/p/phelps)\'s hip')
    expect(markdown).not.toContain('Karen Crouse')
  })

  it('keeps chrome-named links inside a sentence (a glossary\'s a.popup), and still drops the credit that closes a caption', () => {
    const sentence = '<p>I am a <a class="popup" href="/g/elderly">rather elderly</a> man, and the nature of my <a class="popup" href="/g/avocations">avocations</a> has brought me into contact with the law-copyists.</p>'
    const ending = '<p>All day long he sat at his window and copied the deeds of the office <a class="popup" href="/g/mech">mechanically.</a></p>'
    const caption = '<p class="text">The harbour at dawn, with the ferry late again and the gulls as loud as ever. <span class="credit">Jo Berg for Sea Notes</span></p>'
    const markdown = body(cleanSync(page(`${sentence}${ending}${caption}${prose('The sea rises.')}`)).markdown)
    expect(markdown).toContain('the deeds of the office [mechanically.](/g/mech)')
    expect(markdown).toContain('I am a [rather elderly](/g/elderly) man, and the nature of my [avocations](/g/avocations) has brought me')
    expect(markdown).not.toContain('Jo Berg')
  })

  it('reads a data table\'s cell ("New", "Related", a task\'s state) as the table\'s content, never as the heading of a section to cut after', () => {
    const row = (state: string, next: string) => `<tr><td><p>${state}</p></td><td><p>${next}</p></td></tr>`
    const table = `<table><tr><th>State</th><th>Next</th></tr>${row('new', 'enqueued')}${row('enqueued', 'started')}${row('Related', 'done')}</table>`
    const markdown = body(cleanSync(page(`${prose('A task moves through states.')}${prose('Each state has a next one.')}${table}${prose('The last state is done, and the task ends.')}`)).markdown)
    expect(markdown).toMatch(/\| Related +\| done +\|/)
    expect(markdown).toContain('The last state is done, and the task ends.')
  })

  it('keeps the declared author and date over what a byline element prints', () => {
    const head = '<meta name="author" content="Jan Smit"><meta property="article:published_time" content="2024-01-02T08:00:00Z">'
    const {meta} = cleanSync(page(`<p class="byline">By Petra Maier, 3 May 2025</p>${prose('The sea rises.')}`, head))
    expect(meta.author).toBe('Jan Smit')
    expect(meta.date).toBe('2024-01-02')
  })

  it('takes a declared account name ("admin", "Гость") for nobody, and the next source over it; the outlet after a comma goes', () => {
    const byline = '<p class="byline">By Petra Maier</p>'
    const declared = (content: string) => cleanSync(page(`${byline}${prose('The sea rises.')}`, `<meta name="author" content="${content}">`)).meta.author
    expect(declared('admin')).toBe('Petra Maier')
    expect(declared('Гость')).toBe('Petra Maier')
    expect(declared('Victor Tangermann, Futurism')).toBe('Victor Tangermann')
    expect(declared('Troy L. Smith, Cleveland.com')).toBe('Troy L. Smith')
    // Two people, and a name with its suffix, stay whole.
    expect(declared('Ana Lima, Tom Berg')).toBe('Ana Lima, Tom Berg')
    expect(declared('Jane Doe, Jr.')).toBe('Jane Doe, Jr.')
  })

  it('takes a template\'s placeholder ("Unknown", "author", "Unbenannt") for nobody, and a declared name without its label or its home page', () => {
    const byline = '<p class="byline">By Petra Maier</p>'
    const declaredIn = (lang: string, content: string) => cleanSync(page(`${byline}${prose('The sea rises.')}`, `<meta name="author" content="${content}">`).replace('lang="en"', `lang="${lang}"`)).meta.author
    const declared = (content: string) => declaredIn('en', content)
    expect(declared('Unknown')).toBe('Petra Maier')
    expect(declared('author')).toBe('Petra Maier')
    expect(declared('Unbenannt')).toBe('Petra Maier')
    expect(declared('By TOM KRISHER, AP Auto Writer')).toBe('TOM KRISHER')
    expect(declared('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toBe('Bradley M. Kuhn')
    // A German label on a German page; a label that is also a name's particle opens the surname when capitalized, before
    // one word or another particle.
    expect(declaredIn('de', 'von Vanessa Franke')).toBe('Vanessa Franke')
    expect(declaredIn('de', 'Von Anna Müller')).toBe('Anna Müller')
    expect(declaredIn('de', 'Von der Leyen')).toBe('Von der Leyen')
    expect(declaredIn('it', 'Di Maio')).toBe('Di Maio')
    // Another language's label on an English page is the name's first word.
    expect(declared('Gan Pei Ling')).toBe('Gan Pei Ling')
    expect(declared('Par Lagerkvist')).toBe('Par Lagerkvist')
  })

  it('drops the comment section by its name even when its comments outweigh a short post', () => {
    const comment = (who: string) => `<li><p>${who} says: I had exactly the same problem last winter, switched flours twice, and only then noticed the protein content on the label of the bag.</p></li>`
    const html = page(`<h1>Why my sourdough stopped rising</h1><p>For three weeks my loaves came out flat, though the starter bubbled.</p><p>The culprit was the flour, with less protein than before.</p>`, '',
      '').replace('</article>', `</article><div id="comments" class="comments-area"><h2>3 thoughts</h2><ol>${comment('Marta')}${comment('Joe')}${comment('Ana')}</ol></div>`)
    const {markdown} = cleanSync(html)
    expect(markdown).toContain('The culprit was the flour')
    expect(markdown).not.toContain('Marta says')
  })

  it('reads the character references a JSON-LD string holds (WordPress escapes its headline as HTML)', () => {
    const ld = '<script type="application/ld+json">{"@type": "Article", "headline": "Chelsea pay &#163;71.6m &#8211; and Tom &amp; Jerry&#8217;s &quot;fee&quot; &#x2014; &#0; &#99999999;", "keywords": "Tom &#038; Jerry, sea"}</script>'
    const result = cleanSync(page(prose('The sea rises.'), ld))
    expect(result.meta.title).toBe('Chelsea pay £71.6m – and Tom & Jerry’s "fee" — &#0; &#99999999;')
    expect(result.meta.tags).toEqual(['Tom & Jerry', 'sea'])
  })

  it('skips malformed JSON-LD with a warning, never a crash', () => {
    const result = cleanSync(page(prose('The sea rises.'), '<script type="application/ld+json">{"@type": "Article", "headline": </script>'))
    expect(result.meta.title).toBe('Tides and moons')
    expect(result.warnings.some((warning) => /JSON-LD block 1 is not valid JSON/.test(warning.reason))).toBe(true)
  })

  it('reads JSON-LD wrapped in a CDATA section, bare or behind a script comment, or in an HTML comment', () => {
    const json = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bruno Rodrigues"}}'
    for (const wrapped of [`<![CDATA[\n${json}\n]]>`, `//<![CDATA[\n${json}\n//]]>`, `/*<![CDATA[*/ ${json} /*]]>*/`, `<!-- ${json} -->`, `<!--\n//<![CDATA[\n${json}\n//]]>\n-->`]) {
      const result = cleanSync(page(prose('The sea rises.'), `<script type="application/ld+json">${wrapped}</script>`))
      expect(result.meta.author).toBe('Bruno Rodrigues')
      expect(result.warnings.some((warning) => /JSON-LD/.test(warning.reason))).toBe(false)
    }
  })

  it("takes JSON-LD's name for the title when the page prints it and not the headline (Wikipedia's headline is a description)", () => {
    const ld = (fields: string) => `<script type="application/ld+json">{"@type": "Article", ${fields}}</script>`
    const wiki = '<html><head><title>New Zealand - Wikipedia</title>' + ld('"name": "New Zealand", "headline": "constitutional monarchy in Oceania"') + '</head><body><h1>New Zealand</h1>' + prose('New Zealand is an island country.') + '</body></html>'
    expect(cleanSync(wiki).meta.title).toBe('New Zealand')
    // A headline the page prints, or one beside a name printed nowhere, stays the title.
    const news = '<html><head><title>Bridge approved - The Post</title>' + ld('"name": "bridge-story", "headline": "Bridge approved"') + '</head><body><h1>Bridge approved</h1>' + prose('The council voted.') + '</body></html>'
    expect(cleanSync(news).meta.title).toBe('Bridge approved')
    // The headline printed with other quotes is printed; a short name inside a title is not printed as a title.
    const quoted = '<html><head><title>Trump’s plan for the border - BBC News</title>' + ld('"name": "News", "headline": "Trump\'s plan for the border"') + '</head><body><h1>Trump’s plan for the border</h1>' + prose('The council voted.') + '</body></html>'
    expect(cleanSync(quoted).meta.title).toBe("Trump's plan for the border")
  })

  it('passes <html lang> as a hint, and reports the removals to a VFile', () => {
    const file = new VFile()
    const parsed = parseHtml('<html lang="sv-SE"><body><nav><a href="/">Hem</a></nav><main><p>Text.</p></main></body></html>', {file})
    expect(parsed.lang).toBe('sv-SE')
    expect(file.messages.some((message) => message.actual === 'Hem')).toBe(true)
  })
})

describe('HTML bytes and format detection', () => {
  const article = '<p>Caf\u00e9 cr\u00e8me \u2014 \u201cna\u00efve\u201d r\u00e9sum\u00e9s, that is how the menu put it, in so many words.</p>'

  it('decodes windows-1252 by its <meta charset>', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><article>${article}</article></body></html>`
    const bytes = Buffer.from(html.replace(/[\u2014\u201c\u201d]/g, (c) => ({'\u2014': '\x97', '\u201c': '\x93', '\u201d': '\x94'})[c]!), 'latin1')
    expect(cleanSync(bytes).markdown).toContain('Café crème — “naïve” résumés')
  })

  it('reads a page saved again as UTF-8 as UTF-8 though its <meta charset> still names gb2312, and says so', () => {
    const text = '宇航员在太空中喝酒会怎么样？后果很严重。科学家说，失重会改变酒精在人体中的作用方式。'
    const bytes = Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><article><p>${text}</p></article></body></html>`, 'utf8')
    const result = cleanSync(bytes)
    expect(result.markdown).toContain(text)
    expect(result.warnings.some((warning) => warning.reason.startsWith('the page declares GBK but its bytes are valid UTF-8'))).toBe(true)
  })

  it('decodes Shift_JIS by its http-equiv declaration', async () => {
    const {default: iconv} = await import('iconv-lite')
    const text = '今日は良い天気です。海は静かで、船がゆっくりと港に入ってきました。'
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><article><p>${text}</p></article></body></html>`
    expect(cleanSync(iconv.encode(html, 'Shift_JIS')).markdown).toContain(text)
  })

  it('reads undeclared non-UTF-8 HTML as windows-1252 with a warning, and takes the caller\'s encoding', () => {
    const bytes = Buffer.from(`<html><body><article>${article.replace(/[\u2014\u201c\u201d]/g, '-')}</article></body></html>`, 'latin1')
    const result = cleanSync(bytes)
    expect(result.markdown).toContain('Café crème')
    expect(result.warnings.some((warning) => /declares no charset/.test(warning.reason))).toBe(true)
    expect(cleanSync(bytes, {encoding: 'latin1'}).warnings.some((warning) => /declares no charset/.test(warning.reason))).toBe(false)
    expect(() => cleanSync(bytes, {encoding: 'klingon'})).toThrow(/unknown encoding "klingon"/)
  })

  it('keeps the strict UTF-8 error for a text dump without a declared charset', () => {
    expect(() => cleanSync(Buffer.from([0x61, 0x62, 0xe9, 0x63]))).toThrow(/not valid UTF-8/)
  })

  it('tells HTML from a text dump that mentions tags', () => {
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html')
    expect(detectFormat('<div class="a"><p>One</p><p>Two</p><p>Three</p><p>Four</p><span>5</span><a href="#">6</a><br><br></div>')).toBe('html')
    expect(detectFormat('How to bold text\n\nWrap it in <b> and </b>, or use <strong>.\nThe <p> tag starts a paragraph.')).toBe('text')
    expect(detectFormat('Release notes\nFixed a bug where <br> showed up in titles.\nThanks to all who reported it.')).toBe('text')
  })
})

describe('HTML fragments', () => {
  it('reads a fragment without <html> or <body> as the page body, losing nothing', () => {
    expect(cleanSync('<p>Hi</p>', {format: 'html'}).markdown).toBe('---\nlang: und\n---\n\nHi\n')
    const result = cleanSync('<h2>Notes</h2><p>Hello world, this is my short article about the harbour.</p>', {format: 'html'})
    expect(result.markdown).toContain('Hello world, this is my short article about the harbour.')
  })
})

import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

// Many users strip our Markdown to text by patterns (as dev-eval's scorers do): what the page shows must survive that.
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

describe('a link whose text is its own address', () => {
  it('is written as that address, not as an autolink that pattern readers drop whole', () => {
    const html = '<html><body><article><h1>Offers</h1><p>The first paragraph of the article is long enough to count as the article text.</p><p>See <a href="http://amzn.to/2iJFhRj">http://amzn.to/2iJFhRj</a> for the set, which is cheaper this week than last; <a href="mailto:shop@example.com">shop@example.com</a> answers.</p></article></body></html>'
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('See http://amzn.to/2iJFhRj for the set')
    expect(markdown).toContain('; shop@example.com answers')
    expect(markdown).not.toContain('<http://amzn.to/2iJFhRj>')
    // Cleaned again, the address stays text.
    expect(cleanSync(markdown).markdown).toBe(markdown)
  })

  it('keeps a link whose text says something else', () => {
    const html = '<html><body><article><h1>Offers</h1><p>The first paragraph of the article is long enough to count as the article text.</p><p>See <a href="http://amzn.to/2iJFhRj">the set on Amazon</a>, which is cheaper this week than it was last week.</p></article></body></html>'
    expect(cleanSync(html, {format: 'html'}).markdown).toContain('[the set on Amazon](http://amzn.to/2iJFhRj)')
  })
})

describe('a table inside a table cell', () => {
  it('is written on the row’s one line with spaces, not with `&#xA;` a reader would see and count as a word', () => {
    const html = `<html><body><article><h1>Commit statistics</h1><p>The first paragraph of the article is long enough to count as the article's own text.</p>
<table><tr><th colspan=2>Most active developers</th></tr><tr><td><table><tr><th colspan=3>By changesets</th></tr><tr><td>Herbert Dürr</td><td>63</td></tr><tr><td>Jürgen Schmidt</td><td>56</td></tr></table></td><td>All of them</td></tr></table>
<p>The second paragraph follows the table and is long enough to be kept with the first one here.</p></article></body></html>`
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('By changesets Herbert Dürr 63 Jürgen Schmidt 56')
    expect(markdown).not.toContain('&#xA;')
  })
})

describe('bold or italic punctuation alone', () => {
  it('is written as its text, not as a mark the writer must encode the letter before ("bloo&#x64;**,**")', () => {
    const html = `<html><body><article><h1>T</h1><p>She had become infected at birth when she came in contact with her mother’s blood<b>,</b> and was diagnosed soon after.</p><p>The second paragraph of the text is here and long enough to be kept, <i>really</i>.</p></article></body></html>`
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('her mother’s blood, and was diagnosed')
    expect(markdown).toContain('*really*')
    expect(markdown).not.toContain('&#x')
  })
})

describe('bold or italic on part of a word', () => {
  const article = (list: string) =>
    `<html><body><article><h1>Selling your home</h1><p>The first paragraph of the article is long enough to count as the article's own text, and it ends here.</p><p>Most agents do the same things:</p><ul>${list}</ul><p>The last paragraph follows the list and is long enough to be kept with the rest of the article.</p></article></body></html>`

  it('is written as the word, not parted where the mark stood (a drop cap: "**A**dvertise" read as "A dvertise")', () => {
    const {markdown} = cleanSync(article('<li><b>A</b>dvertise themselves</li><li><b>B</b>ang a sign into your lawn</li><li>Put the house on <i>their</i> list</li>'), {format: 'html'})
    expect(markdown).toContain('- Advertise themselves')
    expect(markdown).toContain('- Bang a sign into your lawn')
    // A word of its own keeps its mark.
    expect(markdown).toContain('on *their* list')
  })

  it('keeps the mark of a word before its punctuation, and of text that runs on without spaces', () => {
    const {markdown} = cleanSync(article('<li><b>Note</b>: call them first</li><li>日本語の<b>強調</b>です</li>'), {format: 'html'})
    expect(markdown).toContain('**Note**: call them first')
    expect(markdown).toContain('日本語の**強調**です')
  })
})

describe('bold or italic white space between words', () => {
  it('is the space a browser shows there, not dropped with the empty mark (which glued "mayattempt")', () => {
    const html = `<html><body><article><h1>T</h1><p>The first paragraph of the article is long enough to count as the article's text, and it ends here.</p><p>The defense <em>may</em><i> </i>attempt to explain it, and <strong>Lance Dunbar</strong><strong>&nbsp;</strong>if he is ready, will play.</p></article></body></html>`
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('*may* attempt to explain')
    expect(markdown).toContain('**Lance Dunbar** if he is ready')
  })
})

describe('italic inside italic, bold inside bold', () => {
  it('is the outer mark alone, not a second mark whose underscores pattern readers keep on the words ("*_Starry Night_*")', () => {
    const html = `<html><body><article><h1>T</h1><p>The first paragraph of the article is long enough to count as the article's text, and it ends here.</p><p>Her <em><i>Starry Night</i></em> hangs beside the <i><b><u>Green Saver Plan</u>: $4.95 a month</b></i> poster and a <b>bold <b>inner</b> word</b>, with <i>a <b>bold</b> word</i> too.</p></article></body></html>`
    const {markdown} = cleanSync(html, {format: 'html'})
    expect(markdown).toContain('Her *Starry Night* hangs')
    expect(markdown).toContain('***Green Saver Plan: $4.95 a month***')
    expect(markdown).toContain('**bold inner word**')
    expect(markdown).toContain('*a **bold** word*')
    expect(markdown).not.toContain('_')
  })
})

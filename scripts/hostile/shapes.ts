/**
 * The hostile shapes of issue 17 (items 2 and 7): inputs that cost a
 * pipeline more than their size, each built to about `size` bytes. HTML
 * shapes are wrapped in a page with one real paragraph, so the article is
 * found and the shape stands beside it, as on a real page.
 */
export interface Shape {
  name: string
  format: 'html' | 'text'
  build(size: number): string
}

const prose = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes.'
/** Sentences that differ from item to item, so a long list reads as prose, not as a repeated template. */
const subjects = ['The council', 'A neighbour', 'The mayor', 'Every shop owner', 'The engineer', 'Our reporter', 'A teacher']
const verbs = ['asked about', 'wrote to the paper on', 'complained about', 'praised', 'drew a plan of', 'measured']
const objects = ['the old bridge', 'the ferry times', 'the new road', 'the river bank', 'the winter floods']
const sentence = (index: number) => `${subjects[index % 7]} ${verbs[index % 6]} ${objects[index % 5]} in week ${index}, and nobody disagreed.`

/** `unit` repeated to fill `size` bytes (by characters; the units are ASCII unless said). */
const fill = (unit: string | ((index: number) => string), size: number) => {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = typeof unit === 'string' ? unit : unit(index)
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

const page = (body: string) => `<!doctype html><html><head><title>A bridge for the town</title></head><body><article><h1>A bridge for the town</h1><p>${prose}</p>${body}<p>${prose}</p></article></body></html>`
const html = (name: string, unit: string | ((index: number) => string), wrap: (body: string) => string = (body) => body): Shape => ({
  name,
  format: 'html',
  build: (size) => page(wrap(fill(unit, size))),
})
const text = (name: string, unit: string | ((index: number) => string)): Shape => ({
  name,
  format: 'text',
  build: (size) => `A bridge for the town\n\n${prose}\n\n${fill(unit, size)}\n${prose}\n`,
})
const nested = (name: string, open: string, close: string, inner: string): Shape => ({
  name,
  format: 'html',
  build: (size) => {
    const depth = Math.max(1, Math.floor((size - inner.length) / (open.length + close.length)))
    return page(`${open.repeat(depth)}${inner}${close.repeat(depth)}`)
  },
})

export const shapes: Shape[] = [
  // Item 2: quadratic (or worse) before the fixes.
  html('empty spans', '<span></span>', (body) => `<p>${body}</p>`),
  html('empty icons', '<i class="icon"></i>', (body) => `<p>${body}</p>`),
  html('empty anchors', '<a href="#"></a>', (body) => `<p>${body}</p>`),
  html('display:none divs', '<div style="display:none">x</div>'),
  html('spans with a word', '<span>word</span> ', (body) => `<p>${body}</p>`),
  nested('nested <div><p>', '<div><p>', '</p></div>', prose),
  nested('nested tables', '<table><tr><td>', '</td></tr></table>', prose),
  html('unclosed <font><b>', (index) => (index % 2 === 0 ? '<font size="2">word ' : '<b>word ')),
  html('<script> siblings', '<script>var a = 1;</script>'),
  html('<li><p> without end tags', (index) => `<li><p>${sentence(index)}`, (body) => `<ul>${body}</ul>`),
  html('<dt>/<dd> without end tags', (index) => `<dt>Term ${index}<dd>${sentence(index)}`, (body) => `<dl>${body}</dl>`),
  text('"Share" lines', 'Share\n'),
  text('date lines', (index) => `${1 + (index % 28)} March 2024\n`),
  text('"Advertisement" lines', 'Advertisement\n'),
  text('"Photo: Getty Images" lines', 'Photo: Getty Images\n'),
  text('"Read more" lines', 'Read more\n'),
  text('"Reply" lines', 'Reply\n'),
  // Item 7: linear, but slow or hungry.
  text('two-letter lines', (index) => `${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + ((index * 7) % 26))}\n`),
  text('tab rows', (index) => `cell ${index}\tvalue\t${index * 3}\tmore\n`),
  text('punctuation-only lines', (index) => ['...\n', '!!\n', '--\n', '?!\n', '***\n'][index % 5]!),
  html('inline-heavy HTML', (index) => `<b>bold ${index}</b> <i>italic</i> <a href="/p${index}">link</a> <em>word</em> `, (body) => `<p>${body}</p>`),
  html('big table', (index) => `<tr><td>row ${index}</td><td>${index * 7}</td><td>value</td><td>more text</td></tr>`, (body) => `<table><thead><tr><th>a</th><th>b</th><th>c</th><th>d</th></tr></thead><tbody>${body}</tbody></table>`),
  html('sibling divs', (index) => `<div>Line ${index} of text in a div of its own.</div>`),
]

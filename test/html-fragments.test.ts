import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cleanSync, detectFormat} from '../src/index.js'
import {body} from './helpers/run.js'
import {scrubdown} from './helpers/batch.js'

/* CMS and RSS bodies are HTML fragments: no <html>, no <body>, often only a few tags. */
describe('HTML fragments', () => {
  it('are told from text by their content: an element opened at the start and one closed', () => {
    expect(detectFormat('<p>One.</p>\n<p>Two.</p>\n')).toBe('html')
    expect(detectFormat('<article><h1>T</h1><p>Body.</p></article>')).toBe('html')
    expect(detectFormat('  <!-- cms --> <div class="entry">Body</div>')).toBe('html')
    // Prose that mentions a tag, or opens with one it never closes, stays text.
    expect(detectFormat('<p> is the paragraph tag; write it before each paragraph.')).toBe('text')
    expect(detectFormat('The <p> tag starts a paragraph and </p> ends it.')).toBe('text')
  })

  it('are cleaned as HTML by cleanSync with the default format', () => {
    const result = cleanSync('<article><h1>T</h1><p>Body of the article, a sentence long enough to be prose.</p></article>')
    expect(result.meta.title).toBe('T')
    expect(body(result.markdown)).toBe('Body of the article, a sentence long enough to be prose.\n')
  })

  it('on the command line, a .html file is HTML by its name as well as by its content, alone and in a batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubdown-fragment-'))
    writeFileSync(join(dir, 'a.html'), '<p>One.</p>\n<p>Two.</p>\n')
    // Text first, then markup: only the name says HTML.
    writeFileSync(join(dir, 'b.html'), 'A line of prose with <em>emphasis</em> in it, from a feed.\n')
    const single = await scrubdown([join(dir, 'a.html')])
    expect(single.status).toBe(0)
    expect(body(single.stdout)).toBe('One.\n\nTwo.\n')
    const named = await scrubdown([join(dir, 'b.html')])
    expect(body(named.stdout)).toBe('A line of prose with *emphasis* in it, from a feed.\n')
    // --format text still wins over the name.
    expect(body((await scrubdown(['--format', 'text', join(dir, 'b.html')])).stdout)).toContain('\\<em>')
    const batch = await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'a.html'), join(dir, 'b.html')])
    expect(batch.status).toBe(0)
    expect(body(readFileSync(join(dir, 'out', 'a.md'), 'utf8'))).toBe('One.\n\nTwo.\n')
    expect(body(readFileSync(join(dir, 'out', 'b.md'), 'utf8'))).toBe('A line of prose with *emphasis* in it, from a feed.\n')
  })
})

import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'
import {joinHardWraps} from '../src/parse/hard-wraps.js'
import {parseText} from '../src/parse/text.js'
import {body} from './helpers/run.js'

/** Words wrapped at `width` characters, as a plain-text page or `<pre>` prints a paragraph. */
function wrap(text: string, width = 68): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  return [...lines, line].join('\n')
}

const paragraphs = [
  'This draft describes a protocol by which client-side applications, running inside a web browser, can communicate with a data storage server that is hosted on a different domain name, so that the provider of an application need not also store its data.',
  'Many services for data storage are available over the internet. This specification describes a vendor-independent interface for such services, based on https, cross-origin requests and bearer tokens, and on folders that hold documents and other folders.',
  'The actions the interface exposes are limited to storing, retrieving and removing documents, and to listing the contents of a folder, while access control is based on the bearer tokens that the storage server issues to each application that asks.',
]

describe('hard-wrapped text', () => {
  it('reads a paragraph wrapped at a fixed width as one block before any stage, so the article is found and no fragment is its title', () => {
    const page = ['Docs', 'Tracker', 'Email', 'Versions: 00 01 02 03 04', '', 'Remote storage protocol', '', ...paragraphs.flatMap((paragraph) => [wrap(paragraph), '']), 'Copyright (c) 2014 The Trust. All rights reserved.'].join('\n')
    const result = cleanSync(page, {format: 'text'})
    for (const paragraph of paragraphs) expect(body(result.markdown)).toContain(paragraph)
    expect(result.meta.title).toBe('Remote storage protocol')
    expect(body(result.markdown)).not.toContain('Tracker')
  })

  it('leaves a line broken once, and lines of uneven length, to the structure stage', () => {
    const broken = parseText('Re: Exit interviews (Score:5, Insightful) by someone on Monday July 23,\n@08:25PM (#40743959)\n\nshort line that runs on\nand on, then a much longer line that wraps at no width at all, far beyond the first one\nand ends here.')
    expect(joinHardWraps(broken.children)).toHaveLength(broken.children.length)
    const wrapped = parseText(wrap(paragraphs[0]!))
    expect(joinHardWraps(wrapped.children)).toHaveLength(1)
  })
})

import {mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {deflateRawSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {main} from '../src/cli/main.js'
import {ScrubdownError, cleanSync} from '../src/index.js'
import type {CleanResult} from '../src/index.js'
import {body} from './helpers/run.js'

const prose = 'The council met on Tuesday and agreed that the new bridge will open in spring, after two years of work on the river banks.'
const megabyte = 1024 * 1024

/** The error `clean` throws, or a failure when it cleans. */
function errorOf(run: () => unknown): ScrubdownError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ScrubdownError)
    return error as ScrubdownError
  }
  throw new Error('expected a ScrubdownError, but the input was cleaned')
}

function frontMatter(result: CleanResult): unknown {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(result.markdown)![1]!)
}

/** A real PNG's first bytes: signature, then the IHDR chunk of a 1×1 image. */
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

/** A ZIP archive holding one file, as `zip` writes it. */
function zip(): Buffer {
  const name = Buffer.from('article.txt')
  const data = deflateRawSync(Buffer.from(prose))
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(8, 8)
  header.writeUInt32LE(data.length, 18)
  header.writeUInt32LE(prose.length, 22)
  header.writeUInt16LE(name.length, 26)
  return Buffer.concat([header, name, data])
}

/** Paragraphs of distinct prose, about 5 kB each, up to `size` characters. */
function largeDocument(size: number): string {
  const paragraphs = ['A report on the markets of a very long year']
  let length = 0
  for (let index = 0; length < size; index++) {
    let paragraph = ''
    for (let week = 0; week < 40; week++) paragraph += `Report ${index} notes that the market rose again in week ${week} while analysts expected a slow recovery in most regions. `
    paragraphs.push(paragraph.trim())
    length += paragraph.length + 1
  }
  return paragraphs.join('\n\n')
}

describe('empty and blank input', () => {
  it.each([
    ['empty string', ''],
    ['empty buffer', Buffer.alloc(0)],
    ['spaces, tabs and line breaks', ' \n\t\r\n   \n'],
    ['odd spaces only (no-break, ideographic, zero-width)', '\u00a0\u3000\u2009\n\u200b\ufeff'],
  ])('%s gives front matter with lang und and a warning, never an error', (_, input) => {
    const result = cleanSync(input)
    expect(result.markdown).toBe('---\nlang: und\n---\n')
    expect(result.removed).toEqual([])
    expect(result.warnings.map((warning) => warning.stage)).toEqual(['language'])
  })
})

describe('binary input', () => {
  it('a PNG image is refused with EBINARY, by its signature', () => {
    const error = errorOf(() => cleanSync(png))
    expect(error.code).toBe('EBINARY')
    expect(error.message).toBe('input is a PNG image, not text or HTML')
  })

  it('a ZIP archive is refused with EBINARY, by its signature', () => {
    const error = errorOf(() => cleanSync(zip()))
    expect(error.code).toBe('EBINARY')
    expect(error.message).toBe('input is a ZIP archive, not text or HTML')
  })

  it('bytes full of NULs without a known signature are refused with EBINARY', () => {
    const bytes = Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x00, 0x09, 0x41, 0x42, 0x00, 0x00])
    expect(errorOf(() => cleanSync(bytes)).message).toBe('input looks binary (NUL bytes), not text or HTML')
  })

  it('a string holding a binary file read as Latin-1 is refused too', () => {
    expect(errorOf(() => cleanSync(png.toString('latin1'))).code).toBe('EBINARY')
  })

  it('a stray NUL inside real text is no reason to refuse it: the text is kept, the NUL dropped', () => {
    const result = cleanSync(`${prose}\u0000 ${prose.replace('bridge', 'tunnel')}`)
    expect(body(result.markdown)).toContain('the new bridge will open')
    expect(body(result.markdown)).toContain('the new tunnel will open')
    expect(result.markdown).not.toContain('\u0000')
  })
})

describe('encodings', () => {
  it('invalid UTF-8 is refused with EENCODING, naming the byte and its offset', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, and a sentence after it.')])
    const error = errorOf(() => cleanSync(bytes))
    expect(error.code).toBe('EENCODING')
    expect(error.message).toBe('input is not valid UTF-8 (bad byte 0xe9 at offset 3)')
  })

  it('a truncated multi-byte sequence at the end is refused, not cut silently, naming its first byte', () => {
    const bytes = Buffer.from('Zürich ist schön. Jörg sagt: €')
    const error = errorOf(() => cleanSync(bytes.subarray(0, bytes.length - 1)))
    expect(error.code).toBe('EENCODING')
    expect(error.message).toBe(`input is not valid UTF-8 (bad byte 0xe2 at offset ${bytes.length - 3})`)
  })

  it('a stray continuation byte is named where it stands', () => {
    expect(errorOf(() => cleanSync(Buffer.from([0x61, 0xc3, 0xa9, 0xa9, 0x62]))).message).toBe('input is not valid UTF-8 (bad byte 0xa9 at offset 3)')
  })

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prose, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(prose, 'utf16le').swap16()])],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(prose)])],
  ])('%s is decoded by its byte-order mark, the mark dropped', (_, bytes) => {
    const result = cleanSync(bytes)
    expect(body(result.markdown)).toBe(`${prose}\n`)
    expect(result.meta.lang).toBe('en')
  })

  it('UTF-16 without a byte-order mark is refused with a hint at the encoding to pass', () => {
    const error = errorOf(() => cleanSync(Buffer.from(prose, 'utf16le')))
    expect(error.code).toBe('EBINARY')
    expect(error.message).toMatch(/UTF-16LE without a byte-order mark .*pass encoding: 'utf-16le'/)
    expect(body(cleanSync(Buffer.from(prose, 'utf16le'), {encoding: 'utf-16le'}).markdown)).toBe(`${prose}\n`)
  })
})

describe('size', () => {
  it('a 50 MB document is refused at the default limit with ETOOLARGE, as a string and as bytes', () => {
    const text = largeDocument(50 * megabyte)
    const error = errorOf(() => cleanSync(text))
    expect(error.code).toBe('ETOOLARGE')
    expect(error.message).toMatch(/^input is \d+ characters \(50 MB\), above the limit of 20971520 \(20 MB\) \(raise maxBytes, or --max-bytes, to clean it\)$/)
    expect(errorOf(() => cleanSync(Buffer.from(text))).message).toMatch(/^input is \d+ bytes/)
  })

  it('a 50 MB document is cleaned whole with maxBytes raised', () => {
    const text = largeDocument(50 * megabyte)
    const result = cleanSync(text, {maxBytes: 64 * megabyte})
    const last = text.slice(text.lastIndexOf('\n\n') + 2)
    expect(result.meta).toEqual({title: 'A report on the markets of a very long year', lang: 'en'})
    expect(result.removed.map((removal) => removal.stage)).toEqual(['title'])
    // Every paragraph comes out: the body is the input without its title line.
    expect(body(result.markdown)).toBe(`${text.slice(text.indexOf('\n\n') + 2)}\n`)
    expect(result.markdown.endsWith(`${last}\n`)).toBe(true)
  })

  it('a single 5 MB line is cleaned whole', () => {
    const line = 'The river rose again overnight and the town waited for the water to go down. '.repeat(Math.ceil((5 * megabyte) / 78)).trim()
    const result = cleanSync(line)
    expect(body(result.markdown)).toBe(`${line}\n`)
    expect(frontMatter(result)).toEqual(result.meta)
  })

  it('a 5 000-item list inside an article keeps every item, in order, and the paragraphs after it', () => {
    const items = Array.from({length: 5000}, (_, index) => `Item ${index + 1}: a line of the list`)
    const closing = prose.replace('bridge', 'tunnel')
    const result = cleanSync(['A list of five thousand things', prose, ...items.map((item) => `• ${item}`), closing].join('\n'))
    const lines = body(result.markdown).split('\n')
    expect(lines.filter((line) => line.startsWith('- '))).toEqual(items.map((item) => `- ${item}`))
    expect(lines).toContain(closing)
    expect(result.removed.map((removal) => removal.stage)).toEqual(['title'])
  })

  it('a 5 000-item list of links after the article goes as one block, with one reason', () => {
    const links = Array.from({length: 5000}, (_, index) => `• Another headline number ${index + 1}`)
    const result = cleanSync(['A list of five thousand things', prose, prose.replace('bridge', 'tunnel'), ...links].join('\n'))
    expect(result.removed.map((removal) => [removal.stage, removal.reason])).toEqual([
      ['title', 'the title, moved to the front matter'],
      ['boilerplate', 'in the page footer, after the article: a list of links'],
    ])
    expect(result.removed[1]!.text).toContain('Another headline number 5000')
  })

  it('a title of 10 000 characters is kept whole, as a paragraph, and round-trips as front matter', () => {
    const long = Array.from({length: 1000}, (_, index) => `Word${index}`).join(' ').slice(0, 10_000)
    const dumped = cleanSync(`${long}\n\n${prose}`)
    expect(body(dumped.markdown)).toContain(long)
    // The same title declared by Markdown front matter stays the title.
    const declared = cleanSync(`---\ntitle: ${long}\n---\n\n${prose}\n`)
    expect(declared.meta.title).toBe(long)
    expect(frontMatter(declared)).toEqual(declared.meta)
    expect(cleanSync(declared.markdown).markdown).toBe(declared.markdown)
  })
})

/** Run the CLI in-process with captured streams. */
async function cli(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk) => (out += chunk))
  stderr.on('data', (chunk) => (err += chunk))
  const code = await main(args, {stdin: new PassThrough(), stdout, stderr})
  return {code, stdout: out, stderr: err}
}

describe('the size limit on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrubdown-limit-'))
  const file = join(dir, 'big.txt')
  writeFileSync(file, `${prose}\n`.repeat(20))

  it('a file above --max-bytes fails with exit 1 and one line on stderr naming the file', async () => {
    const {code, stdout, stderr} = await cli(['--max-bytes', '1kB', file])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`scrubdown: ${file}: input is ${(prose.length + 1) * 20} bytes, above the limit of 1024 (raise maxBytes, or --max-bytes, to clean it)\n`)
  })

  it('the same file is cleaned under a limit it fits', async () => {
    const {code, stdout} = await cli(['--max-bytes', '64MB', file])
    expect(code).toBe(0)
    expect(stdout).toContain(prose)
  })

  it('a size that is not one is bad usage', async () => {
    const {code, stderr} = await cli(['--max-bytes', 'lots', file])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^scrubdown: --max-bytes takes a size such as 500000, 64MB or 1GB, not "lots"\n/)
  })
})

describe('in a batch, bad input never stops the run', () => {
  it('every kind of bad file is named with its reason, and the good ones are cleaned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubdown-hostile-'))
    const inputs = join(dir, 'in')
    const files: Record<string, Buffer | string> = {
      'a-good.txt': prose,
      'image.txt': png,
      'archive.txt': zip(),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      'empty.txt': '',
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prose, 'utf16le')]),
      'large.txt': 'x'.repeat(2048),
      'z-good.txt': prose.replace('bridge', 'tunnel'),
    }
    mkdirSync(inputs)
    for (const [name, content] of Object.entries(files)) writeFileSync(join(inputs, name), content)
    const {code, stderr} = await cli(['--out', join(dir, 'out'), '--concurrency', '1', '--quiet', '--max-bytes', '1024', inputs])
    expect(code).toBe(1)
    expect(stderr).toContain('image.txt: input is a PNG image, not text or HTML')
    expect(stderr).toContain('archive.txt: input is a ZIP archive, not text or HTML')
    expect(stderr).toContain('latin1.txt: input is not valid UTF-8 (bad byte 0xe9 at offset 3)\n')
    expect(stderr).toContain('large.txt: input is 2048 bytes, above the limit of 1024')
    const written = readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.md')).sort()
    expect(written).toEqual(['a-good.md', 'empty.md', 'utf16.md', 'z-good.md'])
    expect(readFileSync(join(dir, 'out', 'z-good.md'), 'utf8')).toContain('the new tunnel will open')
  })
})

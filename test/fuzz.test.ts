import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as cheerio from 'cheerio/slim'
import fc from 'fast-check'
import {micromark} from 'micromark'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {type CleanResult, ScrubdownError, clean, cleanStream, cleanSync} from '../src/index.js'
import {scrubdown} from './helpers/batch.js'

/*
 * Every entry point fuzzed with hostile documents (issue 17): `cleanSync`,
 * `clean`, `cleanStream`, the CLI on files and on JSON Lines. For each: no
 * crash (only a ScrubdownError for input it refuses), the same result
 * whichever way in, idempotent, front matter that YAML 1.1 and 1.2 readers
 * both read back as the meta's plain strings, and nothing live once the
 * Markdown is rendered with raw HTML allowed: no script, no event handler,
 * no javascript:, data: or vbscript: URL. Fixed seeds; 10,000 cases a run,
 * most of them in process (cleanSync), the CLI's a few dozen since each
 * starts a process; FUZZ_RUNS scales the counts (FUZZ_RUNS=10: 100,000).
 */
const scale = Number(process.env.FUZZ_RUNS ?? 1)
const runs = (count: number) => ({seed: 20_261_205, numRuns: Math.max(1, Math.round(count * scale))})

const prose = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes.'

/** Pieces of pages that attack a Markdown writer, a YAML reader or a browser. */
const fragments = [
  prose,
  '<p>',
  '</p>',
  '<ul>',
  '<li>',
  '<ol>',
  '<dl><dt>',
  '<dd>',
  '<tr><td>',
  '<table>',
  '<code></code>',
  '<pre><code>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '<a href="javascript:alert(1)">here</a>',
  '<a href="&#1;javascript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">y</a>',
  '<a href="data:text/html,<script>alert(1)</script>">d</a>',
  '<a href="vbscript:msgbox(1)">v</a>',
  '[here](javascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '---\ntitle: No\nauthor: on\n---\n',
  '---\ntitle: "<script>alert(1)</script>"\n---\n',
  '\n\n',
  '\n',
  '# ',
  '> ',
  '* ',
  '1. ',
  '| a | b |\n| - | - |\n',
  '`',
  '***',
  'No',
  'Yes',
  'off',
  '12:30',
  '0x1F',
  '007',
  'By Jane Doe',
  '28 January 2025',
  'Share',
  '\u200b',
  '\u202e',
  'é',
  '\ufeff',
]

const hostileDocument = fc
  .array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...fragments)}, {weight: 1, arbitrary: fc.string({maxLength: 20})}), {maxLength: 24})
  .map((parts) => parts.join(''))

const metaStrings = (meta: CleanResult['meta']) => JSON.parse(JSON.stringify(meta)) as Record<string, unknown>

/** Clean, or accept only a ScrubdownError (NUL bytes read as binary). */
function cleanOrRefuse(input: string): CleanResult | undefined {
  try {
    return cleanSync(input)
  } catch (error) {
    expect(error).toBeInstanceOf(ScrubdownError)
    return undefined
  }
}

const unsafeScheme = /^(?:javascript|data|vbscript):/i

/** What a browser would run from HTML: scripts, event handlers, script URLs (judged as a browser reads them, controls and tabs cut). */
function liveCode(html: string): string[] {
  const $ = cheerio.load(html)
  const found: string[] = []
  $('*').each((_, element) => {
    if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') return
    const tag = element as unknown as {name: string; attribs: Record<string, string>}
    if (['script', 'iframe', 'object', 'embed'].includes(tag.name)) found.push(`<${tag.name}>`)
    for (const [name, value] of Object.entries(tag.attribs)) {
      if (/^on/i.test(name)) found.push(`${tag.name} ${name}`)
      // eslint-disable-next-line no-control-regex
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && unsafeScheme.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${tag.name} ${name}=${value}`)
    }
  })
  return found
}

/** The checks every entry point's result passes. */
function checkResult(result: CleanResult): void {
  // Idempotent.
  const again = cleanSync(result.markdown)
  expect(again.markdown).toBe(result.markdown)
  // Front matter: plain strings under YAML 1.2 and 1.1.
  const match = /^---\n([\s\S]*?)\n---\n/.exec(result.markdown)
  const expected = metaStrings(result.meta)
  if (match) {
    expect(parseYaml(match[1]!)).toEqual(expected)
    // A YAML 1.1 reader takes the date for the date it is (written plain, as the design shows it); every other value is its string.
    const old = parseYaml(match[1]!, {version: '1.1'}) as Record<string, unknown>
    if (old['date'] instanceof Date) old['date'] = old['date'].toISOString().slice(0, 10)
    expect(old).toEqual(expected)
  }
  // The body rendered with raw HTML and every protocol allowed (the front matter is data, which renderers take off first): nothing from the input runs.
  const body = match ? result.markdown.slice(match[0].length) : result.markdown
  expect(liveCode(micromark(body, {allowDangerousHtml: true, allowDangerousProtocol: true}))).toEqual([])
}

describe('fuzzing every entry point', () => {
  it('cleanSync, as text and as HTML', () => {
    fc.assert(
      fc.property(hostileDocument, fc.constantFrom('auto' as const, 'html' as const, 'text' as const), (input, format) => {
        let result: CleanResult
        try {
          result = cleanSync(input, {format})
        } catch (error) {
          expect(error).toBeInstanceOf(ScrubdownError)
          return
        }
        checkResult(result)
      }),
      runs(9500),
    )
  })

  it('clean (async) gives what cleanSync gives', async () => {
    await fc.assert(
      fc.asyncProperty(hostileDocument, async (input) => {
        const sync = cleanOrRefuse(input)
        if (!sync) return expect(clean(input)).rejects.toBeInstanceOf(ScrubdownError)
        const result = await clean(input)
        expect(result.markdown).toBe(sync.markdown)
        checkResult(result)
      }),
      runs(300),
    )
  })

  it('cleanStream gives each record what cleanSync gives, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileDocument, fc.boolean()), {minLength: 1, maxLength: 6}), async (documents) => {
        const records = documents.map(([input, html], index) => (html ? {id: `r${index}`, html: input} : {id: `r${index}`, text: input}))
        const results = []
        for await (const result of cleanStream(records)) results.push(result)
        expect(results.map((result) => result.id)).toEqual(records.map((record) => record.id))
        results.forEach((result, index) => {
          const [input, html] = documents[index]!
          let sync: CleanResult | undefined
          try {
            sync = cleanSync(input, html ? {format: 'html'} : {})
          } catch {
            sync = undefined
          }
          expect(result.ok).toBe(sync !== undefined)
          if (result.ok && sync) {
            expect(result.markdown).toBe(sync.markdown)
            checkResult(sync)
          }
        })
      }),
      runs(100),
    )
  })

  it('the CLI on files (--out) writes what cleanSync gives, or names the file in errors.jsonl', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileDocument, fc.constantFrom('txt', 'html')), {minLength: 1, maxLength: 4}), async (documents) => {
        const dir = mkdtempSync(join(tmpdir(), 'scrubdown-fuzz-'))
        mkdirSync(join(dir, 'in'))
        documents.forEach(([input, extension], index) => writeFileSync(join(dir, 'in', `d${index}.${extension}`), input))
        const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in')])
        expect([0, 1]).toContain(run.status)
        documents.forEach(([input, extension], index) => {
          let sync: CleanResult | undefined
          try {
            // A .html file is HTML by its name (issue 13), whatever its content looks like.
            sync = cleanSync(Buffer.from(input), extension === 'html' ? {format: 'html'} : {})
          } catch {
            sync = undefined
          }
          if (sync) expect(readFileSync(join(dir, 'out', `d${index}.md`), 'utf8')).toBe(sync.markdown)
          else expect(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8')).toContain(`"id":"d${index}.`)
        })
      }),
      runs(40),
    )
  })

  it('the CLI on JSON Lines writes what cleanSync gives, record by record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileDocument, fc.boolean()), {minLength: 1, maxLength: 6}), async (documents) => {
        const dir = mkdtempSync(join(tmpdir(), 'scrubdown-fuzz-'))
        const lines = documents.map(([input, html], index) => JSON.stringify(html ? {id: `r${index}`, html: input} : {id: `r${index}`, text: input}))
        writeFileSync(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`)
        const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'])
        expect([0, 1]).toContain(run.status)
        const out = new Map(
          readFileSync(join(dir, 'out.jsonl'), 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as {id: string; markdown: string})
            .map((record) => [record.id, record.markdown]),
        )
        documents.forEach(([input, html], index) => {
          let sync: CleanResult | undefined
          try {
            sync = cleanSync(input, html ? {format: 'html'} : {})
          } catch {
            sync = undefined
          }
          expect(out.get(`r${index}`)).toBe(sync?.markdown)
        })
      }),
      runs(60),
    )
  })
})

describe('counterexamples the fuzz found', () => {
  it('text, then a link unwrapped to its text ("comes.<a>here</a>"): the first clean reads the glued words as the second does', () => {
    const result = cleanSync(`${prose}<a href="javascript:alert(1)">here</a>`, {format: 'html'})
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
    checkResult(result)
  })

  it('a script tag on a text dump\'s first line is no title (markup is no headline) and goes, and the body has nothing live', () => {
    const result = cleanSync(`<script>alert(1)</script>\n\n${prose}`)
    expect(result.meta.title).toBeUndefined()
    expect(result.removed.map((removal) => removal.text)).toContain('<script>alert(1)</script>')
    checkResult(result)
    // A title the caller declares with markup in it stays data, escaped, in the front matter.
    const declared = cleanSync(`---\ntitle: "<script>alert(1)</script>"\n---\n\n${prose}`, {format: 'markdown'})
    expect(declared.meta.title).toBe('<script>alert(1)</script>')
    checkResult(declared)
  })

  it('a list item holding two paragraphs and a nested list is written loose, as it reads back', () => {
    for (const input of [
      `<ol><a href="java&#x09;script:alert(1)">y</a><dd>${prose}<ul>!`,
      `<ul>${prose}<li><a href="vbscript:msgbox(1)">v</a><pre><code>`,
    ]) {
      const result = cleanSync(input)
      expect(cleanSync(result.markdown).markdown, input).toBe(result.markdown)
    }
  })

  it('a short first line the first clean leaves in the body is not taken for the title by the second', () => {
    const input = `0x1F\n\n${prose}<script>alert(1)</script>---\ntitle: "<script>alert(1)</script>"\n---\n`
    const result = cleanSync(input)
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
  })

  it('a front matter block inside a text dump, then a date line, is idempotent', () => {
    const result = cleanSync(`${prose}---\ntitle: No\nauthor: on\n---\n28 January 2025`)
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
  })
})

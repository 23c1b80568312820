import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {cleanSync} from '../src/index.js'
import {scrubdown, workspace} from './helpers/batch.js'

/* No data changed without a word (issue 17, item 5). */
const prose = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes.'

function frontMatter(markdown: string): string {
  return /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!
}

describe('JSON Lines: bytes that are not UTF-8', () => {
  it('a record with an invalid byte fails with the byte and its offset, never becomes U+FFFD silently; the others are cleaned', async () => {
    const dir = workspace()
    const bad = Buffer.concat([Buffer.from('{"id": "latin1", "text": "Caf'), Buffer.from([0xe9]), Buffer.from(` au lait. ${prose}"}\n`)])
    writeFileSync(join(dir, 'in.jsonl'), Buffer.concat([bad, Buffer.from(`${JSON.stringify({id: 'fine', text: `Café au lait. ${prose}`})}\n`)]))
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(run.status).toBe(1)
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toBe(`${JSON.stringify({id: 'latin1', line: 1, error: 'the record is not valid UTF-8 (bad byte 0xe9 at offset 29 of its line)'})}\n`)
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8')
    expect(out).toContain('Café au lait.')
    expect(out).not.toContain('\uFFFD')
  })

  it('a U+FFFD that is really in the record (valid UTF-8) is text like any other', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({id: 'r', text: `A lost letter: \uFFFD. ${prose}`})}\n`)
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(run.status).toBe(0)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toContain('A lost letter: \uFFFD.')
  })
})

describe('Markdown input: front matter values are the strings written', () => {
  it('numbers, booleans and dates are not coerced (1.10, 007, 0x1F, true, 2025-01-28)', () => {
    const input = ['---', 'title: 1.10', 'author: 007', 'site: 0x1F', 'description: true', 'source: 12:30', 'date: 2025-01-28', 'tags: [1.0, off, 0o17]', '---', '', prose, ''].join('\n')
    const {meta} = cleanSync(input, {format: 'markdown'})
    expect(meta).toMatchObject({title: '1.10', author: '007', site: '0x1F', description: 'true', source: '12:30', date: '2025-01-28', tags: ['1.0', 'off', '0o17']})
  })

  it('a plain null or ~ is no value; a quoted one is the word', () => {
    const {meta} = cleanSync(['---', 'title: null', 'author: ~', 'site: "null"', '---', '', prose, ''].join('\n'), {format: 'markdown'})
    expect(meta.title).toBeUndefined()
    expect(meta.author).toBeUndefined()
    expect(meta.site).toBe('null')
  })

  describe('the yaml package says nothing on standard error', () => {
    afterEach(() => {
      vi.restoreAllMocks()
    })

    it('an unknown tag, a YAML version, a collection key: no process warning echoing the input', () => {
      const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
      for (const head of ['title: !foo secret-input', '%YAML 1.3\n---\ntitle: secret-input', '? [secret-input]\n: b\ntitle: x']) {
        cleanSync(`${head.startsWith('%') ? '' : '---\n'}${head}\n---\n\n${prose}\n`, {format: 'markdown'})
      }
      expect(warn).not.toHaveBeenCalled()
    })
  })
})

describe('output front matter under a YAML 1.1 reader', () => {
  it('quotes what YAML 1.1 reads as a boolean, a number or a null: every value comes back the string it was', () => {
    const values = ['No', 'Yes', 'on', 'off', 'y', 'NO', '12:30', '0x1F', '1_000', '0b101', '007', '.inf', '~', 'null', '2025-01-28', 'Plain title']
    const input = ['---', `title: "No"`, `author: "Yes"`, `site: "12:30"`, `description: "0x1F"`, `source: "2025-01-28"`, `tags: [${values.map((value) => JSON.stringify(value)).join(', ')}]`, '---', '', prose, ''].join('\n')
    const result = cleanSync(input, {format: 'markdown'})
    const yaml = frontMatter(result.markdown)
    const expected = {title: 'No', author: 'Yes', site: '12:30', description: '0x1F', source: '2025-01-28', tags: values}
    expect(parseYaml(yaml, {version: '1.1'})).toMatchObject(expected)
    expect(parseYaml(yaml)).toMatchObject(expected)
    // Cleaning the output again keeps the values and the bytes.
    expect(cleanSync(result.markdown).markdown).toBe(result.markdown)
  })

  it('a date stays plain, as the design writes it (a 1.1 reader takes it for the date it is)', () => {
    const result = cleanSync(['---', 'title: A title', 'date: 2025-01-28', '---', '', prose, ''].join('\n'), {format: 'markdown'})
    expect(frontMatter(result.markdown)).toContain('\ndate: 2025-01-28\n')
  })
})

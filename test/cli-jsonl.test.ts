import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {readLines} from '../src/cli/batch/records.js'
import {cleanStream} from '../src/index.js'
import {corpus, expected, killWhen, scrubdown, scrubdownProcess, seedText, seeds, tree, workspace, writeSums} from './helpers/batch.js'

function records(): string {
  return seeds.map((seed) => JSON.stringify({id: seed, text: seedText(seed)})).join('\n') + '\n'
}

function ids(jsonl: string): string[] {
  return jsonl.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {id: string}).id)
}

describe('scrubdown --jsonl', () => {
  it('writes one result per record in input order, and names bad records with their line', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), `${records()}not json\n\n{"id":"x"}\n{"id":"h","html":"<p>An English paragraph from a page, long enough to count as prose here.</p>"}\n`)
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet', '--concurrency', '2'])
    expect(run.status).toBe(1)
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {id: string; markdown: string})
    expect(lines.map((line) => line.id)).toEqual([...seeds, 'h'])
    expect(lines[0]!.markdown).toBe(expected(seeds[0]!))
    expect(Object.keys(lines[0]!)).toEqual(['id', 'meta', 'markdown'])
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toBe(
      '{"id":"line 4","line":4,"error":"not valid JSON"}\n{"id":"x","line":6,"error":"the record has neither \\"html\\" nor \\"text\\""}\n',
    )
    expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([])
  })

  it('adds the removals with --report', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--report', '--quiet'])
    const first = JSON.parse(run.stdout.split('\n')[0]!) as {removed: Array<{stage: string}>}
    expect(first.removed.length).toBeGreaterThan(0)
  })

  it('reads gzip and standard input, and streams to standard output when there is no --out', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    writeFileSync(join(dir, 'in.jsonl.gz'), gzipSync(records()))
    const plain = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--quiet'])
    const gzip = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--quiet'])
    const stdin = await scrubdown(['--jsonl', '-', '--quiet'], records())
    expect(plain.status).toBe(0)
    expect(ids(plain.stdout)).toEqual(seeds)
    expect(gzip.stdout).toBe(plain.stdout)
    expect(stdin.stdout).toBe(plain.stdout)
  })

  it('refuses to write over its input, or into a folder', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    expect((await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'in.jsonl')])).status).toBe(2)
    expect((await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'in')])).status).toBe(2)
    expect(readFileSync(join(dir, 'in.jsonl'), 'utf8')).toBe(records())
    expect((await scrubdown(['--jsonl', join(dir, 'missing.jsonl.gz')])).stderr).toContain('missing.jsonl.gz: no such file')
  })

  it('keeps hostile ids as data: nothing is written but OUT and its errors file', async () => {
    const dir = workspace()
    const hostile = ['../../etc/passwd', '/etc/passwd', 'a\u0000b', 'CON', 'NUL.txt', '..\\..\\win.ini']
    writeFileSync(join(dir, 'in.jsonl'), hostile.map((id) => JSON.stringify({id, text: seedText(seeds[1]!)})).join('\n') + '\n{"id":"../x"}\n')
    const before = tree(dir)
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(run.status).toBe(1)
    expect(ids(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toEqual(hostile)
    expect(ids(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8'))).toEqual(['../x'])
    expect(Object.keys(tree(dir)).sort()).toEqual([...Object.keys(before), 'out.errors.jsonl', 'out.jsonl'].sort())
  })

  it('shards split the records, bad lines included, so that every one is in exactly one shard', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), corpus(24))
    const results: string[] = []
    const failures: string[] = []
    for (const k of [1, 2, 3]) {
      await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, `s${k}.jsonl`), '--shard', `${k}/3`, '--quiet'])
      results.push(...ids(readFileSync(join(dir, `s${k}.jsonl`), 'utf8')))
      const errors = join(dir, `s${k}.errors.jsonl`)
      if (existsSync(errors)) failures.push(...ids(readFileSync(errors, 'utf8')))
    }
    const all: string[] = corpus(24).trim().split('\n').map((line, index) => (line.startsWith('{"id": broken') ? `line ${index + 1}` : (JSON.parse(line) as {id: string}).id))
    expect([...results, ...failures].sort()).toEqual(all.sort())
  })
})

describe('reading JSON Lines', () => {
  it('splits lines across chunks: long lines, CRLF, a character cut in two, no final newline', async () => {
    const text = `{"a":"${'x'.repeat(100_000)}"}\r\n{"b":"ü€"}\n\n{"c":1}`
    const bytes = Buffer.from(text)
    const chunks = [] as Buffer[]
    for (let start = 0; start < bytes.length; start += 7) chunks.push(bytes.subarray(start, start + 7))
    const {Readable} = await import('node:stream')
    const lines = []
    for await (const line of readLines('-', Readable.from(chunks))) lines.push([line.number, Buffer.from(line.bytes).toString('utf8'), line.size])
    expect(lines).toEqual([
      [1, `{"a":"${'x'.repeat(100_000)}"}`, 100_010],
      [2, '{"b":"ü€"}', 14],
      [3, '', 1],
      [4, '{"c":1}', 8],
    ])
  })
})

describe('scrubdown --jsonl --resume', () => {
  it('continues a killed run (a half-written line, a failure logged ahead of the output) to the same bytes', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), corpus(12))
    await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'whole.jsonl'), '--quiet'])
    const whole = readFileSync(join(dir, 'whole.jsonl'), 'utf8')
    const wholeErrors = readFileSync(join(dir, 'whole.errors.jsonl'), 'utf8')
    // Results 1–5 written and half of the sixth (line 7's); the failures of lines 6 and 8 in the errors log, ahead of the output; the sums up to line 8.
    const lines = whole.split('\n')
    writeFileSync(join(dir, 'part.jsonl.part'), `${lines.slice(0, 5).join('\n')}\n${lines[5]!.slice(0, 50)}`)
    writeFileSync(join(dir, 'part.errors.jsonl.part'), wholeErrors.split('\n').slice(0, 2).join('\n') + '\n{"id":"emp')
    await writeSums(join(dir, 'part.jsonl'), join(dir, 'in.jsonl'), 8)
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'part.jsonl'), '--resume', '--concurrency', '2'])
    expect(resumed.status).toBe(1)
    // Done: lines 1 to 6. Line 7's result is not on disk, so cleaning starts again there, and line 8's failure is made again after it.
    expect(resumed.stderr).toMatch(/6 skipped as done \(1 of them failed before\)/)
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(whole)
    expect(readFileSync(join(dir, 'part.errors.jsonl'), 'utf8')).toBe(wholeErrors)
    expect(existsSync(join(dir, 'part.jsonl.part'))).toBe(false)
  })

  it('refuses to resume from the output of another input, and leaves that output as it was', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'a.jsonl'), records())
    writeFileSync(join(dir, 'b.jsonl'), `${records().split('\n').reverse().join('\n')}\n`)
    await scrubdown(['--jsonl', join(dir, 'a.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'])
    const before = readFileSync(join(dir, 'out.jsonl'), 'utf8')
    const run = await scrubdown(['--jsonl', join(dir, 'b.jsonl'), '--out', join(dir, 'out.jsonl'), '--resume', '--quiet'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`cannot resume: line 2 of the input is "${seeds[2]}", but the output has "${seeds[0]}" there`)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(before)
  })

  it('a process killed halfway and resumed ends identical to an unbroken run', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), corpus(150))
    const args = ['--jsonl', 'in.jsonl', '--quiet', '--concurrency', '2']
    expect(scrubdownProcess([...args, '--out', 'whole.jsonl'], dir).status).toBe(1)
    const part = join(dir, 'killed.jsonl.part')
    await killWhen([...args, '--out', 'killed.jsonl'], dir, () => existsSync(part) && statSync(part).size > 20_000)
    expect(existsSync(join(dir, 'killed.jsonl'))).toBe(false)
    expect(scrubdownProcess([...args, '--out', 'killed.jsonl', '--resume'], dir).status).toBe(1)
    expect(readFileSync(join(dir, 'killed.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'whole.jsonl'), 'utf8'))
    expect(readFileSync(join(dir, 'killed.errors.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'whole.errors.jsonl'), 'utf8'))
  })
})

describe('cleanStream', () => {
  it('yields results in input order, bad documents as errors', async () => {
    async function* source() {
      yield {id: 'a', text: 'Een gewone alinea in het Nederlands, lang genoeg om als tekst te tellen.'}
      yield {id: 'b', text: 'x'.repeat(50), html: undefined}
      yield {id: 'c', html: '<html><body><article><p>An English paragraph that is long enough to count as prose here.</p></article></body></html>'}
      yield {id: 'd'}
    }
    const limited = []
    for await (const result of cleanStream(source(), {maxBytes: 40})) limited.push(result)
    expect(limited.map((result) => [result.id, result.ok])).toEqual([['a', false], ['b', false], ['c', false], ['d', false]])
    const results = []
    for await (const result of cleanStream(source(), {window: 1})) results.push(result)
    expect(results.map((result) => result.ok && result.meta.lang)).toEqual(['nl', 'und', 'en', false])
    expect(results[3]).toEqual({id: 'd', ok: false, error: 'the record has neither "html" nor "text"'})
  })

  it('keeps the order on several threads', async () => {
    const input = seeds.flatMap((seed) => [seed, `${seed}-again`]).map((id) => ({id, text: seedText(id.replace(/-again$/, ''))}))
    const results = []
    for await (const result of cleanStream(input, {threads: 2, window: 3})) results.push(result)
    expect(results.map((result) => result.id)).toEqual(input.map((record) => record.id))
    expect(results[0]!.ok && results[0]!.markdown).toBe(expected(seeds[0]!))
  })
})

import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {inShard, inside, safeRelativePath} from '../src/cli/batch/paths.js'
import {cleanStream} from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const seeds = ['sv-deepseek-fomo', 'nl-rise-of-the-machines', 'ar-deepseek-fomo']

/** Run the CLI as a process, as data teams do (worker threads load through tsx). */
// tsx's full loader (what `--import tsx` loads), by path: the runs happen in temporary folders.
const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href

function scrubdown(args: string[], cwd: string): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli/bin.ts'), ...args], {cwd, encoding: 'utf8', env: {...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json')}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scrubdown-batch-'))
  for (const seed of seeds) {
    mkdirSync(join(dir, 'in', seed), {recursive: true})
    cpSync(join(root, 'fixtures', seed, 'input.txt'), join(dir, 'in', seed, 'page.txt'))
  }
  return dir
}

function records(): string {
  return seeds.map((seed) => JSON.stringify({id: seed, text: readFileSync(join(root, 'fixtures', seed, 'input.txt'), 'utf8')})).join('\n') + '\n'
}

describe('scrubdown --out DIR', () => {
  it('cleans a folder into mirrored .md files, names a bad input, and goes on', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))
    const run = scrubdown(['--out', 'out', '--quiet', '--concurrency', '2', 'in'], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('broken.txt: input is a PNG image, not text or HTML')
    for (const seed of seeds) {
      expect(readFileSync(join(dir, 'out', seed, 'page.md'), 'utf8')).toBe(readFileSync(join(root, 'fixtures', seed, 'expected.md'), 'utf8'))
    }
    const errors = readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {id: string})
    expect(errors.map((error) => error.id)).toEqual(['broken.txt'])
  })

  it('takes globs, writes .json with --json, and gives the same bytes on a second run', () => {
    const dir = workspace()
    expect(scrubdown(['--out', 'a', '--json', '--quiet', 'in/*/page.txt'], dir).status).toBe(0)
    expect(scrubdown(['--out', 'b', '--json', '--quiet', 'in/*/page.txt'], dir).status).toBe(0)
    for (const seed of seeds) {
      const a = readFileSync(join(dir, 'a', seed, 'page.json'), 'utf8')
      expect(readFileSync(join(dir, 'b', seed, 'page.json'), 'utf8')).toBe(a)
      expect(Object.keys(JSON.parse(a) as object)).toEqual(['meta', 'markdown'])
    }
  })

  it('never overwrites an input', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'note.md'), 'Een notitie die al Markdown is, met genoeg woorden om tekst te zijn.\n')
    const run = scrubdown(['--out', 'in', '--quiet', 'in'], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('note.md: the output would overwrite an input')
    expect(readFileSync(join(dir, 'in', 'note.md'), 'utf8')).toBe('Een notitie die al Markdown is, met genoeg woorden om tekst te zijn.\n')
  })

  it('--resume skips outputs that exist', () => {
    const dir = workspace()
    scrubdown(['--out', 'out', '--quiet', 'in'], dir)
    writeFileSync(join(dir, 'out', seeds[0]!, 'page.md'), 'kept\n')
    rmSync(join(dir, 'out', seeds[1]!, 'page.md'))
    expect(scrubdown(['--out', 'out', '--resume', 'in'], dir).stderr).toContain('cleaned 1 of 1 documents (0 failed, 2 skipped as done)')
    expect(readFileSync(join(dir, 'out', seeds[0]!, 'page.md'), 'utf8')).toBe('kept\n')
    expect(readFileSync(join(dir, 'out', seeds[1]!, 'page.md'), 'utf8')).toBe(readFileSync(join(root, 'fixtures', seeds[1]!, 'expected.md'), 'utf8'))
  })
})

describe('scrubdown --jsonl', () => {
  it('writes one result per record in input order, and names bad records', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), `${records()}not json\n{"id":"x"}\n`)
    const run = scrubdown(['--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--quiet', '--concurrency', '2'], dir)
    expect(run.status).toBe(1)
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {id: string; markdown: string})
    expect(lines.map((line) => line.id)).toEqual(seeds)
    expect(lines[0]!.markdown).toBe(readFileSync(join(root, 'fixtures', seeds[0]!, 'expected.md'), 'utf8'))
    const errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8')
    expect(errors).toContain('"id":"line 4","error":"not valid JSON"')
    expect(errors).toContain('"id":"x","error":"the record has neither \\"html\\" nor \\"text\\""')
  })

  it('streams to standard output when there is no --out', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    const run = scrubdown(['--jsonl', 'in.jsonl', '--quiet'], dir)
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(seeds.length)
  })

  it('a killed run resumed gives the same output as an unbroken one', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    scrubdown(['--jsonl', 'in.jsonl', '--out', 'whole.jsonl', '--quiet'], dir)
    const whole = readFileSync(join(dir, 'whole.jsonl'), 'utf8')
    // Killed after the first record and half of the second line.
    const [first, second] = whole.split('\n')
    writeFileSync(join(dir, 'part.jsonl'), `${first}\n${second!.slice(0, 40)}`)
    expect(scrubdown(['--jsonl', 'in.jsonl', '--out', 'part.jsonl', '--resume', '--quiet'], dir).status).toBe(0)
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(whole)
  })

  it('shards split the records so that every record is in exactly one', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    const ids = [1, 2, 3].flatMap((k) => {
      scrubdown(['--jsonl', 'in.jsonl', '--out', `s${k}.jsonl`, '--shard', `${k}/3`, '--quiet'], dir)
      return readFileSync(join(dir, `s${k}.jsonl`), 'utf8').trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {id: string}).id)
    })
    expect(ids.sort()).toEqual([...seeds].sort())
  })
})

describe('output paths', () => {
  it('sanitizes ids and never leaves the output folder', () => {
    expect(safeRelativePath('../../etc/passwd')).toBe('_/_/etc/passwd')
    expect(safeRelativePath('/abs/path')).toBe('abs/path')
    expect(safeRelativePath('a\u0000b/CON.txt')).toBe('a_b/_CON.txt')
    expect(safeRelativePath('')).toBe('_')
    expect(() => inside('/out', '../x')).toThrow(/would leave the output folder/)
    expect(inside('/out', '_/_/etc/passwd')).toBe('/out/_/_/etc/passwd')
  })

  it('assigns a key to the same shard every time', () => {
    const shards = [1, 2, 3, 4].map((index) => inShard('doc-42', {index, count: 4}))
    expect(shards.filter(Boolean)).toHaveLength(1)
    expect(inShard('doc-42', {index: shards.indexOf(true) + 1, count: 4})).toBe(true)
  })
})

describe('cleanStream', () => {
  it('yields results in input order, bad documents as errors', async () => {
    async function* source() {
      yield {id: 'a', text: 'Een gewone alinea in het Nederlands, lang genoeg om als tekst te tellen.'}
      yield {id: 'b', text: 'x'.repeat(50), html: undefined}
      yield {id: 'c', html: '<html><body><article><p>An English paragraph that is long enough to count as prose here.</p></article></body></html>'}
    }
    const results = []
    for await (const result of cleanStream(source(), {maxBytes: 40})) results.push(result)
    expect(results.map((result) => [result.id, result.ok])).toEqual([['a', false], ['b', false], ['c', false]])
    const ok = []
    for await (const result of cleanStream(source(), {window: 1})) ok.push(result)
    expect(ok.map((result) => result.ok && result.meta.lang)).toEqual(['nl', 'und', 'en'])
    expect(existsSync(root)).toBe(true)
    expect(readdirSync(root).length).toBeGreaterThan(0)
  })
})

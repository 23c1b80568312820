import {existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {inShard, inside, safeRelativePath} from '../src/cli/batch/paths.js'
import {expected, scrubdown, seeds, tree, workspace} from './helpers/batch.js'

describe('scrubdown --out DIR', () => {
  it('cleans a folder into mirrored .md files, names a bad input, and goes on', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))
    const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', '--concurrency', '2', join(dir, 'in')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('broken.txt: input is a PNG image, not text or HTML')
    for (const seed of seeds) expect(readFileSync(join(dir, 'out', seed, 'page.md'), 'utf8')).toBe(expected(seed))
    expect(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8')).toBe('{"id":"broken.txt","error":"input is a PNG image, not text or HTML"}\n')
  })

  it('takes globs, writes .json with --json, and gives the same bytes on a second run', async () => {
    const dir = workspace()
    expect((await scrubdown(['--out', join(dir, 'a'), '--json', '--quiet', `${dir}/in/*/page.txt`])).status).toBe(0)
    expect((await scrubdown(['--out', join(dir, 'b'), '--json', '--quiet', '--concurrency', '2', `${dir}/in/*/page.txt`])).status).toBe(0)
    const a = tree(join(dir, 'a'))
    expect(Object.keys(a).sort()).toEqual(seeds.map((seed) => join(seed, 'page.json')).sort())
    expect(tree(join(dir, 'b'))).toEqual(a)
    expect(Object.keys(JSON.parse(a[join(seeds[0]!, 'page.json')]!) as object)).toEqual(['meta', 'markdown'])
  })

  it('names a missing input in errors.jsonl and exits 1, with the other inputs cleaned', async () => {
    const dir = workspace()
    const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in'), join(dir, 'nothing-*.txt')])
    expect(run.status).toBe(1)
    expect(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8')).toContain('nothing-*.txt","error":"no such file, folder or match"')
    expect(Object.keys(tree(join(dir, 'out')))).toHaveLength(seeds.length + 1)
  })

  it('refuses a file above the size limit without reading it', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'huge.txt'), '')
    truncateSync(join(dir, 'in', 'huge.txt'), 21 * 1024 * 1024)
    const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`huge.txt: input is ${21 * 1024 * 1024} bytes, above the limit of ${20 * 1024 * 1024}`)
  })

  it('gives inputs that would share an output name names of their own', async () => {
    const dir = workspace()
    for (const folder of ['x', 'y', 'z']) {
      mkdirSync(join(dir, folder))
      writeFileSync(join(dir, folder, 'page.txt'), `Een alinea uit map ${folder}, lang genoeg om als gewone tekst te tellen in dit bestand.\n`)
    }
    writeFileSync(join(dir, 'x', 'page.html'), '<p>An English paragraph from the HTML page, long enough to count as prose.</p>')
    // Files named one by one (as a shell expands x/* y/* z/*) mirror their paths below the folder they share.
    const inputs = ['x/page.html', 'x/page.txt', 'y/page.txt', 'z/page.txt'].map((path) => join(dir, path))
    expect((await scrubdown(['--out', join(dir, 'out'), '--quiet', ...inputs])).status).toBe(0)
    const out = tree(join(dir, 'out'))
    expect(Object.keys(out).sort()).toEqual(['x/page.md', 'x/page.txt.md', 'y/page.md', 'z/page.md'])
    expect(out['x/page.md']).toContain('An English paragraph')
    expect(out['z/page.md']).toContain('map z')
    // Folders given side by side share the output folder: the later names get a number.
    expect((await scrubdown(['--out', join(dir, 'flat'), '--quiet', join(dir, 'x'), join(dir, 'y'), join(dir, 'z')])).status).toBe(0)
    const flat = tree(join(dir, 'flat'))
    expect(Object.keys(flat).sort()).toEqual(['page.md', 'page.txt.md', 'page.txt~2.md', 'page.txt~3.md'])
    expect(flat['page.txt~3.md']).toContain('map z')
  })

  it('does not take its own outputs as inputs when --out is inside an input folder', async () => {
    const dir = workspace()
    const first = await scrubdown(['--out', join(dir, 'in', 'clean'), '--quiet', join(dir, 'in')])
    const second = await scrubdown(['--out', join(dir, 'in', 'clean'), join(dir, 'in')])
    expect([first.status, second.status]).toEqual([0, 0])
    expect(second.stderr).toContain(`cleaned ${seeds.length} of ${seeds.length} documents`)
    expect(Object.keys(tree(join(dir, 'in', 'clean')))).toHaveLength(seeds.length)
  })

  it('--resume after a killed run ends with the same files as an unbroken run', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))
    await scrubdown(['--out', join(dir, 'whole'), '--quiet', join(dir, 'in')])
    await scrubdown(['--out', join(dir, 'part'), '--quiet', join(dir, 'in')])
    // What a kill leaves: an output not yet written, a half-written temporary file, the errors log unsorted and unpublished.
    rmSync(join(dir, 'part', seeds[1]!, 'page.md'))
    writeFileSync(join(dir, 'part', seeds[1]!, 'page.md.part'), '---\ntitle: Rise')
    rmSync(join(dir, 'part', 'errors.jsonl'))
    writeFileSync(join(dir, 'part', 'errors.jsonl.part'), '{"id":"broken.txt","error":"input is a ZIP')
    const resumed = await scrubdown(['--out', join(dir, 'part'), '--resume', '--concurrency', '2', join(dir, 'in')])
    expect(resumed.status).toBe(1)
    expect(resumed.stderr).toContain('cleaned 1 of 2 documents (1 failed, 2 skipped as done)')
    expect(tree(join(dir, 'part'))).toEqual(tree(join(dir, 'whole')))
  })

  it('--resume keeps an output that exists and cleans the missing ones', async () => {
    const dir = workspace()
    await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in')])
    writeFileSync(join(dir, 'out', seeds[0]!, 'page.md'), 'kept\n')
    rmSync(join(dir, 'out', seeds[1]!, 'page.md'))
    expect((await scrubdown(['--out', join(dir, 'out'), '--resume', join(dir, 'in')])).stderr).toContain('cleaned 1 of 1 documents (0 failed, 2 skipped as done)')
    expect(readFileSync(join(dir, 'out', seeds[0]!, 'page.md'), 'utf8')).toBe('kept\n')
    expect(readFileSync(join(dir, 'out', seeds[1]!, 'page.md'), 'utf8')).toBe(expected(seeds[1]!))
  })

  it('--shard K/N: the shards together clean every input exactly once', async () => {
    const dir = workspace()
    for (let index = 0; index < 12; index++) {
      writeFileSync(join(dir, 'in', `note-${index}.txt`), `Notitie ${index}: een gewone alinea in het Nederlands, lang genoeg om tekst te zijn.\n`)
    }
    await scrubdown(['--out', join(dir, 'all'), '--quiet', join(dir, 'in')])
    const shards = []
    for (const k of [1, 2, 3]) {
      expect((await scrubdown(['--out', join(dir, 'shared'), '--shard', `${k}/3`, '--quiet', join(dir, 'in')])).status).toBe(0)
      shards.push(Object.keys(tree(join(dir, 'shared'))).length)
    }
    expect(tree(join(dir, 'shared'))).toEqual(tree(join(dir, 'all')))
    // Each shard added some files, none added them all.
    expect(shards[0]).toBeGreaterThan(0)
    expect(shards[2]! - shards[1]!).toBeGreaterThan(0)
    expect(shards[1]! - shards[0]!).toBeGreaterThan(0)
  })
})

describe('--out DIR never overwrites an input, never writes outside DIR', () => {
  const note = 'Een notitie die al Markdown is, met genoeg woorden om tekst te zijn.\n'

  it('refuses an output that would replace an input', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'note.md'), note)
    const run = await scrubdown(['--out', join(dir, 'in'), '--quiet', join(dir, 'in')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('note.md: the output would overwrite an input')
    expect(readFileSync(join(dir, 'in', 'note.md'), 'utf8')).toBe(note)
  })

  it('sees through an output folder that is a link to the input folder', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'note.md'), note)
    symlinkSync(join(dir, 'in'), join(dir, 'link'))
    const run = await scrubdown(['--out', join(dir, 'link'), '--quiet', join(dir, 'in')])
    expect(run.stderr).toContain('note.md: the output would overwrite an input')
    expect(readFileSync(join(dir, 'in', 'note.md'), 'utf8')).toBe(note)
  })

  it('does not follow a link inside --out that leads elsewhere', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'out'))
    mkdirSync(join(dir, 'elsewhere'))
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', seeds[0]!))
    const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('would land outside --out through a symbolic link')
    expect(tree(join(dir, 'elsewhere'))).toEqual({})
    expect(existsSync(join(dir, 'out', seeds[1]!, 'page.md'))).toBe(true)
  })

  it('writes device names and control characters in file names as safe names', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'con.txt'), note)
    writeFileSync(join(dir, 'in', 'a\nb.txt'), note)
    expect((await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in')])).status).toBe(0)
    expect(existsSync(join(dir, 'out', '_con.md'))).toBe(true)
    expect(existsSync(join(dir, 'out', 'a_b.md'))).toBe(true)
  })
})

describe('output paths', () => {
  it('sanitizes ids and never leaves the output folder', () => {
    expect(safeRelativePath('../../etc/passwd')).toBe('_/_/etc/passwd')
    expect(safeRelativePath('/abs/path')).toBe('abs/path')
    expect(safeRelativePath('C:\\Windows\\system.ini')).toBe('C_/Windows/system.ini')
    expect(safeRelativePath('a\u0000b/CON.txt')).toBe('a_b/_CON.txt')
    expect(safeRelativePath('lpt1')).toBe('_lpt1')
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

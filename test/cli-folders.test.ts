import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {expected, scrubdown, seedText, seeds, workspace} from './helpers/batch.js'
import {body} from './helpers/run.js'

/* A folder gives its documents by name, else by first bytes; what it leaves out is said, never skipped quietly. */
describe('scrubdown --out DIR FOLDER', () => {
  it('reads .html.gz and extension-less files, and says which files it left out and why', async () => {
    const dir = workspace()
    const folder = join(dir, 'site')
    mkdirSync(folder)
    writeFileSync(join(folder, 'story.html.gz'), gzipSync('<article><h1>Harbour</h1><p>The harbour reopened on Monday after a week of storms, said the mayor.</p></article>'))
    writeFileSync(join(folder, 'dump'), seedText(seeds[0]!))
    writeFileSync(join(folder, 'index.php'), '<p>A page saved under its URL, with a sentence long enough to read.</p>')
    writeFileSync(join(folder, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    writeFileSync(join(folder, 'site.css'), 'body {color: red}')
    writeFileSync(join(folder, 'pages.jsonl'), '{"id": 1, "text": "x"}\n')
    writeFileSync(join(folder, 'blob'), Buffer.from([1, 2, 0, 0, 3, 4]))
    const run = await scrubdown(['--out', join(dir, 'out'), folder])
    expect(run.status).toBe(0)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['dump.md', 'index.md', 'story.md'])
    expect(readFileSync(join(dir, 'out', 'dump.md'), 'utf8')).toBe(expected(seeds[0]!))
    expect(body(readFileSync(join(dir, 'out', 'story.md'), 'utf8'))).toBe('The harbour reopened on Monday after a week of storms, said the mayor.\n')
    expect(run.stderr).toContain('left out 4 files found in folders: ')
    expect(run.stderr).toContain('1 .png (not a page or a dump by its name)')
    expect(run.stderr).toContain('1 .css (not a page or a dump by its name)')
    expect(run.stderr).toContain('1 .jsonl (JSON: clean records with --jsonl)')
    expect(run.stderr).toContain('1 no extension (binary by its first bytes)')
    expect(run.stderr).toContain('cleaned 3 of 3 documents')
  })

  it('an empty folder, a folder without a document and a glob matching nothing are each a named failure', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'empty'))
    mkdirSync(join(dir, 'images'))
    writeFileSync(join(dir, 'images', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    for (const [input, reason] of [
      [join(dir, 'empty'), 'an empty folder'],
      [join(dir, 'images'), 'a folder without a document (1 file left out by name or first bytes)'],
      [join(dir, 'nothing', '*.txt'), 'no such file, folder or match'],
    ] as const) {
      const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', input])
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(`${input}: ${reason}`)
      expect(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8')).toBe(`${JSON.stringify({id: input, error: reason})}\n`)
    }
  })
})

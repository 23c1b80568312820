import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {scrubdown, seeds, workspace} from './helpers/batch.js'

/*
 * Errors a data team can act on (issue 17, item 8): an output that cannot be
 * written is one line and its own exit status (3), never a stack trace or
 * "some documents failed" (1). The disk filling up mid-run is simulated by
 * making the atomic write fail with ENOSPC from its second file on.
 */
const disk = vi.hoisted(() => ({full: false, writes: 0}))
vi.mock('../src/cli/batch/write.js', async (original) => {
  const real = await original<typeof import('../src/cli/batch/write.js')>()
  return {
    writeAtomic: async (path: string, data: string | Uint8Array) => {
      if (disk.full && ++disk.writes > 1 && !path.endsWith('errors.jsonl')) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}.part'`), {code: 'ENOSPC'})
      return real.writeAtomic(path, data)
    },
  }
})

describe('an output that cannot be written', () => {
  it('folder mode: --out through a file is one line and exit 3, before any work', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'file'), 'x')
    const run = await scrubdown(['--out', join(dir, 'file', 'out'), join(dir, 'in')])
    expect(run).toEqual({status: 3, stdout: '', stderr: `scrubdown: cannot write to --out ${join(dir, 'file', 'out')}: a part of the path is a file, not a folder\n`})
  })

  it('--jsonl: --out through a file is one line and exit 3, before any work', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'file'), 'x')
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({id: 'a', text: 'A paragraph of text that is long enough to be cleaned here.'})}\n`)
    const out = join(dir, 'file', 'out.jsonl')
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', out])
    expect(run).toEqual({status: 3, stdout: '', stderr: `scrubdown: cannot write ${out}: a part of the path is a file, not a folder\n`})
  })

  it('folder mode: a disk that fills up mid-run stops the run with exit 3, and --resume finishes it', async () => {
    const dir = workspace()
    disk.full = true
    disk.writes = 0
    try {
      const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', join(dir, 'in')])
      expect(run.status).toBe(3)
      expect(run.stderr).toMatch(/^scrubdown: cannot write .*\.md: no space left on the device; the run stopped after \d documents \(--resume continues it\)\n$/)
    } finally {
      disk.full = false
    }
    const resumed = await scrubdown(['--out', join(dir, 'out'), '--resume', join(dir, 'in')])
    expect(resumed.status).toBe(0)
    expect(resumed.stderr).toContain('skipped as done')
    for (const seed of seeds) expect(readFileSync(join(dir, 'out', seed, 'page.md'), 'utf8')).toContain('---')
  })
})

describe('JSON Lines records with the wrong types', () => {
  it('{"text": 12345} says what is wrong with it, not that it has no text', async () => {
    const dir = workspace()
    const lines = [{id: 'n', text: 12345}, {id: 'h', html: ['<p>a</p>']}, {id: 'u', url: 7, text: 'x'}, {id: 'b', text: true}]
    writeFileSync(join(dir, 'in.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(run.status).toBe(1)
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {error: string}).error)).toEqual([
      '"text" must be a string, not a number',
      '"html" must be a string, not an array',
      '"url" must be a string, not a number',
      '"text" must be a string, not true',
    ])
  })
})

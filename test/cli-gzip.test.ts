import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {expected, scrubdown, seedText, seeds, workspace} from './helpers/batch.js'

function records(): string {
  return seeds.map((seed) => JSON.stringify({id: seed, text: seedText(seed)})).join('\n') + '\n'
}

/* Gzip is known by its first bytes (0x1f 0x8b), whatever the name; an output named .gz is gzipped. */
describe('gzip in and out', () => {
  it('reads gzipped JSON Lines from standard input and from a file without .gz in its name', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    writeFileSync(join(dir, 'packed.jsonl'), gzipSync(records()))
    const plain = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--quiet'])
    const piped = await scrubdown(['--jsonl', '-', '--quiet'], gzipSync(records()))
    const named = await scrubdown(['--jsonl', join(dir, 'packed.jsonl'), '--quiet'])
    expect(plain.status).toBe(0)
    expect(piped).toEqual(plain)
    expect(named).toEqual(plain)
  })

  it('cleans a gzipped page or dump given alone, on standard input or as a file', async () => {
    const dir = workspace()
    const seed = seeds[0]!
    writeFileSync(join(dir, 'page.txt.gz'), gzipSync(seedText(seed)))
    expect((await scrubdown(['-'], gzipSync(seedText(seed)))).stdout).toBe(expected(seed))
    expect((await scrubdown([join(dir, 'page.txt.gz')])).stdout).toBe(expected(seed))
  })

  it('writes gzip to --out OUT.jsonl.gz, with its errors in OUT.errors.jsonl', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), `${records()}{"id": "no-text"}\n`)
    const plain = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--quiet', '--out', join(dir, 'plain.jsonl')])
    const packed = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--quiet', '--out', join(dir, 'packed.jsonl.gz')])
    expect(plain.status).toBe(1)
    expect(packed.status).toBe(1)
    const bytes = readFileSync(join(dir, 'packed.jsonl.gz'))
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
    expect(gunzipSync(bytes).toString('utf8')).toBe(readFileSync(join(dir, 'plain.jsonl'), 'utf8'))
    expect(readFileSync(join(dir, 'packed.errors.jsonl'), 'utf8')).toBe('{"id":"no-text","line":4,"error":"the record has neither \\"html\\" nor \\"text\\""}\n')
    expect(existsSync(join(dir, 'packed.jsonl.gz.part'))).toBe(false)
  })

  it('refuses --resume into a gzipped output, and a gzip that inflates beyond --max-bytes', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), records())
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--resume', '--out', join(dir, 'out.jsonl.gz')])
    expect(resumed.status).toBe(2)
    expect(resumed.stderr).toContain('--resume cannot continue a gzipped output')
    const bomb = await scrubdown(['--max-bytes', '1000', '-'], gzipSync('a'.repeat(100_000)))
    expect(bomb.status).toBe(1)
    expect(bomb.stderr).toContain('inflates (gzip) to more than the limit of 1000 bytes')
  })
})

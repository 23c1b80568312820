import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {corpus, scrubdown, workspace} from './helpers/batch.js'

/*
 * gzip checks its data only at the end of a member: lines come out of the
 * decompressor, and are cleaned and written, before the check can fail. A
 * run that ends on such an error must not leave those results for --resume
 * to take as done.
 */
describe('--resume after a corrupt gzip', () => {
  it('keeps nothing read from a stream that failed its check: resuming with the good file gives a clean run', async () => {
    const dir = workspace()
    const text = corpus(40)
    // Stored blocks (level 0): the bytes of the records are in the file as they are, so one flipped bit garbles a record, not the stream.
    const good = gzipSync(text, {level: 0})
    const bad = Buffer.from(good)
    const at = bad.indexOf('doc-3"')
    expect(at).toBeGreaterThan(0)
    bad[at + 4] = bad[at + 4]! ^ 0x04 // doc-3 becomes doc-7, which the good file has later: garbled, yet a valid record
    writeFileSync(join(dir, 'in.jsonl.gz'), bad)

    const failed = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain('incorrect data check; the records read from it are not kept for --resume')
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false)
    expect(existsSync(join(dir, 'out.jsonl.part'))).toBe(false)
    expect(existsSync(join(dir, 'out.errors.jsonl.part'))).toBe(false)

    writeFileSync(join(dir, 'in.jsonl.gz'), good)
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'out.jsonl'), '--resume'])
    await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'clean.jsonl'), '--quiet'])
    expect(resumed.stderr).not.toContain('skipped as done')
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8'))
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.errors.jsonl'), 'utf8'))
  })
})

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {corpus, killWhen, scrubdown, scrubdownProcess, workspace, writeSums} from './helpers/batch.js'

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

  /*
   * A run killed before the check (kill -9, a lost machine) never sees it
   * fail: its .part files hold results made from garbled lines. --resume
   * keeps a record only where the sums file says it was made from the bytes
   * the input has on that line now.
   */
  it('a killed run over a corrupt gzip: resuming with the good file cleans the garbled records again and ends as a clean run', async () => {
    const dir = workspace()
    const text = corpus(40)
    const {good, garbled} = corruptCopy(text, 'doc-3')
    writeFileSync(join(dir, 'garbled.jsonl'), garbled)
    writeFileSync(join(dir, 'in.jsonl.gz'), good)
    await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'clean.jsonl'), '--quiet'])
    const made = await madeFrom(dir, 'garbled.jsonl')
    // The garbled record's result is not the good one's.
    expect(made.results[3]).not.toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8').split('\n')[3])
    killedAfterLine10(dir, made)
    await writeSums(join(dir, 'out.jsonl'), join(dir, 'garbled.jsonl'), 10)

    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'out.jsonl'), '--resume'])
    expect(resumed.stderr).toContain('line 4 of the input is not what the killed run read there (a corrupt or changed input): cleaning again from there')
    expect(resumed.stderr).toMatch(/3 skipped as done/)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8'))
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.errors.jsonl'), 'utf8'))
    expect(existsSync(join(dir, 'out.jsonl.sums.part'))).toBe(false)
  })

  it('a killed run over a corrupt gzip resumed with the same file: the check fails again and nothing read from it is kept as done', async () => {
    const dir = workspace()
    const text = corpus(40)
    const {good, bad, garbled} = corruptCopy(text, 'doc-3')
    writeFileSync(join(dir, 'garbled.jsonl'), garbled)
    writeFileSync(join(dir, 'in.jsonl.gz'), bad)
    killedAfterLine10(dir, await madeFrom(dir, 'garbled.jsonl'))
    await writeSums(join(dir, 'out.jsonl'), join(dir, 'garbled.jsonl'), 10)

    const again = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'out.jsonl'), '--resume', '--quiet'])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('incorrect data check; the records read from it are not kept for --resume')
    for (const name of ['out.jsonl', 'out.jsonl.part', 'out.errors.jsonl.part', 'out.jsonl.sums.part']) expect(existsSync(join(dir, name))).toBe(false)

    writeFileSync(join(dir, 'in.jsonl.gz'), good)
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'out.jsonl'), '--resume'])
    expect(resumed.stderr).not.toContain('skipped as done')
    await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'clean.jsonl'), '--quiet'])
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8'))
  })

  it('a process killed (SIGKILL) mid-run over a corrupt gzip, resumed with the good file, ends as a clean run', async () => {
    const dir = workspace()
    const {good, bad} = corruptCopy(corpus(60), 'doc-3')
    writeFileSync(join(dir, 'in.jsonl.gz'), bad)
    const args = ['--jsonl', 'in.jsonl.gz', '--quiet', '--concurrency', '2']
    const part = join(dir, 'killed.jsonl.part')
    // Killed once the garbled record's result (line 4) and a few more are written: long before the gzip's check at its end.
    await killWhen([...args, '--out', 'killed.jsonl'], dir, () => existsSync(part) && readFileSync(part, 'utf8').includes('"id":"doc-9"'))
    expect(existsSync(part)).toBe(true)
    expect(existsSync(join(dir, 'killed.jsonl.sums.part'))).toBe(true)

    writeFileSync(join(dir, 'in.jsonl.gz'), good)
    const resumed = scrubdownProcess([...args, '--out', 'killed.jsonl', '--resume'], dir)
    expect(resumed.status).toBe(1)
    await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'clean.jsonl'), '--quiet'])
    expect(readFileSync(join(dir, 'killed.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8'))
    expect(readFileSync(join(dir, 'killed.errors.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.errors.jsonl'), 'utf8'))
  })
})

/**
 * A gzip of `text` in stored blocks (level 0), and a copy with one bit of the
 * record `id`'s text flipped (a letter's case: the record stays valid JSON
 * with its id, only its text differs), which fails gzip's check at the end;
 * `garbled` is what gunzip gives out of the corrupt copy before that check.
 */
function corruptCopy(text: string, id: string): {good: Buffer; bad: Buffer; garbled: Buffer} {
  const good = gzipSync(text, {level: 0})
  const flip = (bytes: Buffer) => {
    const copy = Buffer.from(bytes)
    // Halfway into the record: in its body, which the output keeps.
    const start = copy.indexOf(`"id":"${id}","text":"`)
    let at = Math.floor((start + copy.indexOf('\n', start)) / 2)
    while (!(copy[at]! >= 0x61 && copy[at]! <= 0x7a)) at++
    copy[at] = copy[at]! ^ 0x20
    return copy
  }
  return {good, bad: flip(good), garbled: flip(Buffer.from(text))}
}

/** The results and failures of a run over the plain file `name`, as `made.jsonl` and `made.errors.jsonl`. */
async function madeFrom(dir: string, name: string): Promise<{results: string[]; failures: string[]}> {
  await scrubdown(['--jsonl', join(dir, name), '--out', join(dir, 'made.jsonl'), '--quiet'])
  const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)
  return {results: lines('made.jsonl'), failures: lines('made.errors.jsonl')}
}

/**
 * The .part files of a run killed after it settled lines 1 to 10 (8 results;
 * lines 6 and 8 fail), made from those of a finished run over the same bytes.
 */
function killedAfterLine10(dir: string, made: {results: string[]; failures: string[]}): void {
  writeFileSync(join(dir, 'out.jsonl.part'), `${made.results.slice(0, 8).join('\n')}\n`)
  const failures = made.failures.filter((line) => (JSON.parse(line) as {line: number}).line <= 10)
  expect(failures.length).toBe(2)
  writeFileSync(join(dir, 'out.errors.jsonl.part'), `${failures.join('\n')}\n`)
}

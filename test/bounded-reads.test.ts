import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable, Writable} from 'node:stream'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {readLines} from '../src/cli/batch/records.js'
import {main} from '../src/cli/main.js'
import {scrubdown, workspace} from './helpers/batch.js'

/*
 * Every byte read is bounded by --max-bytes: files, standard input, special
 * files, JSON Lines lines, gzip members. The endless inputs here never end:
 * a read that did not stop at the limit would not return (or would fill the
 * memory), so each test passing is the proof.
 */
const megabyte = 1024 * 1024
const prose = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes.'

/** A stream of `byte` that never ends, 64 KB at a time. */
function endless(byte = 0x61): Readable {
  const chunk = Buffer.alloc(64 * 1024, byte)
  return new Readable({
    read() {
      this.push(chunk)
    },
  })
}

async function run(args: string[], stdin: Readable) {
  let stdout = ''
  let stderr = ''
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(String(chunk))
        done()
      },
    })
  const status = await main([...args, '--concurrency', '1', '--timeout', '0'], {
    stdin,
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
  })
  return {status, stdout, stderr}
}

const limitMessage = 'is above the limit of 1048576 bytes (1 MB); reading stopped there (raise --max-bytes to clean it)'

describe('bounded reads', () => {
  it('standard input that never ends is refused at --max-bytes', async () => {
    const result = await run(['--max-bytes', '1MB', '-'], endless())
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(`scrubdown: stdin: input ${limitMessage}\n`)
  })

  it.runIf(existsSync('/dev/zero'))('a special file (/dev/zero, size 0) is refused at --max-bytes, by path and as a link in a folder, and the folder goes on', async () => {
    const single = await scrubdown(['--max-bytes', '1MB', '/dev/zero'])
    expect(single.status).toBe(1)
    expect(single.stderr).toBe(`scrubdown: /dev/zero: input ${limitMessage}\n`)

    const dir = workspace()
    mkdirSync(join(dir, 'pages'))
    symlinkSync('/dev/zero', join(dir, 'pages', 'zero.txt'))
    writeFileSync(join(dir, 'pages', 'river.txt'), `${prose}\n`)
    const folder = await scrubdown(['--max-bytes', '1MB', '--out', join(dir, 'out'), '--quiet', join(dir, 'pages')])
    expect(folder.status).toBe(1)
    expect(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8')).toBe(`${JSON.stringify({id: 'zero.txt', error: `input ${limitMessage}`})}\n`)
    expect(readFileSync(join(dir, 'out', 'river.md'), 'utf8')).toContain(prose)
  })

  it('a JSON Lines line comes out as over the limit as soon as it passes it, before it ends', async () => {
    const head = Buffer.from('{"id": "endless", "text": "')
    const stream = Readable.from((async function* () {
      yield head
      yield* endless()
    })())
    const lines = readLines('-', stream, megabyte)
    const first = (await lines.next()).value!
    await lines.return(undefined)
    expect(first.number).toBe(1)
    expect(first.oversized).toBe(true)
    expect(first.size).toBeGreaterThan(megabyte)
    expect(first.bytes.length).toBeLessThanOrEqual(4096)
    expect(Buffer.from(first.bytes).toString('utf8').startsWith(head.toString('utf8'))).toBe(true)
  })

  it('--jsonl: an over-limit record fails alone, by its id, and the records after it are cleaned', async () => {
    const dir = workspace()
    const big = 'word '.repeat(300_000)
    const lines = [
      JSON.stringify({id: 'before', text: prose}),
      JSON.stringify({id: 'big', text: big}),
      JSON.stringify({html: `<p>${big}</p>`, id: 'big-html'}),
      JSON.stringify({id: 'after', text: prose}),
    ]
    writeFileSync(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`)
    const result = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--max-bytes', '1MB', '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(result.status).toBe(1)
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {id: string}).id)
    expect(out).toEqual(['before', 'after'])
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toBe(
      [
        {id: 'big', line: 2, error: `the record ${limitMessage}`},
        {id: 'line 3', line: 3, error: `the record ${limitMessage}`},
      ].map((entry) => `${JSON.stringify(entry)}\n`).join(''),
    )
  })

  it('--jsonl: a gzip member that inflates past the limit (a gzip bomb) fails alone, and the next member is read', async () => {
    const dir = workspace()
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"id": "bomb", "text": "'), Buffer.alloc(64 * megabyte, 0x61), Buffer.from('"}\n')]))
    const next = gzipSync(`${JSON.stringify({id: 'next', text: prose})}\n`)
    expect(bomb.length).toBeLessThan(megabyte)
    writeFileSync(join(dir, 'in.jsonl.gz'), Buffer.concat([bomb, next]))
    const result = await scrubdown(['--jsonl', join(dir, 'in.jsonl.gz'), '--max-bytes', '1MB', '--out', join(dir, 'out.jsonl'), '--quiet'])
    expect(result.status).toBe(1)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(['next'])
    expect(result.stderr).toContain(`scrubdown: bomb: the record ${limitMessage}`)
  })

  it('--jsonl from standard input: a line the limit cuts fails, and the record after it is cleaned', async () => {
    // A first record, then a line of 3 MB that the limit cuts, then a record: three lines in all.
    const input = Readable.from([
      Buffer.from(`${JSON.stringify({id: 'one', text: prose})}\n{"id": "long", "text": "`),
      ...Array.from({length: 48}, () => Buffer.alloc(64 * 1024, 0x61)),
      Buffer.from(`"}\n${JSON.stringify({id: 'two', text: prose})}\n`),
    ])
    const dir = workspace()
    const result = await run(['--jsonl', '-', '--max-bytes', '1MB', '--out', join(dir, 'out.jsonl'), '--quiet'], input)
    expect(result.status).toBe(1)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(['one', 'two'])
    expect(result.stderr).toContain(`scrubdown: long: the record ${limitMessage}`)
  })
})

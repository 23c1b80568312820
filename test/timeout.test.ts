import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createRunner} from '../src/batch/pool.js'
import {parseCli} from '../src/cli/args.js'
import {corpus, scrubdown, seedText, seeds, tree, workspace, writeSums} from './helpers/batch.js'
import {marker} from './helpers/looping-worker.js'

/*
 * A document whose stage never ends must not stall a batch. The threads load
 * test/helpers/looping-worker.ts: scrubdown's worker plus a stage that spins
 * forever on a document holding the marker. Only that document's clock runs
 * there, so the others cannot time out on a slow or loaded machine, and the
 * limits are fractions of a second; what takes time is starting a thread
 * from source (a second or two).
 */
const loopingWorker = new URL('./helpers/looping-worker.ts', import.meta.url)
const encoder = new TextEncoder()

function batchTask(text: string) {
  return {input: encoder.encode(text), output: 'markdown' as const, report: false, options: {}}
}

describe('a time limit per document', () => {
  it('--timeout takes seconds, fractions too, 0 for none; 60 by default', async () => {
    expect(parseCli([]).timeout).toBe(60)
    expect(parseCli(['--timeout', '0.25']).timeout).toBe(0.25)
    expect(parseCli(['--timeout', '0']).timeout).toBe(0)
    for (const bad of ['-1', 'soon', '', 'Infinity']) {
      const run = await scrubdown([`--timeout=${bad}`, '--jsonl', 'in.jsonl'])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`--timeout takes seconds, such as 60 or 0.5 (0: no limit), not "${bad}"`)
    }
  })

  it('stops a stage that never ends, fails only that document, and cleans the documents that waited meanwhile', async () => {
    const warnings: string[] = []
    const runner = await createRunner(2, (message) => warnings.push(message), {timeout: 400, worker: loopingWorker})
    try {
      // Both threads get stuck; the three behind them wait longer than the limit (and for new threads), which does not count against them.
      const [stuck, streamed, ...rest] = await Promise.all([
        runner.batch(batchTask(`${seedText(seeds[0]!)}\n${marker}`)),
        runner.run({input: `A paragraph, then ${marker}.`, options: {}}),
        ...seeds.map((seed) => runner.batch(batchTask(seedText(seed)))),
      ])
      expect(stuck).toEqual({kind: 'failed', error: 'timed out after 0.4 s'})
      expect(streamed).toEqual({ok: false, error: 'timed out after 0.4 s'})
      expect(rest.map((result) => result!.kind === 'cleaned' && result.lang)).toEqual(['sv', 'nl', 'ar'])
    } finally {
      await runner.close()
    }
    expect(warnings).toEqual([])
  })

  it('--jsonl: the record goes to the errors file with its id and line, the output keeps its order, and --resume skips it', async () => {
    const dir = workspace()
    const lines = corpus(10).trim().split('\n')
    writeFileSync(join(dir, 'plain.jsonl'), `${lines.join('\n')}\n`)
    lines.splice(3, 0, JSON.stringify({id: 'stuck', text: `${seedText(seeds[1]!)}\n${marker}`}))
    writeFileSync(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`)
    await scrubdown(['--jsonl', join(dir, 'plain.jsonl'), '--out', join(dir, 'plain.out.jsonl'), '--quiet'])

    const run = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--timeout', '0.5', '--concurrency', '2', '--quiet'], '', loopingWorker)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('scrubdown: stuck: timed out after 0.5 s\n')
    const output = readFileSync(join(dir, 'out.jsonl'), 'utf8')
    expect(output).toBe(readFileSync(join(dir, 'plain.out.jsonl'), 'utf8'))
    const errors = readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')
    expect(errors.split('\n')).toContain('{"id":"stuck","line":4,"error":"timed out after 0.5 s"}')

    // A run killed after the stuck record: resuming matches it by id in the errors file and does not clean it again.
    writeFileSync(join(dir, 'part.jsonl.part'), output.split('\n').slice(0, 3).join('\n') + '\n')
    writeFileSync(join(dir, 'part.errors.jsonl.part'), errors.split('\n').filter((line) => line && (JSON.parse(line) as {line: number}).line <= 4).join('\n') + '\n')
    await writeSums(join(dir, 'part.jsonl'), join(dir, 'in.jsonl'), 4)
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'part.jsonl'), '--resume', '--quiet'])
    expect(resumed.status).toBe(1)
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(output)
    expect(readFileSync(join(dir, 'part.errors.jsonl'), 'utf8')).toBe(errors)
  })

  it('--out with --concurrency 1 cleans on one worker thread, so the limit holds there too', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'stuck.txt'), `${seedText(seeds[2]!)}\n${marker}\n`)
    const run = await scrubdown(['--out', join(dir, 'out'), '--timeout', '0.5', '--concurrency', '1', '--quiet', join(dir, 'in')], '', loopingWorker)
    expect(run.status).toBe(1)
    const written = tree(join(dir, 'out'))
    expect(Object.keys(written).sort()).toEqual(['errors.jsonl', ...seeds.map((seed) => `${seed}/page.md`)].sort())
    expect(written['errors.jsonl']).toBe('{"id":"stuck.txt","error":"timed out after 0.5 s"}\n')
  })
})

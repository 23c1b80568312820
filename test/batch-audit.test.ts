import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expected, scrubdown, seedText, seeds, workspace} from './helpers/batch.js'

const short = 'Ok.'
const undetermined = {stage: 'language', reason: 'language undetermined: too little text to tell the language (2 letters, 50 needed)'}

/* The audit (removals with --report, warnings always) reaches every output a batch writes. */
describe('the audit in batch output', () => {
  it('--report with --out DIR writes DIR/report.jsonl, one {id, removed, warnings} per document, the .md files unchanged', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in', 'short.txt'), short)
    const run = await scrubdown(['--out', join(dir, 'out'), '--report', join(dir, 'in')])
    expect(run.status).toBe(0)
    for (const seed of seeds) expect(readFileSync(join(dir, 'out', seed, 'page.md'), 'utf8')).toBe(expected(seed))
    const lines = readFileSync(join(dir, 'out', 'report.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {id: string; removed: Array<{stage: string; text: string}>; warnings: unknown[]})
    expect(lines.map((line) => line.id)).toEqual([...seeds.map((seed) => `${seed}/page.txt`)].sort().concat('short.txt').sort())
    const sv = lines.find((line) => line.id === 'sv-deepseek-fomo/page.txt')!
    expect(sv.removed.find((removal) => removal.text === 'RELATERADE ARTIKLAR')?.stage).toBe('boilerplate')
    expect(lines.find((line) => line.id === 'short.txt')).toEqual({id: 'short.txt', removed: [], warnings: [undetermined]})
    expect(run.stderr).toContain('warnings by stage: language 1')
  })

  it('warnings are in JSON Lines results, in .json outputs and in single-file --json, without --report', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({id: 'a', text: seedText(seeds[0]!)})}\n${JSON.stringify({id: 'b', text: short})}\n`)
    const jsonl = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--quiet'])
    const [a, b] = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(Object.keys(a!)).toEqual(['id', 'meta', 'markdown'])
    expect(b!.warnings).toEqual([undetermined])
    writeFileSync(join(dir, 'short.txt'), short)
    await scrubdown(['--out', join(dir, 'json'), '--json', '--quiet', join(dir, 'short.txt')])
    expect((JSON.parse(readFileSync(join(dir, 'json', 'short.json'), 'utf8')) as {warnings: unknown}).warnings).toEqual([undetermined])
    const single = JSON.parse((await scrubdown(['--json', join(dir, 'short.txt')])).stdout) as Record<string, unknown>
    expect(Object.keys(single)).toEqual(['meta', 'markdown', 'removed', 'warnings'])
    expect(single.warnings).toEqual([undetermined])
  })
})

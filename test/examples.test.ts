import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Run an example as a user would (`npx tsx examples/…`); `scrubdown` resolves to the source through tsconfig paths. */
function runExample(name: string, args: string[] = []): string {
  return execFileSync(process.execPath, ['--import', 'tsx', `examples/${name}`, ...args], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

describe('examples', () => {
  it('ingest-jsonl.ts cleans records in order and counts a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubdown-example-'))
    const text = readFileSync(join(root, 'fixtures/sv-deepseek-fomo/input.txt'), 'utf8')
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({id: 'sv', text})}\n{"id": "cut off\n${JSON.stringify({id: 'empty', text: ''})}\n`)
    const output = runExample('ingest-jsonl.ts', [join(dir, 'in.jsonl'), join(dir, 'out.jsonl')])
    expect(output).toBe('cleaned 2, failed 1\n')
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {id: string; lang: string; title?: string})
    expect(lines.map((line) => [line.id, line.lang])).toEqual([['sv', 'sv'], ['empty', 'und']])
    expect(lines[0]?.title).toBe('DeepSeek, loppet för AI:erna och den stora kollektiva FOMO')
  })

  it('batch-folder.ts mirrors a folder of dumps as Markdown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubdown-example-'))
    mkdirSync(join(dir, 'in', 'nl'), {recursive: true})
    cpSync(join(root, 'fixtures/nl-rise-of-the-machines/input.txt'), join(dir, 'in', 'nl', 'rise.txt'))
    expect(runExample('batch-folder.ts', [join(dir, 'in'), join(dir, 'out')])).toBe('nl/rise.md\n')
    expect(readFileSync(join(dir, 'out', 'nl', 'rise.md'), 'utf8')).toBe(readFileSync(join(root, 'fixtures/nl-rise-of-the-machines/expected.md'), 'utf8'))
  })

  it('custom-stage.ts drops a stage, adds one, and reports its removal', () => {
    const output = runExample('custom-stage.ts')
    const [markdown, report] = output.split('\nremoved by ')
    expect(markdown).toContain('title: Why we bake on Sundays')
    expect(markdown).toContain('We start the dough on Saturday evening')
    expect(markdown).not.toContain('Brought to you by FlourCo')
    expect(report).toBeDefined()
    expect(output).toContain('removed by sponsor: a sponsor line')
  })
})

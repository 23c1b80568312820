import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {scrubdown, seedText, workspace, writeSums} from './helpers/batch.js'
import {body} from './helpers/run.js'

const dump = seedText('nl-rise-of-the-machines')
const lines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)

/* What a data team's stream job needs of JSON Lines: its fields back, its ids as given, the body alone, run figures. */
describe('JSON Lines for pipelines', () => {
  it('passes the record\'s other fields through, keeps a number id a number, and adds the body with --body', async () => {
    const run = await scrubdown(['--jsonl', '-', '--quiet', '--body'], `${JSON.stringify({id: 7, source: 'crawl-3', text: dump, tags: ['a']})}\n`)
    expect(run.status).toBe(0)
    const [result] = lines(run.stdout)
    expect(Object.keys(result!)).toEqual(['id', 'source', 'tags', 'meta', 'markdown', 'body'])
    expect(result!.id).toBe(7)
    expect(result!.source).toBe('crawl-3')
    expect(result!.body).toBe(body(result!.markdown as string))
    expect(result!.body).not.toContain('---')
  })

  it('--id-key and --text-key name the fields; a record with html and text, or a field the result writes, says so', async () => {
    const input = [
      {doc_id: 'x', content: '<p>Een korte alinea over de haven, lang genoeg om te lezen.</p>', html: '<b>kept as a field</b>'},
    ]
    const keyed = await scrubdown(['--jsonl', '-', '--quiet', '--id-key', 'doc_id', '--text-key', 'content'], `${input.map((record) => JSON.stringify(record)).join('\n')}\n`)
    const [result] = lines(keyed.stdout)
    expect(result!.id).toBe('x')
    expect(result!.html).toBe('<b>kept as a field</b>')
    expect(body(result!.markdown as string)).toBe('Een korte alinea over de haven, lang genoeg om te lezen.\n')
    const both = await scrubdown(['--jsonl', '-', '--quiet'], `${JSON.stringify({id: 'b', html: `<p>${dump.split('\n')[2]}</p>`, text: 'other', meta: {a: 1}})}\n`)
    const warnings = (lines(both.stdout)[0]!.warnings as Array<{stage: string; reason: string}>).filter((warning) => warning.stage === 'jsonl').map((warning) => warning.reason)
    expect(warnings).toEqual([
      'the record has both "html" and "text": "html" was cleaned and "text" left out (--text-key names the field to clean)',
      'the record\'s field "meta" is left out: the result writes its own "meta" (rename the field to keep it)',
    ])
  })

  it('--resume reads a failure the errors file names by a number id', async () => {
    const dir = workspace()
    const records = [{id: 1, text: dump}, {id: 2}, {id: 3, text: dump}]
    writeFileSync(join(dir, 'in.jsonl'), `${records.map((record) => JSON.stringify(record)).join('\n')}\n`)
    await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'whole.jsonl'), '--quiet'])
    const whole = readFileSync(join(dir, 'whole.jsonl'), 'utf8')
    const wholeErrors = readFileSync(join(dir, 'whole.errors.jsonl'), 'utf8')
    expect(lines(wholeErrors)[0]!.id).toBe(2)
    // Killed after the first result and the failure of line 2.
    writeFileSync(join(dir, 'part.jsonl.part'), `${whole.split('\n')[0]}\n`)
    writeFileSync(join(dir, 'part.errors.jsonl.part'), wholeErrors)
    await writeSums(join(dir, 'part.jsonl'), join(dir, 'in.jsonl'), 2)
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'part.jsonl'), '--resume'])
    expect(resumed.stderr).toMatch(/2 skipped as done \(1 of them failed before\)/)
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(whole)
    expect(readFileSync(join(dir, 'part.errors.jsonl'), 'utf8')).toBe(wholeErrors)
  })

  it('names duplicate ids and writes the run\'s figures with --stats FILE', async () => {
    const dir = workspace()
    const records = [{id: 1, text: dump}, {id: '1', text: dump}, {id: 2}, {id: 3, text: dump}]
    // --out keeps the errors file (out.errors.jsonl) in the workspace, not in the folder the tests run from.
    const run = await scrubdown(['--jsonl', '-', '--out', join(dir, 'out.jsonl'), '--stats', join(dir, 'stats.json')], `${records.map((record) => JSON.stringify(record)).join('\n')}\n`)
    expect(run.status).toBe(1)
    // The errors file names the failed record by its id as given: a number stays a number, as in the output.
    expect(lines(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8'))).toEqual([{id: 2, line: 3, error: 'the record has neither "html" nor "text"'}])
    expect(run.stderr).toContain('scrubdown: line 2: the id "1" is also on line 1')
    expect(run.stderr).toContain('duplicate ids: 1 records repeat an earlier record\'s id')
    const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')) as Record<string, unknown>
    expect(stats).toMatchObject({
      documents: 4,
      cleaned: 3,
      failed: 1,
      duplicateIds: 1,
      languages: {nl: 3},
      failuresByReason: {'the record has neither "html" nor "text"': 1},
    })
    expect(Object.keys(stats.removalsByStage as object).length).toBeGreaterThan(0)
    expect(stats.bytesIn).toBeGreaterThan(3 * dump.length)
    writeFileSync(join(dir, 'x.txt'), dump)
    await scrubdown(['--out', join(dir, 'out'), '--quiet', '--stats', join(dir, 'files.json'), join(dir, 'x.txt')])
    expect(JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8'))).toMatchObject({documents: 1, cleaned: 1, languages: {nl: 1}})
  })
})

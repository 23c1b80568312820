import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cleanStream} from '../src/index.js'
import type {StreamOptions} from '../src/index.js'
import {scrubdown, workspace} from './helpers/batch.js'
import {body} from './helpers/run.js'

const dump = 'A headline for the quotes test\n\nShe said "this is how we write it" and walked on, as the story tells it in a long sentence with enough words.\n'
const straight = 'She said "this is how we write it"'
const curly = 'She said “this is how we write it”'

/* Every stage option reaches a batch: a config file, --set, and cleanStream's options. */
describe('stage options outside code', () => {
  it('--config FILE (YAML or JSON) and --set reach single files and batches; --set wins over the file', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'page.txt'), dump)
    writeFileSync(join(dir, 'keep.yaml'), 'punctuation:\n  quotes: keep\ndisable: [dedupe]\n')
    writeFileSync(join(dir, 'keep.json'), '{"punctuation": {"quotes": "keep"}}')
    expect((await scrubdown([join(dir, 'page.txt')])).stdout).toContain(curly)
    expect((await scrubdown(['--config', join(dir, 'keep.yaml'), join(dir, 'page.txt')])).stdout).toContain(straight)
    expect((await scrubdown(['--config', join(dir, 'keep.json'), join(dir, 'page.txt')])).stdout).toContain(straight)
    expect((await scrubdown(['--set', 'punctuation.quotes=keep', join(dir, 'page.txt')])).stdout).toContain(straight)
    // --set over the file.
    expect((await scrubdown(['--config', join(dir, 'keep.yaml'), '--set', 'punctuation.quotes=locale', join(dir, 'page.txt')])).stdout).toContain(curly)
    const batch = await scrubdown(['--jsonl', '-', '--quiet', '--config', join(dir, 'keep.yaml')], `${JSON.stringify({id: 'a', text: dump})}\n`)
    expect((JSON.parse(batch.stdout) as {markdown: string}).markdown).toContain(straight)
  })

  it('refuses a config key or --set that is no option, naming what there is', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'typo.yaml'), 'punctuaton:\n  quotes: keep\n')
    writeFileSync(join(dir, 'bad.yaml'), 'punctuation:\n  quotes: curly\n')
    const typo = await scrubdown(['--config', join(dir, 'typo.yaml'), '-'], 'x')
    expect(typo.status).toBe(2)
    expect(typo.stderr).toContain('unknown option "punctuaton"; the options are format, lang, disable, maxBytes, html, articleFinder, shortcodes,')
    expect((await scrubdown(['--config', join(dir, 'bad.yaml'), '-'], 'x')).stderr).toContain('punctuation.quotes must be locale or keep or ascii, not "curly"')
    expect((await scrubdown(['--set', 'dedupe.minWords=many', '-'], 'x')).stderr).toContain('dedupe.minWords must be a whole number from 1, not "many"')
    expect((await scrubdown(['--set', 'punctuation.quote=keep', '-'], 'x')).stderr).toContain('unknown option punctuation.quote; punctuation takes rules, quotes')
    expect((await scrubdown(['--config', join(dir, 'missing.yaml'), '-'], 'x')).stderr).toContain('missing.yaml: no such file')
  })

  it('cleanStream takes every stage\'s options', async () => {
    const options: StreamOptions = {punctuation: {quotes: 'keep', rules: {'common/ellipsis': false}}, boilerplate: {edges: false}}
    const results = []
    for await (const result of cleanStream([{id: 'a', text: dump}], options)) results.push(result)
    expect(results[0]!.ok && body(results[0]!.markdown)).toContain(straight)
    const refused = cleanStream([{id: 'a', text: dump}], {punctuation: {quotes: 'curly'}} as unknown as StreamOptions)
    await expect(refused.next()).rejects.toThrow(/punctuation.quotes must be locale or keep or ascii/)
  })
})

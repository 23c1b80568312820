import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {scrubdown, scrubdownProcess} from './helpers/batch.js'

const dump = 'A headline for the quotes test\n\nShe said "this is how we write it" and walked on, as the story tells it in a long sentence with enough words.\n'
const straight = 'She said "this is how we write it"'
const curly = 'She said “this is how we write it”'
const keep = 'punctuation:\n  quotes: keep\n'

/** A temporary tree: each path (relative, `/`-separated) written with its text. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scrubdown-config-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
  return dir
}

/* A config beside the input, found as unified-engine finds .remarkrc: the input's folder and up, nearest wins. */
describe('config found beside the input', () => {
  it('uses the nearest .scrubdownrc of the input\'s folder or above; --config and --no-config override it', async () => {
    const dir = folder({
      '.scrubdownrc.yaml': keep,
      'page.txt': dump,
      'deep/er/page.txt': dump,
      'other/.scrubdownrc.json': '{"punctuation": {"quotes": "locale"}}',
      'other/page.txt': dump,
      'plain.yaml': 'disable: [dedupe]\n',
    })
    expect((await scrubdown([join(dir, 'page.txt')])).stdout).toContain(straight)
    // Two folders down: still the config above.
    expect((await scrubdown([join(dir, 'deep/er/page.txt')])).stdout).toContain(straight)
    // The nearest wins whole: nothing is merged from the folder above.
    expect((await scrubdown([join(dir, 'other/page.txt')])).stdout).toContain(curly)
    expect((await scrubdown(['--no-config', join(dir, 'page.txt')])).stdout).toContain(curly)
    expect((await scrubdown(['--config', join(dir, 'plain.yaml'), join(dir, 'page.txt')])).stdout).toContain(curly)
  })

  it('reads every name it documents, and a package.json only with a "scrubdown" key', async () => {
    for (const name of ['.scrubdownrc', '.scrubdownrc.json', '.scrubdownrc.yaml', '.scrubdownrc.yml']) {
      const dir = folder({[name]: name.endsWith('.json') ? '{"punctuation": {"quotes": "keep"}}' : keep, 'page.txt': dump})
      expect((await scrubdown([join(dir, 'page.txt')])).stdout, name).toContain(straight)
    }
    const dir = folder({
      'package.json': JSON.stringify({name: 'site', scrubdown: {punctuation: {quotes: 'keep'}}}),
      'page.txt': dump,
      // A package.json without the key is not a config: the search goes on above it.
      'sub/package.json': JSON.stringify({name: 'sub'}),
      'sub/page.txt': dump,
    })
    expect((await scrubdown([join(dir, 'page.txt')])).stdout).toContain(straight)
    expect((await scrubdown([join(dir, 'sub/page.txt')])).stdout).toContain(straight)
  })

  it('names the found file when it is invalid, and refuses two in one folder', async () => {
    const typo = folder({'.scrubdownrc.yaml': 'punctuaton:\n  quotes: keep\n', 'page.txt': dump})
    const run = await scrubdown([join(typo, 'page.txt')])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`${join(typo, '.scrubdownrc.yaml')} (config found beside the input; --no-config skips it): unknown option "punctuaton"`)
    expect(run.stdout).toBe('')
    expect((await scrubdown(['--no-config', join(typo, 'page.txt')])).status).toBe(0)

    const value = folder({'package.json': JSON.stringify({scrubdown: {punctuation: {quotes: 'curly'}}}), 'page.txt': dump})
    expect((await scrubdown([join(value, 'page.txt')])).stderr).toContain(`${join(value, 'package.json')} (config found beside the input; --no-config skips it), key "scrubdown": punctuation.quotes must be locale or keep or ascii, not "curly"`)

    const broken = folder({'.scrubdownrc': 'punctuation: [', 'page.txt': dump})
    expect((await scrubdown([join(broken, 'page.txt')])).stderr).toContain(`${join(broken, '.scrubdownrc')} (config found beside the input; --no-config skips it): not valid YAML or JSON`)

    const two = folder({'.scrubdownrc': keep, '.scrubdownrc.yml': keep, 'page.txt': dump})
    const twice = await scrubdown([join(two, 'page.txt')])
    expect(twice.status).toBe(2)
    expect(twice.stderr).toContain(`${two} holds .scrubdownrc and .scrubdownrc.yml: keep one config file per folder`)

    expect((await scrubdown(['--config', join(two, '.scrubdownrc'), '--no-config', '-'], 'x')).stderr).toContain('--config FILE and --no-config exclude each other')
  })

  it('a folder batch takes each file\'s nearest config, in the worker threads too; a bad one stops the run before any output', async () => {
    const dir = folder({
      'in/kept/.scrubdownrc.yml': keep,
      'in/kept/page.txt': dump,
      'in/kept/deeper/page.txt': dump,
      'in/plain/page.txt': dump,
    })
    const run = await scrubdown(['--out', join(dir, 'out'), '--quiet', '--concurrency', '2', join(dir, 'in')])
    expect(run.status).toBe(0)
    expect(readFileSync(join(dir, 'out/kept/page.md'), 'utf8')).toContain(straight)
    expect(readFileSync(join(dir, 'out/kept/deeper/page.md'), 'utf8')).toContain(straight)
    expect(readFileSync(join(dir, 'out/plain/page.md'), 'utf8')).toContain(curly)
    const none = await scrubdown(['--out', join(dir, 'none'), '--quiet', '--no-config', join(dir, 'in')])
    expect(readFileSync(join(dir, 'none/kept/page.md'), 'utf8')).toContain(curly)
    expect(none.status).toBe(0)

    writeFileSync(join(dir, 'in/plain/.scrubdownrc.json'), '{"dedupe": {"minWords": "many"}}')
    const bad = await scrubdown(['--out', join(dir, 'bad'), '--quiet', join(dir, 'in')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain(`${join(dir, 'in/plain/.scrubdownrc.json')} (config found beside the input; --no-config skips it): dedupe.minWords must be a whole number from 1`)
    expect(existsSync(join(dir, 'bad'))).toBe(false)
  })

  it('JSON Lines takes the config beside the JSON Lines file; standard input the one of the current folder', async () => {
    const dir = folder({'.scrubdownrc.yaml': keep, 'pages.jsonl': `${JSON.stringify({id: 'a', text: dump})}\n`})
    const run = await scrubdown(['--jsonl', join(dir, 'pages.jsonl'), '--quiet'])
    expect((JSON.parse(run.stdout) as {markdown: string}).markdown).toContain(straight)
    // Standard input's config is looked for from the process's own folder: a process started there.
    expect(scrubdownProcess(['-'], dir, dump).stdout).toContain(straight)
    expect(scrubdownProcess(['--no-config', '-'], dir, dump).stdout).toContain(curly)
  })
})

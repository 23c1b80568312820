import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const seed = join(root, 'fixtures/sv-deepseek-fomo/input.txt')

/** Run the CLI in-process with captured streams. */
async function cli(args: string[], stdin = ''): Promise<{code: number; stdout: string; stderr: string}> {
  const input = new PassThrough()
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk) => (out += chunk))
  stderr.on('data', (chunk) => (err += chunk))
  input.end(stdin)
  const code = await main(args, {stdin: input, stdout, stderr})
  return {code, stdout: out, stderr: err}
}

describe('scrubdown CLI', () => {
  it('prints Markdown with front matter for a file', async () => {
    const {code, stdout, stderr} = await cli([seed])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^---\ntitle: DeepSeek, loppet för AI:erna och den stora kollektiva FOMO\nauthor: Camila Renaux\nlang: sv\n---\n/)
  })

  it('reads standard input for - and for no file', async () => {
    const text = 'Dit is een zin in het Nederlands, lang genoeg om als alinea te tellen en de taal te herkennen.'
    for (const args of [['-'], []]) {
      const {code, stdout} = await cli(args, text)
      expect(code).toBe(0)
      expect(stdout).toContain('lang: nl')
      expect(stdout).toContain(text)
    }
  })

  it('--json prints meta, markdown and removed', async () => {
    const {code, stdout} = await cli(['--json', seed])
    expect(code).toBe(0)
    const parsed = JSON.parse(stdout) as {meta: {lang: string}; markdown: string; removed: Array<{stage: string; reason: string; text: string}>}
    expect(Object.keys(parsed)).toEqual(['meta', 'markdown', 'removed'])
    expect(parsed.meta.lang).toBe('sv')
    expect(parsed.removed.find((removal) => removal.text === 'RELATERADE ARTIKLAR')?.stage).toBe('boilerplate')
  })

  it('--report explains each removal by stage on standard error', async () => {
    const {code, stdout, stderr} = await cli(['--report', seed])
    expect(code).toBe(0)
    expect(stdout).toContain('lang: sv')
    expect(stderr).toMatch(/shortcodes \(1\)\n\s+26:1 a CMS shortcode \[elfsight_cookie_consent\]/)
    expect(stderr).toContain('"[elfsight_cookie_consent id=\\"1\\"]"')
    // The name printed twice, on two lines one after the other, is one removal of two blocks.
    expect(stderr).toMatch(/byline \(2\)\n\s+17:1 the author's name, printed again around the article \(2 blocks\)/)
  })

  it('answers --help and --version with exit 0', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: scrubdown')
    const version = await cli(['--version'])
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('exits 2 on bad usage, with one line and a hint', async () => {
    const unknown = await cli(['--frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^scrubdown: Unknown option '--frobnicate'.*\nTry 'scrubdown --help'.\n$/)
    expect((await cli(['--format', 'pdf', seed])).code).toBe(2)
    expect((await cli(['--disable', 'nope', seed])).stderr).toMatch(/cannot disable unknown stage "nope"/)
  })

  it('exits 1 for an input that cannot be cleaned, naming it and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubdown-'))
    const png = join(dir, 'picture.txt')
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const result = await cli([png])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`scrubdown: ${png}: input is a PNG image, not text or HTML\n`)
    const missing = await cli([join(dir, 'nope.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/nope\.txt: no such file\n$/)
  })

  it('runs as a process with exit codes (the bin entry)', () => {
    const ok = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', seed], {cwd: root, encoding: 'utf8'})
    expect(ok).toContain('lang: sv')
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', '--nope'], {cwd: root, encoding: 'utf8'})
    expect(bad.status).toBe(2)
  })
})

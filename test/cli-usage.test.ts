import {spawn} from 'node:child_process'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {flags, parseSize, usage} from '../src/cli/args.js'
import {main} from '../src/cli/main.js'
import {root, scrubdown, workspace} from './helpers/batch.js'

describe('command-line usage', () => {
  it('--help names every flag, with its short form', () => {
    for (const [name, flag] of Object.entries(flags)) {
      expect(usage).toContain(`--${name}`)
      if ('short' in flag) expect(usage).toContain(`-${flag.short}, --${name}`)
    }
  })

  it('prints the help when started with no input on a terminal, rather than waiting silently', async () => {
    const stdin = Object.assign(new PassThrough(), {isTTY: true})
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let said = ''
    stderr.on('data', (chunk) => (said += chunk))
    expect(await main([], {stdin, stdout, stderr})).toBe(2)
    expect(said).toBe(usage)
  })

  it('refuses bad options with a clear message and status 2, in single and batch mode', async () => {
    const dir = workspace()
    for (const args of [['--lang', 'klingon', '-'], ['--lang', 'klingon', '--out', join(dir, 'out'), join(dir, 'in')], ['--lang', 'klingon', '--jsonl', '-']]) {
      const run = await scrubdown(args, 'Some text.')
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('lang: unknown language "klingon"; use an ISO 639-1 or 639-3 code or a BCP 47 tag')
    }
    expect(parseSize('1GB')).toBe(1024 ** 3)
    expect(parseSize('1.5m')).toBe(1.5 * 1024 ** 2)
    expect((await scrubdown(['--max-bytes', '1GB', '-'], 'Een korte tekst.')).status).toBe(0)
    expect((await scrubdown(['--max-bytes', 'lots', '-'])).stderr).toContain('--max-bytes takes a size such as 500000, 64MB or 1GB, not "lots"')
  })

  it('stops quietly, with status 0, when the reader closes the pipe early (| head)', async () => {
    const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href
    const child = spawn(process.execPath, ['--import', tsx, join(root, 'src/cli/bin.ts'), '--json', join(root, 'fixtures/sv-deepseek-fomo/input.txt')], {stdio: ['ignore', 'pipe', 'pipe']})
    // The reader is gone before the first byte is written: every write meets a closed pipe.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise((done) => child.once('close', done))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

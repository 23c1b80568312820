import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ESM build script without types
import {bundleCli} from '../scripts/bundle.mjs'

/*
 * The published `scrubdown` command is the bundle scripts/bundle.mjs makes
 * (package.json `bin`). Built here into a folder inside the project, so its
 * runtime requires (tlds, stopwords-iso, piscina) resolve as they do from
 * dist/, and run as a user runs it.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'node_modules', '.cache', `scrubdown-bundle-test-${process.pid}`)
const bin = join(out, 'bin.js')
const run = (args: string[], input?: string) => execFileSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', input})

beforeAll(async () => {
  await bundleCli(out)
}, 60_000)
afterAll(() => rmSync(out, {recursive: true, force: true}))

describe('the bundled CLI', () => {
  it('prints its version and cleans a seed exactly as the golden file says', () => {
    expect(run(['--version']).trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version)
    const seed = join(root, 'fixtures/de-deepseek-fomo')
    expect(run([join(seed, 'input.txt')])).toBe(readFileSync(join(seed, 'expected.md'), 'utf8'))
  })

  it('runs a batch in two worker threads (the worker bundle beside it)', () => {
    const dir = join(out, 'batch')
    mkdirSync(join(dir, 'in'), {recursive: true})
    const names = ['nl-deepseek-fomo', 'sv-deepseek-fomo', 'ar-deepseek-fomo']
    for (const name of names) writeFileSync(join(dir, 'in', `${name}.txt`), readFileSync(join(root, 'fixtures', name, 'input.txt')))
    run(['--quiet', '--concurrency', '2', '--out', join(dir, 'out'), join(dir, 'in')])
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(names.map((name) => `${name}.md`).sort())
    for (const name of names) {
      expect(readFileSync(join(dir, 'out', `${name}.md`), 'utf8')).toBe(readFileSync(join(root, 'fixtures', name, 'expected.md'), 'utf8'))
    }
  })
})

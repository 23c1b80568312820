import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
/*
 * The published `scrubdown` command is dist/cli-bundle/bin.js (package.json
 * `bin`), made by `npm run build` (tsc, then scripts/bundle.mjs); its batch
 * threads run dist/batch/worker.js. Built here as CI's install builds it, and
 * run as a user runs it.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'dist', 'cli-bundle', 'bin.js')
const run = (args: string[], input?: string) => execFileSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', input})
const out = mkdtempSync(join(tmpdir(), 'scrubdown-bundle-'))

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
})
afterAll(() => rmSync(out, {recursive: true, force: true}))

describe('the bundled CLI', () => {
  it('prints its version and cleans a seed exactly as the golden file says', () => {
    expect(run(['--version']).trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version)
    const seed = join(root, 'fixtures/de-deepseek-fomo')
    expect(run([join(seed, 'input.txt')])).toBe(readFileSync(join(seed, 'expected.md'), 'utf8'))
  })

  it('runs a batch in two worker threads (dist/batch/worker.js, through the module beside the bundle)', () => {
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

  it('is required by name from a CommonJS project (plain JavaScript, and TypeScript compiled to CommonJS)', () => {
    const project = join(out, 'cjs')
    mkdirSync(join(project, 'node_modules'), {recursive: true})
    symlinkSync(root, join(project, 'node_modules', 'scrubdown'), 'dir')
    writeFileSync(join(project, 'package.json'), '{"type": "commonjs"}\n')
    const dump = JSON.stringify(join(root, 'fixtures/nl-deepseek-fomo/input.txt'))
    writeFileSync(join(project, 'plain.js'), `const {cleanSync} = require('scrubdown')\nprocess.stdout.write(cleanSync(require('node:fs').readFileSync(${dump})).meta.lang)\n`)
    expect(execFileSync(process.execPath, ['plain.js'], {cwd: project, encoding: 'utf8'})).toBe('nl')
    writeFileSync(join(project, 'typed.ts'), `import {readFileSync} from 'node:fs'\nimport {cleanSync, type CleanResult} from 'scrubdown'\nconst result: CleanResult = cleanSync(readFileSync(${dump}))\nprocess.stdout.write(result.meta.lang ?? '')\n`)
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    execFileSync(process.execPath, [tsc, '--module', 'nodenext', '--strict', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), 'typed.ts'], {cwd: project, encoding: 'utf8'})
    expect(readFileSync(join(project, 'typed.js'), 'utf8')).toContain('require("scrubdown")')
    expect(execFileSync(process.execPath, ['typed.js'], {cwd: project, encoding: 'utf8'})).toBe('nl')
  })

  it('is published without source maps, which would point at sources the package does not carry', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})) as Array<{files: Array<{path: string}>}>
    const paths = pack!.files.map((file) => file.path)
    expect(paths).toContain('dist/index.js')
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([])
    expect(paths.filter((path) => path.startsWith('src/'))).toEqual([])
  })
})

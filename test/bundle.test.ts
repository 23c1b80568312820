import {execFileSync} from 'node:child_process'
import {closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {crc32} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {phraseIndexText} from '../src/lexicon/match.js'
/*
 * The published `scrubdown` command is dist/cli-bundle/bin.cjs (package.json
 * `bin`), made by `npm run build` (tsc, then scripts/bundle.mjs); its batch
 * threads run dist/batch/worker.js. Built here as CI's install builds it, and
 * run as a user runs it.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'dist', 'cli-bundle', 'bin.cjs')
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

  it('runs under its old name too (bin.js), which a checkout\'s npx cache may still link to', () => {
    const seed = join(root, 'fixtures/de-deepseek-fomo')
    const old = execFileSync(process.execPath, [join(root, 'dist', 'cli-bundle', 'bin.js'), join(seed, 'input.txt')], {cwd: root, encoding: 'utf8'})
    expect(old).toBe(readFileSync(join(seed, 'expected.md'), 'utf8'))
  })

  it('decodes a page in a legacy encoding (iconv-lite, which the bundle loads on first use) as the library does', () => {
    // 日本語の文章です。 in Shift_JIS, and café in windows-1252, each declared by the page.
    const sjis = Buffer.concat([Buffer.from('<html><head><meta charset="shift_jis"><title>x</title></head><body><p>'), Buffer.from('93fa967b8cea82cc95b68fcd82c582b78142', 'hex'), Buffer.from('</p></body></html>')])
    const latin = Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>The caf\xe9 opened on Monday.</p></body></html>', 'latin1')
    expect(execFileSync(process.execPath, [bin, '--format', 'html', '-'], {cwd: root, encoding: 'utf8', input: sjis})).toContain('日本語の文章です。')
    expect(execFileSync(process.execPath, [bin, '--format', 'html', '-'], {cwd: root, encoding: 'utf8', input: latin})).toContain('title: Café')
    expect(run(['--encoding', 'latin1', join(root, 'fixtures/de-deepseek-fomo/input.txt')])).toContain('---')
    // The tables are not in the bundle: a run reads them only for such a page.
    const bundled = readdirSync(join(root, 'dist', 'cli-bundle')).map((name) => readFileSync(join(root, 'dist', 'cli-bundle', name), 'utf8')).join('')
    expect(bundled).not.toContain('iconv-lite/encodings')
  })

  it('builds bcp-47-normalize\'s tables on its first call, which a text dump never makes (scripts/bundle.mjs)', () => {
    const bundle = readFileSync(join(root, 'dist', 'cli-bundle', 'cli.cjs'), 'latin1')
    const calls = bundle.split('\n').filter((line) => line.includes('init_bcp_47_normalize()'))
    // One call, in the function that stands for the package's bcp47Normalize: none as the modules load.
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatch(/=> \(init_bcp_47_normalize\(\), __toCommonJS\(\w+\)\)\.bcp47Normalize\(/)
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
    expect(paths).toContain('dist/index.cjs')
    expect(paths).toContain('dist/cjs/index.d.cts')
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([])
    expect(paths.filter((path) => path.startsWith('src/'))).toEqual([])
  })
})

/*
 * dist/cli-bundle/bin.cjs loads the bundle with V8's code cache, cli.cache
 * (scripts/cli-bin.cjs): a cache that is missing, damaged, made from another
 * bundle or cannot be written changes nothing but the time a run takes, and
 * the run writes a good one when it can. Run on a copy of the built folder.
 */
describe('the CLI\'s code cache', () => {
  const seed = join(root, 'fixtures/de-deepseek-fomo')
  const expected = () => readFileSync(join(seed, 'expected.md'), 'utf8')
  const copy = (name: string) => {
    const dir = join(out, name)
    cpSync(join(root, 'dist', 'cli-bundle'), dir, {recursive: true})
    // worker.js is an ES module: the package's "type" says so beside it.
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n')
    return dir
  }
  const clean = (dir: string) => execFileSync(process.execPath, [join(dir, 'bin.cjs'), join(seed, 'input.txt')], {encoding: 'utf8'})

  it('is written by the build and used as it is', () => {
    const dir = copy('cache-used')
    const cache = readFileSync(join(dir, 'cli.cache'))
    expect(clean(dir)).toBe(expected())
    expect(readFileSync(join(dir, 'cli.cache')).equals(cache)).toBe(true)
  })

  it('is written again by a run that finds none, or one damaged or made from another bundle', () => {
    const dir = copy('cache-bad')
    const good = readFileSync(join(dir, 'cli.cache'))
    const damaged = Buffer.from(good)
    for (let at = good.length - 1000; at < good.length; at++) damaged[at] = damaged[at]! ^ 0x5a
    const otherBundle = Buffer.from(good.toString('latin1').replace(/scrubdown-cli [0-9a-f]{8}/, 'scrubdown-cli 00000000'), 'latin1')
    for (const cache of [undefined, damaged, good.subarray(0, 100), Buffer.from('not a cache'), otherBundle]) {
      rmSync(join(dir, 'cli.cache'), {force: true})
      if (cache) writeFileSync(join(dir, 'cli.cache'), cache)
      expect(clean(dir)).toBe(expected())
      // A good one: the same first lines (the format, the bundle's id), then the CRC-32 of the data that follows.
      const written = readFileSync(join(dir, 'cli.cache'))
      const [format, id, sum] = written.toString('latin1', 0, 300).split('\n')
      expect([format, id]).toEqual(good.toString('latin1', 0, 300).split('\n').slice(0, 2))
      expect(crc32(written.subarray(format!.length + id!.length + sum!.length + 3)).toString(16).padStart(8, '0')).toBe(sum)
      expect(written.length).toBeGreaterThan(100_000)
    }
  })

  it('runs as without a cache when the cache cannot be written', () => {
    const dir = copy('cache-unwritable')
    rmSync(join(dir, 'cli.cache'))
    // A folder where the file would go: nothing can be read from it or renamed over it.
    mkdirSync(join(dir, 'cli.cache'))
    expect(clean(dir)).toBe(expected())
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('reads the lexicon\'s phrase index its build wrote beside it, and builds it when the file is missing', () => {
    expect(readFileSync(join(root, 'dist', 'cli-bundle', 'lexicon-index.txt'), 'utf8')).toBe(phraseIndexText())
    const dir = copy('no-lexicon-index')
    rmSync(join(dir, 'lexicon-index.txt'))
    expect(clean(dir)).toBe(expected())
  })

  // V8 parses a regular expression when it is made and again when it is first matched, and a Unicode property class
  // (`\p{L}`: hundreds of ranges read from ICU's tables) is most of that cost. A module's pattern that a run may never
  // match is made on its first use (src/util/on-first-use.ts). V8's parser trace prints a pattern's tree at each parse:
  // a long tree printed once is a class-heavy pattern made and never matched. 36 on this dump when each module made its
  // patterns as it loaded; 6 left (franc's script expressions, micromark's punctuation test and a few of ours).
  it('makes few of the Unicode-class patterns a text dump never matches, and compiles few', () => {
    const dir = copy('patterns-made')
    const dump = join(root, 'fixtures/en-newsletter-steps/input.txt')
    // Into a file: V8 prints with C's stdio, which loses what a full pipe refuses (Node makes its pipes non-blocking).
    const trace = (env: Record<string, string>) => {
      const file = join(dir, 'trace.txt')
      const fd = openSync(file, 'w')
      try {
        execFileSync(process.execPath, ['--trace-regexp-parser', join(dir, 'bin.cjs'), dump], {stdio: ['ignore', fd, 'ignore'], env: {...process.env, ...env}})
      } finally {
        closeSync(fd)
      }
      return readFileSync(file, 'utf8')
    }
    // A cache made under the flag first: without one every function is compiled, and the parser prints its literals too.
    trace({SCRUBDOWN_CODE_CACHE: 'write'})
    const parses = new Map<string, number>()
    for (const line of trace({}).split('\n')) parses.set(line, (parses.get(line) ?? 0) + 1)
    const madeNeverMatched = [...parses].filter(([tree, count]) => count === 1 && tree.length > 5000)
    expect(parses.size).toBeGreaterThan(300)
    expect(madeNeverMatched.length).toBeLessThanOrEqual(8)
    // And those it compiles (a tree printed again at the first match): a pattern that needs a character to match (an
    // at, a decimal first, "http" first) is made only once a line holds it. 59 before those three; 56 left.
    const compiled = [...parses].filter(([tree, count]) => count >= 2 && tree.length > 5000)
    expect(compiled.length).toBeLessThanOrEqual(56)
  })

  it('answers --help and --version alone as the CLI does, without the bundle', () => {
    const dir = copy('saved-answers')
    rmSync(join(dir, 'cli.cjs'))
    const help = execFileSync(process.execPath, [join(dir, 'bin.cjs'), '--help'], {encoding: 'utf8'})
    expect(help).toBe(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', '--help'], {cwd: root, encoding: 'utf8'}))
    expect(execFileSync(process.execPath, [join(dir, 'bin.cjs'), '-v'], {encoding: 'utf8'}).trim()).toBe(run(['--version']).trim())
  })
})

/*
 * The CommonJS build (dist/index.cjs, scripts/bundle.mjs): run with
 * require(esm) switched off, so that it passes only if nothing it loads is an
 * ES module (Node 20.19 would otherwise load one silently).
 */
describe('the CommonJS build', () => {
  const noRequireEsm = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : []
  const cjs = join(root, 'dist', 'index.cjs')
  const node = (script: string, cwd = root) => execFileSync(process.execPath, [...noRequireEsm, '-e', script], {cwd, encoding: 'utf8'})
  const page = '<html lang="en"><head><title>Harbour reopens</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of storms, the mayor said.</p><p>Ferries will run to the islands again from Tuesday morning.</p></article></body></html>'

  it('cleans an HTML page and a text dump from require(dist/index.cjs)', () => {
    const dump = join(root, 'fixtures/de-deepseek-fomo/input.txt')
    const script = `const s = require(${JSON.stringify(cjs)})
const html = s.cleanSync(${JSON.stringify(page)}, {url: 'https://example.com/harbour'})
const text = s.cleanSync(require('node:fs').readFileSync(${JSON.stringify(dump)}))
let refused = ''
try { s.cleanSync('x', {format: 'pdf'}) } catch (error) { refused = error instanceof s.ScrubdownError && error.code }
process.stdout.write(JSON.stringify({html, text: text.markdown, refused, piscina: Object.keys(require.cache).some((path) => path.includes('piscina'))}))`
    const out = JSON.parse(node(script)) as {html: {markdown: string; meta: Record<string, string>; removed: Array<{text: string}>}; text: string; refused: string; piscina: boolean}
    expect(out.html.meta).toMatchObject({title: 'Harbour reopens', lang: 'en', url: 'https://example.com/harbour'})
    expect(out.html.markdown).toContain('\n\nThe harbour reopened on Monday after a week of storms, the mayor said.\n\nFerries will run')
    expect(out.html.markdown).not.toContain('Home')
    expect(out.text).toBe(readFileSync(join(root, 'fixtures/de-deepseek-fomo/expected.md'), 'utf8'))
    expect(out.refused).toBe('EFORMAT')
    // The thread pool loads when threads are asked for, not with require('scrubdown').
    expect(out.piscina).toBe(false)
  })

  it('cleans in worker threads from CommonJS: createCleaner({threads}), createPool and cleanStream', () => {
    const script = `const s = require(${JSON.stringify(cjs)})
const fs = require('node:fs')
const seed = (name) => fs.readFileSync(require('node:path').join(${JSON.stringify(join(root, 'fixtures'))}, name, 'input.txt'), 'utf8')
;(async () => {
  const cleaner = s.createCleaner({threads: 2})
  const threaded = await cleaner.clean(seed('nl-deepseek-fomo'))
  const pool = await s.createPool({threads: 1, timeout: 600000})
  const pooled = await pool.clean(${JSON.stringify(page)})
  const streamed = []
  for await (const result of s.cleanStream([{id: 'a', text: seed('sv-deepseek-fomo')}, {id: 'b', html: ${JSON.stringify(page)}}], {pool: cleaner})) streamed.push([result.id, result.ok && result.meta.lang])
  await Promise.all([cleaner.close(), pool.close()])
  process.stdout.write(JSON.stringify({same: threaded.markdown === s.cleanSync(seed('nl-deepseek-fomo')).markdown, lang: threaded.meta.lang, title: pooled.meta.title, streamed}))
})().catch((error) => { console.error(error); process.exit(1) })`
    expect(JSON.parse(node(script))).toEqual({same: true, lang: 'nl', title: 'Harbour reopens', streamed: [['a', 'sv'], ['b', 'en']]})
  })

  it('is what require(\'scrubdown\') loads, typed for TypeScript\'s node16 CommonJS resolution', () => {
    const project = join(out, 'cjs-node16')
    mkdirSync(join(project, 'node_modules'), {recursive: true})
    symlinkSync(root, join(project, 'node_modules', 'scrubdown'), 'dir')
    writeFileSync(join(project, 'package.json'), '{"type": "commonjs"}\n')
    expect(node("process.stdout.write(require.resolve('scrubdown'))", project)).toBe(cjs)
    writeFileSync(
      join(project, 'typed.ts'),
      [
        "import {cleanSync, createCleaner, ScrubdownError, type CleanResult, type ThreadedCleaner} from 'scrubdown'",
        `const result: CleanResult = cleanSync(${JSON.stringify(page)})`,
        'const threaded: ThreadedCleaner = createCleaner({threads: 1})',
        "const error = new ScrubdownError('EOPTIONS', 'a message')",
        "process.stdout.write(`${result.meta.title ?? ''} ${error.code} ${threaded.threads}`)",
        'void threaded.close()',
        '',
      ].join('\n'),
    )
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    // node16, unlike nodenext, refuses to require an ES module: the types must be CommonJS ones (dist/cjs/*.d.cts). Library types are checked too.
    execFileSync(process.execPath, [tsc, '--module', 'node16', '--moduleResolution', 'node16', '--strict', '--skipLibCheck', 'false', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), 'typed.ts'], {cwd: project, encoding: 'utf8'})
    expect(readFileSync(join(project, 'typed.js'), 'utf8')).toContain('require("scrubdown")')
    expect(execFileSync(process.execPath, [...noRequireEsm, 'typed.js'], {cwd: project, encoding: 'utf8'})).toBe('Harbour reopens EOPTIONS 1')
  })
})

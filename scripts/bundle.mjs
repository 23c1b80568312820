/**
 * The bundles `npm run build` makes after tsc:
 *
 * The CLI as one bundle with V8's code cache (see bundleCli): Node loads one
 * file instead of some 400 modules, and compiles little of it.
 * Batch worker threads load the unbundled dist/batch/worker.js through a
 * one-line module beside the bundle: with the worker bundled too, peak memory
 * of a two-thread run was about 60 MB higher (432 against 372 MB on a 32 MB
 * stream), and a worker starts once per run. The library
 * (`dist/index.js`) stays unbundled, for callers who share its dependencies.
 *
 * The library for `require` (dist/index.cjs, with its types in dist/cjs/):
 * see bundleCommonJs.
 *
 * `node scripts/bundle.mjs` (run by `npm run build`, after tsc).
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * The CLI: src/cli/run.ts as one CommonJS file, dist/cli-bundle/cli.cjs,
 * which dist/cli-bundle/bin.cjs (scripts/cli-bin.cjs) loads with V8's code
 * cache, cli.cache, written here by two runs (a text dump and an HTML page).
 * One file, since a cache is per script; with the cache a one-file run
 * spent about 16 % fewer instructions than the bundle as ES module chunks,
 * which Node 20 compiles anew on every run (see scripts/cli-bin.cjs for when
 * the cache is not used). worker.js beside them points at dist/batch/worker.js.
 */
export async function bundleCli() {
  const outdir = join(root, 'dist', 'cli-bundle')
  // Files of an older layout (hashed chunks) would pile up.
  rmSync(outdir, {recursive: true, force: true})
  const bundle = join(outdir, 'cli.cjs')
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/run.ts'],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // piscina finds its own worker file beside its module: it stays in node_modules.
    external: ['piscina'],
    // import.meta.url in src/ (the pool's worker.js beside it, the package's version above it): the URL of worker.js, beside the bundle.
    define: {'import.meta.url': '__scrubdownModuleUrl'},
    banner: {js: "const __scrubdownModuleUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'worker.js')).href;"},
    plugins: [sniffLabelsOnly(), iconvOnFirstUse(), bcp47OnFirstUse(), prebuiltLexiconIndex()],
    logLevel: 'warning',
  })
  writeFileSync(join(outdir, 'lexicon-index.txt'), await phraseIndexText())
  const code = asciiOnly(readFileSync(bundle, 'utf8'))
  // The loader runs the bundle as a script (vm.Script), which has no import(): none may be left.
  if (/\bimport\(/.test(code)) throw new Error('dist/cli-bundle/cli.cjs calls import(), which a vm.Script cannot')
  writeFileSync(bundle, `// scrubdown-cli ${createHash('sha256').update(code).digest('hex')}\n${code}`)
  writeFileSync(join(outdir, 'bin.cjs'), readFileSync(join(root, 'scripts', 'cli-bin.cjs')), {mode: 0o755})
  // The command's old name: npx keeps a checkout's bin link in its cache (~/.npm/_npx) across a pull, and a link to a
  // missing bin.js runs nothing ("scrubdown: not found"). This one starts bin.cjs.
  writeFileSync(join(outdir, 'bin.js'), "#!/usr/bin/env node\nimport {createRequire} from 'node:module'\ncreateRequire(import.meta.url)('./bin.cjs')\n", {mode: 0o755})
  // The pool (src/batch/pool.ts) starts its threads on `worker.js` beside its own code.
  writeFileSync(join(outdir, 'worker.js'), "export * from '../batch/worker.js'\nexport {default} from '../batch/worker.js'\n")
  writeCodeCache(outdir)
  // The CLI's own answers to --help and --version, which bin.cjs prints without loading the bundle.
  for (const [flag, name] of [['--help', 'help.txt'], ['--version', 'version.txt']]) {
    const done = spawnSync(process.execPath, [join(outdir, 'bin.cjs'), flag], {encoding: 'utf8'})
    if (done.status !== 0) throw new Error(`the built CLI failed on ${flag}: ${done.stderr}`)
    writeFileSync(join(outdir, name), done.stdout)
  }
}

/**
 * The bundle in ASCII, so that bin.cjs reads it as Latin-1: a one-byte string
 * copied from the file, where UTF-8 made V8 decode 3 MB into a two-byte string
 * (some 70 million instructions of a one-file run, 5 % of it) for the few
 * characters past ASCII that esbuild leaves as they are, in comments and
 * regular expression literals. Each becomes its \\uXXXX escape (a UTF-16
 * code unit; a surrogate pair of escapes is one code point with the u flag, as
 * the character was), which a regular expression and a comment read as the
 * character itself. Strings and templates esbuild writes in ASCII already. A
 * character after a backslash would read otherwise, so the build stops there.
 */
function asciiOnly(code) {
  return code.replace(/(\\?)([^\x00-\x7f])/g, (_, backslash, character) => {
    if (backslash) throw new Error(`dist/cli-bundle/cli.cjs: an escaped ${character}, which a \\u escape would not mean`)
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** A short text dump and HTML page, cleaned once each by the built CLI to write its code cache. */
function writeCodeCache(outdir) {
  const dir = mkdtempSync(join(tmpdir(), 'scrubdown-code-cache-'))
  const sentences = 'The harbour reopened on Monday after a week of storms, the mayor said. Ferries will run to the islands again from Tuesday morning, and the fish market opens at six.'
  const samples = {
    'dump.txt': `Harbour reopens after the storms\n\nBy Anna Berg\n12 March 2025\n\n${sentences}\n\n${sentences}\n\nShare this article\n`,
    'page.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour reopens</h1><p>${sentences}</p><p>${sentences}</p></article><footer>© 2025 The Paper</footer></body></html>`,
  }
  try {
    for (const [name, text] of Object.entries(samples)) {
      writeFileSync(join(dir, name), text)
      const done = spawnSync(process.execPath, [join(outdir, 'bin.cjs'), join(dir, name)], {env: {...process.env, SCRUBDOWN_CODE_CACHE: 'write'}, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
      if (done.status !== 0) throw new Error(`the built CLI failed on ${name}: ${done.stderr}`)
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/**
 * The library as CommonJS, for `require('scrubdown')` on any Node 20 and
 * for tools that cannot load ES modules with require (Jest's default
 * runtime, ts-node, older bundlers): dist/index.cjs, one file.
 *
 * A dependency Node can `require` (CommonJS: iconv-lite, yaml, htmlparser2 …)
 * stays a `require()` of the installed package, shared with the caller; one
 * published as ES modules only (unified, remark, franc …) is bundled in, since
 * requiring it would need require(esm), Node 20.19's. piscina stays outside
 * either way: it finds its own worker file beside its module.
 *
 * `import.meta.url` has no CommonJS form. The source uses it to find files
 * beside a module (the thread pool its worker); in the bundle each use is the
 * URL of that module's ES build in dist/ (src/batch/pool.ts's is
 * dist/batch/pool.js), so threads started from CommonJS load the same
 * dist/batch/worker.js as threads started from ESM. A dependency that used
 * it would get nothing, so that fails the build.
 */
export async function bundleCommonJs() {
  const outfile = join(root, 'dist', 'index.cjs')
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/index.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    banner: {js: "const __scrubdownEsmUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(__dirname, path)).href;"},
    plugins: [sniffLabelsOnly(), requirableDependencies(), esmUrls()],
    logLevel: 'silent',
  })
  const metaWarnings = result.warnings.filter((warning) => warning.id === 'empty-import-meta' || /import\.meta/.test(warning.text))
  if (metaWarnings.length > 0) throw new Error(`import.meta in the CommonJS bundle: ${metaWarnings.map((warning) => `${warning.location?.file}:${warning.location?.line}`).join(', ')}`)
  for (const warning of result.warnings) console.warn(`bundle.mjs: ${warning.location?.file ?? ''} ${warning.text}`)
  writeCommonJsTypes()
}

/**
 * encoding-sniffer reads a page's charset label and asks @exodus/bytes only
 * for the label's name (`labelToName`). Its module `encoding.js` also
 * registers the multi-byte decoders, with some 330 KB of tables that every
 * run would load; `encoding-lite.js` exports the same functions from the same
 * module without them. The sniffer gets the lite one: the same names.
 */
function sniffLabelsOnly() {
  return {
    name: 'sniff-labels-only',
    setup(on) {
      on.onResolve({filter: /^@exodus\/bytes\/encoding\.js$/}, (args) => {
        if (!/[\\/]encoding-sniffer[\\/]/.test(args.importer)) return undefined
        return {path: createRequire(args.importer).resolve('@exodus/bytes/encoding-lite.js')}
      })
    },
  }
}

/**
 * The CLI decodes with iconv-lite only a page in a legacy encoding (or one
 * named by --encoding): bundled, its 550 KB of code and tables would be read
 * and compiled on every run. In the CLI bundle `import iconv from
 * 'iconv-lite'` gets a stand-in that requires the installed package (a
 * dependency, beside the bundle's node_modules) on the first call.
 */
function iconvOnFirstUse() {
  return {
    name: 'iconv-on-first-use',
    setup(on) {
      on.onResolve({filter: /^iconv-lite$/}, () => ({path: 'iconv-lite', namespace: 'iconv-on-first-use'}))
      on.onLoad({filter: /.*/, namespace: 'iconv-on-first-use'}, () => ({
        contents: [
          'let iconv',
          // node:module too on the first call: loaded with the bundle, it took about a millisecond of every run.
          "const load = () => (iconv ??= require('node:module').createRequire(import.meta.url)('iconv-lite'))",
          'export default new Proxy({}, {get: (_, name) => (typeof load()[name] === "function" ? load()[name].bind(iconv) : iconv[name])})',
        ].join('\n'),
        loader: 'js',
      }))
    },
  }
}

/**
 * bcp-47-normalize reads CLDR's likely subtags, a table of some 8,000 entries that its module builds as it loads
 * (about 4 ms of a one-file run's CPU time), and src/language/codes.ts calls it only for a code that neither franc's
 * own codes nor ISO 639-3's table answers: a page's or a caller's declared language, never a text dump's. In the
 * bundle its module is initialized on the first call instead (esbuild runs an ES module a require() names when the
 * require() runs).
 */
function bcp47OnFirstUse() {
  const namespace = 'bcp47-on-first-use'
  return {
    name: namespace,
    setup(on) {
      on.onResolve({filter: /^bcp-47-normalize$/}, (args) => (args.namespace === namespace ? undefined : {path: args.path, namespace}))
      on.onLoad({filter: /.*/, namespace}, () => ({
        contents: "export const bcp47Normalize = (...args) => require('bcp-47-normalize').bcp47Normalize(...args)",
        loader: 'js',
        resolveDir: root,
      }))
    },
  }
}

/**
 * The lexicon's phrase index as text, made by src/lexicon/match.ts itself
 * (bundled apart from the rest, so that it is the source's, not an older
 * dist/'s).
 */
async function phraseIndexText() {
  const result = await build({absWorkingDir: root, entryPoints: ['src/lexicon/match.ts'], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning'})
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`)
  return module.phraseIndexText()
}

/**
 * A one-file run of the CLI built the lexicon's phrase index from every
 * phrase (some 15 ms of its CPU time): the build writes it beside the bundle,
 * lexicon-index.txt, and the bundle's prebuiltPhraseIndex reads it (see
 * src/lexicon/prebuilt-index.ts; without the file the index is built). A
 * file, not a string in the bundle: V8's code cache would carry the string
 * too, and a run reads the cache whole.
 */
function prebuiltLexiconIndex() {
  return {
    name: 'prebuilt-lexicon-index',
    setup(on) {
      on.onLoad({filter: /[\\/]src[\\/]lexicon[\\/]prebuilt-index\.ts$/}, (args) => {
        const source = readFileSync(args.path, 'utf8')
        const empty = /export function prebuiltPhraseIndex\(\): PhraseIndex \| undefined \{\n  return undefined\n\}/
        if (!empty.test(source)) throw new Error('src/lexicon/prebuilt-index.ts: prebuiltPhraseIndex is not the function the build replaces')
        const read = [
          'export function prebuiltPhraseIndex(): PhraseIndex | undefined {',
          '  let text: string',
          '  try {',
          "    text = require('node:fs').readFileSync(require('node:path').join(__dirname, 'lexicon-index.txt'), 'utf8')",
          '  } catch {',
          '    return undefined',
          '  }',
          '  return phraseIndexFromText(text)',
          '}',
        ].join('\n')
        return {contents: source.replace(empty, () => read), loader: 'ts'}
      })
    },
  }
}

/** Keep a require() of each dependency that is CommonJS in the copy installed for scrubdown; bundle the ES-only ones. */
function requirableDependencies() {
  const dependencies = new Set(Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {}))
  const fromRoot = createRequire(join(root, 'package.json'))
  return {
    name: 'requirable-dependencies',
    setup(on) {
      on.onResolve({filter: /^[^./]/}, (args) => {
        if (args.path.startsWith('node:')) return undefined
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]
        if (name === 'piscina') return {path: args.path, external: true}
        if (!dependencies.has(name)) return undefined
        let file
        try {
          file = fromRoot.resolve(args.path)
          // A dependency's own nested copy of a package is not the one require() would find from dist/: bundle it.
          if (args.importer && createRequire(args.importer).resolve(args.path) !== file) return undefined
        } catch {
          return undefined
        }
        return isCommonJs(file) ? {path: args.path, external: true} : undefined
      })
    },
  }
}

/** Does Node load this file as CommonJS (by its extension, else the nearest package.json's `type`)? */
function isCommonJs(file) {
  if (file.endsWith('.cjs') || file.endsWith('.json')) return true
  if (file.endsWith('.mjs')) return false
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type !== 'module'
    if (dirname(dir) === dir) return true
  }
}

/** In src/, `import.meta.url` becomes the URL of the module's ES build in dist/ (see bundleCommonJs). */
function esmUrls() {
  return {
    name: 'esm-urls',
    setup(on) {
      on.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, (args) => {
        const source = readFileSync(args.path, 'utf8')
        if (!source.includes('import.meta.url')) return undefined
        const built = relative(join(root, 'src'), args.path).replace(/\\/g, '/').replace(/\.ts$/, '.js')
        return {contents: source.replaceAll('import.meta.url', `__scrubdownEsmUrl(${JSON.stringify(built)})`), loader: 'ts'}
      })
    },
  }
}

/**
 * Types for `require` under `moduleResolution: node16`/`nodenext`: tsc's
 * declarations in dist/ are ES modules there (the package is
 * `"type": "module"`), which a CommonJS file may not import. dist/cjs/ holds
 * the declarations the entry point reaches, each as `.d.cts`, their relative
 * imports pointing at each other (`./clean.cjs`): CommonJS declarations of
 * the same types. A package's types (`unified`, `vfile`, ES modules only) are
 * imported type-only with `resolution-mode: import`, which TypeScript 5.3 and
 * later allow from CommonJS; a declaration file uses them only as types.
 */
function writeCommonJsTypes() {
  const dist = join(root, 'dist')
  const out = join(dist, 'cjs')
  rmSync(out, {recursive: true, force: true})
  const queue = ['index.d.ts']
  const done = new Set(queue)
  while (queue.length > 0) {
    const file = queue.shift()
    const text = packagesAsTypes(readFileSync(join(dist, file), 'utf8')).replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+?)\.js\2/g, (_, lead, quote, path) => {
      const target = join(dirname(file), `${path}.d.ts`).replace(/\\/g, '/')
      if (!done.has(target)) {
        done.add(target)
        queue.push(target)
      }
      return `${lead}${quote}${path}.cjs${quote}`
    })
    const target = join(out, file.replace(/\.d\.ts$/, '.d.cts'))
    const augmented = withoutAugmentations(text, relative(dirname(target), join(dist, file)).replace(/\\/g, '/'))
    mkdirSync(dirname(target), {recursive: true})
    writeFileSync(target, augmented)
  }
}

/**
 * `declare module 'vfile' {…}` (the front matter's types on `file.data`)
 * names an ES-only package, which a CommonJS declaration file cannot
 * augment: the augmentation is left to the ES declaration file, which the
 * `.d.cts` brings in with a reference.
 */
function withoutAugmentations(text, esmFile) {
  let kept = text
  for (let start = kept.search(/^declare module ['"]/m); start !== -1; start = kept.search(/^declare module ['"]/m)) {
    let depth = 0
    let end = kept.indexOf('{', start)
    for (; end < kept.length; end++) {
      if (kept[end] === '{') depth++
      else if (kept[end] === '}' && --depth === 0) break
    }
    kept = `${kept.slice(0, start)}${kept.slice(end + 2)}`
  }
  return kept === text ? text : `/// <reference path="${esmFile}" />\n${kept}`
}

/** A declaration file's imports of packages, type-only with `resolution-mode: import` (see writeCommonJsTypes). */
function packagesAsTypes(text) {
  const mode = "with {'resolution-mode': 'import'}"
  return text
    .replace(/^import (type )?\{([^}]*)\} from (['"])([^'".][^'"]*)\3;$/gm, (_, _type, names, quote, specifier) => {
      const bare = names.split(',').map((name) => name.trim().replace(/^type\s+/, '')).filter(Boolean).join(', ')
      return `import type { ${bare} } from ${quote}${specifier}${quote} ${mode};`
    })
    .replace(/\bimport\((['"])([^'".][^'"]*)\1\)/g, (_, quote, specifier) => `import(${quote}${specifier}${quote}, { ${mode} })`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleCli()
  await bundleCommonJs()
}

/**
 * The CLI as one bundle: Node loads one file and a few chunks instead of some
 * 400 modules, so `scrubdown FILE` starts in about 0.1 s instead of 0.3 s.
 * Batch worker threads load the unbundled dist/batch/worker.js through a
 * one-line module beside the bundle: with the worker bundled too, peak memory
 * of a two-thread run was about 60 MB higher (432 against 372 MB on a 32 MB
 * stream), and a worker starts once per run. The library
 * (`dist/index.js`) stays unbundled, for callers who share its dependencies.
 *
 * `node scripts/bundle.mjs` (run by `npm run build`, after tsc).
 */
import {rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Bundle src/cli/bin.ts into dist/cli-bundle/bin.js, and point worker.js beside it at dist/batch/worker.js. */
export async function bundleCli() {
  const outdir = join(root, 'dist', 'cli-bundle')
  // Chunk names carry a hash: old ones would pile up.
  rmSync(outdir, {recursive: true, force: true})
  await build({
    absWorkingDir: root,
    entryPoints: {bin: 'src/cli/bin.ts'},
    outdir,
    bundle: true,
    // What only some runs need (the batch code, the in-process pipeline) is loaded when they need it.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // piscina finds its own worker file beside its module: it stays in node_modules.
    external: ['piscina'],
    // CommonJS dependencies (iconv-lite, cli-progress) call require() for Node's modules.
    banner: {js: "import {createRequire as __scrubdownRequire} from 'node:module'; const require = __scrubdownRequire(import.meta.url);"},
    logLevel: 'warning',
  })
  // The pool (src/batch/pool.ts) starts its threads on `worker.js` beside its own code.
  writeFileSync(join(outdir, 'worker.js'), "export * from '../batch/worker.js'\nexport {default} from '../batch/worker.js'\n")
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleCli()

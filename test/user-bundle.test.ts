import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/batch.js'

/*
 * A user's service bundled with esbuild, scrubdown inside, run from a folder
 * with no node_modules: every file scrubdown reads at load time (the TLD
 * list, the stopword lists) must travel in the bundle, and the thread pool
 * must not load unless a stream asks for it.
 */
describe('scrubdown inside a user\'s bundle', () => {
  it('cleans a page from an esbuild bundle run away from node_modules, without loading piscina', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubdown-user-bundle-'))
    const dump = join(root, 'fixtures/nl-deepseek-fomo/input.txt')
    writeFileSync(join(dir, 'service.ts'), `import {readFileSync} from 'node:fs'\nimport {cleanSync} from 'scrubdown'\nprocess.stdout.write(cleanSync(readFileSync(${JSON.stringify(dump)})).meta.lang ?? '')\n`)
    const result = await build({
      entryPoints: [join(dir, 'service.ts')],
      outfile: join(dir, 'service.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      alias: {scrubdown: join(root, 'src/index.ts')},
      nodePaths: [join(root, 'node_modules')],
      metafile: true,
      // CommonJS dependencies call require() for Node's own modules, as in every ESM bundle for Node.
      banner: {js: "import {createRequire as bundleRequire} from 'node:module'; const require = bundleRequire(import.meta.url);"},
      logLevel: 'silent',
    })
    expect(execFileSync(process.execPath, [join(dir, 'service.mjs')], {cwd: dir, encoding: 'utf8'})).toBe('nl')
    // piscina may be in the bundle for cleanStream, but only behind a dynamic import.
    const imports = result.metafile.inputs
    const staticallyImportsPool = Object.values(imports).some((input) => input.imports.some((edge) => edge.path.endsWith('batch/pool.ts') && edge.kind === 'import-statement'))
    expect(staticallyImportsPool).toBe(false)
  })
})

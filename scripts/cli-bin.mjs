#!/usr/bin/env node
/**
 * The published `scrubdown` command (copied to dist/cli-bundle/bin.js by
 * scripts/bundle.mjs): loads the CLI bundle, dist/cli-bundle/cli.cjs, with
 * V8's compiled code of an earlier run (cli.cache beside it), so that a run
 * neither parses the 3.8 MB bundle nor compiles again the functions a run
 * calls. Node 20 keeps no such cache itself (22 does, for modules only).
 *
 * The cache is a file of this package, written by the build and trusted as
 * its code is: never one in a shared folder. It is used only when it is
 * whole (its own SHA-1 of V8's data) and made from this very bundle (the
 * bundle's SHA-256, which the build writes in the bundle's first line), and
 * V8 takes it only for its own version and flags. Else the bundle is
 * compiled from source, as without a cache, and at exit the run writes a
 * fresh cache (a temporary file renamed over the old one; nothing is said
 * when the folder cannot be written). `SCRUBDOWN_CODE_CACHE=write` makes a
 * run write it in any case (the build does, after a text and an HTML run).
 *
 * `--help` and `--version` alone print what the build saved of the CLI's own
 * answers (help.txt, version.txt): reading the cache would take them longer
 * than the whole answer.
 */
import {createHash} from 'node:crypto'
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

const here = dirname(fileURLToPath(import.meta.url))
const bundle = join(here, 'cli.cjs')
const cacheFile = join(here, 'cli.cache')
const magic = 'scrubdown code cache 1\n'

const argv = process.argv.slice(2)
const saved = {'--help': 'help.txt', '-h': 'help.txt', '--version': 'version.txt', '-v': 'version.txt'}
if (argv.length === 1 && Object.hasOwn(saved, argv[0])) {
  let answer
  try {
    answer = readFileSync(join(here, saved[argv[0]]), 'utf8')
  } catch {
    // Not saved (the build is writing them): the CLI answers.
  }
  if (answer !== undefined) {
    process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
    process.stdout.write(answer)
    process.exit(0)
  }
}

const source = readFileSync(bundle, 'utf8')
// "// scrubdown-cli <sha256 of the rest>": written by the build.
const id = source.slice(0, source.indexOf('\n'))

/** V8's data from cli.cache, when the file is whole and made from this bundle. */
function readCache() {
  let file
  try {
    file = readFileSync(cacheFile)
  } catch {
    return undefined
  }
  // magic, the bundle's first line, the SHA-1 of V8's data (40 hex digits), then the data.
  const head = `${magic}${id}\n`
  if (file.length < head.length + 41 || file.toString('latin1', 0, head.length) !== head) return undefined
  const sum = file.toString('latin1', head.length, head.length + 40)
  const data = file.subarray(head.length + 41)
  return createHash('sha1').update(data).digest('hex') === sum ? data : undefined
}

function writeCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`
  try {
    const data = script.createCachedData()
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${magic}${id}\n${createHash('sha1').update(data).digest('hex')}\n`, 'latin1'), data]))
    renameSync(temporary, cacheFile)
  } catch {
    // A folder the user cannot write (a global install): each run compiles, as without a cache.
    rmSync(temporary, {force: true})
  }
}

const cachedData = readCache()
// The bundle is CommonJS, run in a function as Node runs a CommonJS module.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: bundle, cachedData})
if (cachedData === undefined || script.cachedDataRejected || process.env.SCRUBDOWN_CODE_CACHE === 'write') {
  // At exit: the code of every function the run called is compiled by then, and goes in the cache with the rest.
  process.on('exit', () => writeCache(script))
}
const cli = {exports: {}}
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, here)
cli.exports.run(argv)

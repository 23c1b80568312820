#!/usr/bin/env node
/**
 * The published `scrubdown` command (copied to dist/cli-bundle/bin.cjs by
 * scripts/bundle.mjs): loads the CLI bundle, dist/cli-bundle/cli.cjs, with
 * V8's compiled code of an earlier run (cli.cache beside it), so that a run
 * neither parses the 3 MB bundle nor compiles again the functions a run
 * calls. Node 20 keeps no such cache itself (22 does, for modules only).
 *
 * CommonJS, not an ES module: Node starts a CommonJS main module without its
 * ES module loader, some 7 ms of CPU time less per run (`perf stat` of an
 * empty file of each kind).
 *
 * The cache is a file of this package, written by the build and trusted as
 * its code is: never one in a shared folder. It is used only when it is
 * whole (its own CRC-32 of V8's data) and made from this very bundle (the
 * bundle's SHA-256, which the build writes in the bundle's first line), and
 * V8 takes it only for its own version and flags. Else the bundle is
 * compiled from source, as without a cache, and at exit the run writes a
 * fresh cache (a temporary file renamed over the old one; nothing is said
 * when the folder cannot be written). `SCRUBDOWN_CODE_CACHE=write` makes a
 * run write it in any case (the build does, after a text and an HTML run).
 * The CRC-32 is zlib's, which the CLI loads anyway (gzip): a SHA-1 loaded
 * node:crypto for this alone and took some 4 ms a run in all.
 *
 * `--help` and `--version` alone print what the build saved of the CLI's own
 * answers (help.txt, version.txt): reading the cache would take them longer
 * than the whole answer.
 */
'use strict'
const {readFileSync, renameSync, rmSync, writeFileSync} = require('node:fs')
const {join} = require('node:path')

const here = __dirname
const bundle = join(here, 'cli.cjs')
const cacheFile = join(here, 'cli.cache')
const magic = 'scrubdown code cache 2\n'

const argv = process.argv.slice(2)
const saved = {'--help': 'help.txt', '-h': 'help.txt', '--version': 'version.txt', '-v': 'version.txt'}
let answer
if (argv.length === 1 && Object.hasOwn(saved, argv[0])) {
  try {
    answer = readFileSync(join(here, saved[argv[0]]), 'utf8')
  } catch {
    // Not saved (the build is writing them): the CLI answers.
  }
}
if (answer !== undefined) {
  process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
  process.stdout.write(answer)
} else {
  runBundle()
}

function runBundle() {
  const vm = require('node:vm')
  const {crc32} = require('node:zlib')
  // Node compiles a built-in module with its own code cache, which V8 takes only under the flags it was made with (the
  // defaults): a built-in first loaded after the flags below is compiled from source, some 4 ms more for these. Every run
  // loads them (the search for a config file, the read of the input, the arguments, the output): here, before the flags.
  void (require('node:fs/promises'), require('node:fs').ReadStream, require('node:util').parseArgs, process.stdout)
  // A regular expression is compiled to V8's bytecode on its first match and again to machine code on its second: a
  // run over one file matches some hundreds of them a few times each. Machine code from the first match saves a
  // tenth of a one-file run's instructions; a long run ends with the same machine code. Set before the cache is read,
  // as when it was written (V8 takes a cache only under the flags it was made with).
  require('node:v8').setFlagsFromString('--regexp-tier-up-ticks=0')
  // V8 hands a function to its optimizing compiler after a budget of bytecode run (67584 by default): at that point
  // most of ours had seen too few lines for their type feedback to hold, and were compiled, dropped and compiled again.
  // Sixteen times that budget took a one-file run some 15 ms less CPU time, 200 text dumps in one run 25 % less (3.7
  // against 2.7 s; four times: 3.1 s; 64 times: as 16; never optimizing: 3.6 s), the same output. Batch threads
  // share the flag (V8's flags are the process's).
  require('node:v8').setFlagsFromString('--interrupt-budget=1081344')

  // ASCII (the build escapes every other character, scripts/bundle.mjs): read as Latin-1, a one-byte string as it lies in the file.
  const source = readFileSync(bundle, 'latin1')
  // "// scrubdown-cli <sha256 of the rest>": written by the build.
  const id = source.slice(0, source.indexOf('\n'))
  const crc = (data) => crc32(data).toString(16).padStart(8, '0')

  /** V8's data from cli.cache, when the file is whole and made from this bundle. */
  const readCache = () => {
    let file
    try {
      file = readFileSync(cacheFile)
    } catch {
      return undefined
    }
    // magic, the bundle's first line, the CRC-32 of V8's data (8 hex digits), then the data.
    const head = `${magic}${id}\n`
    if (file.length < head.length + 9 || file.toString('latin1', 0, head.length) !== head) return undefined
    const sum = file.toString('latin1', head.length, head.length + 8)
    const data = file.subarray(head.length + 9)
    return crc(data) === sum ? data : undefined
  }

  const writeCache = (script) => {
    const temporary = `${cacheFile}.${process.pid}.tmp`
    try {
      const data = script.createCachedData()
      writeFileSync(temporary, Buffer.concat([Buffer.from(`${magic}${id}\n${crc(data)}\n`, 'latin1'), data]))
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
  script.runInThisContext()(cli.exports, require, cli, bundle, here)
  cli.exports.run(argv)
}

import {readFile, stat} from 'node:fs/promises'
import {join, relative, resolve} from 'node:path'
import pLimit from 'p-limit'
import {glob} from 'tinyglobby'
import type {CliOptions} from '../args.js'
import {createProgress, Stats} from './progress.js'
import {inShard, inside, safeRelativePath} from './paths.js'
import {createRunner, defaultConcurrency} from '../../batch/pool.js'
import {writeAtomic} from './write.js'
import {ErrorLog} from './errors.js'
import type {Io} from './io.js'

/** Inputs a folder or glob expands to. */
const documentFiles = '**/*.{txt,text,html,htm,xhtml,md,markdown}'

interface Input {
  path: string
  /** Path relative to its folder or glob base, mirrored under the output folder. */
  rel: string
}

/** Expand files, folders (recursively) and globs into inputs, each once, in a stable order. */
export async function expandInputs(patterns: string[]): Promise<{inputs: Input[]; missing: string[]}> {
  const inputs = new Map<string, Input>()
  const missing: string[] = []
  for (const pattern of patterns) {
    const info = await stat(pattern).catch(() => undefined)
    if (info?.isFile()) {
      inputs.set(resolve(pattern), {path: resolve(pattern), rel: pattern.replace(/^(\.\.?\/)+/, '').split('/').pop()!})
    } else if (info?.isDirectory()) {
      for (const file of await glob(documentFiles, {cwd: pattern, absolute: false, dot: false})) {
        inputs.set(resolve(pattern, file), {path: resolve(pattern, file), rel: file})
      }
    } else {
      const found = await glob(pattern, {absolute: false, dot: false, onlyFiles: true})
      if (found.length === 0) missing.push(pattern)
      const head = pattern.split(/[*?{[]/)[0]!
      const base = head.slice(0, head.lastIndexOf('/') + 1)
      for (const file of found) inputs.set(resolve(file), {path: resolve(file), rel: relative(base || '.', file)})
    }
  }
  return {inputs: [...inputs.values()].sort((a, b) => a.rel.localeCompare(b.rel)), missing}
}

/**
 * Each input's output path: its relative path with the extension swapped
 * (`a/b.txt` → `a/b.md`); where two inputs would meet (`b.txt`, `b.html`),
 * the later ones keep their extension (`b.html.md`). Sorted inputs make it stable.
 */
function outputNames(inputs: Input[], extension: string): Map<Input, string> {
  const names = new Map<Input, string>()
  const taken = new Set<string>()
  for (const input of inputs) {
    const safe = safeRelativePath(input.rel)
    let name = safe.replace(/\.[^./]*$/, '') + extension
    if (taken.has(name)) name = safe + extension
    taken.add(name)
    names.set(input, name)
  }
  return names
}

/**
 * `scrubdown --out DIR INPUTS…`: one output per input under DIR, mirroring
 * its relative path (`.md`, or `.json` with `--json`); failures go to
 * DIR/errors.jsonl with the reason, and the rest goes on.
 */
export async function runFiles(options: CliOptions & {out: string}, io: Io): Promise<number> {
  const outDir = resolve(options.out)
  const {inputs: all, missing} = await expandInputs(options.inputs)
  for (const pattern of missing) io.stderr.write(`scrubdown: ${pattern}: no such file, folder or match\n`)
  const inputs = all.filter((input) => inShard(input.rel, options.shard))
  const runner = await createRunner(options.concurrency ?? defaultConcurrency(), (message) => io.stderr.write(`scrubdown: ${message}\n`))
  const stats = new Stats()
  const progress = createProgress(io.stderr, inputs.length, options.quiet)
  const errors = new ErrorLog(join(outDir, 'errors.jsonl'))
  const limit = pLimit(Math.max(2, runner.threads * 2))
  const inputPaths = new Set(all.map((input) => input.path))
  const targets = outputNames(inputs, options.json ? '.json' : '.md')

  await Promise.all(
    inputs.map((input) =>
      limit(async () => {
        const target = inside(outDir, targets.get(input)!)
        if (inputPaths.has(target)) {
          fail(input.rel, 'the output would overwrite an input; choose another --out folder')
          return
        }
        if (options.resume && (await stat(target).catch(() => undefined))) {
          stats.skipped++
          return
        }
        let bytes: Buffer
        try {
          bytes = await readFile(input.path)
        } catch (error) {
          fail(input.rel, (error as Error).message)
          return
        }
        const result = await runner.run({input: bytes, options: {format: options.format, disable: options.disable, ...(options.maxBytes ? {maxBytes: options.maxBytes} : {})}, ...(options.url ? {url: options.url} : {}), ...(options.lang ? {lang: options.lang} : {})})
        if (!result.ok) {
          stats.add(result, bytes.length, 0)
          fail(input.rel, result.error, true)
        } else {
          const text = options.json
            ? `${JSON.stringify({meta: result.meta, markdown: result.markdown, ...(options.report ? {removed: result.removed} : {})}, null, 2)}\n`
            : result.markdown
          await writeAtomic(target, text)
          stats.add(result, bytes.length, Buffer.byteLength(text))
        }
        progress.tick(stats)
      }),
    ),
  )
  progress.stop()
  await runner.close()
  await errors.close()
  if (!options.quiet) io.stderr.write(stats.summary())
  return stats.failed > 0 || missing.length > 0 ? 1 : 0

  function fail(id: string, reason: string, counted = false): void {
    if (!counted) {
      stats.documents++
      stats.failed++
    }
    errors.write(id, reason)
    io.stderr.write(`scrubdown: ${id}: ${reason}\n`)
  }
}

/**
 * Cleans every page of a dev-eval set, HTML or dumps, on worker threads (the
 * library's own runner, as a batch uses it) and writes `<id>.md` per page
 * under `.eval-out/<set>/<kind>/` for the scorers and for reading by eye.
 */
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {createRunner} from '../../src/batch/pool.js'
import type {WorkerOptions} from '../../src/batch/cleaners.js'
import type {Meta} from '../../src/types.js'
import {type EvalSet, type Kind, inputPath, root} from './sets.js'

export interface Cleaned {
  /** Markdown per page id (front matter included); a failed page is absent. */
  outputs: Map<string, string>
  meta: Map<string, Meta>
  failures: Array<{id: string; error: string}>
  seconds: number
}

export function outDir(set: string, kind: Kind): string {
  return join(root, '.eval-out', set, kind)
}

export async function cleanSet(set: EvalSet, kind: Kind, threads = availableParallelism(), options: WorkerOptions = {}): Promise<Cleaned> {
  const dir = outDir(set.name, kind)
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const runner = await createRunner(threads, (message) => console.error(message), {timeout: 60_000})
  const started = performance.now()
  const outputs = new Map<string, string>()
  const meta = new Map<string, Meta>()
  const failures: Cleaned['failures'] = []
  try {
    await Promise.all(
      set.ids.map(async (id) => {
        const url = set.urls.get(id)
        const path = inputPath(set.name, kind, id)
        // A page the browser could not dump has no input: it scores as an empty output.
        if (!existsSync(path)) {
          failures.push({id, error: `no input at ${path}`})
          return
        }
        const result = await runner.run({
          input: new Uint8Array(readFileSync(path)),
          format: kind === 'html' ? 'html' : 'text',
          options,
          ...(url ? {url} : {}),
        })
        if (!result.ok) {
          failures.push({id, error: result.error})
          return
        }
        outputs.set(id, result.markdown)
        meta.set(id, result.meta)
        writeFileSync(join(dir, `${id}.md`), result.markdown)
      }),
    )
  } finally {
    await runner.close()
  }
  return {outputs, meta, failures, seconds: (performance.now() - started) / 1000}
}

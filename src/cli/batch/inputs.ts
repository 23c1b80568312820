import {realpath, stat} from 'node:fs/promises'
import {basename, dirname, relative, resolve} from 'node:path'
import pLimit from 'p-limit'
import {glob} from 'tinyglobby'
import {skipReason} from './folder-files.js'
import {isWithin, safeRelativePath} from './paths.js'

export interface Input {
  /** Absolute path to read. */
  path: string
  /** Path relative to its folder or glob base: mirrored under the output folder, the shard key, the id in errors. */
  rel: string
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** What the inputs given expand to: the documents, what gave none (a pattern and why), and the folders' files left out. */
export interface Expanded {
  inputs: Input[]
  /** A file, folder or glob that gave no document: a failure of the batch, named with its reason. */
  missing: Array<{pattern: string; reason: string}>
  /** Files found in folders but not read, by reason (`.png (not a page or a dump by its name)` → 3). */
  skipped: Map<string, number>
}

/**
 * Expand files, folders (recursively) and globs into inputs, each once, in a
 * stable order. A folder gives its documents (see skipReason: by name, else
 * by first bytes) and counts what it leaves out. An output folder strictly
 * below a folder or glob base is skipped, so it does not feed the next run
 * its own outputs; files named one by one are always taken (and `--out in
 * in` names each input it would overwrite rather than silently finding
 * nothing). A glob that matches nothing and a folder without a document are
 * alike: each is named as a failure.
 */
export async function expandInputs(patterns: string[], outDir: string): Promise<Expanded> {
  const inputs = new Map<string, Input>()
  const missing: Expanded['missing'] = []
  const skipped = new Map<string, number>()
  const sniff = pLimit(16)
  const add = (path: string, rel: string, base?: string) => {
    if (base !== undefined && isWithin(base, outDir) && isWithin(outDir, path)) return
    if (!inputs.has(path)) inputs.set(path, {path, rel})
  }
  const singles: string[] = []
  for (const pattern of patterns) {
    const info = await stat(pattern).catch(() => undefined)
    if (info?.isFile()) {
      singles.push(resolve(pattern))
    } else if (info?.isDirectory()) {
      const base = resolve(pattern)
      const files = (await glob('**/*', {cwd: pattern, absolute: true, dot: false})).filter((file) => !(isWithin(base, outDir) && isWithin(outDir, file)))
      const reasons = await Promise.all(files.map((file) => sniff(() => skipReason(file))))
      let taken = 0
      files.forEach((file, index) => {
        const reason = reasons[index]
        if (reason === undefined) {
          taken++
          add(file, relative(base, file), base)
        } else {
          skipped.set(reason, (skipped.get(reason) ?? 0) + 1)
        }
      })
      if (taken === 0) missing.push({pattern, reason: files.length === 0 ? 'an empty folder' : `a folder without a document (${files.length} file${files.length === 1 ? '' : 's'} left out by name or first bytes)`})
    } else {
      const found = await glob(pattern, {absolute: true, dot: false, onlyFiles: true})
      if (found.length === 0) missing.push({pattern, reason: 'no such file, folder or match'})
      // The folders before the first wildcard are the base the relative paths start from.
      const head = pattern.split(/[*?{[]/)[0]!
      const base = resolve(head.slice(0, head.lastIndexOf('/') + 1) || '.')
      for (const file of found) {
        const rel = relative(base, file)
        add(file, rel.startsWith('..') ? basename(file) : rel, base)
      }
    }
  }
  // Files named one by one (a shell's expansion of `dumps/*/page.html`) mirror their paths below the folder they share.
  const shared = commonFolder(singles)
  for (const path of singles) add(path, shared === undefined ? basename(path) : relative(shared, path))
  const sorted = [...inputs.values()].sort((a, b) => byCodeUnit(a.rel, b.rel) || byCodeUnit(a.path, b.path))
  return {inputs: sorted, missing, skipped}
}

/** The deepest folder holding every one of the files, or nothing for a single file (its name alone is mirrored). */
function commonFolder(files: string[]): string | undefined {
  if (files.length < 2) return undefined
  let shared = dirname(files[0]!)
  for (const file of files) {
    while (!isWithin(shared, file)) shared = dirname(shared)
  }
  return shared
}

/**
 * Each input's output path, relative to the output folder: its relative path,
 * sanitized, with the extension swapped (`a/b.txt` → `a/b.md`). Where two
 * inputs would meet (`b.txt` and `b.html`, or two `b.txt` from different
 * folders), the later keeps its extension (`b.html.md`), then gets a number
 * (`b.txt~2.md`). Names that differ only in case count as meeting, for
 * file systems that ignore case. Sorted inputs make the choice stable.
 */
export function outputNames(inputs: Input[], extension: string): Map<Input, string> {
  const names = new Map<Input, string>()
  const taken = new Set<string>()
  for (const input of inputs) {
    const safe = safeRelativePath(input.rel)
    const candidates = [withoutExtension(safe.replace(/\.gz$/i, '')) + extension, safe + extension]
    let name = candidates.find((candidate) => !taken.has(candidate.toLowerCase()))
    for (let number = 2; name === undefined; number++) {
      const candidate = `${safe}~${number}${extension}`
      if (!taken.has(candidate.toLowerCase())) name = candidate
    }
    taken.add(name.toLowerCase())
    names.set(input, name)
  }
  return names
}

/** `a/b.txt` → `a/b`; a name without an extension, or a dot file (`.notes`), stays whole. */
function withoutExtension(path: string): string {
  const dot = path.lastIndexOf('.')
  return dot > path.lastIndexOf('/') + 1 ? path.slice(0, dot) : path
}

/** The real paths of the inputs (links followed): what no output may replace. */
export async function realPaths(inputs: Input[]): Promise<Set<string>> {
  const limit = pLimit(16)
  const paths = await Promise.all(inputs.map((input) => limit(() => realpath(input.path).catch(() => input.path))))
  return new Set([...paths, ...inputs.map((input) => input.path)])
}

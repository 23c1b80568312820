import {realpath} from 'node:fs/promises'
import {basename, dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'

/** Windows device names, refused as file names everywhere so outputs can be copied anywhere. */
const reserved = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i

/**
 * An input's relative path as a safe relative output path (record ids never
 * become paths; they stay data inside the JSON Lines output):
 * separators kept as folders, `..`, `.`, empty and reserved names replaced,
 * control characters and NUL replaced by `_`, never absolute. The result always
 * resolves inside the output folder.
 */
export function safeRelativePath(path: string): string {
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .map((part) => part.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim())
    .filter((part) => part !== '' && part !== '.')
    .map((part) => (part === '..' ? '_' : reserved.test(part) ? `_${part}` : part))
    .map((part) => (part.length > 200 ? part.slice(0, 200) : part))
  return parts.length === 0 ? '_' : parts.join('/')
}

/** The absolute output path of a relative one, refusing anything that would land outside `root`. */
export function inside(root: string, path: string): string {
  const target = resolve(root, path)
  if (!isWithin(root, target)) throw new Error(`output path ${JSON.stringify(path)} would leave the output folder`)
  return target
}

/** Is `path` strictly below the folder `root`? */
export function isWithin(root: string, path: string): boolean {
  const back = relative(resolve(root), resolve(path))
  return back !== '' && back !== '..' && !back.startsWith(`..${sep}`) && !isAbsolute(back)
}

/**
 * Where writing `path` really lands: its folder with every symbolic link
 * followed (as far as the folder exists yet), plus its own name. The name
 * itself is not followed, because a rename replaces a link rather than
 * writing through it. This is what is compared against the inputs and the
 * output folder, so a link cannot lead a write onto an input or outside `--out`.
 */
export async function realTarget(path: string): Promise<string> {
  const rest: string[] = [basename(path)]
  let folder = dirname(path)
  for (;;) {
    try {
      return join(await realpath(folder), ...rest)
    } catch {
      const parent = dirname(folder)
      if (parent === folder) return resolve(path)
      rest.unshift(basename(folder))
      folder = parent
    }
  }
}

export {inShard, stableHash} from '../../batch/shard.js'

import {isAbsolute, relative, resolve, sep} from 'node:path'

/** Windows device names, refused as file names everywhere so outputs can be copied anywhere. */
const reserved = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i

/**
 * A record id or an input's relative path as a safe relative output path:
 * separators kept as folders, `..`, `.`, empty and reserved names replaced,
 * control characters and NUL dropped, never absolute. The result always
 * resolves inside the output folder.
 */
export function safeRelativePath(id: string): string {
  const parts = id
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
  const back = relative(resolve(root), target)
  if (back === '' || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back)) {
    throw new Error(`output path ${JSON.stringify(path)} would leave the output folder`)
  }
  return target
}

/** A stable hash of a string (FNV-1a, 32 bits): the same shard on every machine and run. */
export function stableHash(key: string): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** Is this key in shard K of N (1-based)? */
export function inShard(key: string, shard: {index: number; count: number} | undefined): boolean {
  return !shard || stableHash(key) % shard.count === shard.index - 1
}

/** A stable hash of a string (FNV-1a, 32 bits): the same shard on every machine and run. */
export function stableHash(key: string): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** The K-th of N shares of a batch (1-based K). */
export interface Shard {
  index: number
  count: number
}

/** Is this key (a relative path, a record id) in shard K of N? Every key is in exactly one. */
export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || stableHash(key) % shard.count === shard.index - 1
}

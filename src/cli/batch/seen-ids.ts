import {hash} from 'node:crypto'

/** A 64-bit key: two 32-bit halves. */
export type Key = readonly [high: number, low: number]

/** The first 64 bits of the id's SHA-256 (of its UTF-8): spread evenly however alike the ids are (`doc-1`, `doc-2` …). */
export function idKey(id: string): Key {
  const digest = hash('sha256', id, 'buffer')
  return [digest.readUInt32BE(0), digest.readUInt32BE(4)]
}

/** How many ids are remembered: 3,145,728, three quarters of a table of 2^22 slots (48 MiB). */
export const defaultIdLimit = 3 * 2 ** 20

/**
 * The ids of a JSON Lines run, each with the line it first came on, so that a
 * repeated id can be named with that line (issue 13), in about 16 to 32
 * bytes an id whatever its length, instead of a `Map<string, number>`'s 60
 * and more plus the string (24 MB per 400,000 short ids; URL ids cost more).
 *
 * An id is kept as a 64-bit hash of it (`idKey`) beside its first line, in
 * one typed array of 12 bytes a slot (open addressing, linear probing; line
 * 0 marks an empty slot, lines count from 1), doubled when three quarters
 * full. Two different ids are taken for one only when their 64-bit hashes
 * are equal: for n ids the odds are about n²/2^65, 4·10⁻⁹ for 400,000 ids and
 * 3·10⁻⁷ at the limit, so for any real stream duplicates are exact.
 *
 * At most `limit` ids are remembered (3,145,728 by default: a table of 48
 * MiB, some 8 GB of records of a few kB). Past that, ids are still looked
 * up among those remembered, so a repeat of one of them is still named, but
 * new ids are not added (`notKept` counts them), and two records past the
 * limit that share an id go unnoticed.
 */
export class SeenIds {
  /** Per slot: the key's high half, its low half, the first line (0: empty). */
  private slots: Uint32Array
  private mask: number
  private count = 0
  /** First sightings not remembered: the table was full. */
  notKept = 0

  constructor(
    readonly limit = defaultIdLimit,
    private readonly keyOf: (id: string) => Key = idKey,
    capacity = 1024,
  ) {
    const size = 2 ** Math.max(1, Math.ceil(Math.log2(capacity)))
    this.slots = new Uint32Array(size * 3)
    this.mask = size - 1
  }

  /** How many ids are remembered. */
  get size(): number {
    return this.count
  }

  /** The slots the table has (a power of two); its bytes are 12 times this. */
  get capacity(): number {
    return this.mask + 1
  }

  /**
   * Note `id` met on `line` (1-based): the line an earlier record with this
   * id came on, or undefined for a first sighting, remembered while there is
   * room (else counted in `notKept`).
   */
  note(id: string, line: number): number | undefined {
    const [high, low] = this.keyOf(id)
    const slot = this.find(high, low)
    const first = this.slots[slot * 3 + 2]!
    if (first !== 0) return first
    if (this.count >= this.limit) this.notKept++
    else this.put(slot, high, low, line)
    return undefined
  }

  /** The slot holding this key, or the empty slot where it would go. */
  private find(high: number, low: number): number {
    const slots = this.slots
    let slot = low & this.mask
    while (slots[slot * 3 + 2] !== 0 && (slots[slot * 3] !== high || slots[slot * 3 + 1] !== low)) slot = (slot + 1) & this.mask
    return slot
  }

  private put(slot: number, high: number, low: number, line: number): void {
    this.slots[slot * 3] = high
    this.slots[slot * 3 + 1] = low
    // A line past 2^32 - 1 (four billion lines) is named as that.
    this.slots[slot * 3 + 2] = Math.min(line, 0xffffffff)
    this.count++
    if (this.count * 4 > this.capacity * 3) this.grow()
  }

  /** Twice the slots, every key moved to its place in them. */
  private grow(): void {
    const old = this.slots
    this.slots = new Uint32Array(old.length * 2)
    this.mask = this.mask * 2 + 1
    for (let index = 0; index < old.length; index += 3) {
      if (old[index + 2] === 0) continue
      const slot = this.find(old[index]!, old[index + 1]!)
      this.slots.set(old.subarray(index, index + 3), slot * 3)
    }
  }
}

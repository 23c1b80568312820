/**
 * Checks that N shard outputs of a JSON Lines run (`--shard K/N`) are, put
 * together, one unsharded run byte for byte: each shard's results and errors
 * in input order, every record in exactly one shard, and the union, ordered
 * by input line, equal to the unsharded OUT.jsonl and OUT.errors.jsonl.
 * Used by scripts/slurm-e2e.sh; exits 1 on any difference.
 *
 *   node --import tsx scripts/shard-union.ts IN.jsonl ALL.jsonl SHARD1.jsonl … SHARDN.jsonl
 */
import {existsSync, readFileSync} from 'node:fs'

const [input, whole, ...shards] = process.argv.slice(2)
if (!input || !whole || shards.length === 0) throw new Error('usage: shard-union.ts IN.jsonl ALL.jsonl SHARD.jsonl…')

const lines = (path: string): string[] => (existsSync(path) ? readFileSync(path, 'utf8').split(/(?<=\n)/) : [])
const errorsOf = (path: string) => path.replace(/\.jsonl$/, '.errors.jsonl')
const idKey = (id: unknown) => JSON.stringify(id)

// Input line (1-based) of each id; the corpus has no repeated id, so an id names one line.
const lineOf = new Map<string, number>()
lines(input).forEach((line, index) => {
  const key = idKey((JSON.parse(line) as {id: unknown}).id)
  if (lineOf.has(key)) throw new Error(`id ${key} repeated in ${input}`)
  lineOf.set(key, index + 1)
})
const positionOf = (line: string, path: string): number => {
  const position = lineOf.get(idKey((JSON.parse(line) as {id: unknown}).id))
  if (position === undefined) throw new Error(`${path}: a result whose id is not in the input: ${line.slice(0, 80)}`)
  return position
}

const problems: string[] = []
/** The shards' lines of one kind (results or errors), merged by input line; each shard must be in input order. */
function merge(pathOf: (shard: string) => string): string {
  const all: Array<{position: number; line: string}> = []
  for (const shard of shards) {
    const path = pathOf(shard)
    let last = 0
    for (const line of lines(path)) {
      const position = positionOf(line, path)
      if (position <= last) problems.push(`${path}: line for input line ${position} after input line ${last}`)
      last = position
      all.push({position, line})
    }
  }
  return all.sort((a, b) => a.position - b.position).map((entry) => entry.line).join('')
}

const counts = shards.map((shard) => lines(shard).length)
for (const [kind, pathOf] of [['results', (path: string) => path], ['errors', errorsOf]] as const) {
  const merged = merge(pathOf)
  const expected = lines(pathOf(whole)).join('')
  if (merged === expected) console.log(`${kind}: the ${shards.length} shards together equal ${pathOf(whole)} byte for byte (${Buffer.byteLength(expected)} bytes, ${lines(pathOf(whole)).length} lines)`)
  else problems.push(`${kind}: the shards together (${Buffer.byteLength(merged)} bytes) differ from ${pathOf(whole)} (${Buffer.byteLength(expected)} bytes)`)
}
console.log(`results per shard: ${counts.join(' ')}`)
if (counts.some((count) => count === 0)) problems.push('a shard has no result: the check would prove little')
for (const problem of problems) console.error(`FAIL ${problem}`)
process.exit(problems.length === 0 ? 0 : 1)

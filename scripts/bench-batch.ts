/**
 * `npm run bench:batch`: batch throughput and memory, as data teams run it.
 *
 * - docs/s and MB/s for text dumps on one worker and on all cores, the CLI
 *   over a JSON Lines corpus made from fixtures/*\/input.txt (median of 3);
 * - peak memory for a large JSON Lines stream generated on the fly (not kept):
 *   BENCH_JSONL_MB sets its size (default 100; 1024 for the 1 GB figure).
 *
 * Runs the built CLI (dist/) when there is one, else the source through tsx.
 */
import {spawnSync} from 'node:child_process'
import {createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import {once} from 'node:events'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'dist/cli/bin.js')
const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src/cli/bin.ts')]
const dir = mkdtempSync(join(tmpdir(), 'scrubdown-bench-'))

const dumps = readdirSync(join(root, 'fixtures'))
  .map((name) => join(root, 'fixtures', name, 'input.txt'))
  .filter((path) => existsSync(path))
  .map((path) => readFileSync(path, 'utf8'))

async function corpus(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path)
  let written = 0
  let count = 0
  while (written < bytes) {
    const line = `${JSON.stringify({id: `doc-${count}`, text: dumps[count % dumps.length]})}\n`
    written += Buffer.byteLength(line)
    count++
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return count
}

function run(input: string, threads: number): {seconds: number; peakMb: number} {
  const started = performance.now()
  const result = spawnSync(process.execPath, [...cli, '--jsonl', input, '--out', join(dir, 'out.jsonl'), '--concurrency', String(threads)], {cwd: root, encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(result.stderr)
  const peak = /peak memory: (\d+) MB/.exec(result.stderr)
  return {seconds, peakMb: peak ? Number(peak[1]) : Number.NaN}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const small = join(dir, 'corpus.jsonl')
const docs = await corpus(small, 8 * 1024 * 1024)
const mb = statSync(small).size / 1e6
console.log(`corpus: ${docs} text dumps, ${mb.toFixed(1)} MB, made from ${dumps.length} fixtures; ${availableParallelism()} cores`)
const rates = new Map<number, number>()
for (const threads of [1, availableParallelism()]) {
  const seconds = median([0, 1, 2].map(() => run(small, threads).seconds))
  rates.set(threads, docs / seconds)
  console.log(`  ${threads} thread${threads === 1 ? ' ' : 's'}: ${(docs / seconds).toFixed(0)} docs/s, ${(mb / seconds).toFixed(2)} MB/s (median of 3, whole process)`)
}
const speedup = rates.get(availableParallelism())! / rates.get(1)!
console.log(`  speed-up: ${speedup.toFixed(2)}x on ${availableParallelism()} threads`)

const largeMb = Number(process.env.BENCH_JSONL_MB ?? 100)
const large = join(dir, 'large.jsonl')
const largeDocs = await corpus(large, largeMb * 1024 * 1024)
const {seconds, peakMb} = run(large, availableParallelism())
console.log(`stream: ${largeDocs} documents, ${largeMb} MB of JSON Lines in ${seconds.toFixed(1)} s: peak memory ${peakMb} MB`)
rmSync(dir, {recursive: true, force: true})

/**
 * A worker module for memory tests: scrubdown's own worker, except that a
 * document holding `HUNGRY` first keeps about 300 MB of live objects, more
 * than a capped cleaning thread may hold (see src/batch/pool.ts).
 */
import type {BatchTask} from '../../src/batch/job.js'
import runTask, {type Task, batch as realBatch} from '../../src/batch/worker.js'

export const marker = 'HUNGRY'

function holdsMarker(input: Uint8Array | string): boolean {
  return (typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.length).toString('utf8')).includes(marker)
}

function eat(): number {
  const kept: number[][] = []
  // Arrays of small numbers live on the JS heap (unlike Buffers): 40 × 1 M elements × 8 bytes.
  for (let index = 0; index < 40; index++) kept.push(new Array<number>(1_000_000).fill(index))
  return kept.length
}

export default function run(task: Task) {
  if (holdsMarker(task.input)) eat()
  return runTask(task)
}

export function batch(task: BatchTask) {
  if (holdsMarker(task.input)) eat()
  return realBatch(task)
}

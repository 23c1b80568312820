/**
 * A worker module for timeout tests: scrubdown's own worker, except that a
 * document holding `NEVER ENDS` is cleaned with one more stage, which loops
 * forever (synchronous, so only stopping the thread ends it).
 */
import type {Plugin} from 'unified'
import type {Root} from 'mdast'
import {markStarted} from '../../src/batch/deadline.js'
import type {BatchTask} from '../../src/batch/job.js'
import runTask, {type Task, batch as realBatch} from '../../src/batch/worker.js'
import {createCleaner} from '../../src/clean.js'

export const marker = 'NEVER ENDS'

const neverEnds: Plugin<[], Root> = () => () => {
  for (;;) {
    // Spin: a stage stuck on a pathological document.
  }
}
const looping = createCleaner({stages: (defaults) => [...defaults, {name: 'never-ends', plugin: neverEnds}]})

function holdsMarker(input: Uint8Array | string): boolean {
  return (typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.length).toString('utf8')).includes(marker)
}

export default function run(task: Task) {
  if (!holdsMarker(task.input)) return runTask(task)
  markStarted(task.clock)
  return looping.cleanSync(task.input)
}

export function batch(task: BatchTask) {
  if (!holdsMarker(task.input)) return realBatch(task)
  markStarted(task.clock)
  return looping.cleanSync(task.input)
}

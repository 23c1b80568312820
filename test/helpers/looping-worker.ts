/**
 * A worker module for timeout tests: scrubdown's own worker, except that a
 * document holding `NEVER ENDS` is cleaned with one more stage, which loops
 * forever (synchronous, so only stopping the thread ends it).
 *
 * Only that document starts its clock (see deadline.ts): the others never
 * count as started, so no limit can stop them however slow the machine is,
 * and the tests can give the stuck one a fraction of a second. When a
 * document's time starts and when it runs out are tested on a fake clock in
 * test/deadline.test.ts.
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
  if (!holdsMarker(task.input)) return runTask({...task, clock: undefined})
  markStarted(task.clock)
  return looping.cleanSync(task.input)
}

export function batch(task: BatchTask) {
  if (!holdsMarker(task.input)) return realBatch({...task, clock: undefined})
  markStarted(task.clock)
  return looping.cleanSync(task.input)
}

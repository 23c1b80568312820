/**
 * Run `work` and count the event loop's turns meanwhile: more than one says
 * the work ran off this thread (a synchronous clean lets none happen).
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{result: T; turns: number}> {
  let turns = 0
  let running = true
  const turn = () => {
    turns++
    if (running) setImmediate(turn)
  }
  setImmediate(turn)
  try {
    return {result: await work(), turns}
  } finally {
    running = false
  }
}

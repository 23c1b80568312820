/**
 * A document's time limit, counted from when a worker thread starts on it:
 * the time it waits in the queue (behind other documents, or for a thread
 * that replaces one stopped by a timeout) does not count. The worker notes
 * its start in a shared slot; the main thread's timer reads it.
 */

/** A shared slot holding the time (ms since the epoch) a worker started the document; 0 until then. */
export type StartClock = BigInt64Array<SharedArrayBuffer>

export function startClock(): StartClock {
  return new BigInt64Array(new SharedArrayBuffer(8))
}

/** In the worker, first thing: the document's time starts now. */
export function markStarted(clock: StartClock | undefined): void {
  if (clock) Atomics.store(clock, 0, BigInt(Date.now()))
}

/** How often a document still waiting for a thread is looked at again (at most). */
const waitingCheck = 1000

/**
 * Call `expire` once the document has run `limit` ms since its worker
 * started it. Returns the function that cancels the watch (call it when the
 * document is done).
 */
export function watchDeadline(clock: StartClock, limit: number, expire: () => void): () => void {
  let timer: NodeJS.Timeout
  const check = () => {
    const started = Number(Atomics.load(clock, 0))
    if (started === 0) {
      timer = setTimeout(check, Math.min(limit, waitingCheck))
      return
    }
    const left = started + limit - Date.now()
    if (left > 0) timer = setTimeout(check, left)
    else expire()
  }
  timer = setTimeout(check, limit)
  return () => clearTimeout(timer)
}

/** `timed out after 60 s`, `timed out after 0.25 s`. */
export function timedOut(limit: number): string {
  return `timed out after ${limit / 1000} s`
}

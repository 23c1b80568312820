import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {markStarted, startClock, timedOut, watchDeadline} from '../src/batch/deadline.js'

/*
 * A document's time limit on a fake clock: when its time starts and when it
 * runs out, without waiting and whatever the machine's load (the thread
 * tests in timeout.test.ts only check that a stuck document is stopped).
 */
describe('watchDeadline', () => {
  beforeEach(() => {
    vi.useFakeTimers({now: new Date('2026-01-01T00:00:00Z')})
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('expires a document once it has run the limit since its worker started it, not before', () => {
    const clock = startClock()
    const expire = vi.fn()
    watchDeadline(clock, 400, expire)
    markStarted(clock)
    vi.advanceTimersByTime(399)
    expect(expire).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(expire).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(expire).toHaveBeenCalledTimes(1)
  })

  it('does not count the time a document waits for a thread', () => {
    const clock = startClock()
    const expire = vi.fn()
    watchDeadline(clock, 400, expire)
    // Queued behind other documents for a minute: never started, never expired.
    vi.advanceTimersByTime(60_000)
    expect(expire).not.toHaveBeenCalled()
    markStarted(clock)
    vi.advanceTimersByTime(399)
    expect(expire).not.toHaveBeenCalled()
    // The waiting document is looked at again at most every second, so it may get a little more, never less.
    vi.advanceTimersByTime(1000)
    expect(expire).toHaveBeenCalledTimes(1)
  })

  it('a document started late in a check gets its whole limit from its start', () => {
    const clock = startClock()
    const expire = vi.fn()
    watchDeadline(clock, 5000, expire)
    vi.advanceTimersByTime(4000)
    markStarted(clock)
    vi.advanceTimersByTime(4999)
    expect(expire).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(expire).toHaveBeenCalledTimes(1)
  })

  it('stops watching when the document is done', () => {
    const clock = startClock()
    const expire = vi.fn()
    const unwatch = watchDeadline(clock, 400, expire)
    markStarted(clock)
    vi.advanceTimersByTime(200)
    unwatch()
    vi.advanceTimersByTime(10_000)
    expect(expire).not.toHaveBeenCalled()
  })

  it('says the limit in seconds', () => {
    expect(timedOut(60_000)).toBe('timed out after 60 s')
    expect(timedOut(250)).toBe('timed out after 0.25 s')
  })
})

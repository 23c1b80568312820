import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ScrubdownError, cleanStream, cleanSync, createPool} from '../src/index.js'
import type {CleanerPool} from '../src/index.js'
import {seedText} from './helpers/batch.js'
import {turnsDuring} from './helpers/event-loop.js'

const options = {punctuation: {quotes: 'keep' as const}}
let pool: CleanerPool

beforeAll(async () => {
  pool = await createPool({threads: 1, ...options})
})
afterAll(() => pool.close())

/* A pool cleans off the calling thread, reused across calls and streams, each call abandonable. */
describe('createPool', () => {
  it('cleans as cleanSync does, in a worker thread: the event loop keeps turning meanwhile', async () => {
    const dump = seedText('sv-deepseek-fomo')
    const {result, turns} = await turnsDuring(() => pool.clean(dump))
    expect(result).toEqual(cleanSync(dump, options))
    expect(turns).toBeGreaterThan(1)
  })

  it('rejects an aborted call with the signal\'s reason, bad input with its ScrubdownError, and goes on', async () => {
    await expect(pool.clean(seedText('nl-deepseek-fomo'), {signal: AbortSignal.abort(new Error('client went away'))})).rejects.toThrow('client went away')
    const binary = pool.clean(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))
    await expect(binary).rejects.toBeInstanceOf(ScrubdownError)
    await expect(binary).rejects.toMatchObject({code: 'EBINARY'})
    expect((await pool.clean(seedText('nl-deepseek-fomo'))).meta.lang).toBe('nl')
  })

  it('serves cleanStream and stays open after it', async () => {
    const records = [{id: 'a', text: seedText('nl-deepseek-fomo')}, {id: 'b', text: seedText('de-deepseek-fomo')}]
    const results = []
    for await (const result of cleanStream(records, {pool})) results.push(result)
    expect(results.map((result) => result.ok && result.meta.lang)).toEqual(['nl', 'de'])
    expect((await pool.clean(seedText('ar-deepseek-fomo'))).meta.lang).toBe('ar')
  })
})

import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ScrubdownError, cleanStream, cleanSync, createCleaner, createPool} from '../src/index.js'
import type {StageSpec, ThreadedCleaner} from '../src/index.js'
import {seedText} from './helpers/batch.js'
import {turnsDuring} from './helpers/event-loop.js'

const options = {punctuation: {quotes: 'keep' as const}, url: 'https://example.com/threads'}
let cleaner: ThreadedCleaner

beforeAll(() => {
  cleaner = createCleaner({threads: 1, ...options})
})
afterAll(() => cleaner.close())

/* createCleaner({threads}): one cleaner whose clean() runs on warm worker threads and whose cleanSync stays on this thread. */
describe('createCleaner({threads})', () => {
  it('cleans in a warm worker thread as cleanSync does here, with the cleaner\'s own defaults (url)', async () => {
    await cleaner.ready
    expect(cleaner.threads).toBe(1)
    const dump = seedText('sv-deepseek-fomo')
    const {result, turns} = await turnsDuring(() => cleaner.clean(dump))
    expect(result).toEqual(cleanSync(dump, options))
    expect(result.meta.url).toBe('https://example.com/threads')
    // The event loop went on while the document was cleaned elsewhere.
    expect(turns).toBeGreaterThan(1)
    // cleanSync on the same cleaner: in this thread, same result.
    expect(cleaner.cleanSync(dump)).toEqual(result)
  })

  it('takes a signal per call, and a document\'s own options', async () => {
    await expect(cleaner.clean(seedText('nl-deepseek-fomo'), {signal: AbortSignal.abort(new Error('client went away'))})).rejects.toThrow('client went away')
    const result = await cleaner.clean(seedText('nl-deepseek-fomo'), {url: 'https://example.com/nl', lang: 'nl'})
    expect(result.meta).toMatchObject({lang: 'nl', url: 'https://example.com/nl'})
  })

  it('serves cleanStream as a pool, and stays open after it', async () => {
    const records = [{id: 'a', text: seedText('nl-deepseek-fomo')}, {id: 'b', text: seedText('de-deepseek-fomo')}]
    const results = []
    for await (const result of cleanStream(records, {pool: cleaner})) results.push(result)
    expect(results.map((result) => result.ok && result.meta.lang)).toEqual(['nl', 'de'])
    expect((await cleaner.clean(seedText('ar-deepseek-fomo'))).meta.lang).toBe('ar')
  })

  it('refuses what cannot cross to a thread (a stage list, functions), and a timeout without threads, before starting any', async () => {
    const stages: StageSpec[] = [{name: 'mine', plugin: () => () => {}}]
    const refused = (make: () => unknown, message: RegExp) => {
      let error: unknown
      try {
        make()
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ScrubdownError)
      expect(error).toMatchObject({code: 'EOPTIONS', message: expect.stringMatching(message) as unknown})
    }
    refused(() => createCleaner({threads: 2, stages}), /^stages cannot cross to a worker thread/)
    refused(() => createCleaner({threads: 2, stages: (defaults) => defaults}), /^stages cannot cross to a worker thread/)
    refused(() => createCleaner({threads: 2, stringify: {join: [() => undefined]}}), /^stringify\.join\[0\] is a function/)
    refused(() => createCleaner({threads: 0}), /^threads must be a whole number from 1/)
    refused(() => createCleaner({timeout: 1000}), /^timeout needs threads/)
    await expect(createPool({threads: 1, stages} as never)).rejects.toMatchObject({code: 'EOPTIONS'})
    const stream = cleanStream([{id: 'a', text: 'x'}], {threads: 2, stages} as never)
    await expect(stream.next()).rejects.toMatchObject({code: 'EOPTIONS'})
    // On this thread, a stage list is fine as ever.
    expect(createCleaner({stages: (defaults) => defaults}).cleanSync(seedText('nl-deepseek-fomo')).meta.lang).toBe('nl')
  })

  it('rejects calls once closed; a cleaner without threads closes too, doing nothing', async () => {
    const closing = createCleaner({threads: 1})
    await closing.close()
    await expect(closing.clean('Some text.')).rejects.toThrow('the cleaner is closed')
    expect(closing.cleanSync('Een korte tekst in het Nederlands, lang genoeg om de taal te herkennen zonder twijfel.').markdown).toContain('Nederlands')
    await createCleaner().close()
  })
})

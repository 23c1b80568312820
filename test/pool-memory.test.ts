import {describe, expect, it} from 'vitest'
import {createRunner} from '../src/batch/pool.js'
import {marker} from './helpers/hungry-worker.js'

/*
 * Cleaning threads have a capped heap (peak memory stays flat); a document
 * that needs more than that is cleaned again on a thread without the cap,
 * so it is not lost to the limit. test/helpers/hungry-worker.ts holds 300 MB
 * for a document with the marker.
 */
const hungryWorker = new URL('./helpers/hungry-worker.ts', import.meta.url)
const text = 'Een alinea die lang genoeg is om als gewone tekst te tellen, met een punt aan het eind.'

describe('memory per cleaning thread', () => {
  it('cleans a document that outgrows a capped thread on a roomy one, and the rest as usual', async () => {
    const warnings: string[] = []
    const runner = await createRunner(2, (message) => warnings.push(message), {worker: hungryWorker})
    try {
      const [hungry, plain] = await Promise.all([
        runner.run({input: `${text} ${marker}`, options: {}}),
        runner.run({input: text, options: {}}),
      ])
      expect(warnings).toEqual([])
      expect(hungry.ok, JSON.stringify(hungry)).toBe(true)
      expect(plain.ok).toBe(true)
      if (hungry.ok) expect(hungry.markdown).toContain('HUNGRY')
    } finally {
      await runner.close()
    }
  })
})

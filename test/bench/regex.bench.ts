import {bench, describe} from 'vitest'
import {createCleaner} from '../../src/index.js'
import {adversarial} from '../helpers/adversarial.js'

/*
 * The whole pipeline on 1 MB adversarial strings, one line each: a regular
 * expression that backtracks shows as a case far slower than the rest
 * (every case should clean in about the time of any other 1 MB of text).
 * Measured here, never asserted by a timed test; test/redos.test.ts checks
 * each expression statically.
 */
const cleaner = createCleaner({maxBytes: 4 * 1024 * 1024})

describe('1 MB adversarial strings, the whole pipeline', () => {
  for (const [name, input] of Object.entries(adversarial)) {
    bench(name, () => {
      cleaner.cleanSync(input)
    }, {iterations: 2, time: 0, warmupIterations: 0})
  }
})

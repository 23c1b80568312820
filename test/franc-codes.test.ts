import {describe, expect, it} from 'vitest'
import {francCodeTable} from '../scripts/franc-codes.js'
import {normalizeCode, toLangCode} from '../src/language/codes.js'
import {francCodes} from '../src/language/franc-codes.js'

/* src/language/franc-codes.ts holds franc's codes normalized ahead, as codes.ts normalizes any other. */
describe('franc\'s codes normalized ahead', () => {
  it('are what normalizeCode gives from the installed tables (else run npx tsx scripts/franc-codes.ts)', () => {
    expect(francCodes).toEqual(francCodeTable())
  })

  it('answer toLangCode as before, and a code named like an object\'s property is normalized as any other', () => {
    for (const code of ['arb', 'pes', 'cmn', 'zlm', 'tgl', 'eng']) expect(toLangCode(code)).toBe(normalizeCode(code))
    expect(toLangCode('cmn')).toBe('zh')
    expect(toLangCode('constructor')).toBe('und')
    expect(toLangCode('toString')).toBe(normalizeCode('toString'))
  })
})

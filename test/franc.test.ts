import fc from 'fast-check'
import {francAll as francsOwn} from 'franc'
import {describe, expect, it} from 'vitest'
import {francAll} from '../src/language/franc.js'
import {unicodeText} from './helpers/arbitraries.js'

/**
 * src/language/franc.ts is franc's francAll with each language's model
 * built when first asked: the same ranking and scores as franc itself, on
 * any text, for any pool of languages and minimum length.
 */
const samples = [
  'The council approved the plan on Tuesday after a long debate about the costs of dredging the harbour.',
  'De gemeente heeft besloten dat het nieuwe plan volgend jaar wordt uitgevoerd met steun van bewoners.',
  'Die Regierung hat angekündigt, dass neue Regeln für den Verkehr im Sommer gelten sollen.',
  'Правительство объявило, что новые правила дорожного движения вступят в силу летом.',
  'أعلنت الحكومة أن القواعد الجديدة للمرور ستطبق خلال فصل الصيف في جميع المدن الكبرى',
  '政府宣布，新的交通规则将于夏季生效。',
  'सरकार ने घोषणा की कि नए यातायात नियम गर्मियों में लागू होंगे।',
  '12345 67890 !!! ???',
]
const codes = ['eng', 'nld', 'deu', 'rus', 'ukr', 'arb', 'pes', 'hin', 'mar', 'cmn', 'fra', 'spa', 'por', 'nob', 'nno', 'swe', 'dan', 'xyz']
const text = fc.oneof(unicodeText, fc.constantFrom(...samples), fc.tuple(fc.constantFrom(...samples), unicodeText).map(([a, b]) => a + b))

describe('francAll with models built when first asked', () => {
  it('ranks and scores as franc does', () => {
    fc.assert(
      fc.property(text, fc.option(fc.subarray(codes), {nil: undefined}), fc.option(fc.subarray(codes, {maxLength: 3}), {nil: undefined}), fc.option(fc.integer({min: 0, max: 20}), {nil: undefined}), (value, only, ignore, minLength) => {
        const options = {...(only ? {only} : {}), ...(ignore ? {ignore} : {}), ...(minLength === undefined ? {} : {minLength})}
        expect(francAll(value, options)).toEqual(francsOwn(value, options))
      }),
      {seed: 20251206, numRuns: 600},
    )
    for (const sample of samples) expect(francAll(sample)).toEqual(francsOwn(sample))
  })
})

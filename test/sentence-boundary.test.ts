import {describe, expect, it} from 'vitest'
import {hasSentenceBoundary} from '../src/util/text.js'

describe('a boundary between two sentences', () => {
  it('in Latin script after a stop and a capital, not inside an abbreviation or a cut-off teaser', () => {
    expect(hasSentenceBoundary('The council met on Monday. It voted for the plan.')).toBe(true)
    expect(hasSentenceBoundary('Ph.D. students met')).toBe(false)
    expect(hasSentenceBoundary('So Many Ways to Play…and Pay')).toBe(false)
  })

  it('in Georgian, written without case though Unicode gives Mkhedruli capitals, and after Armenian ։ and Amharic ።', () => {
    expect(hasSentenceBoundary('თბილისის მერიამ პროექტი დაამტკიცა. პროექტი წელს დასრულდება.')).toBe(true)
    expect(hasSentenceBoundary('Երևանի քաղաքապետարանը հայտարարել է։ Աշխատանքները կսկսվեն')).toBe(true)
    expect(hasSentenceBoundary('አዲስ አበባ ውስጥ አዲስ መንገድ ተከፈተ። ስራው ሁለት ዓመት ፈጅቷል')).toBe(true)
  })
})

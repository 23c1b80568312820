import {describe, expect, it} from 'vitest'
import {builtPhraseIndex, phraseIndexJson} from '../src/lexicon/match.js'
import {phraseIndexFromJson} from '../src/lexicon/prebuilt-index.js'

/**
 * The CLI bundle reads the lexicon's phrase index from the JSON its build
 * wrote (scripts/bundle.mjs) instead of building it: read back, it must be
 * the index built from the lexicons, entry for entry, or the CLI would match
 * other lines than the library.
 */
describe('the phrase index as the CLI bundle carries it', () => {
  it('reads back as the index built from the lexicons', () => {
    const built = builtPhraseIndex()
    const read = phraseIndexFromJson(phraseIndexJson())
    expect([...read.index]).toEqual([...built.index])
    expect([...read.starts].sort()).toEqual([...built.starts].sort())
    // Entries that only open a line keep their mark, and a phrase other than its key (punctuation, {n}) is kept as listed.
    expect([...read.index.values()].flat().some((entry) => entry.opens)).toBe(true)
    expect([...read.index].some(([key, entries]) => entries.some((entry) => entry.phrase !== key))).toBe(true)
  })
})

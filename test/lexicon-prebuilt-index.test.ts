import {describe, expect, it} from 'vitest'
import {builtPhraseTable, phraseIndexText} from '../src/lexicon/match.js'
import {phraseIndexFromText, phraseIndexOf} from '../src/lexicon/prebuilt-index.js'

/**
 * The CLI bundle reads the lexicon's phrase index from the text its build
 * wrote (scripts/bundle.mjs) instead of building it: read back, it must
 * answer as the index built from the lexicons, entry for entry, or the CLI
 * would match other lines than the library.
 */
describe('the phrase index as the CLI bundle carries it', () => {
  const table = builtPhraseTable()
  const built = phraseIndexOf(table)
  const read = () => phraseIndexFromText(phraseIndexText())

  it('has the entries of every phrase built from the lexicons', () => {
    const index = read()
    for (const [key, entries] of table.index) expect(index.entries(key), key).toEqual(entries)
    // Entries that only open a line keep their mark, and a phrase other than its key (punctuation, {n}) is kept as listed.
    expect([...table.index.values()].flat().some((entry) => entry.opens)).toBe(true)
    expect([...table.index].some(([key, entries]) => entries.some((entry) => entry.phrase !== key))).toBe(true)
  })

  it('opens with the words that start a phrase, and with no others', () => {
    const index = read()
    for (const start of table.starts) expect(index.opens(start), start).toBe(true)
    const others = [...table.starts].flatMap((start) => [`${start} zzqx`, `zzqx ${start}`, `${start}zzqx`]).filter((words) => !table.starts.has(words))
    expect(others.length).toBeGreaterThan(1000)
    for (const words of others) expect(index.opens(words), words).toBe(false)
    expect(index.entries('zzqx')).toBeUndefined()
    expect(index.entries(`${[...table.index.keys()][0]!} zzqx`)).toBeUndefined()
  })

  it('has the last words of each category\'s whole-line phrases', () => {
    const index = read()
    const categories = new Set([...table.index.values()].flat().map((entry) => entry.category))
    for (const category of categories) expect([...index.lastWords(category)].sort(), category).toEqual([...built.lastWords(category)].sort())
    expect([...categories].some((category) => built.lastWords(category).size > 0)).toBe(true)
  })
})

import type {Category} from './categories.js'

/** A phrase of the lexicon index (src/lexicon/match.ts). */
export interface Entry {
  category: Category
  phrase: string
  langs: string[]
  /** Listed with a final " …" ("about …"): the phrase opens a line ("About Nancy Atkinson") and is never one alone (the menu's "About"). */
  opens?: true
}

/**
 * The phrases by their words, and the first words of every phrase, one to all
 * of them ("read", "read more", "read more about"): a line whose first word is
 * none of them matches no phrase.
 */
export interface PhraseIndex {
  index: Map<string, Entry[]>
  starts: Set<string>
}

/** An entry as the JSON holds it: its phrase 0 when it is the key itself (most are), opens 1 for `opens`. */
type EntryData = [category: Category, phrase: string | 0, langs: string[], opens?: 1]

/** The index as JSON: the map in its order, and the starts that are no key (every key is a start). */
interface PhraseIndexData {
  index: Array<[string, EntryData[]]>
  prefixes: string[]
}

/** The index as JSON, for the CLI bundle (scripts/bundle.mjs). */
export function phraseIndexToJson({index, starts}: PhraseIndex): string {
  const data: PhraseIndexData = {
    index: [...index].map(([key, entries]) => [key, entries.map((entry): EntryData => {
      const phrase = entry.phrase === key ? 0 : entry.phrase
      return entry.opens ? [entry.category, phrase, entry.langs, 1] : [entry.category, phrase, entry.langs]
    })]),
    prefixes: [...starts].filter((start) => !index.has(start)),
  }
  return JSON.stringify(data)
}

/** The index from its JSON (phraseIndexToJson). */
export function phraseIndexFromJson(json: string): PhraseIndex {
  const data = JSON.parse(json) as PhraseIndexData
  const index = new Map<string, Entry[]>()
  const starts = new Set(data.prefixes)
  for (const [key, entries] of data.index) {
    index.set(key, entries.map(([category, phrase, langs, opens]) => (opens ? {category, phrase: phrase === 0 ? key : phrase, langs, opens: true} : {category, phrase: phrase === 0 ? key : phrase, langs})))
    starts.add(key)
  }
  return {index, starts}
}

/**
 * The phrase index made at build time, or undefined: here always undefined,
 * and match.ts builds it from the lexicons. The CLI bundle replaces this
 * function with one that reads the index its build made from the same
 * lexicons, lexicon-index.json beside the bundle (scripts/bundle.mjs,
 * prebuiltLexiconIndex): a one-file run reads it in a few milliseconds,
 * where tokenizing every phrase took some 15 ms.
 */
export function prebuiltPhraseIndex(): PhraseIndex | undefined {
  return undefined
}

import type {Category} from './categories.js'

/** A phrase of the lexicon index (src/lexicon/match.ts). */
export interface Entry {
  category: Category
  phrase: string
  langs: string[]
  /** Listed with a final " …" ("about …"): the phrase opens a line ("About Nancy Atkinson") and is never one alone (the menu's "About"). */
  opens?: true
  /** Listed with a final ":" ("lea:"): the phrase is only a label with a headline after it ("Lea: …"), never a line's start or the line alone. */
  label?: true
}

/**
 * The phrases by their words, and the first words of every phrase, one to all
 * of them ("read", "read more", "read more about"): what match.ts builds from
 * the lexicons.
 */
export interface PhraseTable {
  index: Map<string, Entry[]>
  starts: Set<string>
}

/** What the matcher asks of the phrases; words are tokens joined by a space. */
export interface PhraseIndex {
  /** Does some phrase open with these words (or is them)? A line whose first word opens none matches no phrase. */
  opens(words: string): boolean
  /** The phrases that are these words. */
  entries(words: string): readonly Entry[] | undefined
  /** The last words of this category's phrases that may be a whole line (no `opens`). */
  lastWords(category: Category): ReadonlySet<string>
}

/** The index over a table built in this process. */
export function phraseIndexOf({index, starts}: PhraseTable): PhraseIndex {
  const lastWords = new Map<Category, Set<string>>()
  return {
    opens: (words) => starts.has(words),
    entries: (words) => index.get(words),
    lastWords(category) {
      let found = lastWords.get(category)
      if (!found) {
        found = new Set()
        for (const [key, entries] of index) {
          if (entries.some((entry) => !entry.opens && !entry.label && entry.category === category)) found.add(lastWord(key))
        }
        lastWords.set(category, found)
      }
      return found
    },
  }
}

const lastWord = (words: string) => words.slice(words.lastIndexOf(' ') + 1)
const firstWord = (words: string) => {
  const space = words.indexOf(' ')
  return space === -1 ? words : words.slice(0, space)
}

/** An entry as the text holds it: its phrase 0 when it is the key itself (most are), kind 1 for `opens`, 2 for `label`. */
type EntryData = [category: Category, phrase: string | 0, langs: string[], kind?: 1 | 2]

/** The phrases that open with one word: their keys in the table's order, and the starts that are no key. */
interface Bucket {
  index: Array<[string, EntryData[]]>
  prefixes: string[]
}

/**
 * The table as text, for the CLI bundle (scripts/bundle.mjs): a first line,
 * the JSON of each category's last words (see PhraseIndex.lastWords), then a
 * line per first word, the word, a tab and the JSON of the phrases that open
 * with it. Read back (phraseIndexFromText), a line is parsed when a line of a
 * document first opens with its word: a run reads a few dozen of the three
 * thousand, where parsing the whole index took some 11 ms of a one-file run.
 */
export function phraseTableToText(table: PhraseTable): string {
  const whole = phraseIndexOf(table)
  const categories = [...new Set([...table.index.values()].flat().map((entry) => entry.category))]
  const lastWords = Object.fromEntries(categories.map((category) => [category, [...whole.lastWords(category)]]))
  const buckets = new Map<string, Bucket>()
  const bucketOf = (words: string) => {
    const first = firstWord(words)
    let bucket = buckets.get(first)
    if (!bucket) buckets.set(first, (bucket = {index: [], prefixes: []}))
    return bucket
  }
  for (const [key, entries] of table.index) {
    bucketOf(key).index.push([key, entries.map((entry): EntryData => {
      const phrase = entry.phrase === key ? 0 : entry.phrase
      return entry.opens ? [entry.category, phrase, entry.langs, 1] : entry.label ? [entry.category, phrase, entry.langs, 2] : [entry.category, phrase, entry.langs]
    })])
  }
  for (const start of table.starts) if (!table.index.has(start)) bucketOf(start).prefixes.push(start)
  return [JSON.stringify(lastWords), ...[...buckets].map(([first, bucket]) => `${first}\t${JSON.stringify(bucket)}`)].join('\n')
}

/** The index from its text (phraseTableToText), each first word's phrases read when first asked. */
export function phraseIndexFromText(text: string): PhraseIndex {
  const lines = text.split('\n')
  const unread = new Map<string, string>()
  for (let at = 1; at < lines.length; at++) {
    const line = lines[at]!
    const tab = line.indexOf('\t')
    unread.set(line.slice(0, tab), line.slice(tab + 1))
  }
  const read = new Map<string, PhraseTable>()
  const tableOf = (first: string): PhraseTable | undefined => {
    let table = read.get(first)
    if (!table) {
      const json = unread.get(first)
      if (json === undefined) return undefined
      const bucket = JSON.parse(json) as Bucket
      table = {index: new Map(), starts: new Set(bucket.prefixes)}
      for (const [key, entries] of bucket.index) {
        table.index.set(key, entries.map(([category, phrase, langs, kind]) => {
          const entry: Entry = {category, phrase: phrase === 0 ? key : phrase, langs}
          if (kind === 1) entry.opens = true
          else if (kind === 2) entry.label = true
          return entry
        }))
        table.starts.add(key)
      }
      read.set(first, table)
    }
    return table
  }
  let lastWords: Map<Category, ReadonlySet<string>> | undefined
  return {
    // Every phrase's first word is a start: a word with a line opens one.
    opens: (words) => (words.includes(' ') ? tableOf(firstWord(words))?.starts.has(words) ?? false : unread.has(words)),
    entries: (words) => tableOf(firstWord(words))?.index.get(words),
    lastWords(category) {
      lastWords ??= new Map(Object.entries(JSON.parse(lines[0]!) as Record<Category, string[]>).map(([name, words]) => [name as Category, new Set(words)]))
      return lastWords.get(category) ?? new Set()
    },
  }
}

/**
 * The phrase index made at build time, or undefined: here always undefined,
 * and match.ts builds it from the lexicons. The CLI bundle replaces this
 * function with one that reads the index its build made from the same
 * lexicons, lexicon-index.txt beside the bundle (scripts/bundle.mjs,
 * prebuiltLexiconIndex): a one-file run reads it in a few milliseconds,
 * where tokenizing every phrase took some 15 ms.
 */
export function prebuiltPhraseIndex(): PhraseIndex | undefined {
  return undefined
}

/** What a list of marker words answers: whether a (lower-case) word is one. */
export interface WordTest {
  has(word: string): boolean
}

/**
 * Marker words of one language: whole words (`tisuća`), stems written with
 * a trailing hyphen that match every ending (`tisuć-` matches `tisuće`,
 * `tisućama`), and patterns for spellings a rule describes (the ijekavian
 * `ije`/`je`), each made on its first use (see util/on-first-use.ts).
 */
export class MarkerSet implements WordTest {
  readonly #words = new Set<string>()
  readonly #stems = new Set<string>()
  readonly #stemLengths: number[]
  readonly #patterns: ReadonlyArray<() => RegExp>

  constructor(entries: Iterable<string>, patterns: ReadonlyArray<() => RegExp> = []) {
    for (const entry of entries) {
      if (entry.endsWith('-')) this.#stems.add(entry.slice(0, -1))
      else this.#words.add(entry)
    }
    this.#stemLengths = [...new Set([...this.#stems].map((stem) => stem.length))].sort((a, b) => a - b)
    this.#patterns = patterns
  }

  has(word: string): boolean {
    if (this.#words.has(word)) return true
    for (const length of this.#stemLengths) {
      if (length > word.length) break
      if (this.#stems.has(word.slice(0, length))) return true
    }
    return this.#patterns.some((pattern) => pattern().test(word))
  }
}

/** How many code points past ASCII a reader remembers the kind of (a page's alphabet is a few hundred). */
const maxRemembered = 20_000

/** An ASCII letter, one past ASCII, a surrogate pair and a lone surrogate: each path of `at`. */
const warmUpText = 'a\u00e9\ud83d\ude00\ud83d'

/**
 * Reads a text's code points as kinds, bit sets a caller defines by a test
 * of one character (`kindOf`): ASCII from a table, the others tested once and
 * remembered. A walk over a paragraph then costs a table read a character,
 * not a pattern test a character (word counts and the block features read
 * every paragraph, stage after stage). Kinds fit in 8 bits.
 */
export class CodePointKinds {
  /** The index after the code point that `at` read last (a surrogate pair is two). */
  next = 0
  private readonly ascii: Uint8Array
  private readonly other = new Map<number, number>()

  constructor(private readonly kindOf: (character: string) => number) {
    this.ascii = Uint8Array.from({length: 128}, (_, code) => kindOf(String.fromCharCode(code)))
    // Every path of `at` once, before any walk that inlines it is optimized: V8 compiles a path never run as a bailout,
    // and the walks (countWords, shortWords, the block features …), optimized on ASCII lines, were thrown away at their
    // first letter past ASCII and compiled again, some fifteen times in a pass over a set of dumps. The kinds it
    // remembers are those any walk would.
    for (let index = 0; index < warmUpText.length; index = this.next) this.at(warmUpText, index)
    this.next = 0
  }

  /** The kind of the code point starting at `index`; `next` is then the index after it. */
  at(text: string, index: number): number {
    let code = text.charCodeAt(index)
    this.next = index + 1
    if (code < 128) return this.ascii[code]!
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000
        this.next = index + 2
      }
    }
    let known = this.other.get(code)
    if (known === undefined) {
      known = this.kindOf(String.fromCodePoint(code))
      if (this.other.size < maxRemembered) this.other.set(code, known)
    }
    return known
  }
}

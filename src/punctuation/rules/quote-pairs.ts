/** A quotation mark found in a text, and the role its neighbours give it. */
export interface Mark {
  index: number
  char: string
  role: 'open' | 'close'
  /** The role came from the mark's shape (guillemets, CJK brackets), not from its neighbours. */
  fixed: boolean
}

export const doubleMarks = '"“”„‟«»＂「」『』'
export const singleMarks = '\'‘’‚‛‹›'

/** Characters after which a mark opens: nothing, a space, an opening bracket or dash, another opening mark. */
const opensAfter = /[\s([{\u2013\u2014/«„“‚‘‹「『]/u
/** Characters before which a mark closes: nothing, a space, sentence punctuation, a closing bracket, another closing mark. */
const closesBefore = /[\s.,;:!?)\]}…»”’›」』\u2013\u2014-]/u

const cjkOpen = '「『“‘'
const cjkClose = '」』”’'
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}。、]/u


/**
 * The quotation marks of `set` in a text, each with the role its
 * neighbours give it: one that follows a space and precedes a word opens,
 * one that follows a word and precedes a space or punctuation closes. A
 * mark between two words (an apostrophe) or between two spaces (« mot »
 * typed with plain spaces) has no role and is left out: nothing is
 * guessed.
 */
export interface FindOptions {
  /** Chinese or Japanese: marks without spaces around them open and close by their shape, straight ones by turns. */
  cjk?: boolean
  /** A language that writes «…» and never »…«: « opens and » closes wherever they stand. */
  guillemets?: boolean
  /** Korean: a particle is glued to a closing quote ("…"이라고), so a mark between a letter and a Hangul syllable closes. */
  particles?: boolean
}

const hangul = /\p{Script=Hangul}/u
const letter = /[\p{L}\p{N}]/u

/** The marks of each set, found by a pattern (a text is searched for them up to four times, each of its characters read). */
export const markPatterns: ReadonlyMap<string, RegExp> = new Map([
  [doubleMarks, /["“”„‟«»＂「」『』]/g],
  [singleMarks, /['‘’‚‛‹›]/g],
])

/** The index of the first mark of `set` at `from` or after it, or -1 (`pattern`: the set's from markPatterns, when it has one). */
function nextMark(text: string, set: string, pattern: RegExp | undefined, from: number): number {
  if (pattern) {
    pattern.lastIndex = from
    return pattern.exec(text)?.index ?? -1
  }
  for (let index = from; index < text.length; index++) if (set.includes(text[index]!)) return index
  return -1
}

export function findMarks(text: string, set: string, options: FindOptions = {}): Mark[] {
  const marks: Mark[] = []
  let straightInCjk = 0
  const pattern = markPatterns.get(set)
  for (let index = nextMark(text, set, pattern, 0); index !== -1; index = nextMark(text, set, pattern, index + 1)) {
    const char = text[index]!
    const before = neighbour(text, index, -1, options.guillemets)
    const after = neighbour(text, index, 1, options.guillemets)
    const left = opensAfter.test(before)
    const right = closesBefore.test(after)
    let role: Mark['role'] | undefined
    let fixed = false
    // Only context gives a role (never the mark itself, but for «…» languages), so a mark a rule replaced keeps its role on the next run.
    if (options.guillemets && (char === '«' || char === '»')) {
      role = char === '«' ? 'open' : 'close'
      fixed = true
    }
    else if (left && !right) role = 'open'
    else if (right && !left) role = 'close'
    else if (options.particles && letter.test(before) && hangul.test(after)) role = 'close'
    // Chinese and Japanese put no spaces around quotes: there a mark's shape says which way it points, and straight ones open and close by turns.
    else if (options.cjk && cjk.test(before + after)) {
      fixed = char !== '"'
      if (cjkOpen.includes(char)) role = 'open'
      else if (cjkClose.includes(char)) role = 'close'
      else if (char === '"') role = straightInCjk++ % 2 === 0 ? 'open' : 'close'
    }
    if (role) marks.push({index, char, role, fixed})
  }
  return marks
}

const transparent = `${doubleMarks}${singleMarks}「」『』\u00A0\u202F`

/**
 * The first character beside a mark that is neither another mark nor a
 * no-break space (a space, at the text's edges): what a rule changes
 * (the marks themselves, French spaces) never changes a mark's role, so
 * normalizing twice gives what once did.
 */
function neighbour(text: string, index: number, step: 1 | -1, guillemets = false): string {
  for (let at = index + step; at >= 0 && at < text.length; at += step) {
    const char = text[at]!
    if (transparent.includes(char)) continue
    // In a «…» language a space between marks is spacing the rules settle (« mot »), not a word boundary.
    const next = text[at + step]
    if (guillemets && char === ' ' && next !== undefined && transparent.includes(next)) continue
    return char
  }
  return ' '
}

/** An opening and a closing mark that belong together, and how deep in other quotes they stand. */
export interface Pair {
  open: Mark
  close: Mark
  depth: number
}

/** Pair opening and closing marks, innermost first; marks left without a partner are not returned. */
export function pairMarks(marks: readonly Mark[]): Pair[] {
  const stack: Mark[] = []
  const pairs: Pair[] = []
  for (const mark of marks) {
    if (mark.role === 'open') stack.push(mark)
    else {
      const open = stack.pop()
      if (open) pairs.push({open, close: mark, depth: stack.length})
    }
  }
  return pairs
}

/** The text with the characters at the given indices replaced. */
export function replaceAt(text: string, changes: ReadonlyMap<number, string>): string {
  if (changes.size === 0) return text
  let out = ''
  for (let index = 0; index < text.length; index++) out += changes.get(index) ?? text[index]
  return out
}

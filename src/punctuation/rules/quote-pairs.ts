/** A quotation mark found in a text, and the role its neighbours give it. */
export interface Mark {
  index: number
  char: string
  role: 'open' | 'close'
}

export const doubleMarks = '"“”„‟«»＂'
export const singleMarks = '\'‘’‚‛‹›'

/** Characters after which a mark opens: nothing, a space, an opening bracket or dash, another opening mark. */
const opensAfter = /[\s([{\u2013\u2014/«„“‚‘‹「『]/u
/** Characters before which a mark closes: nothing, a space, sentence punctuation, a closing bracket, another closing mark. */
const closesBefore = /[\s.,;:!?)\]}…»”’›」』\u2013\u2014-]/u

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}。、]/u

/** Marks whose role is fixed whatever stands around them. */
const alwaysOpen = '„‚「『'
const alwaysClose = '」』'

/**
 * The quotation marks of `set` in a text, each with the role its
 * neighbours give it: one that follows a space and precedes a word opens,
 * one that follows a word and precedes a space or punctuation closes. A
 * mark between two words (an apostrophe) or between two spaces has no
 * role and is left out.
 */
export function findMarks(text: string, set: string): Mark[] {
  const marks: Mark[] = []
  let straightInCjk = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (!set.includes(char)) continue
    const before = neighbour(text, index, -1)
    const after = neighbour(text, index, 1)
    const left = opensAfter.test(before)
    const right = closesBefore.test(after)
    let role: Mark['role'] | undefined
    // Context first, so that a mark a rule replaced keeps its role on the next run.
    if (left && !right) role = 'open'
    else if (right && !left) role = 'close'
    else if (alwaysOpen.includes(char)) role = 'open'
    else if (alwaysClose.includes(char)) role = 'close'
    // Spaced on both sides (French « mot » typed with plain spaces): guillemets say which way they point.
    else if (left && right && char === '«') role = 'open'
    else if (left && right && char === '»') role = 'close'
    // Chinese and Japanese put no spaces around quotes: straight ones there open and close by turns.
    else if (char === '"' && cjk.test(before + after)) role = straightInCjk++ % 2 === 0 ? 'open' : 'close'
    if (role) marks.push({index, char, role})
  }
  return marks
}

const transparent = `${doubleMarks}${singleMarks}\u00A0\u202F`

/**
 * The first character beside a mark that is neither another mark nor a
 * no-break space (a space, at the text's edges): what a rule changes
 * (the marks themselves, French spaces) never changes a mark's role, so
 * normalizing twice gives what once did.
 */
function neighbour(text: string, index: number, step: 1 | -1): string {
  for (let at = index + step; at >= 0 && at < text.length; at += step) {
    if (!transparent.includes(text[at]!)) return text[at]!
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

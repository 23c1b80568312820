import type {Options as StringifyOptions} from 'remark-stringify'

type TextHandle = NonNullable<NonNullable<StringifyOptions['handlers']>['text']>
type State = Parameters<TextHandle>[2]
type Info = Parameters<TextHandle>[3]
type Unsafe = State['unsafe'][number]

/** `\&` whose backslash is not itself escaped, before anything that cannot complete a character reference (`&amp;`, `&#38;`). */
const needlessAmpersandEscape = /(?<!\\)((?:\\\\)*)\\&(?![#A-Za-z0-9]+;)/g

/**
 * Text as remark-stringify writes it, except that an `&` which starts no
 * character reference is left bare: CommonMark needs the `;` to read one, so
 * `?lang=en&v=2` in a URL stays copyable from the Markdown instead of
 * becoming `?lang=en\&v=2`.
 *
 * Text that holds no character an unsafe pattern could escape is written as
 * it is, without `state.safe`, which runs each of some hundred patterns over
 * each text node: a paragraph of 100,000 inline nodes spent half its
 * stringify there (issue 17, item 7). Same output: see `isSafeAsIs`.
 */
export const text: TextHandle = (node, _parent, state, info) => {
  if (isSafeAsIs(node.value, state, info.before, info.after)) return node.value
  return state.safe(node.value, info).replace(needlessAmpersandEscape, '$1&')
}

/** A line ending, which the patterns tied to a line's start or end need beside their character. */
const lineEnding = /[\r\n]/
/** A `before` or `after` that only a line ending matches. */
const lineEndingOnly = new Set(['[\\r\\n]', '\\r', '\\n'])

/**
 * Whether `state.safe(value, info)` would return `value` unchanged, for
 * the info's `before` and `after` (taken apart: a caller writing many texts
 * makes no info for those written as they are). It
 * escapes only where an in-scope unsafe pattern's `character` stands in
 * `value`, and otherwise only a backslash before punctuation. So: no
 * backslash, no line ending, and none of the characters of the patterns in
 * scope; patterns at a break or beside a line ending cannot match without a
 * line ending, so their characters do not count, unless a line ending
 * stands right before or after the text (most text nodes: a paragraph's
 * only child, between "\n" and "\n"): then they can match at the text's
 * first character (after a break: a list marker, a heading's #, an
 * ordered item's digits) or its last (a space or tab before a line end),
 * and those two are read.
 */
export function isSafeAsIs(value: string, state: State, before: string | undefined, after: string | undefined): boolean {
  if (lineEnding.test(value) || (after !== undefined && after.includes('\\'))) return false
  const breakBefore = before !== undefined && lineEnding.test(before)
  const breakAfter = after !== undefined && lineEnding.test(after)
  // A line ending further from the text, or a run of them, is left to state.safe.
  if ((breakBefore && before !== '\n') || (breakAfter && after !== '\n')) return false
  const unsafe = unsafeCharacters(state)
  if (unsafe.anywhere.test(value)) return false
  if (value === '') return true
  if (breakBefore && (unsafe.atStart === undefined || unsafe.atStart.has(value[0]!) || (unsafe.digitsAtStart && /\d/.test(value[0]!)))) return false
  if (breakAfter && (unsafe.atEnd === undefined || unsafe.atEnd.has(value.at(-1)!))) return false
  return true
}

/**
 * The characters that may be escaped in text, for a pattern list and
 * construct stack: `anywhere` (a pattern of other than one character: every
 * text), those a pattern at a break or after a line ending may escape at the
 * text's start (spaces and tabs too, which a break's pattern passes over),
 * and whether digits do (an ordered item's number before its mark); those a
 * pattern before a line ending may escape at its end. `atStart` or `atEnd`
 * is undefined when a pattern there is of a shape not read here: the text
 * then goes to state.safe.
 */
interface UnsafeCharacters {
  anywhere: RegExp
  atStart: Set<string> | undefined
  digitsAtStart: boolean
  atEnd: Set<string> | undefined
}

/** The characters that may be escaped in text, per pattern list and construct stack. */
const known = new WeakMap<Unsafe[], Map<string, UnsafeCharacters>>()

function unsafeCharacters(state: State): UnsafeCharacters {
  // Texts are written in a few constructs over and over (a paragraph, a strong, a link inside it): the last few answers
  // are kept with the stack they were for, and looked up without joining the stack into a key.
  let recent = recentAnswers.get(state.unsafe)
  if (!recent) recentAnswers.set(state.unsafe, (recent = []))
  for (const answer of recent) if (answer.length === state.unsafe.length && sameStack(answer.stack, state.stack)) return answer.found
  let byStack = known.get(state.unsafe)
  if (!byStack) known.set(state.unsafe, (byStack = new Map()))
  // Patterns are added to the list only when the state is made; the length guards against a caller's extension that adds later.
  const key = `${state.unsafe.length}\0${state.stack.join('\0')}`
  let found = byStack.get(key)
  if (!found) {
    const characters = new Set(['\\'])
    let unknown = false
    let atStart: Set<string> | undefined = new Set([' ', '\t'])
    let digitsAtStart = false
    let atEnd: Set<string> | undefined = new Set([' ', '\t'])
    for (const pattern of state.unsafe) {
      if (!inScope(state.stack, pattern.inConstruct, true) || inScope(state.stack, pattern.notInConstruct, false)) continue
      const single = [...pattern.character].length === 1
      const before = pattern.before ?? ''
      const after = pattern.after ?? ''
      if (pattern.atBreak || lineEndingOnly.has(before) || lineEndingOnly.has(after)) {
        if (pattern.atBreak || lineEndingOnly.has(before)) {
          // At a break, only a number may stand before the character (`1.`, `1)`); after a line ending, nothing.
          if (!single || (before !== '' && before !== '\\d+' && !lineEndingOnly.has(before))) atStart = undefined
          else {
            atStart?.add(pattern.character)
            if (before === '\\d+') digitsAtStart = true
          }
        }
        if (lineEndingOnly.has(after)) {
          if (!single) atEnd = undefined
          else atEnd?.add(pattern.character)
        }
        continue
      }
      // A pattern of other than one character: no shortcut (`state.safe` each time).
      if (!single) unknown = true
      characters.add(pattern.character)
    }
    const anywhere = unknown ? /[^]/u : new RegExp(`[${[...characters].map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u')
    found = {anywhere, atStart, digitsAtStart, atEnd}
    byStack.set(key, found)
  }
  if (recent.length === recentKept) recent.pop()
  recent.unshift({length: state.unsafe.length, stack: [...state.stack], found})
  return found
}

/** The last answers per pattern list: the stack each was for (a copy) and the list's length then, newest first. */
const recentAnswers = new WeakMap<Unsafe[], Array<{length: number; stack: string[]; found: UnsafeCharacters}>>()
const recentKept = 8

function sameStack(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/** mdast-util-to-markdown's `patternInScope`, for one list. */
function inScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  if (list === undefined || list === null) return none
  const names = typeof list === 'string' ? [list] : list
  if (names.length === 0) return none
  return names.some((name) => stack.includes(name))
}

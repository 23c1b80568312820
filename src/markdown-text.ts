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
  if (isSafeAsIs(node.value, state, info)) return node.value
  return state.safe(node.value, info).replace(needlessAmpersandEscape, '$1&')
}

/** A line ending, which the patterns tied to a line's start or end need beside their character. */
const lineEnding = /[\r\n]/
/** A `before` or `after` that only a line ending matches. */
const lineEndingOnly = new Set(['[\\r\\n]', '\\r', '\\n'])

/**
 * Whether `state.safe(value, info)` would return `value` unchanged. It
 * escapes only where an in-scope unsafe pattern's `character` stands in
 * `value`, and otherwise only a backslash before punctuation. So: no
 * backslash, no line ending around, and none of the characters of the
 * patterns in scope; patterns at a break or beside a line ending cannot match
 * without a line ending, so their characters do not count.
 */
function isSafeAsIs(value: string, state: State, info: Info): boolean {
  if (lineEnding.test(value) || (info.before !== undefined && lineEnding.test(info.before)) || (info.after !== undefined && (lineEnding.test(info.after) || info.after.includes('\\')))) return false
  return !unsafeCharacters(state).test(value)
}

/** The characters that may be escaped in text, per pattern list and construct stack. */
const known = new WeakMap<Unsafe[], Map<string, RegExp>>()

function unsafeCharacters(state: State): RegExp {
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
    for (const pattern of state.unsafe) {
      if (!inScope(state.stack, pattern.inConstruct, true) || inScope(state.stack, pattern.notInConstruct, false)) continue
      if (pattern.atBreak || lineEndingOnly.has(pattern.before ?? '') || lineEndingOnly.has(pattern.after ?? '')) continue
      // A pattern of other than one character: no shortcut (`state.safe` each time).
      if ([...pattern.character].length !== 1) unknown = true
      characters.add(pattern.character)
    }
    found = unknown ? /[^]/u : new RegExp(`[${[...characters].map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u')
    byStack.set(key, found)
  }
  if (recent.length === recentKept) recent.pop()
  recent.unshift({length: state.unsafe.length, stack: [...state.stack], found})
  return found
}

/** The last answers per pattern list: the stack each was for (a copy) and the list's length then, newest first. */
const recentAnswers = new WeakMap<Unsafe[], Array<{length: number; stack: string[]; found: RegExp}>>()
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

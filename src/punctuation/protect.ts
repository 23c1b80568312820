import {CodePointKinds} from '../util/code-point-kinds.js'
// A JSON module, not createRequire: a bundler (esbuild, Vite) then carries the list into a user's bundle.
import tldList from 'tlds' with {type: 'json'}
import {onFirstUse} from '../util/on-first-use.js'

/** IANA's top-level domains (the `tlds` package), to tell `example.com` from `beschenken.sehr`. */
export const tlds: ReadonlySet<string> = new Set<string>(tldList as string[])

/** File extensions that show up in prose about software. */
export const extensions: ReadonlySet<string> = new Set([
  'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'py', 'rb', 'go', 'rs', 'java', 'php', 'c', 'h', 'cpp', 'cs', 'sh', 'md',
  'txt', 'html', 'htm', 'css', 'json', 'xml', 'yaml', 'yml', 'toml', 'csv', 'pdf', 'doc', 'docx', 'xls', 'xlsx',
  'ppt', 'pptx', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'webp', 'mp3', 'mp4', 'zip', 'gz', 'tar', 'exe', 'dll', 'ini', 'log', 'sql',
])

const open = '\uE000'
const close = '\uE001'
const placeholder = /\uE000(\d+)\uE001/g

/** Trailing punctuation that belongs to the sentence, not the token. */
const trailingMarks = new Set('.,;:!?)]}"\'”’»…')

/** The token without its trailing punctuation; a loop, since /[…]+$/ is quadratic on a long run of marks. */
function withoutTrailing(token: string): string {
  let end = token.length
  while (end > 0 && trailingMarks.has(token[end - 1]!)) end--
  return token.slice(0, end)
}

/** A camelCase word before a dot (`fooBar.baz`): the word is found from its start only, so the search stays linear. */
function camelBeforeDot(token: string): boolean {
  for (const match of token.matchAll(/\b\w+(?=\.)/g)) if (/[a-z][A-Z]/.test(match[0])) return true
  return false
}

/**
 * A word with the quotes and brackets around it, and the marks after it
 * ("(word", "word.", "don't", "well-known,", "“word”…"): most of prose's
 * tokens that are not a bare word, and never protected, so the tests below
 * need not read them. No dot but the ellipsis' character (every dotted
 * token, a camelCase word before a dot, `www.`, is read by them), no digit,
 * no closing brace (code), and no x first; an apostrophe or hyphen inside
 * it stands between letters (so the pattern reads each character once) (emoticons: "xD", "XO)"); a
 * `mailto:` is read by them too.
 */
const plainToken = /^[(\["'“‘«„]*(?![xX])[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*[,;:!?)\]"'”’»…]*$/u

/**
 * Tokens that punctuation rules must leave exactly as they are: URLs,
 * e-mail addresses, domains, file names, numbers, versions, abbreviations
 * with inner dots, emoticons, handles, code.
 */
export function isProtected(token: string): boolean {
  if (plainToken.test(token) && !/^mailto:/iu.test(token)) return false
  return protectedByPatterns(token)
}

/** isProtected without the shortcut for plain tokens: every test read in turn. */
export function protectedByPatterns(token: string): boolean {
  if (/:\/\/|^www\.|^mailto:/iu.test(token)) return true
  if (/^[^@\s]+@[^@\s]+$/u.test(token) && /.\../su.test(token.slice(token.indexOf('@') + 1))) return true // e-mail
  if (/\p{N}[.,:/]\p{N}/u.test(token)) return true // 3.5, 1.000,50, 10:30, 2/3, v2.1.0
  // Code, flags, handles (a lone backtick is not code: code spans are masked whole before this).
  if (/[_{}<>=\\]|\(\)|^--?[a-zA-Z]|^[#@$]\w/u.test(token) || camelBeforeDot(token)) return true
  if (/^[:;=8xX][-'^]?[()DPpOo3/\\|*\]\[]+$|^\^_*\^$/u.test(token)) return true // emoticons
  const core = withoutTrailing(token)
  if (/^(?:\p{L}{1,3}\.){2,}\p{L}{0,3}$/u.test(core)) return true // z.B, e.g, U.S.A, t.o.v
  // Code in prose: Object.keys, Math.floor (a capitalized name, then a member in lower case), Number.EPSILON (a constant).
  if (/^\p{Lu}\p{Ll}+(?:\.\p{Ll}[\p{L}\p{N}_$]*)+(?:\(\S*)?$|^[\p{L}_$][\p{L}\p{N}_$]*\.\p{Lu}[\p{Lu}\p{N}_]+$/u.test(core)) return true
  const dotted = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?$/u.exec(core)
  if (dotted) {
    if (core.includes('/')) return true
    const last = core.split('.').pop()!
    if (last !== last.toLowerCase()) return false
    return extensions.has(last) || (tlds.has(last) && last.length <= 3) || core.split('.').length >= 3
  }
  return false
}

/**
 * URLs, e-mail addresses and dotted names wherever they stand, even glued to other text. A letter of a script written
 * without spaces (Chinese, Japanese, Thai) may stand right before one: "請上網站dorts.gov.taipei查詢" names its host
 * whole, where a Latin letter before the name ("bus.daejeon" in "xbus.daejeon") would make it part of a longer word.
 */
const embedded = onFirstUse(() => /https?:\/\/[^\s<>"”’)\]\uE000\uE001]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:(?<![\p{L}\p{N}.\-–—])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]))[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9])(?:\/[^\s)\]\uE000\uE001]*)?/giu)

/**
 * What `embedded` needs to find anything: `://`, `@`, or a dot before two
 * letters of a host's last label (`[a-z]{2,}` under the `i` and `u` flags:
 * ASCII letters, and ſ and the Kelvin sign, which fold to s and k). A
 * sentence's full stop is followed by a space: most prose holds none.
 */
const mayHoldAddress = /:\/\/|@|\.[a-zA-Z\u017F\u212A]{2}/

/** A token in French text: no-break spaces beside ; : ! ? « » are inside it, as the spaces rule keeps them. */
const frenchToken = /(?:\S|(?<=[«»])[\u00A0\u202F]|[\u00A0\u202F](?=[;:!?«»]))+/gu

function isAddress(found: string): boolean {
  // www. names a host whatever its last label looks like (isProtected agrees), so a hyphen inside it (news-site) cuts nothing off.
  if (/^(?:https?:\/\/|www\.)/iu.test(found) || found.includes('@')) return true
  const host = found.split('/')[0]!
  const labels = host.split('.')
  const last = labels[labels.length - 1]!
  if (last !== last.toLowerCase() || !/^[a-z]{2,}$/u.test(last)) return false
  return (tlds.has(last) && (last.length <= 3 || labels.length >= 3)) || found.includes('/')
}

/** A word and at most a comma or a mark after it: most tokens of prose, never protected (x-words may be emoticons: "xD"). */
const plainWord = onFirstUse(() => /^(?![xX])[\p{L}\p{M}]+[,;!?]?$/u)

/** What a code point is to a token: white space (`\s`), a letter or mark, a mark a plain word may end with, x or X (bits). */
const spaceBit = 1
const letterBit = 2
const endMarkBit = 4
const exBit = 8
const tokenKinds = new CodePointKinds(
  (character) => (/^\s$/u.test(character) ? spaceBit : 0) | (/^[\p{L}\p{M}]$/u.test(character) ? letterBit : 0) | (/^[,;!?]$/u.test(character) ? endMarkBit : 0) | (/^[xX]$/u.test(character) ? exBit : 0),
)

/**
 * `text.replace(/\S+/gu, replace)`, with `replace` called only for tokens
 * that are not plain words (`plainWord`: it returns those as they are): one
 * walk over the code points, without a string and a call for each of
 * prose's words (masking every text to fix its punctuation was half of the
 * punctuation stage's time).
 */
export function replaceTokens(text: string, replace: (token: string) => string): string {
  let result = ''
  let copied = 0
  let index = 0
  while (index < text.length) {
    let kind = tokenKinds.at(text, index)
    if (kind & spaceBit) {
      index = tokenKinds.next
      continue
    }
    const start = index
    // Plain: a letter first (not x), letters, and at most one end mark, last.
    let plain = (kind & letterBit) !== 0 && (kind & exBit) === 0
    let marked = false
    for (;;) {
      index = tokenKinds.next
      if (index >= text.length) break
      kind = tokenKinds.at(text, index)
      if (kind & spaceBit) break
      if (marked || (kind & letterBit) === 0) {
        if (marked || (kind & endMarkBit) === 0) plain = false
        marked = true
      }
    }
    if (plain) continue
    const token = text.slice(start, index)
    const replaced = replace(token)
    if (replaced === token) continue
    result += text.slice(copied, start) + replaced
    copied = index
  }
  return copied === 0 ? text : result + text.slice(copied)
}

/**
 * Swap protected tokens for placeholders, run `fix`, swap them back. Text
 * that already holds the placeholder characters is passed through whole, so
 * nothing can be confused with a placeholder. `frenchSpaces`: the no-break
 * spaces French keeps beside ; : ! ? « » belong to the token they stand in
 * (the rules add them, so they must not cut a token in two on the next run),
 * and a token is judged without them.
 */
export function withProtection(text: string, fix: (text: string) => string, frenchSpaces = false): string {
  if (text.includes(open) || text.includes(close)) return text
  const saved: string[] = []
  const mask = (token: string) => {
    saved.push(token)
    return `${open}${saved.length - 1}${close}`
  }
  // Code spans whole (their spaces too), then addresses inside a longer token: "버스정보시스템(bus.daejeon.go.kr)에서".
  // Each search runs only when the text holds what it needs to find anything (a backtick; a '.', '@' or '://'): most text nodes hold none.
  const codeMasked = text.includes('`') ? text.replace(/`[^`\n]+`/gu, mask) : text
  const addressesMasked = mayHoldAddress.test(text) ? codeMasked.replace(embedded(), (found: string) => {
      if (isAddress(found)) return mask(found)
      // "example.com-index.ts": the address before a hyphen (an ASCII dash between two names).
      const before = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*?\.[a-z]{2,}(?=-)/iu.exec(found)?.[0]
      return before && isAddress(before) ? mask(before) + found.slice(before.length) : found
    }) : codeMasked
  // replaceTokens hands over only tokens that are not plain words; the French tokens are all tokens.
  const judge = (token: string) => {
    // Judged without the French spaces (as it was before the rules added them), an address in it read as a word.
    const judged = token.replace(placeholder, 'x')
    return isProtected(frenchSpaces ? judged.replace(/[\u00A0\u202F]/gu, '') : judged) ? mask(token) : token
  }
  const masked = frenchSpaces ? addressesMasked.replace(frenchToken, (token: string) => (plainWord().test(token) ? token : judge(token))) : replaceTokens(addressesMasked, judge)
  const fixed = fix(masked)
  // A token may hold an address masked before it: restore until none is left.
  let restored = fixed
  while (saved.length > 0 && restored.includes(open)) restored = restored.replace(placeholder, (_, index: string) => saved[Number(index)]!)
  return restored
}

import type {Category, LanguageLexicon} from './categories.js'
import {lexicons} from './index.js'
import {forgetLines, memoLine} from '../util/line-memo.js'
import {endsSentence} from '../util/text.js'
import {type Entry, type PhraseIndex, type PhraseTable, phraseIndexOf, phraseTableToText, prebuiltPhraseIndex} from './prebuilt-index.js'

/** A line that a lexicon phrase names. */
export interface LexiconMatch {
  category: Category
  /** The phrase as the lexicon lists it. */
  phrase: string
  /** Languages whose lexicon lists the phrase. */
  langs: string[]
  /** The phrase is the whole line (bar punctuation and counts). */
  whole: boolean
  /** What follows the phrase, in the line's own spelling, separators trimmed. */
  rest: string
  /** The phrase is followed by a colon or another label separator ("Read also: …"). */
  labelled: boolean
}


/** The mark of a phrase that only opens a line. */
const opensMark = ' …'
/** The mark of a phrase that is only a label before a headline ("lea:"): a word that is a name as often ("Lea", "Mira"). */
const labelMark = ':'

/** The longest phrase in words, which bounds the prefix lookups per line. */
export const maxPhraseWords = 8
/** Characters read to find the first words of a line: more than eight words' worth in any script. */
const headLength = 160
/** Characters that hold more words than a phrase in most lines of spaced scripts. */
const leadLength = 60
/**
 * A word: a run of letters, marks, digits (and `©`, `#` for a number). Han and kana stop a run of another script and
 * make one of their own, as a space would: Chinese and Japanese write Latin words unspaced among theirs
 * ("本网站使用Cookie以改善您的体验"), and the lexicon's "本网站使用cookie" must open that line.
 */
const token = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆]+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆])[\p{L}\p{M}\p{N}©#])+/gu
const ascii = /^[\x00-\x7f]*$/

/** `/^[A-Za-z]+$/.test(text)`, by character code: asked of the first word of every line the lexicon reads. */
function isAsciiWord(text: string): boolean {
  if (text === '') return false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index) | 0x20
    if (code < 0x61 || code > 0x7a) return false
  }
  return true
}

/** Phrases and lines are compared as lower-case word sequences, numbers as `#`. */
export function tokens(text: string): string[] {
  const isAscii = ascii.test(text)
  if (isAscii && !text.includes('{')) return asciiTokens(text.toLowerCase())
  // Turkish İ lower-cases to i + a combining dot in the root locale: drop the dot. ASCII is its own NFKC form, and has no İ.
  const folded = isAscii ? text.toLowerCase() : text.normalize('NFKC').toLowerCase().replace(/i\u0307/g, 'i')
  return folded.replace(/\{n\}/g, '#').replace(/\p{N}+(?:[.,]\p{N}+)*/gu, '#').match(token) ?? []
}

/** A character code's kind in lower-cased ASCII: a letter or #, a digit, a . or , (which may join digits), or other. */
const codeKinds = Uint8Array.from({length: 128}, (_, code) => (/[a-z#]/.test(String.fromCharCode(code)) ? 1 : /\d/.test(String.fromCharCode(code)) ? 2 : /[.,]/.test(String.fromCharCode(code)) ? 3 : 0))

/**
 * tokens of lower-cased ASCII without `{`, in one walk: runs of letters and
 * #, each number (digits, and digits after a . or , that stands between
 * digits) one # in them. The same as the patterns' four passes (a property
 * test compares them), which every line that opens with a phrase's first
 * word went through.
 */
function asciiTokens(text: string): string[] {
  const found: string[] = []
  // The current token's start, and whether a number stands in it (then it is written with # for the number).
  let start = -1
  let numbered = false
  const end = (at: number) => {
    if (start >= 0) found.push(numbered ? text.slice(start, at).replace(asciiNumber, '#') : text.slice(start, at))
    start = -1
    numbered = false
  }
  let index = 0
  while (index < text.length) {
    const kind = codeKinds[text.charCodeAt(index)]!
    if (kind === 1 || kind === 2) {
      if (start < 0) start = index
      index++
      if (kind === 2) {
        numbered = true
        // A number goes on through a . or , between digits.
        while (index < text.length && (codeKinds[text.charCodeAt(index)] === 2 || (codeKinds[text.charCodeAt(index)] === 3 && codeKinds[text.charCodeAt(index + 1)] === 2 && codeKinds[text.charCodeAt(index - 1)] === 2))) index++
      }
    } else {
      end(index)
      index++
    }
  }
  end(index)
  return found
}
const asciiNumber = /\d+(?:[.,]\d+)*/g

/**
 * The first of `tokens(line.slice(0, limit))`, read from the words before a
 * space alone: a space splits no token, no normalization or lower-casing
 * reads across it (NFKC composes nothing with a space; a final sigma before
 * one is final either way), so the words before it give the same first
 * tokens as the whole line. Undefined when no space before `limit` follows a token.
 */
export function firstToken(line: string, limit: number): string | undefined {
  // A few spaces at most: a line that opens with a run of bullets or dashes is left to the whole reading.
  let tries = 0
  for (let space = line.indexOf(' '); space !== -1 && space < limit && tries++ < 4; space = line.indexOf(' ', space + 1)) {
    const words = line.slice(0, space)
    // Most lines open with a word of ASCII letters: its token is the word in lower case (what tokens gives, without its four passes).
    if (isAsciiWord(words)) return words.toLowerCase()
    const head = tokens(words)
    if (head.length > 0) return head[0]
  }
  return undefined
}

let builtIndex: PhraseIndex | undefined

/** The phrase index, on the first line asked: the one the CLI bundle carries (see ./prebuilt-index.ts), else built. */
function phraseIndex(): PhraseIndex {
  return (builtIndex ??= prebuiltPhraseIndex() ?? phraseIndexOf(buildIndex(lexicons)))
}

/** The phrase table built from the lexicons, as text: scripts/bundle.mjs writes it beside the CLI bundle. */
export function phraseIndexText(): string {
  return phraseTableToText(builtPhraseTable())
}

/** The phrase table built from the lexicons, for a test to compare with the index read back from text. */
export function builtPhraseTable(): PhraseTable {
  return buildIndex(lexicons)
}

/**
 * The phrases by their words, and every phrase's starts, in one walk: the
 * starts of a phrase's words as they are tokenized, not of its key split
 * again (the index is built in every process, and a one-file run of the CLI
 * pays it whole).
 */
function buildIndex(all: Readonly<Record<string, LanguageLexicon>>): PhraseTable {
  const map = new Map<string, Entry[]>()
  const starts = new Set<string>()
  for (const [lang, lexicon] of Object.entries(all)) {
    for (const [category, phrases] of Object.entries(lexicon) as Array<[Category, readonly string[]]>) {
      for (const phrase of phrases) {
        const opens = phrase.endsWith(opensMark)
        const label = !opens && phrase.endsWith(labelMark)
        const bare = opens ? phrase.slice(0, -opensMark.length) : label ? phrase.slice(0, -labelMark.length) : phrase
        const words = tokens(bare)
        if (words.length === 0) continue
        let key = words[0]!
        starts.add(key)
        for (let count = 1; count < words.length; count++) {
          key = `${key} ${words[count]!}`
          starts.add(key)
        }
        const entries = map.get(key) ?? []
        const same = entries.find((entry) => entry.category === category)
        if (same) {
          if (!same.langs.includes(lang)) same.langs.push(lang)
          // The phrase listed bare as well as with its colon ("আরও পড়ুন", "আরও পড়ুন:") is read bare.
          if (!label) delete same.label
        } else {
          entries.push({category, phrase: bare, langs: [lang], ...(opens ? {opens: true as const} : label ? {label: true as const} : {})})
        }
        map.set(key, entries)
      }
    }
  }
  return {index: map, starts}
}

/**
 * The lexicon phrases that name a line: the whole line, or its first words.
 * All languages are searched at once, since page chrome is often in another
 * language than the article (English "Share" on a Dutch site). Never a
 * substring inside prose: a phrase matches only at the start of the line.
 */
export function matchLexicon(line: string): LexiconMatch[] {
  return matchedLines(line)
}

/** Stages ask about the same lines again and again (each finds the zones), several times in a row: each answer is remembered. */
const matchedLines = memoLine(match)

/** Forget the lines matched so far, and every other line measure (benchmarks measure documents the process has not seen). */
export function forgetMatchedLines(): void {
  forgetLines()
}

function match(line: string): LexiconMatch[] {
  const phrases = phraseIndex()
  // Only the first words can start a phrase, and a line longer than any phrase cannot be one
  // whole: the first 160 characters tell, unless they hold no more than a phrase's words.
  const short = line.length <= headLength
  const first = firstToken(line, short ? line.length : headLength)
  if (first !== undefined && !phrases.opens(first)) return []
  // More words than a phrase has tell as much as all of them (no whole-line phrase, every prefix looked up): read
  // them from the words before a space past the first 60 characters, when they are that many (see firstToken).
  const space = line.indexOf(' ', leadLength)
  const lead = space !== -1 && space < headLength ? tokens(line.slice(0, space)) : []
  const head = lead.length > maxPhraseWords ? lead : tokens(short ? line : line.slice(0, headLength))
  // Every phrase, whole or a prefix, starts with the line's first word: most lines' first word starts none.
  if (head.length === 0 || !phrases.opens(head[0]!)) return []
  const words = short || head.length > maxPhraseWords ? head : tokens(line)
  if (words.length === 0) return []
  const matches: LexiconMatch[] = []
  // A count in brackets after the phrase ("Comments (186)") is still the phrase alone.
  const counted = words.length > 1 && words.at(-1) === '#' && /[(\[]\s*\p{N}[\p{N}.,]*\s*[)\]]\s*$/u.test(line)
  const whole = words.length <= maxPhraseWords ? phrases.entries(words.join(' ')) ?? (counted ? phrases.entries(words.slice(0, -1).join(' ')) : undefined) : undefined
  if (whole) {
    for (const entry of whole) if (!entry.opens && !entry.label) matches.push({category: entry.category, phrase: entry.phrase, langs: entry.langs, whole: true, rest: '', labelled: false})
  }
  const limit = Math.min(maxPhraseWords, words.length - 1)
  // The prefixes' keys, shortest first, built by adding a word at a time; looked up longest first.
  const prefixes: string[] = []
  for (let count = 1; count <= limit; count++) {
    const prefix = count === 1 ? words[0]! : `${prefixes[count - 2]!} ${words[count - 1]!}`
    // No phrase opens with these words, so none is them or opens with more of them: the longer prefixes are no keys.
    if (!phrases.opens(prefix)) break
    prefixes.push(prefix)
  }
  for (let count = prefixes.length; count >= 1; count--) {
    const entries = phrases.entries(prefixes[count - 1]!)
    if (!entries) continue
    const {rest, labelled, colon} = restAfter(line, count)
    // A label-only phrase takes its colon and a headline: before a sentence it is a speaker's name ("Lea: Ich finde …"), before a hyphen a name's part ("MIRA-Award").
    const headline = colon && rest !== '' && !endsSentence(rest)
    for (const entry of entries) if (!entry.label || headline) matches.push({category: entry.category, phrase: entry.phrase, langs: entry.langs, whole: false, rest, labelled})
  }
  return matches
}

/**
 * Whether a line that opens with this word (a run without white space) may
 * match a phrase: no when the word's first token starts none (the line's
 * first token is the word's, see firstToken). Lets a caller skip building
 * lines that open with it.
 */
export function mayOpenPhrase(word: string): boolean {
  if (word.length >= headLength) return true
  const first = tokens(word)[0]
  return first === undefined || phraseIndex().opens(first)
}

/** The last words of the phrases of some categories, by the categories asked (see lastWordsOf). */
const lastWords = new Map<readonly Category[], Set<string>>()

/**
 * The last tokens of the whole-line phrases of these categories ("comments"
 * of "top rated comments"): a line that is one of them ends with one. Made
 * once from the index, for each list of categories (callers pass a module's constant).
 */
function lastWordsOf(categories: readonly Category[]): Set<string> {
  let found = lastWords.get(categories)
  if (!found) {
    found = new Set()
    for (const category of categories) for (const word of phraseIndex().lastWords(category)) found.add(word)
    lastWords.set(categories, found)
  }
  return found
}

/**
 * Whether a line whose words (runs without white space) are these may end
 * with a whole phrase of these categories: no when its last token is no
 * phrase's last. A count after the phrase ("Comments (186)", its last token
 * `#`) may. Lets a caller skip matching the line's every tail.
 */
export function mayClosePhrase(words: readonly string[], categories: readonly Category[]): boolean {
  // The line's last token is its last word's that has one (a space splits no token: see firstToken).
  for (let at = words.length - 1; at >= 0; at--) {
    const last = tokens(words[at]!).at(-1)
    if (last === undefined) continue
    return last === '#' || lastWordsOf(categories).has(last)
  }
  return false
}

/** Whether a phrase of this category is the whole line ("14 min read" a reading time, "Image" a photo credit). */
export function isWholeLine(line: string, category: Category): boolean {
  return matchLexicon(line).some((match) => match.whole && match.category === category)
}

/** The first match of one of the given categories, longest phrase first. */
export function matchCategory(line: string, wanted: readonly Category[]): LexiconMatch | undefined {
  return matchLexicon(line).find((match) => wanted.includes(match.category))
}

const hanLetter = /\p{sc=Han}/u

/** The text after the first `count` words of a line, and whether a label separator came first. */
function restAfter(line: string, count: number): {rest: string; labelled: boolean; colon: boolean} {
  const raw = line.normalize('NFKC')
  // The same word boundaries as `tokens` (its `token` pattern: change the two together), on the line's own spelling.
  const pattern = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆]+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆])[\p{L}\p{M}\p{N}©#])+(?:[.,]\p{N}+)*/gu
  let end = 0
  for (let seen = 0; seen < count; seen++) {
    const match = pattern.exec(raw)
    if (!match) break
    end = match.index + match[0].length
  }
  // Chinese writes a label's colon as a slash after it ("文／陳怡君": text by; NFKC makes it "/"), where a Latin label's slash joins two ("Text/Fotos").
  const after = end > 0 && raw[end] === '/' && hanLetter.test(raw[end - 1]!) ? `:${raw.slice(end + 1)}` : raw.slice(end)
  // Armenian writes its label's colon as ՝ ("Հեղինակ՝ Անի Պետրոսյան"), Amharic as ፦ ("ተጨማሪ ያንብቡ፦ …"); Japanese closes a label in lenticular brackets ("【関連記事】…").
  return {
    rest: after.replace(/^[\s:：՝፦】|›»>—–=\-·,.]+/u, '').trim(),
    labelled: /^\s*[:：՝፦】|›»>—–=-]/u.test(after),
    colon: /^\s*[:：]/u.test(after),
  }
}

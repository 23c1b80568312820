import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {doubleMarks, singleMarks} from '../src/punctuation/rules/quote-pairs.js'
import {sourceRegexes} from './helpers/regexes.js'

/**
 * No catastrophic backtracking: every regular expression in `src/` is
 * checked by recheck (automaton analysis, or fuzzing with a fixed seed).
 * The literals are found by parsing the source, so a new one is checked
 * without being listed here. A `new RegExp(…)` built at run time cannot be
 * read from the source: each is listed below with the patterns it builds,
 * and a new one fails the test until it is.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const regexes = sourceRegexes(root)

/**
 * The same verdict on every run and every machine: a fixed seed, and no
 * budget counted in time. recheck's defaults stop the whole check, the
 * fuzzer's incubation and attacks, and its seeding after so many
 * milliseconds, and check an attack string again on the real engine against
 * a timer (recall): on a loaded machine those cut the fuzzing short and gave
 * another verdict. Without them the fuzzer is judged by the steps its
 * matcher counts (attackLimit, incubationLimit, seedingLimit), the same
 * numbers wherever it runs; the automaton checker is static anyway.
 */
const params = {
  checker: 'auto',
  randomSeed: 0,
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
} as const

/**
 * Linear by construction, where recheck's analysis is too coarse to say so:
 * it does not model a lookbehind that lets a match start only where a run
 * begins, nor a repetition bounded by a small constant, and its fuzzer then
 * reports a different one of these as "polynomial" from run to run. Each is
 * listed by its exact source, so any change to it drops it from this list and
 * sends it back to the checker; each is exercised on 1 MB adversarial strings
 * in test/bench/regex.bench.ts.
 */
const reviewed: Array<{file: string; source: string; why: string}> = [
  {
    file: 'src/punctuation/protect.ts',
    source: String.raw`https?:\/\/[^\s<>"”’)\]\uE000\uE001]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:(?<![\p{L}\p{N}.\-–—])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]))[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9])(?:\/[^\s)\]\uE000\uE001]*)?`,
    why: 'each alternative starts only where its run of characters starts (the lookbehinds), and the dot splits a host unambiguously: the last label is tried once per dot; a host never starts inside a run of hyphens or dashes, which keeps a long run linear; after a letter of a script written without spaces (Han, kana, Thai, …) a host may start too, but only at the first ASCII character after it, once per run',
  },
  {
    file: 'src/stages/breadcrumbs.ts',
    source: String.raw`(?<!\s)\s*(?:›|»|>|→|\/|\||::|·|•)\s*`,
    why: 'a match starts only where a run of spaces starts (the lookbehind)',
  },
  {
    file: 'src/stages/breadcrumbs.ts',
    source: String.raw`(?<!\s)\s*(?:›|>|→|\/|\||::|·|•)\s*|\s»\s`,
    why: 'the same separators with » only spaced, for a line that quotes with «: a match of the first branch starts only where a run of spaces starts (the lookbehind); the second is three characters',
  },
  {
    file: 'src/util/names.ts',
    source: String.raw`(?<!\s)(?:\s*[,،|·•@]|\s+\((?=[\p{Ll}@]|[^()\d]{1,40}\)\s*(?:[,|·•]|$))|\s+[-–—/]\s|\s+(?:on|am|le|el|il|op|på)\s+(?:\p{L}+\.?\s+)?\d|(?<=\p{Script=Han})\s+(?=\d))`,
    why: 'a match starts only where a run of spaces starts (the lookbehind); each alternative scans that run once (the last only after a Han character, the bracket\'s only up to one character after it); after "on" a month\'s name is one run of letters then one of spaces, disjoint classes read once each',
  },
  {
    file: 'src/parse/detect.ts',
    source: String.raw`^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html|head|body)\b`,
    why: 'anchored; a comment cannot hold `-->`, so a row of comments splits one way only',
  },
  {
    file: 'src/punctuation/rules/dashes.ts',
    source: String.raw`(?<=^|\s)[–—](?=\p{L})([^–—\n]{1,300}?[\p{L}\p{N}])[–—](?=[\s,.;:!?»”’"')\]]|$)`,
    why: 'starts only at a dash after a space, and reads at most 300 characters from there',
  },
]

interface Constructed {
  file: string
  /** A piece of the constructor call that tells it apart. */
  marker: string
  why: string
  /** The patterns it builds at run time, each checked like a literal; none when reviewed by construction. */
  instances: Array<[source: string, flags: string]>
}

const constructed: Constructed[] = [
  {
    file: 'src/markdown-text.ts',
    marker: '[...characters].map',
    why: 'one character class of the characters unsafe patterns escape, each as a \\u{…} escape: no repetition at all',
    instances: [['[\\u{5c}\\u{20}\\u{2a}\\u{5f}\\u{1f600}]', 'u']],
  },
  {
    file: 'src/punctuation/rules/quotes.ts',
    marker: 'Object.keys(toAscii)',
    why: 'one character class of typographic marks: no repetition at all',
    instances: [],
  },
  {
    file: 'src/punctuation/rules/quotes.ts',
    marker: '${doubleMarks}${singleMarks}',
    why: 'one character class of quotation marks (what quote rules need): no repetition at all',
    instances: [[`[${doubleMarks}${singleMarks}]`, 'u']],
  },
  {
    file: 'src/punctuation/rules/arabic.ts',
    marker: 'p{Script=Arabic}',
    why: 'reviewed: a match starts only after an Arabic letter with at most 8 marks (a bounded lookbehind), then reads one run of spaces; recheck knows neither the v flag nor lookbehind well',
    instances: [],
  },
  {
    file: 'src/punctuation/rules/indic.ts',
    marker: '${indicLetter}',
    why: 'reviewed: a lookbehind of one letter with its marks (marks are no letters, so one way to match) before one dot, then one run of spaces; the word before it is a run of such letters anchored at the end of at most 40 characters; recheck knows neither the v flag nor lookbehind well',
    instances: [],
  },
  {
    file: 'src/util/dates.ts',
    marker: '${updateWords}',
    why: 'an alternation of fixed words for an update after an optional "last ", anchored at the start or after one space: no repetition',
    instances: [],
  },
  {
    file: 'src/punctuation/rules/common.ts',
    marker: '${marks}',
    why: 'the marks French keeps its space before, or all of them',
    instances: ['[,.،]', '[,.;:!?،؛؟]'].map((marks) => [`(?<=[\\p{L}\\p{N}\\p{M}"”’»)\\]])[ ]+(${marks})(?=\\s|$)`, 'gu']),
  },
]

function verdict(source: string, flags: string): string {
  const diagnostics = checkSync(source, flags, params)
  if (diagnostics.status === 'vulnerable') return `vulnerable (${diagnostics.complexity.summary}): ${diagnostics.attack.pattern}`
  if (diagnostics.status === 'unknown') return `unknown: ${diagnostics.error.kind}`
  return 'safe'
}

describe('regular expressions in src/ (recheck)', () => {
  it('judges by steps, never by time: every budget recheck counts in milliseconds is off', () => {
    const timed = ['timeout', 'attackTimeout', 'incubationTimeout', 'seedingTimeout'] as const
    expect(timed.map((name) => params[name])).toEqual([null, null, null, null])
    // A negative recall timeout skips the recall validation, which times the attack on the real engine.
    expect(params.recallTimeout).toBeLessThan(0)
  })

  it('finds the regular expressions by parsing the source', () => {
    expect(regexes.length).toBeGreaterThan(100)
    expect(regexes.some((regex) => regex.where.startsWith('src/stages/shortcodes.ts') && regex.source.startsWith('\\[(\\/?)'))).toBe(true)
  })

  it('every literal is safe from catastrophic backtracking', () => {
    const isReviewed = (where: string, source: string) => reviewed.some((entry) => where.startsWith(`${entry.file}:`) && entry.source === source)
    const unsafe = regexes
      .filter((regex) => regex.kind === 'literal' && !isReviewed(regex.where, regex.source))
      .map((regex) => ({where: regex.where, regex: `/${regex.source}/${regex.flags}`, verdict: verdict(regex.source, regex.flags)}))
      .filter((result) => result.verdict !== 'safe')
    expect(unsafe).toEqual([])
  })

  it('every regular expression reviewed by hand is still in the source, unchanged', () => {
    const missing = reviewed.filter((entry) => !regexes.some((regex) => regex.where.startsWith(`${entry.file}:`) && regex.source === entry.source))
    expect(missing.map((entry) => entry.file)).toEqual([])
  })

  it('every RegExp built at run time is listed with the patterns it builds', () => {
    const unlisted = regexes
      .filter((regex) => regex.kind === 'constructed')
      .filter((regex) => !constructed.some((entry) => regex.where.startsWith(`${entry.file}:`) && regex.source.includes(entry.marker)))
      .map((regex) => `${regex.where}: ${regex.source}`)
    expect(unlisted).toEqual([])
    for (const entry of constructed) {
      expect(regexes.some((regex) => regex.kind === 'constructed' && regex.where.startsWith(`${entry.file}:`) && regex.source.includes(entry.marker)), entry.file).toBe(true)
    }
  })

  it.each(constructed)('$file builds only safe patterns ($why)', (entry) => {
    for (const [source, flags] of entry.instances) expect(verdict(source, flags), source).toBe('safe')
  })
})

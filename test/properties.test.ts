import fc from 'fast-check'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {ScrubdownError, cleanSync, detectFormat, parseMarkdown, punctuationRules} from '../src/index.js'
import type {CleanResult, Meta} from '../src/index.js'
import {chromeOnly, dumpLike, noisyDump, unicodeText} from './helpers/arbitraries.js'

/**
 * Properties of `clean` over hostile input: it never throws (bar a clear
 * EBINARY for NUL bytes), cleaning its output again changes nothing, the
 * front matter parses as YAML back to the same meta, and no word comes out
 * that did not go in. A fixed seed keeps runs reproducible; a failure prints
 * its counterexample, which then becomes a unit test below.
 */
const settings = {seed: 20250128, numRuns: 150}

/** The encoding fixes the pipeline applies before any stage (NFC, invisible characters). */
const encodingFixes = punctuationRules.filter((rule) => rule.raw)

function words(text: string): Set<string> {
  return new Set(text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
}

function inputWords(input: string): Set<string> {
  return words(encodingFixes.reduce((value, rule) => rule.apply(value, {lang: 'und', quotes: 'keep'}), input))
}

/** The words a reader of the output sees: the body as Markdown reads it, and the meta taken from the input. */
function outputWords(result: CleanResult): Set<string> {
  const {tree} = parseMarkdown(result.markdown)
  const texts: string[] = []
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string') texts.push(node.value)
    if ('alt' in node && typeof node.alt === 'string') texts.push(node.alt)
  })
  const {title, author, site, source, description, categories = [], tags = []} = result.meta
  return words([...texts, title, author, site, source, description, ...categories, ...tags].join('\n'))
}

function frontMatter(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  return match ? parseYaml(match[1]!) : {}
}

/** Clean, or accept only the one error arbitrary text may earn: NUL bytes read as binary. */
function cleanOrBinary(input: string): CleanResult | undefined {
  try {
    return cleanSync(input)
  } catch (error) {
    expect(error).toBeInstanceOf(ScrubdownError)
    expect((error as ScrubdownError).code).toBe('EBINARY')
    expect(input).toContain('\u0000')
    return undefined
  }
}

function checkClean(input: string): void {
  const first = cleanOrBinary(input)
  if (!first) return
  const second = cleanSync(first.markdown)
  expect(second.markdown).toBe(first.markdown)
  expect(second.meta).toEqual(first.meta)
  expect(frontMatter(first.markdown)).toEqual(first.meta as Meta)
  if (detectFormat(input) === 'text') {
    const allowed = inputWords(input)
    const added = [...outputWords(first)].filter((word) => !allowed.has(word))
    expect(added).toEqual([])
  }
}

describe('clean over arbitrary input', () => {
  it('arbitrary strings: never throws, idempotent, front matter round trip, no new words', () => {
    fc.assert(fc.property(fc.string({maxLength: 300}), checkClean), settings)
  })

  it('arbitrary Unicode (RTL, combining marks, emoji, lone surrogates, controls, Markdown and YAML syntax)', () => {
    fc.assert(fc.property(unicodeText, checkClean), settings)
  })

  it('dump-like documents in five languages', () => {
    fc.assert(fc.property(dumpLike, checkClean), settings)
  })

  it('dump-like documents with awkward characters inserted', () => {
    fc.assert(fc.property(noisyDump, checkClean), settings)
  })

  it('pages whose scrape missed the article: chrome, bylines and dates only', () => {
    fc.assert(fc.property(chromeOnly, checkClean), settings)
  })
})

describe('counterexamples the properties found', () => {
  it('a line of nothing but a soft hyphen leaves no empty paragraph behind', () => {
    checkClean('\u00ad')
    expect(cleanSync('\u00ad').markdown).toBe('---\nlang: und\n---\n')
  })

  it('a decomposed accent after a date does not hide the date from the first clean', () => {
    checkClean('2025-01-28e\u0301')
  })

  it('a byline across a wide gap reads as the output will print it', () => {
    checkClean('By\u3000By')
    checkClean('Byword\u3000By')
    checkClean('Door\u3000中文')
  })

  it('a dateline below a byline and a share bar is read by the first clean as by the second', () => {
    const input = 'Share\nThe the\nBy Jane Doe\n28 januari 2025\n• the'
    checkClean(input)
    expect(cleanSync(input).meta).toEqual({author: 'Jane Doe', date: '2025-01-28', lang: 'und'})
  })

  it('a mark standing alone after a byline label does not hide the label', () => {
    checkClean('中文 Door  ;')
  })
})

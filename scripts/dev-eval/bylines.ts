/**
 * The author and date check on the `readability` set: scrubdown's `author`
 * and `date` against the byline and published time Readability's test data
 * expects (metadata.json). An author is right when every word of one name
 * is a word of the other once case, accents and a leading "By" are folded
 * away ("Par Sébastien Farcis" and "Sebastien Farcis"); a date when its day
 * is the same.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Meta} from '../../src/index.js'
import {devEval} from './sets.js'

export interface FieldScore {
  n: number
  right: number
  wrong: number
  missing: number
}

export interface BylineScore {
  author: FieldScore
  date: FieldScore
}

/** A byline's words for comparison: lower case, accents and marks gone, no leading "by". */
function nameWords(name: string): string[] {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:by|par|von|por|door|di)\s+/u, '')
  return folded.match(/\p{L}+/gu) ?? []
}

/** Every word of one is a word of the other: "Sébastien Farcis" and "Par Sébastien Farcis"; "john" is no part of "johnson". */
function sameName(a: string[], b: string[]): boolean {
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a]
  return fewer.length > 0 && fewer.every((word) => more.includes(word))
}

function tally(score: FieldScore, got: string | undefined, right: boolean): void {
  score.n++
  if (got === undefined) score.missing++
  else if (right) score.right++
  else score.wrong++
}

export function scoreBylines(metas: Map<string, Meta | undefined>): BylineScore {
  const expected = JSON.parse(readFileSync(join(devEval, 'readability', 'metadata.json'), 'utf8')) as Record<string, {byline?: string | null; publishedTime?: string | null}>
  const score: BylineScore = {author: {n: 0, right: 0, wrong: 0, missing: 0}, date: {n: 0, right: 0, wrong: 0, missing: 0}}
  for (const [id, meta] of metas) {
    const {byline, publishedTime} = expected[id] ?? {}
    // A byline with no letters (a date printed where the name goes) names nobody: it is not counted.
    if (byline && nameWords(byline).length > 0) {
      tally(score.author, meta?.author, meta?.author !== undefined && sameName(nameWords(byline), nameWords(meta.author)))
    }
    if (publishedTime) tally(score.date, meta?.date, meta?.date === publishedTime.slice(0, 10))
  }
  return score
}

/**
 * The author and date check on the `readability` set: scrubdown's `author`
 * and `date` against the byline and published time Readability's test data
 * expects (metadata.json). An author is right when one name holds the other
 * once case, marks and a leading "By" are folded away ("Par Sébastien
 * Farcis" and "Sébastien Farcis"); a date when its day is the same.
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

/** A byline folded for comparison: lower case, letters and spaces, no leading "by". */
function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/^(?:by|par|von|por|door|di)\s+/u, '').replace(/[^\p{L}\s]/gu, '').replace(/\s+/gu, ' ').trim()
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
    if (byline) {
      const [want, got] = [foldName(byline), meta?.author === undefined ? undefined : foldName(meta.author)]
      tally(score.author, meta?.author, got !== undefined && got !== '' && (want.includes(got) || got.includes(want)))
    }
    if (publishedTime) tally(score.date, meta?.date, meta?.date === publishedTime.slice(0, 10))
  }
  return score
}

/**
 * The title check on the `readability` set: scrubdown's title against the
 * title Readability's test data expects (metadata.json), as it is or without
 * the site name a separator joins to it ("Headline | Site", "Site - Headline").
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {devEval} from './sets.js'

/** Separators between a headline and a site name: spaced marks, and the underscore Chinese portals join them with ("新闻标题_新闻中心_某某网"). */
const separator = / (?:[|\-–—·/»:]|::) | ?_ ?/gu

/** The expected title and each form of it that drops a site name at one end. */
export function acceptedTitles(title: string): string[] {
  const accepted = [title.trim()]
  for (const match of title.matchAll(separator)) {
    accepted.push(title.slice(0, match.index).trim(), title.slice(match.index + match[0].length).trim())
  }
  return accepted.filter((form) => form.length > 0)
}

/** Case, punctuation and spacing folded away: how close a title is when not exact. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

export interface TitleScore {
  n: number
  exact: number
  folded: number
  /** Every page whose title is not exact; `folded` says whether it matches once folded. */
  misses: Array<{id: string; expected: string; got: string | undefined; folded: boolean}>
}

export function scoreTitles(titles: Map<string, string | undefined>): TitleScore {
  const expected = JSON.parse(readFileSync(join(devEval, 'readability', 'metadata.json'), 'utf8')) as Record<string, {title?: string | null}>
  const score: TitleScore = {n: 0, exact: 0, folded: 0, misses: []}
  for (const [id, got] of titles) {
    const title = expected[id]?.title
    if (!title) continue
    score.n++
    const accepted = acceptedTitles(title)
    const exact = got !== undefined && accepted.includes(got.trim())
    const folded = got !== undefined && accepted.map(fold).includes(fold(got))
    if (exact) score.exact++
    if (folded) score.folded++
    if (!exact) score.misses.push({id, expected: title, got, folded})
  }
  return score
}

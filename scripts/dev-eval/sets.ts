/**
 * The dev-eval sets (../shared/dev-eval, or $SCRUBDOWN_DEV_EVAL): where each
 * set's pages, dumps and gold are, and the fixed split of its pages into the
 * part the article finder is fitted on and the part held out as the check.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const devEval = process.env.SCRUBDOWN_DEV_EVAL ?? join(root, '..', 'shared', 'dev-eval')

export type Kind = 'html' | 'dumps'
export const kinds: readonly Kind[] = ['html', 'dumps']

/** How a set is scored: shingle F1 against an article body, or trafilatura's snippets. */
export type Scoring = 'shingles' | 'snippets'

export interface EvalSet {
  name: string
  scoring: Scoring
  /** Page ids, sorted. */
  ids: string[]
  /** The page's URL, where the gold gives one. */
  urls: Map<string, string>
  /** Shingle sets: the gold article body per id. */
  bodies?: Map<string, string>
  /** Readability's F1 on this set (its README's reference points), for the table. */
  readability?: number
  /** What another peer scored, named, for the table. */
  peers?: Array<{name: string; value: number}>
}

/** The order of the sets in every table. */
export const setNames = ['aeb', 'dragnet', 'cleaneval-dev', 'cleanportaleval', 'readability', 'trafilatura'] as const

/** Reference points from dev-eval's README, measured on these pages. */
const references: Record<string, Pick<EvalSet, 'readability' | 'peers'>> = {
  aeb: {readability: 0.951},
  dragnet: {readability: 0.886},
  'cleaneval-dev': {readability: 0.714},
  cleanportaleval: {readability: 0.937},
  trafilatura: {readability: 0.886, peers: [{name: 'trafilatura 2.2', value: 0.924}]},
}

export function hasDevEval(): boolean {
  return existsSync(join(devEval, 'score.mjs'))
}

export function loadSet(name: string): EvalSet {
  const dir = join(devEval, name)
  const ids = readdirSync(join(dir, 'pages'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => basename(file, '.html'))
    .sort()
  const urls = new Map<string, string>()
  if (name === 'trafilatura') {
    const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, {file: string}>
    for (const [url, item] of Object.entries(data)) urls.set(item.file.replace(/\.html?$/i, ''), url)
    return {name, scoring: 'snippets', ids, urls, ...references[name]}
  }
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, {articleBody?: string; url?: string}>
  const bodies = new Map<string, string>()
  for (const [id, item] of Object.entries(gold)) {
    bodies.set(id, item.articleBody ?? '')
    if (item.url) urls.set(id, item.url)
  }
  return {name, scoring: 'shingles', ids: ids.filter((id) => bodies.has(id)), urls, bodies, ...references[name]}
}

export function inputPath(set: string, kind: Kind, id: string): string {
  return kind === 'html' ? join(devEval, set, 'pages', `${id}.html`) : join(devEval, set, 'dumps', `${id}.txt`)
}

/**
 * Whether a page is in the check part: a fixed 30 % of every set, chosen by
 * a hash of its set and id (FNV-1a), never fitted on. The same pages every run,
 * whatever else changes.
 */
export function isCheck(set: string, id: string): boolean {
  let hash = 0x811c9dc5
  for (const char of `${set}/${id}`) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 10 < 3
}

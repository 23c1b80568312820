/**
 * Labels for the headline fit (scripts/fit-headline.ts): the title each dev-eval page's HTML gives,
 * as scrubdown's HTML path reads it (the `<title>`, og:title and the page's own headline, site name
 * cut off), and on the readability set the title its metadata.json names too. A dump's line is the
 * headline when it equals one of these once case and punctuation are folded.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {cleanSync} from '../../src/index.js'
import {type EvalSet, devEval, inputPath, root} from './sets.js'
import {acceptedTitles, fold} from './titles.js'

const cachePath = join(root, '.eval-out', 'html-titles.json')

/** Every page's HTML title by set and id, read once and kept in .eval-out (delete it after a change to the HTML path). */
export function htmlTitles(sets: readonly EvalSet[]): Map<string, string[]> {
  const cache = existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, string | null>) : {}
  let added = 0
  for (const set of sets) {
    for (const id of set.ids) {
      const key = `${set.name}/${id}`
      if (key in cache) continue
      const url = set.urls.get(id)
      try {
        cache[key] = cleanSync(readFileSync(inputPath(set.name, 'html', id)), {format: 'html', ...(url ? {url} : {})}).meta.title ?? null
      } catch {
        cache[key] = null
      }
      added++
    }
  }
  if (added > 0) {
    mkdirSync(join(root, '.eval-out'), {recursive: true})
    writeFileSync(cachePath, JSON.stringify(cache))
  }
  const metadata = JSON.parse(readFileSync(join(devEval, 'readability', 'metadata.json'), 'utf8')) as Record<string, {title?: string | null}>
  const titles = new Map<string, string[]>()
  for (const [key, title] of Object.entries(cache)) {
    const forms = new Set<string>()
    if (title) forms.add(fold(title))
    const [set, id] = key.split('/') as [string, string]
    const named = set === 'readability' ? metadata[id]?.title : undefined
    if (named) for (const form of acceptedTitles(named)) forms.add(fold(form))
    forms.delete('')
    titles.set(key, [...forms])
  }
  return titles
}

/** Whether a line is the page's headline: it equals one of the page's titles, folded. */
export function isHeadline(line: string, titles: readonly string[]): boolean {
  return titles.length > 0 && titles.includes(fold(line))
}

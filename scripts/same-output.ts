/**
 * Same output before and after a speed change: cleans every dev-eval page
 * (HTML and text dump) with the default cleaner, in process, and writes one
 * line per page, `<set>/<kind>/<id> <sha256>`, of its Markdown and of its
 * audit trail (removals and warnings, with their places).
 *
 *   tsx scripts/same-output.ts --out before.txt            every set
 *   tsx scripts/same-output.ts --out after.txt --compare before.txt
 *   tsx scripts/same-output.ts --sets aeb --kind dumps --out x.txt
 *
 * `--runs` hashes the removals as runs: consecutive removals with the same
 * stage and reason as one, their texts joined by a line break, at the first
 * one's line and column. Run it so on both sides to compare across a change
 * that reports a run of removed blocks as one removal.
 *
 * With `--compare`, prints each page whose hash differs (or is missing) and
 * exits 1 if any does. The dev data is never copied into the repo; without
 * it this says so and exits 0.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {type Removal, createCleaner} from '../src/index.js'
import {type Kind, devEval, hasDevEval, inputPath, kinds, loadSet, setNames} from './dev-eval/sets.js'

const {values} = parseArgs({
  options: {
    out: {type: 'string', default: 'same-output.txt'},
    compare: {type: 'string'},
    sets: {type: 'string'},
    kind: {type: 'string'},
    runs: {type: 'boolean', default: false},
  },
})

if (!hasDevEval()) {
  console.log(`same-output skipped: no dev set at ${devEval} (set SCRUBDOWN_DEV_EVAL to its folder)`)
  process.exit(0)
}

const sets = values.sets ? values.sets.split(',') : [...setNames]
const chosenKinds = values.kind ? [values.kind as Kind] : [...kinds]
const cleaner = createCleaner()
const lines: string[] = []
const started = performance.now()
for (const name of sets) {
  const set = loadSet(name)
  for (const kind of chosenKinds) {
    for (const id of set.ids) {
      const path = inputPath(name, kind, id)
      if (!existsSync(path)) continue
      const url = set.urls.get(id)
      let digest: string
      try {
        const result = cleaner.cleanSync(readFileSync(path), {format: kind === 'html' ? 'html' : 'text', ...(url ? {url} : {})})
        digest = createHash('sha256')
          .update(result.markdown)
          .update('\0')
          .update(JSON.stringify(values.runs ? asRuns(result.removed) : result.removed))
          .update('\0')
          .update(JSON.stringify(result.warnings))
          .digest('hex')
      } catch (error) {
        digest = `error:${String(error).slice(0, 80).replace(/\s+/g, ' ')}`
      }
      lines.push(`${name}/${kind}/${id} ${digest}`)
    }
  }
}
/** Consecutive removals of one stage and reason as one (see `--runs`). */
function asRuns(removed: Removal[]): Removal[] {
  const runs: Removal[] = []
  for (const {stage, reason, text, line, column} of removed) {
    const last = runs[runs.length - 1]
    if (last && last.stage === stage && last.reason === reason) last.text += `\n${text}`
    else runs.push({stage, reason, text, ...(line === undefined ? {} : {line, column})})
  }
  return runs
}

writeFileSync(values.out, `${lines.join('\n')}\n`)
console.log(`${lines.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s: ${values.out}`)

if (values.compare) {
  const before = new Map(
    readFileSync(values.compare, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  )
  let differ = 0
  for (const line of lines) {
    const [page, digest] = line.split(' ') as [string, string]
    if (before.get(page) === digest) continue
    differ++
    console.log(`differs: ${page}${before.has(page) ? '' : ' (not in the earlier file)'}`)
  }
  console.log(differ === 0 ? `same output on all ${lines.length} pages` : `${differ} of ${lines.length} pages differ`)
  process.exitCode = differ === 0 ? 0 : 1
}

/**
 * A JSON Lines corpus from the repo's fixtures, for scripts/slurm-e2e.sh:
 * every fixture's input.txt or input.html as COPIES records (string and
 * numeric ids, a url and an extra field on some), and a few records that
 * cannot be cleaned, so the errors files are checked too.
 *
 *   node --import tsx scripts/slurm-corpus.ts OUT.jsonl [COPIES]
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const [out, copiesArg = '5'] = process.argv.slice(2)
if (!out) throw new Error('usage: slurm-corpus.ts OUT.jsonl [COPIES]')
const copies = Number(copiesArg)

const records: Array<Record<string, unknown>> = []
const fixtures = readdirSync(join(root, 'fixtures')).sort()
for (let copy = 1; copy <= copies; copy++) {
  for (const name of fixtures) {
    for (const [file, key] of [['input.txt', 'text'], ['input.html', 'html']] as const) {
      const path = join(root, 'fixtures', name, file)
      if (!existsSync(path)) continue
      // Ids as a pipeline has them: mostly strings, every third a number.
      const id = records.length % 3 === 2 ? records.length + 1 : `${name}/${copy}`
      const record: Record<string, unknown> = {id, [key]: readFileSync(path, 'utf8')}
      if (copy % 2 === 0) record.url = `https://example.com/${name}/${copy}`
      if (copy === 3) record.source = 'slurm-e2e'
      records.push(record)
    }
  }
  // One a copy that fails: neither html nor text.
  records.push({id: `broken/${copy}`, body: 'no html, no text'})
}
writeFileSync(out, records.map((record) => JSON.stringify(record)).join('\n') + '\n')
console.log(`${records.length} records (${(records.length - copies) / copies} fixture pages x ${copies}, and ${copies} that fail) in ${out}`)

/**
 * Developer aid: clean one file and print the Markdown, then every removal
 * and warning, one per line. `npx tsx scripts/try.ts FILE [--format html]`
 */
import {readFileSync} from 'node:fs'
import {clean} from '../src/index.js'
import type {Format} from '../src/index.js'

const [path, flag, value] = process.argv.slice(2)
if (!path) {
  console.error('usage: npx tsx scripts/try.ts FILE [--format FORMAT]')
  process.exit(2)
}
const result = await clean(readFileSync(path), flag === '--format' ? {format: value as Format} : {})
console.log(result.markdown)
for (const removal of result.removed) console.log(`REMOVED ${removal.stage} ${removal.line ?? '?'} | ${removal.reason} | ${removal.text.slice(0, 100)}`)
for (const warning of result.warnings) console.log(`WARN ${warning.stage} | ${warning.reason}`)

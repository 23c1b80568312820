/**
 * Developer aid: clean one file and print the Markdown, then every removal
 * and warning, one per line. `npx tsx scripts/try.ts FILE [--format html] [--url URL]`
 * (the page's address, as the eval passes it: it can name the title).
 */
import {readFileSync} from 'node:fs'
import {clean} from '../src/index.js'
import type {Format} from '../src/index.js'

const [path, ...flags] = process.argv.slice(2)
if (!path) {
  console.error('usage: npx tsx scripts/try.ts FILE [--format FORMAT] [--url URL]')
  process.exit(2)
}
const flag = (name: string) => {
  const at = flags.indexOf(name)
  return at >= 0 ? flags[at + 1] : undefined
}
const format = flag('--format') as Format | undefined
const url = flag('--url')
const result = await clean(readFileSync(path), {...(format ? {format} : {}), ...(url ? {url} : {})})
console.log(result.markdown)
for (const removal of result.removed) console.log(`REMOVED ${removal.stage} ${removal.line ?? '?'} | ${removal.reason} | ${removal.text.slice(0, 100)}`)
for (const warning of result.warnings) console.log(`WARN ${warning.stage} | ${warning.reason}`)

#!/usr/bin/env node
/**
 * Readability.js on linkedom over a folder of HTML pages, one after another:
 * the peer that scripts/bench-process.ts times as a whole process.
 * `node scripts/readability-run.mjs DIR`
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'

const dir = process.argv[2]
let characters = 0
for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
  const article = new Readability(parseHTML(readFileSync(join(dir, name), 'utf8')).document).parse()
  characters += article?.textContent?.length ?? 0
}
process.stdout.write(`${characters}\n`)

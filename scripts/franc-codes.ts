/**
 * Writes src/language/franc-codes.ts: each code franc can answer, as
 * toLangCode writes it (src/language/codes.ts normalizes through ISO 639-3's
 * table and CLDR's aliases; for franc's 163 codes that took a first document
 * some 50 ms). Run it after updating franc, iso-639-3 or bcp-47-normalize;
 * test/franc-codes.test.ts says when the file is behind.
 *
 *   npx tsx scripts/franc-codes.ts
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {data} from 'franc/data.js'
import {normalizeCode} from '../src/language/codes.js'

/** franc's codes (every script's), sorted, each with its normalized code. */
export function francCodeTable(): Record<string, string> {
  const codes = [...new Set(Object.values(data as Record<string, Record<string, string>>).flatMap((models) => Object.keys(models)))].sort()
  return Object.fromEntries(codes.map((code) => [code, normalizeCode(code)]))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = francCodeTable()
  const lines = Object.entries(table).map(([code, lang]) => `  ${code}: ${JSON.stringify(lang)},`)
  writeFileSync(
    fileURLToPath(new URL('../src/language/franc-codes.ts', import.meta.url)),
    `// Written by scripts/franc-codes.ts from franc's codes through normalizeCode (codes.ts): do not edit.

/** Each code franc answers, as toLangCode writes it. */
export const francCodes: Readonly<Record<string, string>> = {
${lines.join('\n')}
}
`,
  )
  console.log(`src/language/franc-codes.ts: ${lines.length} codes`)
}

/**
 * Writes src/util/month-names.ts: the month names of the lexicon's languages
 * as this runtime's Intl (CLDR) formats them, in the lexicon's order, the
 * first language to name a word winning (see monthOf in src/util/dates.ts);
 * and src/util/weekday-names.ts, their weekday names (see isWeekday in
 * src/util/names.ts).
 * Run it after adding a language to the lexicon, or on a Node whose CLDR is
 * newer; test/month-names.test.ts says when the file is behind.
 *
 *   npx tsx scripts/month-names.ts
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lexicons} from '../src/lexicon/index.js'
import {monthNamesOf} from '../src/util/dates.js'

/** The table month-names.ts should hold: languages, and [name, month] pairs, first language winning. */
export function monthTable(): {languages: string[]; names: Array<[string, number]>} {
  const languages = Object.keys(lexicons)
  const names = new Map<string, number>()
  for (const lang of languages) for (const [name, month] of monthNamesOf(lang)) if (!names.has(name)) names.set(name, month)
  return {languages, names: [...names]}
}

/**
 * Weekday names (lower case, written out: "Sun" and "Mar" are names too) of these languages as this runtime's Intl
 * writes them, each once, in the languages' order.
 */
export function weekdayNamesOf(languages: readonly string[]): string[] {
  const names = new Set<string>()
  for (const lang of languages) {
    const format = new Intl.DateTimeFormat(lang, {weekday: 'long', timeZone: 'UTC'})
    // 2024-01-01 was a Monday: seven days from it.
    for (let day = 1; day <= 7; day++) names.add(format.format(new Date(Date.UTC(2024, 0, day, 12))).toLowerCase())
  }
  return [...names]
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const {languages, names} = monthTable()
  const lines = names.map(([name, month]) => `  ${JSON.stringify(name)}, ${month},`)
  writeFileSync(
    fileURLToPath(new URL('../src/util/month-names.ts', import.meta.url)),
    `// Written by scripts/month-names.ts from Intl (CLDR ${process.versions.cldr ?? 'unknown'}): do not edit.

/** The lexicon languages whose month names monthNames holds. */
export const monthNameLanguages: readonly string[] = ${JSON.stringify(languages)}

/** CLDR's version that gave the names. */
export const monthNamesCldr = ${JSON.stringify(process.versions.cldr ?? 'unknown')}

/** Month names (lower case, no final dot) and their numbers, flat: name, month, name, month … */
export const monthNames: ReadonlyArray<string | number> = [
${lines.join('\n')}
]
`,
  )
  console.log(`src/util/month-names.ts: ${names.length} names of ${languages.length} languages (CLDR ${process.versions.cldr})`)
  const weekdays = weekdayNamesOf(languages)
  writeFileSync(
    fileURLToPath(new URL('../src/util/weekday-names.ts', import.meta.url)),
    `// Written by scripts/month-names.ts from Intl (CLDR ${process.versions.cldr ?? 'unknown'}): do not edit.

/** Weekday names (lower case, written out) of the lexicon's languages, those of monthNameLanguages (src/util/month-names.ts). */
export const weekdayNames: readonly string[] = [
${weekdays.map((name) => `  ${JSON.stringify(name)},`).join('\n')}
]
`,
  )
  console.log(`src/util/weekday-names.ts: ${weekdays.length} names`)
}

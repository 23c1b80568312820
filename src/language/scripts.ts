/**
 * The writing systems the language stage tells apart before franc runs:
 * some settle the language alone (Hangul is Korean, Thai script is Thai),
 * the others narrow franc's candidates.
 */
export const scripts = {
  Latin: /\p{Script=Latin}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
  Arabic: /\p{Script=Arabic}/gu,
  Han: /\p{Script=Han}/gu,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  Hangul: /\p{Script=Hangul}/gu,
  Devanagari: /\p{Script=Devanagari}/gu,
  Greek: /\p{Script=Greek}/gu,
  Hebrew: /\p{Script=Hebrew}/gu,
  Thai: /\p{Script=Thai}/gu,
  Armenian: /\p{Script=Armenian}/gu,
  Georgian: /\p{Script=Georgian}/gu,
  Bengali: /\p{Script=Bengali}/gu,
  Ethiopic: /\p{Script=Ethiopic}/gu,
} as const

export type Script = keyof typeof scripts

const letter = /\p{L}/gu

/** Letters of one script in a text. */
export function countScript(text: string, script: Script): number {
  return text.match(scripts[script])?.length ?? 0
}

/**
 * Letter counts per script, most used first. Counting stops once the
 * leading script has more letters than are left to count (a Latin text
 * costs one or two passes, not fourteen); Kana is always counted beside
 * Han, which Japanese needs.
 */
export function scriptCounts(text: string): Array<[Script, number]> {
  const total = text.match(letter)?.length ?? 0
  const counts: Array<[Script, number]> = []
  let counted = 0
  let best = 0
  for (const name of Object.keys(scripts) as Script[]) {
    if (best > total - counted && !(name === 'Kana' && counts.some(([other]) => other === 'Han'))) break
    const count = countScript(text, name)
    if (count === 0) continue
    counts.push([name, count])
    counted += count
    best = Math.max(best, count)
  }
  return counts.sort((a, b) => b[1] - a[1])
}

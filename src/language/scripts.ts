/**
 * The writing systems the language stage tells apart before franc runs:
 * some settle the language alone (Hangul is Korean, Thai script is Thai),
 * the others narrow franc's candidates.
 */
export const scripts = {
  Latin: /\p{Script=Latin}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
  Arabic: /\p{Script=Arabic}/gu,
  Hebrew: /\p{Script=Hebrew}/gu,
  Greek: /\p{Script=Greek}/gu,
  Han: /\p{Script=Han}/gu,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  Hangul: /\p{Script=Hangul}/gu,
  Devanagari: /\p{Script=Devanagari}/gu,
  Thai: /\p{Script=Thai}/gu,
  Armenian: /\p{Script=Armenian}/gu,
  Georgian: /\p{Script=Georgian}/gu,
  Bengali: /\p{Script=Bengali}/gu,
  Ethiopic: /\p{Script=Ethiopic}/gu,
} as const

export type Script = keyof typeof scripts

/** Letter counts per script, most used first. */
export function scriptCounts(text: string): Array<[Script, number]> {
  const counts: Array<[Script, number]> = []
  for (const [name, pattern] of Object.entries(scripts) as Array<[Script, RegExp]>) {
    const count = text.match(pattern)?.length ?? 0
    if (count > 0) counts.push([name, count])
  }
  return counts.sort((a, b) => b[1] - a[1])
}

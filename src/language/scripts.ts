/**
 * The writing systems the language stage tells apart before franc runs:
 * some settle the language alone (Hangul is Korean, Thai script is Thai),
 * the others narrow franc's candidates.
 */
export const scripts = {
  Latin: /\p{Script=Latin}+/gu,
  Cyrillic: /\p{Script=Cyrillic}+/gu,
  Arabic: /\p{Script=Arabic}+/gu,
  Han: /\p{Script=Han}+/gu,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]+/gu,
  Hangul: /\p{Script=Hangul}+/gu,
  Devanagari: /\p{Script=Devanagari}+/gu,
  Greek: /\p{Script=Greek}+/gu,
  Hebrew: /\p{Script=Hebrew}+/gu,
  Thai: /\p{Script=Thai}+/gu,
  Armenian: /\p{Script=Armenian}+/gu,
  Georgian: /\p{Script=Georgian}+/gu,
  Bengali: /\p{Script=Bengali}+/gu,
  Ethiopic: /\p{Script=Ethiopic}+/gu,
  // Scripts of one language each (on the web): Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Odia,
  // Sinhala, Khmer, Lao, Burmese, Tibetan, Dhivehi.
  Tamil: /\p{Script=Tamil}+/gu,
  Telugu: /\p{Script=Telugu}+/gu,
  Kannada: /\p{Script=Kannada}+/gu,
  Malayalam: /\p{Script=Malayalam}+/gu,
  Gujarati: /\p{Script=Gujarati}+/gu,
  Gurmukhi: /\p{Script=Gurmukhi}+/gu,
  Oriya: /\p{Script=Oriya}+/gu,
  Sinhala: /\p{Script=Sinhala}+/gu,
  Khmer: /\p{Script=Khmer}+/gu,
  Lao: /\p{Script=Lao}+/gu,
  Myanmar: /\p{Script=Myanmar}+/gu,
  Tibetan: /\p{Script=Tibetan}+/gu,
  Thaana: /\p{Script=Thaana}+/gu,
} as const

export type Script = keyof typeof scripts

const letters = /\p{L}+/gu

/**
 * The length of a text's matches of a global pattern: its runs are summed,
 * not its characters matched one by one, which would build an array as long
 * as the text. (UTF-16 units: a letter outside the BMP counts twice.)
 */
function runLength(text: string, pattern: RegExp): number {
  const runs = text.match(pattern)
  if (!runs) return 0
  let length = 0
  for (const run of runs) length += run.length
  return length
}

/** Letters in a text. */
export function countLetters(text: string): number {
  return runLength(text, letters)
}

/** Letters of one script in a text. */
export function countScript(text: string, script: Script): number {
  return runLength(text, scripts[script])
}

/**
 * Letter counts per script, most used first, and the text's letters in
 * all. Counting stops once the leading script has more letters than are
 * left to count (a Latin text costs two passes, not fifteen); Kana is
 * always counted beside Han, which Japanese needs.
 */
export function scriptCounts(text: string): {counts: Array<[Script, number]>; letters: number} {
  const total = countLetters(text)
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
  return {counts: counts.sort((a, b) => b[1] - a[1]), letters: total}
}

/**
 * Calibrate the language thresholds: cut the test paragraphs and the
 * fixtures' cleaned bodies into windows of 20–400 letters, detect each with
 * no threshold, and print accuracy per length and how far ahead franc's
 * wrong answers were. `npx tsx scripts/calibrate-language.ts`
 */
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {detectLanguage} from '../src/language/detect.js'
import {paragraphs} from '../test/data/paragraphs.js'

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const texts: Array<[string, string]> = []
for (const [lang, list] of Object.entries(paragraphs)) for (const text of list) texts.push([lang, text])
for (const name of readdirSync(fixtures)) {
  const expected = join(fixtures, name, 'expected.md')
  if (!existsSync(expected)) continue
  const lang = /^(?:html-)?([a-z]{2,3})-/.exec(name)?.[1]
  if (!lang) continue
  texts.push([lang, readFileSync(expected, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/[#>*_`[\]()-]/g, ' ')])
}

/** Windows of about `letters` letters, cut at spaces, from several places in the text. */
function windows(text: string, letters: number): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const out: string[] = []
  for (let start = 0; start < words.length && out.length < 6; start += 40) {
    let count = 0
    const taken: string[] = []
    for (const word of words.slice(start)) {
      taken.push(word)
      count += word.match(/\p{L}/gu)?.length ?? 0
      if (count >= letters) break
    }
    if (count >= letters) out.push(taken.join(' '))
  }
  return out
}

const wrongLeads: number[] = []
const results: Array<{letters: number; right: boolean; und: boolean; lead: number; franc: boolean}> = []
const closeWrongLeads: number[] = []
console.log('letters  n    right  und  wrong')
for (const letters of [20, 30, 40, 50, 70, 100, 150, 250, 400]) {
  let right = 0
  let wrong = 0
  let und = 0
  for (const [lang, text] of texts) {
    for (const window of windows(text, letters)) {
      const found = detectLanguage(window, {minLetters: 0, minConfidence: 0})
      results.push({letters, right: found.lang === lang, und: found.lang === 'und', lead: found.confidence, franc: found.decidedBy === 'franc'})
      if (found.lang === lang) right++
      else if (found.lang === 'und') und++
      else {
        wrong++
        if (letters >= 50) wrongLeads.push(found.confidence)
        if (letters >= 50 && found.decidedBy !== 'franc') closeWrongLeads.push(found.confidence)
        if (letters >= 100) console.log(`  ${lang} read as ${found.lang} (${found.confidence.toFixed(4)}, ${found.decidedBy}): ${window.slice(0, 80)}`)
      }
    }
  }
  const n = right + wrong + und
  console.log(`${String(letters).padEnd(8)} ${String(n).padEnd(4)} ${(right / n).toFixed(3)}  ${(und / n).toFixed(3)} ${(wrong / n).toFixed(3)}`)
}
const quantiles = (values: number[]) => [0.5, 0.75, 0.9, 1].map((q) => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]?.toFixed(4))
console.log('lead of wrong answers (50+ letters), median/p75/p90/max:', quantiles(wrongLeads).join(' '))

console.log('\nwith a minimum lead (franc-decided answers below it become und): right/und/wrong')
for (const min of [0, 0.005, 0.01, 0.015, 0.02, 0.03]) {
  const row = [20, 30, 40, 50, 70, 100].map((letters) => {
    const some = results.filter((result) => result.letters === letters)
    const und = some.filter((result) => result.und || (result.franc && result.lead < min)).length
    const right = some.filter((result) => result.right && !(result.franc && result.lead < min)).length
    return `${letters}: ${(right / some.length).toFixed(2)}/${(und / some.length).toFixed(2)}/${((some.length - right - und) / some.length).toFixed(2)}`
  })
  console.log(`${String(min).padEnd(6)} ${row.join('  ')}`)
}

/**
 * Right / und / wrong on the close-pair paragraphs (test/data/close-pairs.ts),
 * whole and first sentence only, for the tuning and the held-out set apart:
 * `npx tsx scripts/close-pairs.ts` (`V=1` lists the tuning set's misses).
 */
import {detectLanguage} from '../src/language/detect.js'
import {heldOut, tuning} from '../test/data/close-pairs.js'

const firstSentence = (text: string) => text.slice(0, text.search(/[.!?]\s/) + 1)
for (const [label, set] of [['tuning', tuning], ['held-out', heldOut]] as const) {
  const tally = {paragraph: [0, 0, 0], sentence: [0, 0, 0]}
  for (const [lang, texts] of Object.entries(set)) {
    for (const text of texts) {
      for (const [kind, sample] of [['paragraph', text], ['sentence', firstSentence(text)]] as const) {
        const found = detectLanguage(sample)
        tally[kind][found.lang === lang ? 0 : found.lang === 'und' ? 1 : 2]!++
        if (process.env.V && label === 'tuning' && found.lang !== lang) console.log(`  ${kind} ${lang} → ${found.lang}: ${found.reason ?? found.decidedBy}`)
      }
    }
  }
  const show = ([right, und, wrong]: number[]) => `right ${right}, und ${und}, wrong ${wrong}`
  console.log(`${label}: paragraphs ${show(tally.paragraph)}; first sentences ${show(tally.sentence)}`)
}

/**
 * Developer aid: print each block of a text dump with its hand score, the
 * fitted model's score and the zones each gives (hand, then fitted), to see
 * why the core is where it is. The fitted zones here have no title hints:
 * the pipeline's may differ where the title stage found the headline.
 * `npx tsx scripts/zones.ts FILE`
 */
import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {contentScores} from '../src/article/model.js'
import {blockScore, contextScores, findZones, measureBlocks, zoneOf} from '../src/article/zones.js'
import {parseText} from '../src/parse/text.js'

const tree = parseText(readFileSync(process.argv[2]!, 'utf8'))
const hand = findZones(tree)
const fitted = findZones(tree, undefined, undefined, undefined, undefined, true)
const {texts, base, transparent} = measureBlocks(tree)
const model = contentScores(tree.children, texts, base, transparent, contextScores(base, transparent))
const letter = (zones: typeof hand, index: number) => zoneOf(zones, index)[0]!.toUpperCase()
tree.children.forEach((node, index) => {
  const line = node.position?.start.line ?? 0
  console.log(`${letter(hand, index)}${letter(fitted, index)} ${String(line).padStart(4)} ${blockScore(node).toFixed(1).padStart(6)} ${model[index]!.toFixed(1).padStart(6)}  ${toString(node).slice(0, 90)}`)
})

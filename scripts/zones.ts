/**
 * Developer aid: print each block of a text dump with its hand score, the
 * fitted model's score and the zones each gives (hand, then fitted), to see
 * why the core is where it is. The fitted zones here have no title hints;
 * `--pipeline` adds a third letter and score: the fitted zones as the
 * boilerplate stage finds them, after the stages before it (the headline,
 * the title, the bio's line), and the model's scores with the headline.
 * `npx tsx scripts/zones.ts FILE [--pipeline]`
 */
import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {contentScores} from '../src/article/model.js'
import {blockScore, contextScores, findZones, measureBlocks, zoneOf} from '../src/article/zones.js'
import {parseText} from '../src/parse/text.js'
import {treeBefore} from './dev-eval/tree-reader.js'

const pipeline = process.argv.includes('--pipeline')
const input = readFileSync(process.argv[2]!)
const read = pipeline ? treeBefore('boilerplate')(input) : undefined
const tree = read ? read.tree : parseText(input.toString('utf8'))
const hand = findZones(tree)
const fitted = findZones(tree, undefined, undefined, undefined, undefined, true)
const {texts, base, transparent} = measureBlocks(tree)
const model = contentScores(tree.children, texts, base, transparent, contextScores(base, transparent))
const letter = (zones: typeof hand, index: number) => zoneOf(zones, index)[0]!.toUpperCase()
const hints = read?.hints
const after = hints?.articleStartLine === undefined ? hints?.titleLine : Math.max(hints.articleStartLine, hints.titleLine ?? 0)
const inPipeline = read ? findZones(tree, after, read.headline, hints?.title, hints?.articleEndLine, true) : undefined
const withHeadline = read ? contentScores(tree.children, texts, base, transparent, contextScores(base, transparent), read.headline) : undefined
if (read) console.log(`headline line ${read.headline ?? '-'}, title ${JSON.stringify(hints?.title)}, title line ${hints?.titleLine ?? '-'}, bio line ${hints?.articleEndLine ?? '-'}`)
tree.children.forEach((node, index) => {
  const line = node.position?.start.line ?? 0
  const third = inPipeline && withHeadline ? `${letter(inPipeline, index)} ${withHeadline[index]!.toFixed(1).padStart(6)} ` : ''
  console.log(`${letter(hand, index)}${letter(fitted, index)} ${String(line).padStart(4)} ${blockScore(node).toFixed(1).padStart(6)} ${model[index]!.toFixed(1).padStart(6)} ${third} ${toString(node).slice(0, 90)}`)
})

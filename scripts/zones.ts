/**
 * Developer aid: print each block of a text dump with its score and zone, to
 * see why the core is where it is. `npx tsx scripts/zones.ts FILE`
 */
import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {parseText} from '../src/parse/text.js'
import {blockScore, findZones, zoneOf} from '../src/article/zones.js'

const tree = parseText(readFileSync(process.argv[2]!, 'utf8'))
const zones = findZones(tree)
tree.children.forEach((node, index) => {
  const zone = zoneOf(zones, index)[0]!.toUpperCase()
  const line = node.position?.start.line ?? 0
  console.log(`${zone} ${String(line).padStart(4)} ${blockScore(node).toFixed(1).padStart(6)}  ${toString(node).slice(0, 90)}`)
})

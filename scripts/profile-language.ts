/**
 * The language stage in a loop over the text fixtures repeated to a size,
 * for a CPU profile, and its speed against plain `franc(text)` in the same
 * run (the benchmark in test/bench/language.bench.ts is the figure to report):
 * `SIZE=50000 BLOCKS=0 node --import tsx --cpu-prof scripts/profile-language.ts`
 */
import type {Root} from 'mdast'
import {franc} from 'franc'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parseText} from '../src/parse/text.js'
import {language} from '../src/stages/language.js'
import {fixtureCases} from '../test/helpers/fixtures.js'

const cases = fixtureCases().filter((fixture) => typeof fixture.input === 'string')
function sized(text: string, size: number): string {
  let value = text
  while (value.length < size) value += `\n\n${text}`
  return value.slice(0, value.lastIndexOf('\n', size) > size / 2 ? value.lastIndexOf('\n', size) : size)
}
const size = Number(process.env.SIZE ?? 5000)
const blocks = process.env.BLOCKS !== '0'
const rounds = Number(process.env.N ?? 200)
const stage = language.call(unified() as never, {blocks}) as (tree: Root, file: VFile) => void
const texts = cases.map((fixture) => sized(fixture.input as string, size))
const trees = texts.map((text) => parseText(text))

/** CPU milliseconds per document (CPU time holds better than wall time on shared cores). */
function perDocument(run: () => void, times: number): number {
  run()
  const start = process.cpuUsage()
  for (let index = 0; index < times; index++) run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / times / texts.length
}
const ours = perDocument(() => {
  for (const tree of trees) {
    const file = new VFile()
    file.data.meta = {}
    stage(tree, file)
  }
}, rounds)
const plain = process.env.FRANC === '0' ? Number.NaN : perDocument(() => {
  for (const text of texts) franc(text)
}, Math.ceil(rounds / 10))
console.log(`${size} chars, blocks ${blocks}: stage ${(ours * 1000).toFixed(0)} µs/doc, franc ${(plain * 1000).toFixed(0)} µs/doc, ${(plain / ours).toFixed(1)}x`)

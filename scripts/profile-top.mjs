/**
 * The functions a CPU profile spent most self time in, with their share:
 *
 *   SCRUBDOWN_PROFILE=text.cpuprofile node scripts/bench-one.mjs scrubdown-text LIST.txt 3
 *   node scripts/profile-top.mjs text.cpuprofile 10
 *
 * (or any profile of `node --cpu-prof`). Idle time is left out of the total.
 */
import {readFileSync} from 'node:fs'
const [file, n = '10'] = process.argv.slice(2)
const prof = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(prof.nodes.map((node) => [node.id, node]))
const self = new Map()
const dt = new Map()
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0))
let total = 0
for (const node of prof.nodes) {
  const t = node.callFrame.functionName === '(idle)' ? 0 : dt.get(node.id) ?? 0
  total += t
  const cf = node.callFrame
  const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/^.*\/(node_modules\/)?/, '')}:${cf.lineNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + t)
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n))
console.log(`total ${(total / 1000).toFixed(0)} ms`)
for (const [key, t] of rows) console.log(`${(100 * t / total).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(6)} ms  ${key}`)

/**
 * `npm run bench:hostile`: each hostile shape of issue 17 (items 2 and 7,
 * scripts/hostile/shapes.ts) cleaned at 1× and 4× a base size, each size in
 * a process of its own (so its peak RSS is its own), and a table of CPU
 * seconds per MB, peak RSS per MB of input above the process's baseline,
 * and the 4×/1× time ratio. The bars: ratio under 5, at most 2 s/MB
 * on one core, at most 100 MB RSS per MB; rows over a bar are marked.
 *
 *   npm run bench:hostile [-- --kb 256] [--only "empty spans"] [--limit 120]
 *
 * `--kb`: the 1× size in KB (default 256); `--limit`: seconds before a run
 * is stopped and reported as such (default 120). Time is CPU time (user +
 * system) of the clean alone, steadier than wall time on a shared machine.
 */
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {shapes} from './hostile/shapes.js'

const {values: flags} = parseArgs({
  options: {
    kb: {type: 'string', default: '256'},
    only: {type: 'string'},
    limit: {type: 'string', default: '120'},
    child: {type: 'string'},
    bytes: {type: 'string'},
  },
})

const megabyte = 1024 * 1024

interface Measure {
  bytes: number
  seconds: number
  rssMb: number
}

if (flags.child !== undefined) {
  // In the child: warm the pipeline up, note the baseline, build the input, clean it once.
  const {cleanSync} = await import('../src/index.js')
  const shape = shapes.find((candidate) => candidate.name === flags.child)!
  for (const format of ['html', 'text'] as const) cleanSync(shapes.find((candidate) => candidate.format === format)!.build(4096), {format})
  const input = shape.build(Number(flags.bytes))
  const baseline = process.resourceUsage().maxRSS
  const before = process.cpuUsage()
  cleanSync(input, {format: shape.format, maxBytes: 1024 * megabyte})
  const used = process.cpuUsage(before)
  const peak = process.resourceUsage().maxRSS
  const result: Measure = {bytes: Buffer.byteLength(input), seconds: (used.user + used.system) / 1e6, rssMb: (peak - baseline) / 1024}
  process.stdout.write(JSON.stringify(result))
  process.exit(0)
}

const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href
const script = fileURLToPath(import.meta.url)
const base = Number(flags.kb) * 1024
const limit = Number(flags.limit) * 1000

function measure(name: string, bytes: number): Measure | string {
  const run = spawnSync(process.execPath, ['--import', tsx, script, '--child', name, '--bytes', String(bytes)], {encoding: 'utf8', timeout: limit, maxBuffer: 1024 * 1024})
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return `over ${flags.limit} s`
  if (run.status !== 0) return `failed: ${(run.stderr || String(run.error)).trim().split('\n').slice(-1)[0]}`
  return JSON.parse(run.stdout) as Measure
}

const pad = (text: string, width: number) => text.padStart(width)
const header = ['shape', '1× s/MB', '4× s/MB', '4×/1×', '1× RSS/MB', '4× RSS/MB', '']
const widths = [30, 9, 9, 7, 10, 10, 0]
console.log(`hostile shapes at ${flags.kb} KB and ${Number(flags.kb) * 4} KB; CPU s per MB, peak RSS (MB) per MB of input above the baseline`)
console.log(header.map((cell, index) => (index === 0 ? cell.padEnd(widths[0]!) : pad(cell, widths[index]!))).join(' '))
let over = 0
for (const shape of shapes) {
  if (flags.only !== undefined && !shape.name.includes(flags.only)) continue
  const small = measure(shape.name, base)
  const large = typeof small === 'string' ? 'skipped' : measure(shape.name, 4 * base)
  const perMb = (result: Measure | string) => (typeof result === 'string' ? result : (result.seconds / (result.bytes / megabyte)).toFixed(2))
  const rssPerMb = (result: Measure | string) => (typeof result === 'string' ? '' : (result.rssMb / (result.bytes / megabyte)).toFixed(0))
  const ratio = typeof small === 'string' || typeof large === 'string' ? '' : (large.seconds / Math.max(small.seconds, 1e-3)).toFixed(1)
  const bars: string[] = []
  if (typeof small === 'string' || typeof large === 'string') bars.push('did not finish')
  else {
    if (Number(ratio) >= 5) bars.push('ratio ≥ 5')
    if (large.seconds / (large.bytes / megabyte) > 2) bars.push('> 2 s/MB')
    if (large.rssMb / (large.bytes / megabyte) > 100) bars.push('> 100 MB/MB')
  }
  if (bars.length > 0) over++
  console.log([shape.name.padEnd(widths[0]!), pad(perMb(small), widths[1]!), pad(perMb(large), widths[2]!), pad(ratio, widths[3]!), pad(rssPerMb(small), widths[4]!), pad(rssPerMb(large), widths[5]!), bars.join(', ')].join(' '))
}
console.log(over === 0 ? 'every shape within the bars' : `${over} shape(s) over a bar`)

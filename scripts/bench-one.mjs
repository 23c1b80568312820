/**
 * One cleaner over pages or dumps, as a process of its own: the child of
 * `npm run bench` (scripts/bench.ts) and of `npm run bench:batch`'s HTML
 * comparison, which time the whole process. Prints one JSON line:
 *
 * - `importMs`: loading the cleaner's modules;
 * - `passes`: milliseconds per pass over every input, each pass with a fresh
 *   cleaner and scrubdown's line caches emptied (pages not seen before);
 * - `firstDoneMs`: from the process's start to the end of the first pass
 *   (node's start, module loading and the cold first pass: the whole process
 *   as a one-off run over a folder pays it);
 * - `passesCpu`, `firstDoneCpu`: the same in CPU time of the process (user
 *   and system, every thread): on a shared, busy machine, what a free core
 *   would have taken;
 * - `cleanMs`: the first pass, `pages`, `bytes` (UTF-8).
 *
 *   node scripts/bench-one.mjs CLEANER INPUTS.txt [PASSES]
 *
 * CLEANER: scrubdown (HTML), scrubdown-text (text dumps), franc (plain
 * `franc(text)`, the reference for text dumps), readability-linkedom,
 * readability-jsdom, defuddle-linkedom, defuddle-jsdom, or cheerio-parse
 * (cheerio's parse alone: the floor for scrubdown, which parses with it).
 * INPUTS.txt: one file per line. scrubdown is loaded from `$SCRUBDOWN_ROOT`
 * (default this checkout): its dist/ when built, else its source (run this
 * with `--import tsx` then). Plain JavaScript, so that a whole process is
 * node and the cleaner: under tsx's loader, loading scrubdown's dist/ took
 * twice the CPU time (1.6 s against 0.75 s).
 * `$SCRUBDOWN_PROFILE=FILE` writes a CPU profile of the passes alone (not of
 * node's start or the loading) to FILE, for `node scripts/profile-top.mjs`.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** @typedef {(input: string) => Promise<unknown> | unknown} Clean */
/** A parsed page: linkedom's or jsdom's document, and how to free it. @typedef {{document: any, close(): void}} Page */

const [name, list, passCount = '1'] = process.argv.slice(2)
const inputs = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((path) => readFileSync(path, 'utf8'))
const root = process.env.SCRUBDOWN_ROOT ?? fileURLToPath(new URL('..', import.meta.url))

/** @returns {Promise<(html: string) => Page>} */
async function linkedomDocument() {
  const {parseHTML} = await import('linkedom')
  return (html) => ({document: parseHTML(html).document, close() {}})
}

/** @returns {Promise<(html: string) => Page>} */
async function jsdomDocument() {
  const {JSDOM} = await import('jsdom')
  return (html) => {
    const dom = new JSDOM(html)
    return {document: dom.window.document, close: () => dom.window.close()}
  }
}

/** scrubdown's modules from `root`: dist/ when built, else the source (through tsx). */
async function scrubdownModule(path) {
  const built = join(root, 'dist', `${path}.js`)
  return import(pathToFileURL(existsSync(built) ? built : join(root, 'src', `${path}.ts`)).href)
}

/** A function that makes a fresh cleaner for each pass. */
/** @returns {Promise<() => Clean>} */
async function load(cleaner) {
  if (cleaner === 'scrubdown' || cleaner === 'scrubdown-text') {
    const {createCleaner} = await scrubdownModule('index')
    const {forgetMatchedLines} = await scrubdownModule('lexicon/match')
    const {forgetCountedLines} = await scrubdownModule('util/text')
    const format = cleaner === 'scrubdown' ? 'html' : 'text'
    return () => {
      forgetMatchedLines()
      forgetCountedLines()
      const scrubdown = createCleaner({format})
      return (input) => scrubdown.cleanSync(input).markdown
    }
  }
  if (cleaner === 'franc') {
    const {franc} = await import('franc')
    return () => (text) => franc(text)
  }
  if (cleaner === 'cheerio-parse') {
    // The floor under any cleaner built on the fixed parser: cheerio's parse of each page and nothing else.
    const {load} = await import('cheerio/slim')
    return () => (html) => load(html).root().children().length
  }
  const [library, dom] = cleaner.split('-')
  const parse = dom === 'jsdom' ? await jsdomDocument() : dom === 'linkedom' ? await linkedomDocument() : undefined
  if (!parse) throw new Error(`unknown cleaner ${cleaner}`)
  if (library === 'readability') {
    const {Readability} = await import('@mozilla/readability')
    return () => (html) => {
      const page = parse(html)
      const article = new Readability(page.document).parse()
      page.close()
      return article?.content
    }
  }
  if (library === 'defuddle') {
    const {Defuddle} = await import('defuddle/node')
    return () => async (html) => {
      const page = parse(html)
      // Markdown, as scrubdown gives; useAsync off: it would ask third-party APIs for pages it cannot read.
      const result = await Defuddle(page.document, undefined, {markdown: true, useAsync: false})
      page.close()
      return result.content
    }
  }
  throw new Error(`unknown cleaner ${cleaner}`)
}

const started = performance.now()
const fresh = await load(name)
const importMs = performance.now() - started
const profile = process.env.SCRUBDOWN_PROFILE
const session = profile ? new (await import('node:inspector/promises')).Session() : undefined
if (session) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
}
const passes = []
const passesCpu = []
let firstDoneMs = 0
let firstDoneCpu = 0
const cpuMs = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
for (let pass = 0; pass < Number(passCount); pass++) {
  const before = performance.now()
  const beforeCpu = cpuMs()
  const clean = fresh()
  for (const input of inputs) await clean(input)
  const after = performance.now()
  const afterCpu = cpuMs()
  passes.push(after - before)
  passesCpu.push(afterCpu - beforeCpu)
  // performance.now() and the CPU usage count from the process's start.
  if (pass === 0) {
    firstDoneMs = after
    firstDoneCpu = afterCpu
  }
}
if (session) {
  const {profile: taken} = await session.post('Profiler.stop')
  ;(await import('node:fs')).writeFileSync(profile, JSON.stringify(taken))
}
const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0)
process.stdout.write(`${JSON.stringify({importMs, cleanMs: passes[0], passes, passesCpu, firstDoneMs, firstDoneCpu, pages: inputs.length, bytes})}\n`)

/**
 * One cleaner over HTML pages, as a process of its own: the child of
 * `npm run bench:batch`'s HTML comparison (see bench-batch.ts), which times
 * the whole process. Prints `{"importMs", "cleanMs", "pages"}`: the time to
 * load the cleaner's modules, and to clean every page once after that.
 *
 *   tsx scripts/bench-html-one.ts CLEANER PAGES.txt
 *
 * CLEANER: scrubdown, readability-linkedom, readability-jsdom,
 * defuddle-linkedom, defuddle-jsdom, or cheerio-parse (cheerio's parse
 * alone: the floor for scrubdown, which parses with it); PAGES.txt: one HTML file per line.
 * scrubdown is loaded from dist/ when built, else from the source.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

type Clean = (html: string) => Promise<unknown> | unknown
/** A parsed page: linkedom's or jsdom's document (typed as Readability takes it), and how to free it. */
type Page = {document: ConstructorParameters<typeof import('@mozilla/readability').Readability>[0]; close(): void}

const [name, list] = process.argv.slice(2)
const pages = readFileSync(list!, 'utf8').split('\n').filter(Boolean).map((path) => readFileSync(path, 'utf8'))
const root = fileURLToPath(new URL('..', import.meta.url))

async function linkedomDocument(): Promise<(html: string) => Page> {
  const {parseHTML} = await import('linkedom')
  return (html) => ({document: parseHTML(html).document as unknown as Page['document'], close() {}})
}

async function jsdomDocument(): Promise<(html: string) => Page> {
  const {JSDOM} = await import('jsdom')
  return (html) => {
    const dom = new JSDOM(html)
    return {document: dom.window.document as Page['document'], close: () => dom.window.close()}
  }
}

async function load(cleaner: string): Promise<Clean> {
  if (cleaner === 'scrubdown') {
    const built = join(root, 'dist/index.js')
    const {createCleaner} = (await import(existsSync(built) ? pathToFileURL(built).href : '../src/index.js')) as typeof import('../src/index.js')
    const scrubdown = createCleaner({format: 'html'})
    return (html) => scrubdown.cleanSync(html).markdown
  }
  if (cleaner === 'cheerio-parse') {
    // The floor under any cleaner built on the fixed parser: cheerio's parse of each page and nothing else.
    const {load} = await import('cheerio/slim')
    return (html) => load(html).root().children().length
  }
  const [library, dom] = cleaner.split('-')
  const parse = dom === 'jsdom' ? await jsdomDocument() : dom === 'linkedom' ? await linkedomDocument() : undefined
  if (!parse) throw new Error(`unknown cleaner ${cleaner}`)
  if (library === 'readability') {
    const {Readability} = await import('@mozilla/readability')
    return (html) => {
      const page = parse(html)
      const article = new Readability(page.document).parse()
      page.close()
      return article?.content
    }
  }
  if (library === 'defuddle') {
    const {Defuddle} = await import('defuddle/node')
    return async (html) => {
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
const clean = await load(name!)
const loaded = performance.now()
for (const page of pages) await clean(page)
const done = performance.now()
process.stdout.write(`${JSON.stringify({importMs: loaded - started, cleanMs: done - loaded, pages: pages.length})}\n`)

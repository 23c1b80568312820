import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {bench, describe} from 'vitest'
import {htmlPages} from '../../scripts/html-pages.js'
import {createCleaner} from '../../src/index.js'
import {forgetMatchedLines} from '../../src/lexicon/match.js'
import {forgetCountedLines} from '../../src/util/text.js'

/*
 * HTML throughput against Readability.js on linkedom, in the same run, over
 * the dev set's pages (../shared/dev-eval/pages), or over our HTML fixtures
 * when the dev set is not there. One iteration cleans every page, so
 * documents per second = pages × hz.
 *
 * scrubdown remembers the lines it has scored (a site's chrome recurs from
 * page to page); cleaning the same pages again would find every line known.
 * The first figure forgets them before each pass: it is what a page never
 * seen before costs once the code is warm. Whole processes (start, module
 * loading and JIT warm-up included): `npm run bench:batch`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const {paths, source} = htmlPages(root)
const pages: Buffer[] = paths.map((path) => readFileSync(path))
const texts = pages.map((page) => page.toString('utf8'))
const cleaner = createCleaner({format: 'html'})
const parseOnly = createCleaner({format: 'html', stages: []})

describe(`HTML, ${pages.length} pages per iteration (${source})`, () => {
  bench('scrubdown: clean, pages not seen before (line caches emptied)', () => {
    forgetMatchedLines()
    forgetCountedLines()
    for (const page of pages) cleaner.cleanSync(page)
  }, {iterations: 5, time: 0})

  bench('scrubdown: clean, the same pages again (line caches full)', () => {
    for (const page of pages) cleaner.cleanSync(page)
  }, {iterations: 5, time: 0})

  bench('scrubdown: HTML parser only (no stages)', () => {
    for (const page of pages) parseOnly.cleanSync(page)
  }, {iterations: 5, time: 0})

  bench('Readability.js on linkedom', () => {
    for (const text of texts) new Readability(parseHTML(text).document).parse()
  }, {iterations: 5, time: 0})
})

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {bench, describe} from 'vitest'
import {htmlPages} from '../../scripts/html-pages.js'
import {createCleaner} from '../../src/index.js'

/*
 * HTML throughput against Readability.js on linkedom, in the same run, over
 * the dev set's pages (../shared/dev-eval/pages), or over our HTML fixtures
 * when the dev set is not there. One iteration cleans every page, so
 * documents per second = pages × hz.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const {paths, source} = htmlPages(root)
const pages: Buffer[] = paths.map((path) => readFileSync(path))
const texts = pages.map((page) => page.toString('utf8'))
const cleaner = createCleaner({format: 'html'})
const parseOnly = createCleaner({format: 'html', stages: []})

describe(`HTML, ${pages.length} pages per iteration (${source})`, () => {
  bench('scrubdown: clean (parse, all stages, Markdown)', () => {
    for (const page of pages) cleaner.cleanSync(page)
  }, {iterations: 5, time: 0})

  bench('scrubdown: HTML parser only (no stages)', () => {
    for (const page of pages) parseOnly.cleanSync(page)
  }, {iterations: 5, time: 0})

  bench('Readability.js on linkedom', () => {
    for (const text of texts) new Readability(parseHTML(text).document).parse()
  }, {iterations: 5, time: 0})
})

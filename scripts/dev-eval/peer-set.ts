/**
 * Readability.js (on linkedom, as dev-eval's README measured it) over a set's HTML pages, for `npm run eval --
 * --peer readability`: the peer's figures on the same fitted and check parts as ours. The peer was never fitted on
 * any of these pages, so the gap between its two parts is how much harder one part is than the other, the yardstick
 * for our own gap. Each page's article is written as its blocks' texts, a blank line between, under
 * `.eval-out/<set>/peer-readability/`.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {decodeDeclared} from '../../src/encoding.js'
import type {Cleaned} from './clean-set.js'
import {type EvalSet, inputPath, root} from './sets.js'

/** The elements whose text is one block of the article, when no such element is inside them. */
const blockTags = 'p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,td,th,dt,dd,figcaption,div'

export function readabilitySet(set: EvalSet): Cleaned {
  const dir = join(root, '.eval-out', set.name, 'peer-readability')
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const started = performance.now()
  const outputs = new Map<string, string>()
  const failures: Cleaned['failures'] = []
  for (const id of set.ids) {
    try {
      const bytes = new Uint8Array(readFileSync(inputPath(set.name, 'html', id)))
      const html = decodeDeclared(bytes, {format: 'html'})?.value ?? new TextDecoder().decode(bytes)
      const article = new Readability(parseHTML(html).document).parse()
      const text = article?.content ? blockTexts(article.content) : ''
      outputs.set(id, text)
      writeFileSync(join(dir, `${id}.md`), text)
    } catch (error) {
      failures.push({id, error: error instanceof Error ? error.message : String(error)})
    }
  }
  return {outputs, meta: new Map(), failures, seconds: (performance.now() - started) / 1000}
}

/**
 * The article's text with a blank line at every block's edge (so that no two blocks' words run together), including
 * text that sits loose in a block beside inner blocks (`<div>text<p>…</p></div>`).
 */
function blockTexts(content: string): string {
  const {document} = parseHTML(`<!doctype html><html><body>${content}</body></html>`)
  for (const element of document.querySelectorAll(blockTags)) {
    element.before(document.createTextNode('\n\n'))
    element.after(document.createTextNode('\n\n'))
  }
  const text = document.body.textContent ?? ''
  return text
    .split(/\n\s*\n/u)
    .map((block: string) => block.replace(/\s+/gu, ' ').trim())
    .filter((block: string) => block !== '')
    .join('\n\n')
}

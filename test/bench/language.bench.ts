import type {Root} from 'mdast'
import {franc} from 'franc'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {bench, describe} from 'vitest'
import {toLangCode} from '../../src/language/codes.js'
import {parseText} from '../../src/parse/text.js'
import {language} from '../../src/stages/language.js'
import {fixtureCases} from '../helpers/fixtures.js'

/*
 * The language stage against plain `franc(text)`, in the same run, on
 * documents of 5 KB and 50 KB made from every text fixture (its input
 * repeated to the size). One iteration detects every document, so
 * documents per second = documents × hz. Accuracy on the fixtures (the
 * language their name gives) is printed for both before the timings.
 * `blocks: false` measures `meta.lang` alone, without the per-block pass
 * (which reads every block, so its cost grows with the document, up to
 * 400 blocks and 8 franc calls).
 */
const cases = fixtureCases().filter((fixture) => typeof fixture.input === 'string')
const expected = cases.map((fixture) => /^(?:html-)?([a-z]{2,3})-/.exec(fixture.name)![1]!)

function sized(text: string, size: number): string {
  let value = text
  while (value.length < size) value += `\n\n${text}`
  return value.slice(0, value.lastIndexOf('\n', size) > size / 2 ? value.lastIndexOf('\n', size) : size)
}

type Transform = (tree: Root, file: VFile) => void
const stage = language.call(unified() as never, {}) as Transform
const documentOnly = language.call(unified() as never, {blocks: false}) as Transform
const documents = (size: number) => cases.map((fixture) => {
  const text = sized(fixture.input as string, size)
  return {text, tree: parseText(text)}
})
const small = documents(5_000)
const large = documents(50_000)

function detectAll(docs: typeof small, transform = stage): string[] {
  return docs.map(({tree}) => {
    const file = new VFile()
    file.data.meta = {}
    transform(tree, file)
    return file.data.meta.lang ?? 'und'
  })
}

const score = (found: string[]) => found.filter((lang, index) => lang === expected[index]).length
const ours = detectAll(small)
const plain = small.map(({text}) => toLangCode(franc(text)))
console.log(`fixture accuracy (5 KB): language stage ${score(ours)}/${cases.length}, plain franc ${score(plain)}/${cases.length}`)
const missed = (found: string[]) => found.map((lang, index) => (lang === expected[index] ? '' : `${cases[index]!.name}→${lang}`)).filter(Boolean).join(' ')
console.log(`  stage missed: ${missed(ours) || 'none'}; franc missed: ${missed(plain) || 'none'}`)

for (const [label, docs] of [['5 KB', small], ['50 KB', large]] as const) {
  describe(`language, ${docs.length} documents of ${label} per iteration`, () => {
    bench('scrubdown language stage (sample, script, franc among few, blocks)', () => {
      detectAll(docs)
    }, {time: 2000})

    bench('scrubdown language stage, blocks: false (meta.lang only)', () => {
      detectAll(docs, documentOnly)
    }, {time: 2000})

    bench('plain franc(text)', () => {
      for (const {text} of docs) franc(text)
    }, {time: 2000})
  })
}

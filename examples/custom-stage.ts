/**
 * A custom stage: drop one stage, add your own plugin, and reorder.
 *
 *   npx tsx examples/custom-stage.ts
 *
 * A stage is a unified plugin `(options) => (tree, file) => void`. Report
 * what you remove with a vfile message, as the built-in stages do, so it
 * shows in `result.removed` and `--report`.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {toString} from 'mdast-util-to-string'
import {cleanSync} from 'scrubdown'

/** Our site prints "Sponsored by …" lines; the lexicon does not know our sponsor's wording. */
const dropSponsorLines: Plugin<[{prefix: string}], Root> = (options) => (tree, file) => {
  tree.children = tree.children.filter((node) => {
    const text = toString(node)
    if (!text.startsWith(options.prefix)) return true
    const message = file.message(`a sponsor line ("${options.prefix} …")`, {place: node.position, ruleId: 'sponsor', source: 'my-site'})
    message.actual = text
    message.expected = []
    return false
  })
}

const dump = `Home › Blog
Why we bake on Sundays

Baking on Sundays is a family tradition that started with my grandmother, who believed bread tasted best after a slow week.
Brought to you by FlourCo, the flour of champions
We start the dough on Saturday evening, let it rest overnight, and shape the loaves after breakfast.
`

const result = cleanSync(dump, {
  // Keep repeated blocks (our pages repeat a pull quote on purpose).
  disable: ['dedupe'],
  // Insert our stage right after the built-in boilerplate stage.
  stages: (defaults) => {
    const at = defaults.findIndex((stage) => stage.name === 'boilerplate') + 1
    return [...defaults.slice(0, at), {name: 'sponsor', plugin: dropSponsorLines, options: {prefix: 'Brought to you by'}}, ...defaults.slice(at)]
  },
})

console.log(result.markdown)
for (const removal of result.removed) console.log(`removed by ${removal.stage}: ${removal.reason}: ${JSON.stringify(removal.text)}`)

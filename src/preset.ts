import type {Preset} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {frontmatter} from './frontmatter.js'
import {scrubdownParse} from './parse/index.js'
import {defaultStages, stringifyDefaults} from './pipeline.js'

/**
 * The default pipeline as a unified preset, for callers who compose their
 * own processor: `unified().use(scrubdownPreset).use(myPlugin)`.
 *
 * @example
 * ```ts
 * import {unified} from 'unified'
 * import {scrubdownPreset} from 'scrubdown'
 * const file = await unified().use(scrubdownPreset).process(dump)
 * ```
 */
export const scrubdownPreset: Preset = {
  plugins: [
    [scrubdownParse, {format: 'auto'}],
    ...defaultStages().map((stage) => [stage.plugin, stage.options] as [typeof stage.plugin, unknown]),
    frontmatter,
    [remarkFrontmatter, ['yaml']],
    [remarkStringify, stringifyDefaults],
  ],
}

import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify, {type Options as StringifyOptions} from 'remark-stringify'
import {looseItems} from './loose-items.js'
import {text} from './markdown-text.js'
import {paragraph} from './markdown-paragraph.js'
import {root} from './markdown-root.js'
import {type Processor, unified} from 'unified'
import {ScrubdownError} from './errors.js'
import {frontmatter} from './frontmatter.js'
import {gfmTables} from './gfm.js'
import type {HtmlContentOptions} from './parse/html.js'
import {scrubdownParse} from './parse/index.js'
import {type BoilerplateOptions, boilerplate} from './stages/boilerplate.js'
import {type BreadcrumbsOptions, breadcrumbs} from './stages/breadcrumbs.js'
import {type BylineOptions, byline} from './stages/byline.js'
import {type DedupeOptions, dedupe} from './stages/dedupe.js'
import {type LanguageOptions, language} from './stages/language.js'
import {type PunctuationOptions, punctuation} from './stages/punctuation.js'
import {type ShortcodesOptions, shortcodes} from './stages/shortcodes.js'
import {type StructureOptions, structure} from './stages/structure.js'
import {type TitleOptions, title} from './stages/title.js'
import type {Format, StageSpec} from './types.js'

/** Each default stage's options, by stage name. */
export interface StageOptions {
  shortcodes?: ShortcodesOptions
  breadcrumbs?: BreadcrumbsOptions
  title?: TitleOptions
  byline?: BylineOptions
  boilerplate?: BoilerplateOptions
  dedupe?: DedupeOptions
  language?: LanguageOptions
  punctuation?: PunctuationOptions
  structure?: StructureOptions
}

export type StageName = keyof StageOptions

export interface PipelineOptions extends StageOptions {
  /** Input format; `auto` (default) tells text, HTML and Markdown apart per document. */
  format?: Format
  /** Stage names to leave out, e.g. `['dedupe']`. */
  disable?: readonly string[]
  /**
   * The stage list: an array replaces the default one; a function gets the
   * defaults and returns the list to use (to insert, reorder or replace).
   */
  stages?: readonly StageSpec[] | ((defaults: StageSpec[]) => StageSpec[])
  /** What HTML input keeps of links and images. */
  html?: HtmlContentOptions
  /** Options for remark-stringify. */
  stringify?: StringifyOptions
}

/**
 * The default stages, in order. Chrome goes first (shortcodes, breadcrumbs,
 * title, byline, boilerplate, dedupe), so the language is detected on the
 * cleaned body; punctuation needs the language; structure comes last, when
 * only article lines are left to join and promote to headings.
 */
export const defaultStageNames = [
  'shortcodes',
  'breadcrumbs',
  'title',
  'byline',
  'boilerplate',
  'dedupe',
  'language',
  'punctuation',
  'structure',
] as const satisfies readonly StageName[]

const plugins = {shortcodes, breadcrumbs, title, byline, boilerplate, dedupe, language, punctuation, structure}

/** The default stages as specs, each with the caller's options for it. */
export function defaultStages(options: StageOptions = {}): StageSpec[] {
  return defaultStageNames.map((name) => ({name, plugin: plugins[name], options: options[name]}))
}

/**
 * How the Markdown is written: `-` bullets, `*emphasis*`, `**strong**`,
 * fenced code, one space after a list marker.
 */
export const stringifyDefaults: StringifyOptions = {
  handlers: {root, text, paragraph},
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
}

export type ScrubdownProcessor = Processor<Root, Root, Root, Root, string>

/** The stage list after the caller's `stages` and `disable`. */
export function resolveStages(options: PipelineOptions = {}): StageSpec[] {
  const defaults = defaultStages(options)
  let stages: StageSpec[]
  if (typeof options.stages === 'function') stages = options.stages(defaults)
  else if (options.stages) stages = [...options.stages]
  else stages = defaults
  const names = new Set(stages.map((stage) => stage.name))
  for (const name of options.disable ?? []) {
    if (!names.has(name)) {
      throw new ScrubdownError('EOPTIONS', `cannot disable unknown stage "${name}": the stages are ${[...names].join(', ')}`)
    }
  }
  return stages.filter((stage) => !options.disable?.includes(stage.name))
}

/** Build the unified processor: parser, stages, front matter, remark-stringify. */
export function createProcessor(options: PipelineOptions = {}): ScrubdownProcessor {
  const stages = resolveStages(options)
  // The parser applies the punctuation stage's encoding fixes up front, so every stage reads what the output will hold.
  const punctuationStage = stages.find((stage) => stage.name === 'punctuation')
  const normalize = punctuationStage ? ((punctuationStage.options as PunctuationOptions | undefined)?.rules ?? {}) : false
  const processor = unified().use(scrubdownParse, {format: options.format ?? 'auto', normalize, ...(options.html ? {html: options.html} : {})})
  for (const stage of stages) {
    processor.use(stage.plugin, stage.options)
  }
  return processor
    .use(looseItems)
    .use(frontmatter)
    .use(remarkFrontmatter, ['yaml'])
    // Tables and strikethrough from HTML are written as GFM.
    .use(gfmTables)
    .use(remarkStringify, {...stringifyDefaults, ...options.stringify}) as unknown as ScrubdownProcessor
}

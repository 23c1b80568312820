import type {StageName} from './pipeline.js'

/**
 * What each value of a stage's options is, so that options from a config
 * file or the command line (`--set punctuation.quotes=keep`) are read and
 * checked the same way as options in code. One entry per option of
 * `StageOptions`; `test/options.test.ts` checks the table against the types.
 */
export type OptionKind =
  | {type: 'boolean'}
  /** A whole number from `min`. */
  | {type: 'count'; min: number; max?: number}
  | {type: 'strings'}
  | {type: 'language'}
  | {type: 'languages'}
  | {type: 'choice'; values: readonly string[]}
  /** Punctuation rule names to true or false: `common/ellipsis=false`. */
  | {type: 'switches'}
  /** `true`, `false`, or an object of counts (the language stage's `blocks`). */
  | {type: 'boolean-or-counts'; keys: readonly string[]}

export const stageOptionKinds: {readonly [Stage in StageName]-?: Readonly<Record<string, OptionKind>>} = {
  shortcodes: {names: {type: 'strings'}},
  breadcrumbs: {lookahead: {type: 'count', min: 0}},
  title: {maxLength: {type: 'count', min: 1}},
  byline: {maxBioWords: {type: 'count', min: 0}},
  boilerplate: {edges: {type: 'boolean'}, maxEdgeWords: {type: 'count', min: 0}, maxCoreWords: {type: 'count', min: 0}},
  dedupe: {minWords: {type: 'count', min: 1}},
  language: {
    fixed: {type: 'language'},
    only: {type: 'languages'},
    sampleSize: {type: 'count', min: 1},
    minLetters: {type: 'count', min: 0},
    blocks: {type: 'boolean-or-counts', keys: ['minLetters', 'maxChecks', 'maxBlocks']},
  },
  punctuation: {rules: {type: 'switches'}, quotes: {type: 'choice', values: ['locale', 'keep', 'ascii']}},
  structure: {maxHeadingWords: {type: 'count', min: 1}, headingDepth: {type: 'count', min: 1, max: 6}, minWrapLength: {type: 'count', min: 0}},
}

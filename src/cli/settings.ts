import {stageOptionKinds} from '../stage-option-kinds.js'
import type {Format} from '../types.js'
import type {CliOptions} from './args.js'
import {type ConfigSource, type Settings, givenConfig, loadConfig, parseSets} from './config.js'

/**
 * The command line's options with a config file (`--config FILE`, or one
 * found beside the input) and `--set` folded in: the config file first,
 * `--set` over it, and the dedicated flags (`--lang`, `--disable`,
 * `--format`, `--links` …) over both.
 */
export async function withSettings(options: CliOptions, source: ConfigSource | undefined = options.config === undefined ? undefined : givenConfig(options.config)): Promise<CliOptions> {
  if (source === undefined && options.set.length === 0) return options
  const config = source === undefined ? {} : await loadConfig(source)
  const sets = parseSets(options.set)
  const merged: CliOptions = {...options}
  const stageSettings: Settings = {}
  for (const stage of Object.keys(stageOptionKinds)) {
    const value = mergeStage(config[stage], sets[stage])
    if (value !== undefined) stageSettings[stage] = value
  }
  if (config.articleFinder !== undefined) stageSettings.articleFinder = config.articleFinder
  merged.stageSettings = stageSettings
  // loadConfig has checked the values, naming the file.
  if (options.format === 'auto' && config.format !== undefined) merged.format = config.format as Format
  if (options.disable.length === 0 && Array.isArray(config.disable)) merged.disable = config.disable as string[]
  if (options.lang === undefined && typeof config.lang === 'string') merged.lang = config.lang
  if (options.maxBytes === undefined && config.maxBytes !== undefined) merged.maxBytes = config.maxBytes as number
  if (config.html !== undefined) merged.html = {...(config.html as object), ...options.html}
  return merged
}

/** A stage's options from the config file and from --set: --set's win, rule by rule for punctuation's rules. */
function mergeStage(fromFile: unknown, fromSets: unknown): unknown {
  if (fromSets === undefined) return fromFile
  if (fromFile === undefined || typeof fromFile !== 'object' || fromFile === null) return fromSets
  const merged: Record<string, unknown> = {...fromFile, ...(fromSets as object)}
  const fileRules = (fromFile as {rules?: unknown}).rules
  const setRules = (fromSets as {rules?: unknown}).rules
  if (typeof fileRules === 'object' && fileRules !== null && setRules !== undefined) merged.rules = {...fileRules, ...(setRules as object)}
  return merged
}

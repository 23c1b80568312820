import {readFile} from 'node:fs/promises'
import {parse} from 'yaml'
import {checkOptions} from '../options-check.js'
import {stageOptionKinds} from '../stage-option-kinds.js'
import {UsageError} from './args.js'

/** The cleaner's settings a config file or `--set` holds: plain data, checked by `checkOptions` before use. */
export type Settings = Record<string, unknown>

/** What a config file may set besides each stage's options (by the stage's name). */
const topLevel = ['format', 'lang', 'disable', 'maxBytes', 'html', 'articleFinder']

/** A config file to read, and how messages name it. */
export interface ConfigSource {
  path: string
  /** `--config FILE`, or the path of a file found beside the input. */
  label: string
  /** package.json: the key holding the options (`scrubdown`); other files hold them whole. */
  key?: string
}

/** The source `--config FILE` names. */
export function givenConfig(path: string): ConfigSource {
  return {path, label: `--config ${path}`}
}

/**
 * A config file: YAML or JSON (JSON is YAML) holding the cleaner's options
 * as in code, e.g. `punctuation: {quotes: keep}` or `disable: [dedupe]`. A
 * key that is no option is refused: a misspelt one would do nothing. The
 * values are checked here too, so that a bad one is named with its file.
 */
export async function loadConfig(source: ConfigSource): Promise<Settings> {
  const {path, label} = source
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(`${label}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  let value: unknown
  try {
    value = parse(text, {maxAliasCount: 0})
  } catch (error) {
    throw new UsageError(`${label}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`)
  }
  if (source.key !== undefined) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[source.key] : undefined
  const where = source.key === undefined ? label : `${label}, key "${source.key}"`
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${where}: must hold a mapping of options, such as "punctuation: {quotes: keep}"`)
  const known = [...topLevel, ...Object.keys(stageOptionKinds)]
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new UsageError(`${where}: unknown option "${key}"; the options are ${known.join(', ')}`)
  }
  const settings = value as Settings
  if (settings.disable !== undefined && !(Array.isArray(settings.disable) && settings.disable.every((name) => typeof name === 'string'))) {
    throw new UsageError(`${where}: disable must be a list of stage names`)
  }
  try {
    checkOptions(settings)
  } catch (error) {
    throw new UsageError(`${where}: ${(error as Error).message}`)
  }
  return settings
}

/**
 * `--set STAGE.OPTION=VALUE` (repeatable): one stage option from the
 * command line, its value read by the option's kind: `punctuation.quotes=keep`,
 * `boilerplate.edges=false`, `language.only=nl,af`, `dedupe.minWords=8`,
 * `punctuation.rules.common/ellipsis=false`.
 */
export function parseSets(sets: readonly string[]): Settings {
  const settings: Record<string, Record<string, unknown>> = {}
  for (const set of sets) {
    const match = /^([a-z]+)\.([A-Za-z]+)(?:\.([^=]+))?=(.*)$/s.exec(set)
    if (!match) throw new UsageError(`--set takes STAGE.OPTION=VALUE, such as punctuation.quotes=keep, not "${set}"`)
    const [, stage, option, rule, raw] = match as unknown as [string, string, string, string | undefined, string]
    const kinds = (stageOptionKinds as Record<string, Record<string, {type: string}>>)[stage]
    if (!kinds) throw new UsageError(`--set ${set}: unknown stage "${stage}"; the stages are ${Object.keys(stageOptionKinds).join(', ')}`)
    const kind = kinds[option]
    if (!kind) throw new UsageError(`--set ${set}: unknown option ${stage}.${option}; ${stage} takes ${Object.keys(kinds).join(', ')}`)
    const values = (settings[stage] ??= {})
    if (kind.type === 'switches') {
      if (rule === undefined) throw new UsageError(`--set ${set}: name the rule, as in ${stage}.${option}.common/ellipsis=false`)
      values[option] = {...(values[option] as object | undefined), [rule]: toBoolean(set, raw)}
      continue
    }
    if (rule !== undefined) throw new UsageError(`--set ${set}: ${stage}.${option} has no parts`)
    values[option] = convert(set, raw, kind.type)
  }
  return settings
}

function convert(set: string, raw: string, type: string): unknown {
  switch (type) {
    case 'boolean':
      return toBoolean(set, raw)
    case 'count':
      // checkOptions says what a count must be; a word stays a word so that its message names it.
      return /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw
    case 'strings':
    case 'languages':
      return raw.split(',').map((item) => item.trim()).filter(Boolean)
    case 'boolean-or-counts':
      return raw === 'true' || raw === 'false' ? raw === 'true' : raw
    default:
      return raw
  }
}

function toBoolean(set: string, raw: string): boolean {
  if (raw === 'true' || raw === 'false') return raw === 'true'
  throw new UsageError(`--set ${set}: the value must be true or false`)
}

import {dirname} from 'node:path'
import type {CliOptions} from '../args.js'
import {ConfigFinder} from '../find-config.js'
import {withSettings} from '../settings.js'
import type {Input} from './inputs.js'

/**
 * Each input's options in a folder batch: the command line's, over the
 * config nearest the input's folder (per file, as unified-engine finds
 * `.remarkrc`), unless `--config` or `--no-config` settles it for all. Every
 * config is read and checked before any document is cleaned, so a bad one
 * stops the run at once, named; the options go to the worker threads with
 * each task.
 */
export async function settingsPerInput(options: CliOptions, inputs: readonly Input[]): Promise<(input: Input) => CliOptions> {
  if (options.config !== undefined || options.noConfig) return () => options
  const finder = new ConfigFinder()
  const byConfig = new Map<string, CliOptions>()
  const byFolder = new Map<string, CliOptions>()
  for (const folder of new Set(inputs.map((input) => dirname(input.path)))) {
    const source = await finder.find(folder)
    let settings = byConfig.get(source?.path ?? '')
    if (!settings) {
      settings = source ? await withSettings(options, source) : options
      byConfig.set(source?.path ?? '', settings)
    }
    byFolder.set(folder, settings)
  }
  return (input) => byFolder.get(dirname(input.path)) ?? options
}

import {readFile, readdir} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {type ConfigSource, givenConfig} from './config.js'
import {UsageError} from './args.js'

/** The config files looked for in each folder; at most one of them may be there. */
export const configNames = ['.scrubdownrc', '.scrubdownrc.json', '.scrubdownrc.yaml', '.scrubdownrc.yml'] as const

/** The package.json key that holds the options, when no config file of its own is in the folder. */
export const packageKey = 'scrubdown'

/**
 * Finds the config nearest an input, as unified-engine finds `.remarkrc`:
 * in the input's folder, then each folder above it up to the root; the
 * first folder with one wins, and nothing is merged across folders. Each
 * folder is asked once (a batch of many files shares the answers).
 */
export class ConfigFinder {
  private readonly folders = new Map<string, Promise<ConfigSource | undefined>>()

  find(folder: string): Promise<ConfigSource | undefined> {
    const absolute = resolve(folder)
    let found = this.folders.get(absolute)
    if (!found) {
      found = this.look(absolute)
      this.folders.set(absolute, found)
    }
    return found
  }

  private async look(folder: string): Promise<ConfigSource | undefined> {
    const here = await inFolder(folder)
    if (here) return here
    const parent = dirname(folder)
    return parent === folder ? undefined : this.find(parent)
  }
}

/** The config in this one folder, if any. */
async function inFolder(folder: string): Promise<ConfigSource | undefined> {
  // A folder that cannot be listed (missing, no permission) holds no config: the search goes on above it.
  const names = new Set(await readdir(folder).catch(() => [] as string[]))
  const files = configNames.filter((name) => names.has(name))
  if (files.length > 1) throw new UsageError(`${folder} holds ${files.join(' and ')}: keep one config file per folder (or pass --config FILE or --no-config)`)
  if (files.length === 1) return found(join(folder, files[0]!))
  if (!names.has('package.json')) return undefined
  const path = join(folder, 'package.json')
  let value: unknown
  try {
    value = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    // A package.json may be where the options are; one that cannot be read is not passed over in silence.
    throw new UsageError(`${path}: cannot read it to look for a "${packageKey}" key: ${(error as Error).message} (pass --config FILE or --no-config)`)
  }
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, packageKey)) return undefined
  return {...found(path), key: packageKey}
}

function found(path: string): ConfigSource {
  return {path, label: `${path} (config found beside the input; --no-config skips it)`}
}

/**
 * The config for inputs in `folder` under the command line: the one
 * `--config` names, none with `--no-config`, else the nearest one found.
 */
export function configFor(options: {config?: string; noConfig: boolean}, folder: string, finder: ConfigFinder): Promise<ConfigSource | undefined> {
  if (options.config !== undefined) return Promise.resolve(givenConfig(options.config))
  if (options.noConfig) return Promise.resolve(undefined)
  return finder.find(folder)
}

/** Where a run of one input looks for its config: the input's folder, or the current folder for standard input. */
export function inputFolder(name: string): string {
  return name === '-' ? process.cwd() : dirname(resolve(name))
}

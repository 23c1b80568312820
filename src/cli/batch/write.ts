import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

/**
 * Write a file atomically: to `PATH.part` beside it, then rename. A run
 * killed halfway leaves a complete file or none, never half of one, which is
 * what lets `--resume` trust every output that exists. The temporary name is
 * fixed, not random, so a killed run's leftover is replaced by the next run
 * rather than piling up; one run never writes the same output twice at once.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const temporary = `${path}.part`
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

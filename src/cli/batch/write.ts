import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

/**
 * Write a file atomically: to a temporary name beside it, then rename. A run
 * killed halfway leaves a complete file or none, never half of one, which is
 * what lets `--resume` trust every output that exists.
 */
export async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

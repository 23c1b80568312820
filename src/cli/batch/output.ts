import {mkdir, mkdtemp, rmdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe} from '../describe.js'

/**
 * The exit status of a run that could not write its output (a read-only or
 * full disk, a path through a file): the run stopped, unlike status 1 where
 * every input was tried and some failed. What was written stays (as `.part`
 * files for --resume).
 */
export const cannotWrite = 3

/** A write of the run's own files (outputs, the errors log) failed: the run cannot go on. */
export class OutputError extends Error {
  override name = 'OutputError'

  constructor(path: string, cause: unknown) {
    super(`cannot write ${path}: ${describe(cause)}`)
  }
}

/** Errors that no other input would escape: the disk, not the document. */
const systemic = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'ENOTDIR', 'EACCES', 'EPERM'])

export function isSystemic(error: unknown): boolean {
  return systemic.has((error as NodeJS.ErrnoException | undefined)?.code ?? '')
}

/**
 * Can files be created in `folder` (made if missing)? A folder and a
 * temporary one inside it are made, and the latter removed; the reason if
 * not. Asked before any work, so a read-only --out is one clear line, not a
 * failure per document.
 */
export async function unwritableFolder(folder: string): Promise<string | undefined> {
  try {
    await mkdir(folder, {recursive: true})
    await rmdir(await mkdtemp(join(folder, '.scrubdown-')))
    return undefined
  } catch (error) {
    return describe(error)
  }
}

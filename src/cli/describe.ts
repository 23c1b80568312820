/** One line for people: Node's file errors say what happened without a stack. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a folder (to clean a folder, use --out DIR)'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EROFS') return 'read-only file system'
  if (code === 'ENOSPC') return 'no space left on the device'
  if (code === 'EDQUOT') return 'disk quota exceeded'
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder'
  return error instanceof Error ? error.message : String(error)
}

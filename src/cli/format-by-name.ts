import type {Format} from '../types.js'

/**
 * The format a file's name declares, when it declares one: `.html`, `.htm`
 * and `.xhtml` (gzipped too, `page.html.gz`) are HTML whatever their first
 * bytes look like, so a fragment saved as `body.html` is never read as a
 * text dump. Other names leave the choice to the content (`auto`).
 */
export function formatFromName(path: string): Format | undefined {
  return /\.x?html?(?:\.gz)?$/i.test(path) ? 'html' : undefined
}

/** `--format` when the user gave one, else what the file's name says, else nothing (detected from the content). */
export function formatForFile(path: string, wanted: Format): Format | undefined {
  if (wanted !== 'auto' || path === '-') return undefined
  return formatFromName(path)
}

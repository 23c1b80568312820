import {open} from 'node:fs/promises'
import {extname} from 'node:path'

/** Names a folder's documents carry; `.gz` after any of them too (`page.html.gz`). */
const documentExtensions = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.md', '.markdown'])

/** Names that say a file is not a page or a dump: skipped in folders, and said so. */
const otherExtensions = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico', '.bmp', '.tif', '.tiff',
  '.css', '.js', '.mjs', '.cjs', '.map', '.ts', '.json', '.jsonl', '.ndjson', '.csv', '.tsv', '.xml', '.rss', '.yaml', '.yml',
  '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt',
  '.zip', '.tar', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.zst',
  '.woff', '.woff2', '.ttf', '.otf', '.eot',
  '.mp3', '.mp4', '.m4a', '.wav', '.ogg', '.webm', '.mov', '.avi',
  '.exe', '.dll', '.so', '.wasm', '.bin', '.db', '.sqlite', '.parquet',
])

/** Why a folder's file is left out, or nothing when it is read. */
export type Skip = string | undefined

/**
 * Is a file found in a folder a document to clean? By its name when the name
 * says (`.txt`, `.html`, `.md`, gzipped or not, are read; images, style
 * sheets, scripts, data and archives are not); by its first bytes otherwise
 * (no extension, or one such as `.php` or `.aspx` that scraped pages are
 * saved under): read unless they are binary. Files named one by one or
 * matched by a glob are always read.
 */
export async function skipReason(path: string): Promise<Skip> {
  const name = path.toLowerCase()
  const extension = extname(name.endsWith('.gz') ? name.slice(0, -3) : name)
  if (documentExtensions.has(extension)) return undefined
  if (otherExtensions.has(extension)) {
    return extension === '.json' || extension === '.jsonl' || extension === '.ndjson' ? `${extension} (JSON: clean records with --jsonl)` : `${extension} (not a page or a dump by its name)`
  }
  return (await looksBinary(path)) ? `${extension || 'no extension'} (binary by its first bytes)` : undefined
}

/** NUL bytes in the first 8 kB, unless it is gzip (which is read, and judged once inflated). */
async function looksBinary(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return false
  try {
    const head = Buffer.alloc(8192)
    const {bytesRead} = await handle.read(head, 0, head.length, 0)
    const bytes = head.subarray(0, bytesRead)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return false
    return bytes.includes(0)
  } finally {
    await handle.close()
  }
}

import {getEncoding} from 'encoding-sniffer'
import iconv from 'iconv-lite'
import {detectFormat} from './parse/detect.js'
import type {Format} from './types.js'

/** Decoded text, and a note for the audit trail when the decoding was a fallback. */
export interface Decoded {
  value: string
  note?: string
}

/** How far into the bytes a page's charset declaration is looked for (the spec says 1024; real heads run longer). */
const sniffBytes = 16 * 1024

/**
 * The WHATWG name of an encoding label (`latin1` → `windows-1252`,
 * `sjis` → `Shift_JIS`), or nothing when the label is unknown. The sniffer
 * falls back to its default for an unknown label, so two defaults tell.
 */
export function encodingName(label: string): string | undefined {
  const empty = new Uint8Array(0)
  const a = getEncoding(empty, {transportLayerEncodingLabel: label, defaultEncoding: 'utf-8'})
  const b = getEncoding(empty, {transportLayerEncodingLabel: label, defaultEncoding: 'windows-1252'})
  return a === b && iconv.encodingExists(a) ? a : undefined
}

export function isEncoding(label: string): boolean {
  return encodingName(label) !== undefined
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

/** Bytes as Latin-1 characters: enough to find ASCII markup in any ASCII-compatible encoding. */
function isAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! >= 0x80) return false
  return true
}

function asciiView(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString('latin1')
}

/**
 * Decode bytes whose encoding is known without guessing: the caller's
 * `encoding`, or an HTML page's own declaration (`<meta charset>`,
 * `http-equiv`, an XML prolog). HTML that declares nothing and is not valid
 * UTF-8 is read as windows-1252, as browsers do, with a note. A BOM, and
 * text that is not HTML, are left to the strict UTF-8 path (`undefined`).
 */
export function decodeDeclared(bytes: Uint8Array, options: {format?: Format; encoding?: string}): Decoded | undefined {
  if (hasBom(bytes)) return undefined
  if (options.encoding !== undefined) {
    const name = encodingName(options.encoding)
    if (name) return {value: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), name)}
  }
  const format = options.format ?? 'auto'
  if (format !== 'html' && (format !== 'auto' || detectFormat(asciiView(bytes, 64 * 1024)) !== 'html')) return undefined
  const head = bytes.subarray(0, sniffBytes)
  const declared = getEncoding(head, {defaultEncoding: 'utf-8', maxBytes: sniffBytes})
  if (/^utf-?8$/i.test(declared)) {
    try {
      return {value: new TextDecoder('utf-8', {fatal: true}).decode(bytes)}
    } catch {
      // Declared UTF-8, or nothing declared (the sniffer's default): only the second reads as windows-1252.
      const undeclared = getEncoding(head, {defaultEncoding: 'windows-1252', maxBytes: sniffBytes}) !== declared
      if (!undeclared) {
        return {
          value: new TextDecoder('utf-8').decode(bytes),
          note: 'the page declares UTF-8 but holds bytes that are not; they were read as U+FFFD, as browsers do',
        }
      }
      return {
        value: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1252'),
        note: 'the page declares no charset and is not valid UTF-8: read as windows-1252, as browsers do (pass `encoding` to say otherwise)',
      }
    }
  }
  if (!iconv.encodingExists(declared)) return undefined
  // A page saved as UTF-8 keeps the <meta charset> it was served with (gb2312, windows-1252): bytes beyond ASCII that
  // are all valid UTF-8 are not text of a legacy encoding by chance, so they are read as UTF-8, with a note.
  if (!isAscii(bytes)) {
    try {
      return {
        value: new TextDecoder('utf-8', {fatal: true}).decode(bytes),
        note: `the page declares ${declared} but its bytes are valid UTF-8 (a page saved again as UTF-8): read as UTF-8 (pass \`encoding\` to say otherwise)`,
      }
    } catch {
      // Not UTF-8: the declaration holds.
    }
  }
  return {value: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), declared)}
}

import {VFile} from 'vfile'
import {ScrubdownError} from './errors.js'
import {type Decoded, decodeDeclared, isEncoding} from './encoding.js'
import type {Format} from './types.js'

/** What `clean` accepts. */
export type Input = string | Uint8Array | VFile

/** Default `maxBytes`: far above any article, low enough to stop a runaway file. */
export const defaultMaxBytes = 20 * 1024 * 1024

const signatures: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['GZIP archive', [0x1f, 0x8b]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
]

/** How bytes are read: the document's format (HTML declares its charset) and the caller's encoding. */
export interface DecodeOptions {
  format?: Format
  /** The encoding the caller knows (an HTTP `Content-Type` charset); a BOM still wins. */
  encoding?: string
}

/**
 * Turn any input into a VFile holding a string. Bytes are decoded by their
 * BOM (UTF-8, UTF-16), else by the caller's `encoding`, else, for HTML, by
 * the charset the page declares (`<meta charset>`, `http-equiv`); anything
 * else is strict UTF-8: invalid bytes are an error, never silently replaced,
 * so nothing is lost without a word.
 */
export function toFile(input: Input, maxBytes = defaultMaxBytes, options: DecodeOptions = {}): VFile {
  if (options.encoding !== undefined && !isEncoding(options.encoding)) {
    throw new ScrubdownError('EOPTIONS', `unknown encoding "${options.encoding}": use a WHATWG label such as utf-8, windows-1252 or shift_jis`)
  }
  if (input instanceof VFile) {
    if (typeof input.value === 'string') {
      checkSize(input.value.length, maxBytes, 'characters')
      checkText(input.value)
      return input
    }
    const decoded = decode(input.value as Uint8Array, maxBytes, options)
    checkText(decoded.value)
    input.value = decoded.value
    return withNote(input, decoded)
  }
  if (typeof input === 'string') {
    checkSize(input.length, maxBytes, 'characters')
    checkText(input)
    return new VFile({value: input})
  }
  if (input instanceof Uint8Array) {
    const decoded = decode(input, maxBytes, options)
    checkText(decoded.value)
    return withNote(new VFile({value: decoded.value}), decoded)
  }
  throw new ScrubdownError('EOPTIONS', `input must be a string, a Buffer or a VFile, not ${describe(input)}`)
}

function withNote(file: VFile, decoded: Decoded): VFile {
  if (decoded.note) file.message(decoded.note, {ruleId: 'encoding', source: 'scrubdown'})
  return file
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a value of type ${typeof value}`
}

function checkSize(size: number, maxBytes: number, unit: string): void {
  if (size > maxBytes) {
    throw new ScrubdownError(
      'ETOOLARGE',
      `input is ${size} ${unit}${megabytes(size)}, above the limit of ${maxBytes}${megabytes(maxBytes)} (raise maxBytes, or --max-bytes, to clean it)`,
    )
  }
}

function megabytes(size: number): string {
  return size >= 1024 * 1024 ? ` (${Math.round((size / 1024 / 1024) * 10) / 10} MB)` : ''
}

function decode(bytes: Uint8Array, maxBytes: number, options: DecodeOptions): Decoded {
  checkSize(bytes.length, maxBytes, 'bytes')
  for (const [name, signature] of signatures) {
    if (signature.every((byte, index) => bytes[index] === byte)) {
      throw new ScrubdownError('EBINARY', `input is a ${name}, not text or HTML`)
    }
  }
  const declared = decodeDeclared(bytes, options)
  if (declared) return declared
  let encoding = 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le'
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be'
  try {
    return {value: new TextDecoder(encoding, {fatal: true}).decode(bytes)}
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new ScrubdownError(
      'EENCODING',
      `input is not valid ${encoding.toUpperCase()}${at === undefined ? '' : ` (bad byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at})`}`,
    )
  }
}

/** The offset of the first byte that is not valid UTF-8, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  // Bisect on prefixes: cheap enough for an error path, exact to the byte.
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high + 1) >> 1
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, middle), {stream: true})
      low = middle
    } catch {
      high = middle - 1
    }
  }
  // The decoder fails on the byte after an unfinished sequence (or at the end): the bad byte is the sequence's lead ("Caf\xe9 au lait").
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back]!
    if (byte < 0x80) break
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
      if (low - back + length > low) return low - back
      break
    }
  }
  return low < bytes.length ? low : undefined
}

/** NUL characters do not occur in text or HTML; a run of them means binary. */
function checkText(value: string): void {
  const head = value.slice(0, 8192)
  let nul = 0
  for (let index = 0; index < head.length; index++) if (head.charCodeAt(index) === 0) nul++
  if (nul > 0 && nul * 100 >= head.length) {
    const utf16 = utf16Order(head)
    throw new ScrubdownError(
      'EBINARY',
      utf16
        ? `input looks like ${utf16.toUpperCase()} without a byte-order mark (NUL bytes between the letters): pass encoding: '${utf16}'`
        : 'input looks binary (NUL bytes), not text or HTML',
    )
  }
}

/** ASCII-range text in UTF-16 read as UTF-8: a NUL in every other place, on the same side. */
function utf16Order(head: string): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(head.length / 2)
  if (pairs < 4) return undefined
  let odd = 0
  let even = 0
  for (let index = 0; index + 1 < head.length; index += 2) {
    if (head.charCodeAt(index) === 0 && head.charCodeAt(index + 1) !== 0) even++
    if (head.charCodeAt(index + 1) === 0 && head.charCodeAt(index) !== 0) odd++
  }
  if (odd * 10 >= pairs * 9) return 'utf-16le'
  if (even * 10 >= pairs * 9) return 'utf-16be'
  return undefined
}

import {bcp47Normalize} from 'bcp-47-normalize'

/**
 * A language code as scrubdown writes it: ISO 639-1 where one exists (`nl`,
 * `ar`), else ISO 639-3 (`zlm`). franc's individual-language codes (`arb`,
 * `pes`, `cmn`, `nob`) map to their macrolanguage's code through CLDR's
 * alias data (bcp-47-normalize), never a hand-typed table. Region and script
 * subtags are dropped: `pt-BR` is `pt`.
 */
export function toLangCode(code: string): string {
  let known = cache.get(code)
  if (known === undefined) {
    known = normalizeCode(code)
    // Normalizing through CLDR data is slow and the codes are few: remember them.
    if (cache.size < 10_000) cache.set(code, known)
  }
  return known
}

const cache = new Map<string, string>()

function normalizeCode(code: string): string {
  const value = code.trim().replace(/_/g, '-')
  if (value === '' || /^und\b/i.test(value)) return 'und'
  const normal = bcp47Normalize(value, {warning() {}})
  const primary = (normal || value).split('-')[0]!.toLowerCase()
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'und'
}

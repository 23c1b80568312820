import {bcp47Normalize} from 'bcp-47-normalize'
// The table alone: the package's index also loads the full list of 7 900 languages (about 0.1 s at startup).
import {iso6393To1} from 'iso-639-3/iso6393-to-1.js'
import {francCodes} from './franc-codes.js'

/**
 * franc labels its Malay model `zlm`, "Malay (individual language)", a member
 * of the macrolanguage `msa`/`ms`. CLDR aliases only `zsm` (Standard Malay)
 * to `ms`, so `zlm` is read as `zsm`: without it a Malay text would come
 * out as `zlm`, a code no reader of front matter expects.
 */
const francLabels: Readonly<Record<string, string>> = {zlm: 'zsm'}

/**
 * A language code as scrubdown writes it: ISO 639-1 where one exists (`nl`,
 * `ar`), else ISO 639-3 (`ceb`). Region and script subtags are dropped:
 * `pt-BR` is `pt`.
 *
 * Two maintained sources, no hand-typed table: ISO 639-3's own table
 * (the `iso-639-3` package) gives the 639-1 code of a language that has one
 * (`tgl` is `tl`, `nob` is `nb`); CLDR's alias data (through
 * `bcp-47-normalize`) maps the individual languages franc names to the
 * macrolanguage whose 639-1 code everyone uses (`arb` is `ar`, `pes` is `fa`,
 * `cmn` is `zh`, `swh` is `sw`, `ekk` is `et`), which ISO 639-3's table alone
 * does not, and normalizes what callers and pages declare (`iw` is `he`,
 * `en_GB` is `en`). Both are regenerated from the standards by their
 * maintainers, so a code the registries change is picked up by an update.
 *
 * @example
 * ```ts
 * toLangCode('arb') // 'ar'
 * toLangCode('pt-BR') // 'pt'
 * ```
 */
export function toLangCode(code: string): string {
  // franc's own codes, normalized ahead (franc-codes.ts): through CLDR data, its 163 took a first document some 50 ms.
  let known = cache.get(code) ?? own(francCodes, code)
  if (known === undefined) {
    known = normalizeCode(code)
    // Normalizing through CLDR data is slow and the codes are few: remember them.
    if (cache.size < 10_000) cache.set(code, known)
  }
  return known
}

const cache = new Map<string, string>()

/** What toLangCode gives for a code it has not normalized before (scripts/franc-codes.ts writes franc's codes with it). */
export function normalizeCode(code: string): string {
  let value = code.trim().replace(/_/g, '-')
  if (value === '' || /^und\b/i.test(value)) return 'und'
  value = own(francLabels, value.toLowerCase()) ?? value
  const lower = value.toLowerCase()
  const iso1 = own(iso6393To1, lower)
  if (iso1) return iso1
  const normal = bcp47Normalize(value, {warning() {}})
  const primary = (normal || value).split('-')[0]!.toLowerCase()
  if (!/^[a-z]{2,3}$/.test(primary)) return 'und'
  return own(iso6393To1, primary) ?? primary
}

/** A table's own entry: a code such as `constructor` names no language (and no property of Object.prototype). */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

import type {Script} from './scripts.js'

/** Scripts that settle the language alone. */
export const settledByScript: Partial<Record<Script, string>> = {
  Hangul: 'ko',
  Kana: 'ja',
  Han: 'zh',
  Thai: 'th',
  Greek: 'el',
  Armenian: 'hy',
  Georgian: 'ka',
  Bengali: 'bn',
  Tamil: 'ta',
  Telugu: 'te',
  Kannada: 'kn',
  Malayalam: 'ml',
  Gujarati: 'gu',
  Gurmukhi: 'pa',
  Oriya: 'or',
  Sinhala: 'si',
  Khmer: 'km',
  Lao: 'lo',
  Myanmar: 'my',
  Tibetan: 'bo',
  Thaana: 'dv',
}

/**
 * franc's candidates per script (ISO 639-3, as franc names them), narrowed to
 * languages with a real presence on the web: comparing with fewer models is
 * faster, and it stops short Dutch paragraphs from coming out as Venetian or
 * Low Saxon.
 */
export const scriptPools: Partial<Record<Script, readonly string[]>> = {
  Latin: [
    'eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'afr', 'swe', 'dan', 'nob', 'fin', 'ekk', 'lvs', 'lit',
    'pol', 'ces', 'slk', 'slv', 'hrv', 'bos', 'srp', 'hun', 'ron', 'tur', 'azj', 'uzn', 'als', 'cat', 'glg', 'ind',
    'zlm', 'jav', 'sun', 'tgl', 'ceb', 'vie', 'swh', 'hau', 'yor', 'ibo', 'zul', 'xho', 'som', 'epo',
  ],
  Cyrillic: ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'kir', 'tgk', 'tat', 'khk'],
  Arabic: ['arb', 'pes', 'urd', 'pbu', 'uig'],
  Devanagari: ['hin', 'mar', 'npi'],
  Hebrew: ['heb', 'ydd'],
  Ethiopic: ['amh', 'tir'],
}

/**
 * Languages franc confuses with each other, by kinship or shared
 * vocabulary. When stopwords point at one member, every member stays a
 * candidate, so narrowing the pool never drops the right answer of a close
 * pair; and a near-tie inside a group is where the evidence in `evidence.ts`
 * is asked.
 */
export const closeGroups: ReadonlyArray<readonly string[]> = [
  ['nob', 'nno', 'dan', 'swe'],
  ['nld', 'afr', 'deu'],
  ['spa', 'por', 'glg', 'cat'],
  ['fra', 'ita', 'ron', 'cat'],
  ['rus', 'ukr', 'bel', 'bul', 'mkd', 'srp'],
  // Short Croatian or Serbian reads as Slovak to franc.
  ['hrv', 'bos', 'srp', 'slv', 'slk'],
  ['ces', 'slk', 'pol'],
  ['ind', 'zlm', 'jav', 'sun'],
  ['tgl', 'ceb'],
  ['tur', 'azj', 'uzn'],
  ['fin', 'ekk'],
  ['lvs', 'lit'],
  ['zul', 'xho'],
  ['kaz', 'kir', 'tat'],
  ['arb', 'pes', 'urd', 'pbu', 'uig'],
  ['hin', 'mar', 'npi'],
]

const groupsOf = new Map<string, Set<string>>()
for (const group of closeGroups) {
  for (const code of group) {
    const known = groupsOf.get(code) ?? new Set<string>()
    for (const member of group) known.add(member)
    groupsOf.set(code, known)
  }
}

/** A franc code and the codes of its close groups. */
export function relatives(code: string): ReadonlySet<string> {
  return groupsOf.get(code) ?? new Set([code])
}

/** Whether two franc codes belong to one close group. */
export function areClose(a: string, b: string): boolean {
  return groupsOf.get(a)?.has(b) ?? false
}

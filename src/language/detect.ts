import {francAll} from 'franc'
import {toLangCode} from './codes.js'
import {type Script, scriptCounts} from './scripts.js'

export interface Detection {
  /** ISO 639-1 where one exists, else ISO 639-3; `und` when undetermined. */
  lang: string
  /** 0 to 1: how far the winner is ahead of the runner-up (1 when the script settles it). */
  confidence: number
  script?: Script
  /** Why the answer is `und`, or how a tie was broken. */
  reason?: string
}

export interface DetectOptions {
  /** A language declared by the caller or the page; breaks ties between close candidates. */
  hint?: string
  /** Restrict the answer to these languages (ISO 639-1 or 639-3). */
  only?: readonly string[]
  /** Fewer letters than this is too little to tell: `und`. */
  minLetters?: number
  /** A lead smaller than this over the runner-up, with no hint to break the tie, is `und`. */
  minConfidence?: number
}

/** Scripts that settle the language alone. */
const settled: Partial<Record<Script, string>> = {
  Hangul: 'ko',
  Kana: 'ja',
  Han: 'zh',
  Thai: 'th',
  Greek: 'el',
  Armenian: 'hy',
  Georgian: 'ka',
  Bengali: 'bn',
}

/**
 * franc's candidates per script, narrowed to languages with a real presence
 * on the web: comparing with fewer models is faster, and it stops short
 * Dutch paragraphs from coming out as Venetian or Low Saxon.
 */
const candidates: Partial<Record<Script, string[]>> = {
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

const letter = /\p{L}/gu

/**
 * Detect the language of a text: the script first, then franc among the
 * languages of that script. Chinese, Japanese and Korean (and a few others)
 * are settled by script alone, where franc's trigrams cannot tell.
 */
export function detectLanguage(text: string, options: DetectOptions = {}): Detection {
  const minLetters = options.minLetters ?? 40
  const letters = text.match(letter)?.length ?? 0
  if (letters < minLetters) {
    return {lang: 'und', confidence: 0, reason: `too little text to tell the language (${letters} letters, ${minLetters} needed)`}
  }
  // "xxxxxxxx…" or one word repeated: letters, but no language.
  const distinct = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []).size
  if (distinct < 3) return {lang: 'und', confidence: 0, reason: `too few different words to tell the language (${distinct})`}
  const [top] = scriptCounts(text)
  if (!top) return {lang: 'und', confidence: 0, reason: 'no letters of a known script'}
  let script = top[0]
  // Japanese mixes kanji with kana: any real share of kana makes it Japanese.
  const counts = new Map(scriptCounts(text))
  if (script === 'Han' && (counts.get('Kana') ?? 0) * 10 >= top[1]) script = 'Kana'
  const hint = options.hint ? toLangCode(options.hint) : undefined
  const only = options.only?.map(toLangCode)

  const alone = settled[script]
  if (alone) {
    if (only && !only.includes(alone)) return {lang: 'und', confidence: 0, script, reason: `the script says ${alone}, which is not among the allowed languages`}
    return {lang: alone, confidence: 1, script}
  }
  const pool = candidates[script]
  if (!pool) return {lang: 'und', confidence: 0, script, reason: `no language model for the ${script} script`}
  // Nynorsk is a candidate only when asked for: franc often reads Bokmål as Nynorsk, which is far rarer.
  const asked = only?.includes('nn') && script === 'Latin' ? [...pool, 'nno'] : pool
  const allowed = only ? asked.filter((code) => only.includes(toLangCode(code))) : pool
  if (allowed.length === 0) return {lang: 'und', confidence: 0, script, reason: 'none of the allowed languages is written in this script'}

  const ranked = francAll(text, {only: allowed, minLength: 1})
    .filter(([code]) => code !== 'und')
    .map(([code, score]) => [toLangCode(code), score] as const)
  // Several franc codes can share one output code (nob and nno are not merged, srp is): keep the best of each.
  const best = ranked.filter(([code], index) => ranked.findIndex(([other]) => other === code) === index)
  const [first, second] = best
  if (!first) return {lang: 'und', confidence: 0, script, reason: 'franc found no candidate'}
  const confidence = second ? first[1] - second[1] : 1
  if (hint && hint !== first[0]) {
    const hinted = best.find(([code]) => code === hint)
    if (hinted && first[1] - hinted[1] <= 0.03) {
      return {lang: hint, confidence: 0, script, reason: `${first[0]} and ${hint} were close; the declared language decided`}
    }
  }
  if (confidence < (options.minConfidence ?? 0) && !hint) {
    return {lang: 'und', confidence, script, reason: `${first[0]} and ${second?.[0]} are too close to call`}
  }
  return {lang: first[0], confidence, script}
}

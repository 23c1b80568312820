/**
 * Each language's quotation marks as its style guides and press print them:
 * primary and secondary (nested) pairs, and the other pairs that are also
 * correct there (German books print »…«, Swiss and Norwegian «…»), which
 * `quotes: 'locale'` leaves alone. A language not listed keeps its quotes
 * as they are (only mismatched pairs are repaired).
 */
export interface QuoteStyle {
  primary: readonly [open: string, close: string]
  secondary: readonly [open: string, close: string]
  /** Other correct pairs, as open + close. */
  also?: readonly string[]
}

const english: QuoteStyle = {primary: ['“', '”'], secondary: ['‘', '’']}
const german: QuoteStyle = {primary: ['„', '“'], secondary: ['‚', '‘'], also: ['»«', '›‹', '«»']}
const guillemets: QuoteStyle = {primary: ['«', '»'], secondary: ['„', '“'], also: ['“”']}
const lowHigh: QuoteStyle = {primary: ['„', '”'], secondary: ['‚', '’'], also: ['«»', '»«']}

export const quoteStyles: Readonly<Record<string, QuoteStyle>> = {
  en: english,
  nl: {...english, also: ['„”']},
  pt: {...english, also: ['«»']},
  tr: english,
  id: english,
  ms: english,
  af: english,
  vi: english,
  sw: english,
  ko: english,
  zh: {...english, also: ['「」', '『』']},
  de: german,
  cs: german,
  sk: german,
  sl: german,
  et: german,
  lt: german,
  bg: german,
  hr: {...german, secondary: ['‘', '’'], also: ['»«']},
  bs: {...german, secondary: ['‘', '’'], also: ['»«']},
  sr: {...german, secondary: ['‘', '’'], also: ['»«']},
  pl: {...lowHigh, secondary: ['«', '»'], also: ['»«']},
  hu: {primary: ['„', '”'], secondary: ['»', '«']},
  ro: {primary: ['„', '”'], secondary: ['«', '»']},
  sv: {primary: ['”', '”'], secondary: ['’', '’'], also: ['»»']},
  fi: {primary: ['”', '”'], secondary: ['’', '’'], also: ['»»']},
  da: {primary: ['»', '«'], secondary: ['›', '‹'], also: ['„“', '“”']},
  nb: {primary: ['«', '»'], secondary: ['‘', '’'], also: ['“”']},
  fr: {primary: ['«', '»'], secondary: ['“', '”'], also: ['‹›']},
  ru: guillemets,
  uk: guillemets,
  be: guillemets,
  es: {primary: ['«', '»'], secondary: ['“', '”'], also: ['‘’']},
  ca: {primary: ['«', '»'], secondary: ['“', '”'], also: ['‘’']},
  gl: {primary: ['«', '»'], secondary: ['“', '”'], also: ['‘’']},
  it: {primary: ['«', '»'], secondary: ['“', '”'], also: ['‘’']},
  el: {primary: ['«', '»'], secondary: ['“', '”']},
  ar: {primary: ['«', '»'], secondary: ['“', '”']},
  fa: {primary: ['«', '»'], secondary: ['“', '”']},
  ur: {primary: ['“', '”'], secondary: ['‘', '’'], also: ['«»']},
  ja: {primary: ['「', '」'], secondary: ['『', '』'], also: ['“”']},
}

/** Every correct pair in some language: `keep` leaves these alone and repairs the rest. */
export const knownPairs: ReadonlySet<string> = new Set(
  Object.values(quoteStyles).flatMap((style) => [style.primary.join(''), style.secondary.join(''), ...(style.also ?? [])]),
)

/** The closing mark a typographic opening mark is most often paired with, to repair `„…"`. */
export const closerOf: Readonly<Record<string, string>> = {'„': '“', '“': '”', '«': '»', '»': '«', '‚': '‘', '‘': '’', '‹': '›', '›': '‹', '「': '」', '『': '』', '”': '”'}
/** The opening mark for a closing one, to repair `"…”`. */
export const openerOf: Readonly<Record<string, string>> = {'”': '“', '»': '«', '«': '»', '’': '‘', '›': '‹', '‹': '›', '」': '「', '』': '『'}

/** Languages that write the apostrophe as ’ (every one that has a quote style here, bar the CJK ones). */
export function usesCurlyApostrophe(lang: string): boolean {
  return lang in quoteStyles && !['ja', 'zh', 'ko'].includes(lang)
}

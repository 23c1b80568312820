import type {PunctuationRule, QuoteMode, RuleContext} from './rule.js'
import {appliesTo} from './rule.js'
import {withProtection} from './protect.js'
import {arabicComma, arabicQuestion, arabicSemicolon} from './rules/arabic.js'
import {ellipsis, invisible, nfc, spaceAfterPunctuation, spaceBeforePunctuation, spaces} from './rules/common.js'
import {doubleHyphen, parentheticalDash} from './rules/dashes.js'
import {frenchSpacing} from './rules/french.js'
import {apostrophe, asciiPunctuation, localeQuotes, repairQuotes} from './rules/quotes.js'
import {rtlMarks} from './rules/rtl.js'

export type {PunctuationRule, QuoteMode, RuleContext, RuleExample} from './rule.js'

/**
 * Every rule, in the order they run: encoding first, then spacing, marks,
 * quotes, the French spaces (which need the final quotes), and the ASCII
 * fallback last.
 */
export const punctuationRules: readonly PunctuationRule[] = [
  nfc,
  invisible,
  rtlMarks,
  spaces,
  // Before the spacing rules: ". . ." is one mark, not three full stops to pull to the word.
  ellipsis,
  spaceBeforePunctuation,
  spaceAfterPunctuation,
  parentheticalDash,
  doubleHyphen,
  arabicComma,
  arabicSemicolon,
  arabicQuestion,
  apostrophe,
  localeQuotes,
  repairQuotes,
  frenchSpacing,
  asciiPunctuation,
]

/** Rule names switched on or off by the caller: `{'common/ellipsis': false}`. */
export type RuleSwitches = Readonly<Record<string, boolean>>

export interface PunctuationSettings {
  /** Switch rules on or off by name. */
  rules?: RuleSwitches
  /** `locale` (default): the language's quotes; `keep`: repair mismatched pairs only; `ascii`: ASCII punctuation everywhere. */
  quotes?: QuoteMode
}

/** The rules that run for a language, honouring the caller's switches and quote mode. */
export function rulesFor(lang: string, settings: PunctuationSettings = {}): PunctuationRule[] {
  const switches = settings.rules ?? {}
  return punctuationRules.filter((rule) => (switches[rule.name] ?? rule.enabled) && appliesTo(rule, lang, settings.quotes))
}

/**
 * Normalize the punctuation of a text for its language; URLs, e-mail
 * addresses, numbers, abbreviations, versions, file names, emoticons and
 * code are left alone.
 *
 * @example
 * ```ts
 * normalizePunctuation('beschenken.sehr "gut"', 'de') // 'beschenken. sehr „gut“'
 * normalizePunctuation('„Danke“…', 'de', {quotes: 'ascii'}) // '"Danke"...'
 * ```
 */
export function normalizePunctuation(text: string, lang: string, settings: PunctuationSettings = {}): string {
  const rules = rulesFor(lang, settings)
  const context: RuleContext = {lang, quotes: settings.quotes ?? 'locale'}
  const run = (value: string, rule: PunctuationRule) => rule.apply(value, context)
  const raw = rules.filter((rule) => rule.raw).reduce(run, text)
  return withProtection(raw, (masked) => rules.filter((rule) => !rule.raw).reduce(run, masked), lang === 'fr' && context.quotes !== 'ascii')
}

import type {PunctuationRule} from './rule.js'
import {appliesTo} from './rule.js'
import {withProtection} from './protect.js'
import {arabicComma, arabicQuestion, arabicSemicolon} from './rules/arabic.js'
import {ellipsis, invisible, nfc, spaceAfterPunctuation, spaceBeforePunctuation, spaces} from './rules/common.js'
import {doubleHyphen, parentheticalDash} from './rules/dashes.js'

export type {PunctuationRule, RuleContext} from './rule.js'

/** Every rule, in the order they run: encoding first, spacing, then marks. */
export const punctuationRules: readonly PunctuationRule[] = [
  nfc,
  invisible,
  spaces,
  spaceBeforePunctuation,
  spaceAfterPunctuation,
  ellipsis,
  parentheticalDash,
  doubleHyphen,
  arabicComma,
  arabicSemicolon,
  arabicQuestion,
]

/** Rule names switched on or off by the caller: `{'common/ellipsis': false}`. */
export type RuleSwitches = Readonly<Record<string, boolean>>

/** The rules that run for a language, honouring the caller's switches. */
export function rulesFor(lang: string, switches: RuleSwitches = {}): PunctuationRule[] {
  return punctuationRules.filter((rule) => (switches[rule.name] ?? rule.enabled) && appliesTo(rule, lang))
}

/** Normalize the punctuation of a text for its language; URLs, numbers, abbreviations and code are left alone. */
export function normalizePunctuation(text: string, lang: string, switches: RuleSwitches = {}): string {
  const rules = rulesFor(lang, switches)
  const context = {lang}
  const run = (value: string, rule: PunctuationRule) => rule.apply(value, context)
  const raw = rules.filter((rule) => rule.raw).reduce(run, text)
  return withProtection(raw, (masked) => rules.filter((rule) => !rule.raw).reduce(run, masked))
}

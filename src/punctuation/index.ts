import type {PunctuationRule, QuoteMode, RuleContext} from './rule.js'
import {appliesTo} from './rule.js'
import {withProtection} from './protect.js'
import {arabicComma, arabicQuestion, arabicSemicolon, urduFullStop} from './rules/arabic.js'
import {cjkComma, cjkSpacing} from './rules/cjk.js'
import {ellipsis, invisible, nfc, spaceAfterPunctuation, spaceBeforePunctuation, spaces} from './rules/common.js'
import {doubleHyphen, parentheticalDash, spacedHyphen} from './rules/dashes.js'
import {frenchSpacing} from './rules/french.js'
import {greekQuestion} from './rules/greek.js'
import {danda} from './rules/indic.js'
import {apostrophe, asciiPunctuation, localeQuotes, repairQuotes} from './rules/quotes.js'
import {rtlMarks} from './rules/rtl.js'
import {gluedSentence} from './rules/sentences.js'

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
  // Before the space after a comma: a Latin comma in Chinese or Japanese text is theirs, with no space after it.
  cjkComma,
  spaceAfterPunctuation,
  gluedSentence,
  // Before the quote rules, which read the spaces beside a quotation mark: a second run must see what the first saw.
  cjkSpacing,
  parentheticalDash,
  doubleHyphen,
  spacedHyphen,
  arabicComma,
  arabicSemicolon,
  arabicQuestion,
  urduFullStop,
  danda,
  greekQuestion,
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

/** The rules for a language, split as they run: on the raw text, then on the masked text. */
interface RulePlan {
  raw: PunctuationRule[]
  masked: PunctuationRule[]
}

/** Plans by settings object and language: the stage passes one settings object for a whole run. */
const plans = new WeakMap<PunctuationSettings, Map<string, RulePlan>>()
const defaultSettings: PunctuationSettings = {}

function planFor(lang: string, settings: PunctuationSettings): RulePlan {
  let byLang = plans.get(settings)
  if (!byLang) plans.set(settings, (byLang = new Map()))
  let plan = byLang.get(lang)
  if (!plan) {
    const rules = rulesFor(lang, settings)
    byLang.set(lang, (plan = {raw: rules.filter((rule) => rule.raw), masked: rules.filter((rule) => !rule.raw)}))
  }
  return plan
}

/**
 * Whether a text has what a rule needs (a rule without `needs` always runs).
 * Rules side by side share a test (the three Arabic rules' one letter, a
 * scan of the whole text that finds nothing in most texts): the same
 * pattern on the same text is asked once. `needs` has no `g` or `y` flag, so
 * its answer depends on the text alone.
 */
export function needsTester(): (rule: PunctuationRule, value: string) => boolean {
  let pattern: RegExp | undefined
  let text: string | undefined
  let answer = false
  return (rule, value) => {
    if (!rule.needs) return true
    if (rule.needs !== pattern || value !== text) {
      pattern = rule.needs
      text = value
      answer = pattern.test(value)
    }
    return answer
  }
}

/** Run a rule unless the text lacks what it needs. */
function runRule(value: string, rule: PunctuationRule, context: RuleContext, needs: (rule: PunctuationRule, value: string) => boolean): string {
  return needs(rule, value) ? rule.apply(value, context) : value
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
export function normalizePunctuation(text: string, lang: string, settings: PunctuationSettings = defaultSettings): string {
  const plan = planFor(lang, settings)
  const context: RuleContext = {lang, quotes: settings.quotes ?? 'locale'}
  const needs = needsTester()
  let raw = text
  for (const rule of plan.raw) raw = runRule(raw, rule, context, needs)
  // Most prose has nothing for the other rules to fix: spare it the masking of every token.
  // (Masking only hides characters, so what no rule needs in the raw text no rule finds in the masked text.)
  if (!plan.masked.some((rule) => needs(rule, raw))) return raw
  return withProtection(
    raw,
    (masked) => {
      let value = masked
      for (const rule of plan.masked) value = runRule(value, rule, context, needs)
      return value
    },
    lang === 'fr' && context.quotes !== 'ascii',
  )
}

/** What the `quotes` option asks: the language's quotes, repairs only, or plain ASCII punctuation everywhere. */
export type QuoteMode = 'locale' | 'keep' | 'ascii'

/** What a rule knows of the text it fixes. */
export interface RuleContext {
  /** The block's language (ISO 639-1 or 639-3), `und` when unknown. */
  lang: string
  /** The `quotes` option. */
  quotes: QuoteMode
}

/** `[input, expected]`, optionally with the language it is in (else the rule's first language, else `en`). */
export type RuleExample = readonly [input: string, expected: string, lang?: string]

/**
 * One named punctuation fix, Typograf-style: `group/rule` or `lang/rule`,
 * switchable by name, with the examples that document and test it.
 * A rule must be idempotent and must never add or remove a letter or digit.
 */
export interface PunctuationRule {
  name: string
  description: string
  /** Languages the rule is for; absent means every language. */
  langs?: readonly string[]
  /** Languages the rule leaves alone. */
  notLangs?: readonly string[]
  /** The `quotes` modes the rule runs in; absent means all. Its examples run in the first. */
  modes?: readonly QuoteMode[]
  /** Runs on the whole text, URLs and code included (encoding fixes that are right everywhere). */
  raw?: boolean
  /**
   * A quick test the text must pass for the rule to change anything (a mark
   * it fixes, a script it reads); text that fails it is skipped, and text
   * that fails every rule's test is not even masked. Absent: always run.
   * A rule that runs on masked text: must not match what masking adds
   * (digits, U+E000, U+E001). A `raw` rule's test reads the text itself.
   */
  needs?: RegExp
  /** Whether the rule runs unless switched off. */
  enabled: boolean
  /**
   * The fix. Text it must not touch (URLs, numbers, abbreviations, code) has
   * already been swapped for placeholders of private-use characters.
   */
  apply(text: string, context: RuleContext): string
  examples: readonly RuleExample[]
}

export function appliesTo(rule: PunctuationRule, lang: string, quotes: QuoteMode = 'locale'): boolean {
  if (rule.modes && !rule.modes.includes(quotes)) return false
  if (rule.langs && !rule.langs.includes(lang)) return false
  return !rule.notLangs?.includes(lang)
}

/** The language an example is in. */
export function exampleLang(rule: PunctuationRule, example: RuleExample): string {
  return example[2] ?? rule.langs?.[0] ?? 'en'
}

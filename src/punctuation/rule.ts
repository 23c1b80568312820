/** What a rule knows of the text it fixes. */
export interface RuleContext {
  /** The block's language (ISO 639-1 or 639-3), `und` when unknown. */
  lang: string
}

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
  /** Runs on the whole text, URLs and code included (encoding fixes that are right everywhere). */
  raw?: boolean
  /** Whether the rule runs unless switched off. */
  enabled: boolean
  /**
   * The fix. Text it must not touch (URLs, numbers, abbreviations, code) has
   * already been swapped for placeholders of private-use characters.
   */
  apply(text: string, context: RuleContext): string
  /** `[input, expected]` pairs, in the rule's language (the first of `langs`, else `en`). */
  examples: ReadonlyArray<readonly [string, string]>
}

export function appliesTo(rule: PunctuationRule, lang: string): boolean {
  if (rule.langs && !rule.langs.includes(lang)) return false
  return !rule.notLangs?.includes(lang)
}

import type {Root, Text} from 'mdast'
import {type RuleSwitches, needsTester, rulesFor} from '../punctuation/index.js'
import {pruneEmpty} from '../util/tree.js'
import {walk} from '../util/walk.js'

/**
 * Apply the punctuation rules that fix encoding, not typography (`raw`
 * rules: NFC, invisible and control characters), to every text node as it
 * is parsed. They are right in every language, and every stage must read
 * the text the output will hold: a decomposed "é", a soft hyphen inside
 * "Sha­re" or a zero-width space would otherwise hide a date, a lexicon
 * phrase or a name from the first clean and show it to the next one.
 */
export function normalizeEncoding(tree: Root, switches: RuleSwitches = {}): void {
  const rules = rulesFor('und', {rules: switches}).filter((rule) => rule.raw)
  if (rules.length === 0) return
  let emptied = false
  // A rule whose quick test the text fails changes nothing (PunctuationRule.needs); rules that share a test ask it once.
  const needs = needsTester()
  walk(tree, (found) => {
    if (found.type !== 'text') return
    const node = found as Text
    const value = rules.reduce((text, rule) => (needs(rule, text) ? rule.apply(text, {lang: 'und', quotes: 'keep'}) : text), node.value)
    // Only a text a rule changed can be emptied by them: most are left as they are, and are not trimmed twice to ask.
    if (value !== node.value && value.trim() === '' && node.value.trim() !== '') emptied = true
    node.value = value
  })
  // A line of nothing but invisible characters is no block: an empty paragraph prints as a blank line.
  if (emptied) pruneEmpty(tree)
}

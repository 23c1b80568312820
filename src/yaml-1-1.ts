import {parse} from 'yaml'

/**
 * Would a YAML 1.1 reader (PyYAML, Ruby's Psych, Go's yaml.v2) read this
 * string, written plain, as something else? scrubdown writes YAML 1.2, where
 * `No`, `on`, `12:30`, `1_000` and `0b101` are strings, but 1.1 reads them as
 * false, true, 750 (base 60), 1000 and 5. Such values are written quoted,
 * which every reader takes as a string. The yaml package's 1.1 schema is the
 * judge, so the list is the specification's, not ours.
 */
export function misreadByYaml11(value: string): boolean {
  if (surelyString(value)) return false
  try {
    return typeof parse(value, {version: '1.1', logLevel: 'silent'}) !== 'string'
  } catch {
    // Not a plain scalar in 1.1 either (`a: b`, `[x`): the 1.2 writer quotes it already.
    return false
  }
}

/**
 * Text that 1.1 can only read as a string, without parsing it (most titles,
 * names and descriptions; the parse was most of the front matter's time).
 * Every type 1.1 reads from a plain scalar but the booleans and nulls (`yes`,
 * `No`, `off`, `NULL`) and a number's bare exponent (`e5`) opens with a
 * sign, a digit, a dot, `~` or `<` (numbers, times, dates, `.inf`, null, the
 * merge key) and holds no letter but those of hexadecimal digits, exponents,
 * `0x`, `0b`, `0o` and the timestamp's `T` and `Z`. So, not a bare exponent:
 * a word (letters, digits, hyphens, underscores: `en`, `pt-BR`) that opens
 * with a letter and is none of those words; or more than five characters
 * (the longest of those words, `false`) of letters, digits, spaces and marks
 * that mean nothing inside a plain scalar after its first character (no `:`
 * to make a key, no `#` to open a comment, no line break), the last no
 * space, opening with a letter, or with a digit and holding another letter
 * ("13-Inch MacBook Pro", "2020 Audi e-tron"). The 1.2 writer writes such
 * text plain too: it quotes nothing of this shape but 1.2's booleans, nulls
 * and numbers, which are among those.
 */
export function surelyString(value: string): boolean {
  if (exponent.test(value)) return false
  // A plain scalar's last spaces are not its own: "NULL  " reads as null.
  if (plainText.test(value) && !value.endsWith(' ')) return plainLetter.test(value.charAt(0)) || otherLetter.test(value)
  return plainWord.test(value) && !yaml11Words.has(value)
}

/** 1.1's float with an exponent, whose digits before it may be left out: `e5`, `E-10` are numbers (the yaml package's pattern). */
const exponent = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/

const plainText = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_ ,.;!?'’‘"“”()\-–—&/$£€%+=*@|<>]{5,}$/u
const plainLetter = /^\p{L}$/u
/** A letter that no number or timestamp holds (see surelyString). */
const otherLetter = /(?![A-Fa-fOoTtXxZz])\p{L}/u
const plainWord = /^\p{L}[\p{L}\p{M}\p{N}_-]*$/u
/** The booleans and nulls of the yaml package's 1.1 schema (its `test` patterns, spelled out), and 1.2's among them. */
const yaml11Words: ReadonlySet<string> = new Set([
  'Y', 'y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'N', 'n', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  'null', 'Null', 'NULL',
])

/** Blog posts' sign-offs under their last paragraph ("x Franzi", "Euer HansEhrlich", "XX, Die Redaktion"). */

/**
 * Words a blogger's farewell opens with before a name, in the languages of the pages seen: kisses, "yours", "cheers".
 * One list for every language, as the network names are (see networks.ts): "xoxo" is the same everywhere. No word
 * here opens a heading over comments or teasers ("Ihre Meinung" is one, so "ihre" is not listed).
 */
const farewells = new Set(['x', 'xx', 'xxx', 'xo', 'xoxo', 'euer', 'eure', 'lg', 'cheers', 'bisous', 'besos', 'abrazos', 'saludos', 'groetjes', 'hugs', 'bises', 'baci', 'saluti', 'beijos', 'abraços', 'kram', 'pozdrawiam'])

/** The most words of a sign-off: the farewell and a name or "Die Redaktion". */
const maxSignOffWords = 4

/**
 * A line that is a farewell and a name: the farewell word (a comma may follow it), then one to three words that each
 * open with a capital. Not a sentence: nothing ends it but the name.
 */
export function isSignOff(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  if (words.length < 2 || words.length > maxSignOffWords) return false
  const first = words[0]!.replace(/,$/u, '').toLowerCase()
  if (!farewells.has(first)) return false
  return words.slice(1).every((word) => /^\p{Lu}[\p{L}\p{M}.'’-]*,?$/u.test(word))
}

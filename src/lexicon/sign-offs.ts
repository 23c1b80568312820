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

/**
 * Farewells that open an article's closing line without a name ("See you next week", "À bientôt", "Bis bald",
 * "Alla prossima"), in the languages of the pages seen: the post's last words, whatever box is printed under them.
 */
const farewellOpenings = [
  'see you', 'until next time', 'till next time', 'happy baking', 'happy cooking', 'happy reading',
  'à bientôt', 'à très bientôt', 'et à bientôt', 'et à très bientôt', 'à la prochaine', 'bonne lecture', 'bonne dégustation',
  'bis bald', 'bis zum nächsten mal', 'bis nächste woche', 'viel spaß beim', 'guten appetit',
  'alla prossima', 'a presto', 'buon appetito', 'hasta pronto', 'hasta la próxima', 'nos vemos', 'buen provecho',
  'até breve', 'até a próxima', 'até à próxima', 'bom apetite', 'tot de volgende keer', 'tot snel', 'tot ziens', 'eet smakelijk',
  'vi ses', 'smaklig måltid', 'do zobaczenia', 'do następnego razu', 'smacznego',
]

/** Whether the line opens with a farewell (`farewellOpenings`), the whole line or the words before more. */
export function opensFarewell(text: string): boolean {
  const lower = text.trim().toLowerCase()
  return farewellOpenings.some((phrase) => lower.startsWith(phrase) && !/[\p{L}\p{M}]/u.test(lower[phrase.length] ?? ''))
}

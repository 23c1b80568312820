import {isCased} from './text.js'

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Ibn al-Haytham". */
const particles = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten',
  'bin', 'ibn', 'al', 'el', 'y', 'e', 'and', 'en', 'und', 'et', 'och', 'og', 'i', 've', '&',
])

/** A CMS's account names, printed where no author was set ("Posted by admin"): nobody's name. */
const accountNames = new Set(['admin', 'administrator', 'site admin', 'siteadmin', 'webmaster', 'superuser', 'root', 'guest', 'anonymous', 'wordpress'])

/**
 * Does a line look like a person's name (or a few names joined by "and")?
 * Cased scripts: 1 to 6 words, each capitalized or a particle. Scripts
 * without case (Arabic, Hebrew, CJK …): 1 to 4 words. Never digits or
 * sentence punctuation.
 */
export function looksLikeName(text: string): boolean {
  const value = text.trim()
  if (value.length < 2 || value.length > 80 || accountNames.has(value.toLowerCase())) return false
  if (/[\d!?;:…@/\\|()[\]{}"“”«»：；，。！？、「」『』（）【】]/u.test(value) || /[.,]$/u.test(value)) return false
  const words = value.split(/[\s,]+/u).filter(Boolean)
  if (words.length === 0 || words.length > 6) return false
  const letters = value.match(/\p{L}/gu) ?? []
  if (letters.length < 2) return false
  const cased = letters.some(isCased)
  if (!cased) return words.length <= 4
  return words.every((word) => particles.has(word.toLowerCase()) || /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u.test(word))
    && words.some((word) => /^\p{Lu}/u.test(word))
}

/** What ends a name in a byline: "Jane Doe, Reuters", "Jane Doe | 5 May", "Rina K. | Editor …", "李明 2025-06-18" (a Chinese name before a date; in cased scripts "Updated Nov 13" would pass for a name). */
// Matches start where a run of spaces starts (the lookbehind), so a long run costs linear time.
const nameEnd = /(?<!\s)(?:\s*[,،|·•]|\s+[-–—]\s|\s+(?:on|am|le|el|il|op|på)\s+\d|(?<=\p{Script=Han})\s+(?=\d))/u

/** The name at the start of what follows a byline label, when it looks like one. */
export function leadingName(rest: string): string | undefined {
  const name = cutGluedTail(rest.split(nameEnd)[0]!.trim())
  return looksLikeName(name) ? name : undefined
}

/**
 * A word's first five letters or more, before a capital inside it: where a scraper
 * dropped the break between a name and the role or outlet after it
 * ("JamesStaff", "GarberFOXBusiness"). Names with a capital inside have it
 * after one to three letters: McDonald, DeArdo, MacKenzie, FitzGerald.
 */
const glue = /^\p{Lu}\p{Ll}{4,}(?=\p{Lu})/u

/** A name without what was glued to its last name: "Meg JamesStaff Writer" gives "Meg James". The first word is never cut. */
export function cutGluedTail(name: string): string {
  const words = name.split(' ')
  for (let index = 1; index < words.length; index++) {
    const head = glue.exec(words[index]!)?.[0]
    if (head !== undefined) return [...words.slice(0, index), head].join(' ')
  }
  return name
}

import {CodePointKinds} from './code-point-kinds.js'
import {memoLine} from './line-memo.js'
import {findDate} from './dates.js'
import {weekdayNames as writtenWeekdayNames} from './weekday-names.js'
import {countWords, isCased} from './text.js'
import {parsePageUrl} from './page-url.js'
import {onFirstUse} from './on-first-use.js'

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Ibn al-Haytham". */
const particles = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten',
  'bin', 'ibn', 'al', 'el', 'y', 'e', 'and', 'en', 'und', 'et', 'och', 'og', 'i', 've', '&',
])

/** Whether a word is a particle of personal names ("von", "di", "da"): a byline's label spelled so may open a surname ("Di Maio"). */
export function isNameParticle(word: string): boolean {
  return particles.has(word.toLowerCase())
}

/**
 * A CMS's account names, printed where no author was set ("Posted by admin"),
 * the placeholders a template fills in then ("Unknown", "author", German
 * "Unbenannt", untitled), and a forum's name for who posted without an
 * account ("Гость", guest): nobody's name.
 */
const accountNames = new Set([
  'admin', 'administrator', 'site admin', 'siteadmin', 'webmaster', 'superuser', 'root', 'wordpress',
  // An author menu's first link, where the markup names its author (`rel=author`).
  'view profile', 'view full profile', 'view my profile', 'view my complete profile',
  'author', 'publisher', 'unknown', 'untitled', 'unbekannt', 'unbenannt', 'inconnu', 'desconocido', 'sconosciuto', 'onbekend',
  'desconhecido', 'nieznany', 'неизвестно', 'невідомо',
  'guest', 'anonymous', 'gast', 'anonym', 'invité', 'anonyme', 'invitado', 'anónimo', 'ospite', 'anonimo', 'convidado', 'gość',
  'vieras', 'vendég', 'misafir', 'oaspete', 'tamu', 'гость', 'гість', 'аноним', 'επισκέπτης', 'אורח', 'زائر', 'ضيف', 'مهمان',
  'ゲスト', '匿名', '游客', '访客', '게스트', 'khách',
])

/** Is this a CMS's or a forum's account name rather than a person's ("admin", "Guest")? */
export function isAccountName(text: string): boolean {
  return accountNames.has(text.trim().toLowerCase())
}

/**
 * Does a line look like a person's name (or a few names joined by "and")?
 * Cased scripts: 1 to 6 words, each capitalized or a particle. Scripts
 * without case (Arabic, Hebrew, CJK …): 1 to 4 words. Never digits or
 * sentence punctuation.
 */
export function looksLikeName(text: string): boolean {
  // A long line is no name (see nameShaped): answered without putting it in the table (and reading all of it for its hash).
  if (text.length > maxNameLength && text.trim().length > maxNameLength) return false
  return nameShaped(text)
}

/** The longest name line, in characters. */
const maxNameLength = 80

const nameShaped = memoLine((text: string): boolean => {
  const value = text.trim()
  if (value.length < 2 || isAccountName(value)) return false
  if (/[\d!?;:…@/\\|()[\]{}"“”«»：；，。！？、「」『』（）【】]/u.test(value) || /[.,]$/u.test(value)) return false
  const words = value.split(/[\s,]+/u).filter(Boolean)
  if (words.length === 0 || words.length > 6) return false
  const {letters, cased} = letterCounts(value)
  if (letters < 2) return false
  if (!cased) return words.length <= 4
  return words.every((word) => particles.has(word.toLowerCase()) || /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u.test(word))
    && words.some((word) => /^\p{Lu}/u.test(word))
})

/** What a code point is to a name: a letter, a letter of a script with case (bits). */
const letterBit = 1
const casedBit = 2
const nameKinds = new CodePointKinds((character) => (/^\p{L}$/u.test(character) ? letterBit | (isCased(character) ? casedBit : 0) : 0))

/** How many letters (`\p{L}`) a text holds, and whether one is of a script with case: one walk, without an array of its letters. */
export function letterCounts(text: string): {letters: number; cased: boolean} {
  let letters = 0
  let cased = false
  for (let index = 0; index < text.length; index = nameKinds.next) {
    const kind = nameKinds.at(text, index)
    if (kind & letterBit) letters++
    if (kind & casedBit) cased = true
  }
  return {letters, cased}
}

/** What ends a name in a byline: "Jane Doe, Reuters", "Jane Doe | 5 May", "Jane Doe / John Roe", "Jane Doe @janedoe", "Jane Doe (photos)", "Jason Hart (Diary) |" (a role or a handle in brackets, or a bracket that closes the name; "Robert (Bob) Smith" is one name), "Jake Goulding on January 20, 2020", "Rina K. | Editor …", "李明 2025-06-18" (a Chinese name before a date; in cased scripts "Updated Nov 13" would pass for a name). */
// Matches start where a run of spaces starts (the lookbehind), so a long run costs linear time.
const nameEnd = onFirstUse(() => /(?<!\s)(?:\s*[,،|·•@]|\s+\((?=[\p{Ll}@]|[^()\d]{1,40}\)\s*(?:[,|·•]|$))|\s+[-–—/]\s|\s+(?:on|am|le|el|il|op|på)\s+(?:\p{L}+\.?\s+)?\d|(?<=\p{Script=Han})\s+(?=\d))/u)

/** Academic and clerical titles written in lower case before a name ("dr hab. Anna Kowalczyk", "mgr inż. Jan Nowak"). */
const academicTitles = new Set(['dr', 'dr.', 'hab.', 'prof.', 'mgr', 'mgr.', 'inż.', 'doc.', 'lek.', 'ks.'])

/**
 * A Hebrew title before a name: an acronym marked by gershayim (עו"ד advocate, רו"ח accountant, ד"ר doctor), perhaps
 * joined by ו (and: "עו"ד ורו"ח", the ו a Hebrew letter as the acronym's), or a word cut short by a geresh (פרופ' professor).
 * Names carry no gershayim; a geresh after ג, ז, צ or ת writes a foreign sound, no cut ("סרג' דהן", Serge: a first name).
 */
// Hebrew letters only (א to ת): the script's class holds the geresh and gershayim marks too.
const hebrewTitle = /^[\u05D0-\u05EA]+["״][\u05D0-\u05EA]+$|^[\u05D0-\u05EA]{2,}(?<![גזצץת])['׳]$/u

/** What follows a byline label without the lower-case titles before the name: the name is the person's. */
function withoutAcademicTitles(rest: string): string {
  let text = rest.trimStart()
  for (;;) {
    const space = text.search(/\s/u)
    const word = space < 0 ? '' : text.slice(0, space)
    if (space < 0 || !(academicTitles.has(word) || hebrewTitle.test(word))) return text
    text = text.slice(space).trimStart()
  }
}

/** The name at the start of what follows a byline label, when it looks like one. */
export function leadingName(rest: string): string | undefined {
  rest = withoutAcademicTitles(rest)
  const head = rest.split(nameEnd())[0]!
  const name = withoutWeekday(cutGluedTail(head.trim()), rest.slice(head.length))
  if (looksLikeName(name)) return name
  // The byline's full stop ("By Jane Doe."); after a suffix or an initial it is the name's own ("By Perry Bacon Jr.").
  const stopped = name.endsWith('.') ? name.slice(0, -1) : undefined
  if (stopped === undefined || !looksLikeName(stopped) || countWords(stopped) < 2) return undefined
  const last = stopped.split(/\s+/u).at(-1)!
  return nameSuffix.test(last) || /^\p{Lu}$/u.test(last) ? `${stopped}.` : stopped
}

/** Whether a word is a weekday's name in a lexicon language ("Tuesday", "Freitag"): a dateline's, not a person's. */
export function isWeekday(word: string): boolean {
  return weekdayNames().has(word.toLowerCase())
}

/**
 * The weekday names as a set, made on first need from src/util/weekday-names.ts, which scripts/month-names.ts writes
 * from Intl: formatting them here took some 25 ms of CPU time in every process whose first byline named a weekday.
 */
let weekdays: Set<string> | undefined
function weekdayNames(): Set<string> {
  return (weekdays ??= new Set(writtenWeekdayNames))
}

/**
 * A name without the weekday its dateline opens with after it: "Malcolm Owen Monday, November 18, 2019" gives "Malcolm
 * Owen". Only when a date follows (`after`): "Juan José Domingo, Madrid" keeps its surname.
 */
function withoutWeekday(name: string, after: string): string {
  const words = name.split(' ')
  if (words.length < 3 || findDate(after) === undefined) return name
  return weekdayNames().has(words.at(-1)!.toLowerCase()) ? words.slice(0, -1).join(' ') : name
}

/**
 * A word's first five letters or more, before a capital inside it: where a scraper
 * dropped the break between a name and the role or outlet after it
 * ("JamesStaff", "GarberFOXBusiness"). Names with a capital inside have it
 * after one to three letters: McDonald, DeArdo, MacKenzie, FitzGerald.
 */
const glue = onFirstUse(() => /^\p{Lu}\p{Ll}{4,}(?=\p{Lu})/u)

/** A name without what was glued to its last name: "Meg JamesStaff Writer" gives "Meg James". The first word is never cut. */
export function cutGluedTail(name: string): string {
  const words = name.split(' ')
  for (let index = 1; index < words.length; index++) {
    const head = glue().exec(words[index]!)?.[0]
    if (head !== undefined) return [...words.slice(0, index), head].join(' ')
  }
  return name
}

/** A generational suffix or degree after a comma is part of the name: "Jane Doe, Jr.". */
const nameSuffix = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/iu

/** Letters and digits only, lower case, without accents: "Le Monde.fr" → "lemondefr". */
function letterKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** A name's key without its leading article: "The Guardian" and "Guardian" are one site. */
function siteKey(text: string): string {
  return letterKey(text.trim().replace(/^(?:the|le|la|les|el|los|las|il|lo|der|die|das|de|het)\s+/iu, ''))
}

/** The most letters a site's name has past the author's and still be it: a domain's ending ("Le Monde" and "Le Monde.fr"). */
const maxSiteSuffix = 3

/** Whether a name is the site's own: its name (with or without its article or its domain's ending), or its host ("lemonde" on www.lemonde.fr). */
export function namesSite(name: string, site: string | undefined, url: string | undefined): boolean {
  const key = siteKey(name)
  if (key === '') return false
  const ofSite = site === undefined ? '' : siteKey(site)
  if (ofSite.startsWith(key) && ofSite.length - key.length <= maxSiteSuffix) return true
  const host = parsePageUrl(url)?.hostname ?? ''
  const labels = host.replace(/^www\d?\./u, '').split('.')
  // A host writes the name's umlauts out ("Mäscot" on maescot.de).
  return labels.length >= 2 && (letterKey(labels[0]!) === letterKey(name) || letterKey(labels[0]!) === letterKey(umlautsWrittenOut(name)))
}

/** German umlauts and ß as a host name writes them: "ä" → "ae", "ß" → "ss". */
function umlautsWrittenOut(text: string): string {
  return text.replace(/[äöüÄÖÜß]/gu, (letter) => umlautSpelling[letter] ?? letter)
}

const umlautSpelling: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss'}

/**
 * A declared author without the outlet a CMS put after a comma: "Victor
 * Tangermann, Futurism" and "Troy L. Smith, Cleveland.com" give the name. A
 * second person ("Ana Lima, Tom Berg") has two words or more, and stays.
 */
export function withoutOutlet(author: string): string {
  const comma = author.indexOf(',')
  if (comma < 0) return author
  const head = author.slice(0, comma).trim()
  const tail = author.slice(comma + 1).trim()
  if (/\s/u.test(tail) || tail === '' || nameSuffix.test(tail)) return author
  return countWords(head) >= 2 && looksLikeName(head) ? head : author
}

/**
 * A name a byline printed in capitals ("BY BETSY MCKAY", "VON MORITZ
 * GATHMANN"), as the page spells it elsewhere ("Moritz Gathmann leitet das
 * Ressort …"): the front matter takes the name's own case, and its bio is
 * found under that spelling. A name printed nowhere else stays as it is:
 * "Mckay" guessed from "MCKAY" would be wrong.
 */
export function spelledAsPrinted(name: string, texts: readonly string[]): string {
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name
  const lower = name.toLowerCase()
  if (lower.length !== name.length) return name
  for (const text of texts) {
    const folded = text.toLowerCase()
    if (folded.length !== text.length) continue
    for (let at = folded.indexOf(lower); at >= 0; at = folded.indexOf(lower, at + 1)) {
      // A whole name, not the start of a longer word ("Simon Johnsonville").
      if (/[\p{L}\p{M}]/u.test(text[at + name.length] ?? '') || /[\p{L}\p{M}]/u.test(text[at - 1] ?? '')) continue
      const spelled = text.slice(at, at + name.length)
      if (/\p{Ll}/u.test(spelled) && looksLikeName(spelled)) return spelled
    }
  }
  return name
}

/** A Chinese name as wires and photo credits print it: two to four Han characters ("王晓燕", "张伟"). */
const hanName = /^\p{Script=Han}{2,4}$/u

export function isHanName(text: string): boolean {
  return hanName.test(text)
}

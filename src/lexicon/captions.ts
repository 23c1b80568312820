import {memoLine} from '../util/line-memo.js'
import {isHanName, looksLikeName} from '../util/names.js'
import {isAgency} from './agencies.js'
import {matchLexicon} from './match.js'
import {stockCredit} from './stock-photos.js'

/* Photo captions printed in an article's text, known by the credit that ends them. */

/** The longest caption, in words: a long paragraph that ends with a credit is prose quoting it. */
export const maxCaptionWords = 60

/** Captions a photo post has at least, for them to be its text: one or two are a picture's beside an article. */
export const minEssayCaptions = 3

/** The last bracketed part of a line, with nothing after it but spaces. */
const bracketAtEnd = /[([（【]([^()[\]（）【】]{2,80})[)\]）】]\s*$/u

/** A credit of parts cut at / : , ; and |, one of which names an agency ("Jane Doe/AP", "File: Reuters"); an agency's name alone ("[Bloomberg]") cites a source. */
function namesAgency(credit: string): boolean {
  const parts = credit.split(/[/:,|;：／、]/u).map((part) => part.trim())
  return parts.length >= 2 && parts.some(isAgency)
}

/**
 * Who a photo label names without a colon ("(foto Ansa)", "(Photo John Smith)"): an agency, or an agency's acronym
 * written in title case (ANSA as "Ansa": four letters or more, where a short word is read only as printed), or a
 * person's name of two words or more ("(Photo Gallery)", "(Bild Zeitung)" name no one).
 */
function namesCreditor(rest: string): boolean {
  if (rest === '') return false
  if (isAgency(rest) || (rest.length >= 4 && isAgency(rest.toUpperCase()))) return true
  return namesPerson(rest)
}

/** A person's name of two words or more: one capitalized word names a thing as often ("Gallery", "Zeitung"). */
export function namesPerson(text: string): boolean {
  return text.split(/\s+/u).length >= 2 && looksLikeName(text)
}

/** A line that is a credit and nothing else: a photographer and agencies cut by | or / ("Natalie Naccache | Bloomberg | Getty Images"). */
function isCreditLine(text: string): boolean {
  // Most lines have no | or /: no parts to cut (asked of every short line, stage after stage).
  if (!/[|/]/.test(text)) return false
  const parts = text.split(/[|/]/u).map((part) => part.trim())
  return parts.length >= 2 && parts.length <= 4 && parts.some(isAgency) && parts.every((part) => isAgency(part) || looksLikeName(part))
}

/**
 * The credit that ends a photo caption, or nothing: a bracketed credit
 * with a photo label or an agency ("(Image: GETTY)", "(Foto: dpa)",
 * "(Jane Doe/AP)"), a © with an agency or a name after it, or a whole line
 * of credit ("Natalie Naccache | Bloomberg | Getty Images"). A sentence
 * that ends with its source ("(Source: Eurostat)") is no caption.
 */
export const captionCredit = memoLine(readCredit)

/** captionCredit's reading, once per distinct line (the zone search asks it of a line three times, the boilerplate stage once more). */
function readCredit(text: string): string | undefined {
  if (isCreditLine(text)) return text.trim()
  const inner = bracketAtEnd.exec(text)?.[1]?.trim()
  if (inner !== undefined) {
    const labelled = matchLexicon(inner).some((match) => match.category === 'photoCredit' && (match.labelled || namesCreditor(match.rest)))
    if (labelled || namesAgency(inner)) return inner
  }
  const after = creditAfterSentence(text) ?? creditAfterSeparator(text) ?? agencyAfterSentence(text) ?? labelAfterSpace(text) ?? creditAfterAbbreviatedLabel(text) ?? agencyInBracketsAfterSentence(text) ?? shotByAfterSentence(text) ?? stockCredit(text)
  if (after !== undefined) return after
  // What follows the last ©, when it is short: "© Reuters / David Mercado".
  const at = text.lastIndexOf('©')
  const owner = at > 0 && text.length - at <= 62 ? text.slice(at + 1).trim() : undefined
  if (owner && (namesAgency(owner) || owner.includes('/'))) return `© ${owner}`
  return undefined
}


/** The end of a caption's last sentence, then the credit's label: "2023.Credit", "wall. Photo:", "תל אביב. צילום:" (a script without case). */
const sentenceThenLabel = /[.!?]["'”’»)]*\s*(?=\p{Lu}|\p{Lo})/gu
/** A character that a `sentenceThenLabel` match can hold: the stop, closing marks, white space. */
const inSentenceEnd = /[.!?"'”’»)\s]/u
/** A capitalized word at the start of a text, up to the next capital (labels glued to each other and to the name: "CreditCreditJeon"), or a word of a script without case. */
const leadingWord = /^(?:\p{Lu}\p{Ll}+|\p{Lo}+)/u
/** The longest credit after its label, in characters. */
const maxCreditLength = 80

/**
 * Where the text's last `sentenceThenLabel` match ends (and whether it ends
 * in a space), when that is `reach` characters from the text's end or
 * closer. The search starts that far from the end, not at a paragraph's
 * first sentence, moved back out of any run of the characters a match
 * holds: a match never starts before it and ends after it, so the last one
 * found is the last one from the text's start.
 */
export function lastSentenceEnd(text: string, reach: number): {start: number; spaced: boolean} | undefined {
  let from = Math.max(0, text.length - reach - 1)
  while (from > 0 && inSentenceEnd.test(text[from - 1]!)) from--
  let found: {start: number; spaced: boolean} | undefined
  for (const match of text.slice(from).matchAll(sentenceThenLabel)) found = {start: from + match.index + match[0].length, spaced: /\s$/u.test(match[0])}
  return found && text.length - found.start <= reach ? found : undefined
}

/**
 * A credit after the caption's last sentence, not in brackets: a photo
 * label with its colon ("… in 2023. Credit: NASA/NOAA", "Photo: Getty
 * Images") or glued to what follows ("… in 2023.CreditCreditJeon
 * Heon-Kyun/EPA, via Shutterstock", a label printed twice for a screen
 * reader), then a credit that names an agency or a name. A sentence that
 * mentions a photo goes on with lower-case words and is no credit.
 */
function creditAfterSentence(text: string): string | undefined {
  const end = lastSentenceEnd(text, maxCreditLength + 30)
  if (end === undefined) return undefined
  const {start, spaced} = end
  let rest = text.slice(start)
  let labels = 0
  let colon = false
  for (let word = leadingWord.exec(rest)?.[0]; word !== undefined && labels < 2; word = leadingWord.exec(rest)?.[0]) {
    if (!matchLexicon(word).some((match) => match.category === 'photoCredit' && match.whole)) break
    labels++
    rest = rest.slice(word.length)
    if (rest.startsWith(':')) {
      colon = true
      rest = rest.slice(1)
    }
    rest = rest.trimStart()
  }
  const credit = rest.trim().replace(/[.]$/u, '')
  // Spaced from the sentence and without a colon, a label is the next sentence's first word ("Photo editors say …", "Credit Suisse said …").
  if (labels === 0 || credit === '' || credit.length > maxCreditLength || !(colon || !spaced)) return undefined
  if (/[.!?]\s/u.test(credit)) return undefined
  const parts = credit.replace(/\s+/gu, ' ').split(/[/,|;]| via /u).map((part) => part.trim()).filter(Boolean)
  return parts.some((part) => isAgency(part) || looksLikeName(part)) ? credit : undefined
}

/**
 * A caption's last sentence, or an equals sign as Japanese and Korean captions print it, then a short last part:
 * "서울 지하철 2호선 승강장. 연합뉴스", "Protesters outside parliament. Reuters", "東京・港区の賃貸マンション＝共同通信".
 */
const sentenceThenTail = /(?:[.!?。]\s*|[＝=]\s?)([^.!?。＝=\s][^.!?。＝=]{1,29})$/u

/**
 * A wire's or photo agency's name alone after the caption's last sentence,
 * without a label: where scripts without case print the credit (Korean,
 * Japanese, Chinese pages), and some Latin ones. A sentence that names an
 * agency goes on with more words than its name.
 */
function agencyAfterSentence(text: string): string | undefined {
  const match = sentenceThenTail.exec(text)
  const tail = match?.[1]?.trim()
  // A caption's one short sentence: a wire's paragraph ends with its name too ("… to sneak into the US. PTI").
  if (!match || tail === undefined || !isOneShortSentence(text, match.index)) return undefined
  return isAgency(tail) ? tail : undefined
}

/** The mark after a photographer's name in Chinese credits: 摄 ("shot"), 摄影 only set off by a space or slash. */
const shotMarks = ['摄影', '攝影', '摄', '攝']
/** The reporter's title before a photographer's name glued to it ("记者张伟摄"). */
const reporterTitles = ['记者', '記者']

/**
 * A Chinese caption's credit after its last sentence: the photographer, then 摄 ("17号线车厢内部。新华社记者 张伟 摄",
 * "…。（张伟/摄）", "…。记者张伟摄"). Glued to the name, the mark needs a name of two to four characters before it,
 * after the reporter's title if any: a sentence that ends in the noun 摄影 ("…最大的爱好就是摄影") or the verb 拍摄 is
 * none. Read with string operations: a pattern's bounded repeat before optional spaces backtracks.
 */
function shotByAfterSentence(text: string): string | undefined {
  const end = text.lastIndexOf('。')
  if (end <= 0) return undefined
  let tail = text.slice(end + 1).trim()
  if (/^[（(].*[）)]$/u.test(tail)) tail = tail.slice(1, -1).trim()
  const mark = shotMarks.find((candidate) => tail.endsWith(candidate))
  // A credit is a name and its mark, no clause of a sentence.
  if (mark === undefined || tail.length > 30 || /[，,、；;：:！？!?]/u.test(tail)) return undefined
  const before = tail.slice(0, -mark.length)
  const setOff = /[\s/／]$/u.test(before)
  let name = before.trimEnd()
  while (name.endsWith('/') || name.endsWith('／')) name = name.slice(0, -1).trimEnd()
  if (!setOff) {
    if (mark.length > 1) return undefined
    const title = reporterTitles.find((candidate) => name.includes(candidate))
    if (!isHanName(title === undefined ? name : name.slice(name.lastIndexOf(title) + title.length))) return undefined
  }
  return name.length >= 2 && isOneShortSentence(text, end) ? tail : undefined
}

/** Whether the text before `end` is one sentence (no stop before it) of a caption's length: the whole line has few words. */
function isOneShortSentence(text: string, end: number): boolean {
  return !/[.!?。]/u.test(text.slice(0, end)) && text.split(/\s+/u).length <= maxBareCreditCaptionWords
}

/** A last word, its colon, then the rest of the line: "… หมอชิต ภาพ: รอยเตอร์", "… at the opening Photo: John Smith". */
const wordThenColonAtEnd = /\s([\p{L}\p{M}]+)\s?[:：]\s?([^:：]{2,60})$/u

/**
 * A photo label and its credit at the end of a caption that has no full stop
 * before it: Thai writes none, and captions often end without one. The
 * label is a whole photo label of the lexicon, capitalized where the script
 * has case ("Photo:", not "the photo: …"), and the credit an agency or a
 * person's name.
 */
function labelAfterSpace(text: string): string | undefined {
  if (!text.includes(':') && !text.includes('：')) return undefined
  const match = wordThenColonAtEnd.exec(text)
  if (!match) return undefined
  const [, label, credit] = match as unknown as [string, string, string]
  if (/^\p{Ll}/u.test(label) || !matchLexicon(label).some((found) => found.category === 'photoCredit' && found.whole)) return undefined
  const name = credit.trim()
  return isAgency(name) || namesPerson(name) ? name : undefined
}

/** A capitalized photo label cut short with its dot after a sentence, then the credit: "… Bankowym. Fot. PAP/Paweł Supernak". */
const abbreviatedLabel = /[.!?]\s+(\p{Lu}\p{Ll}{1,5})\.\s+([^.!?\s][^.!?]*)$/u

/** A credit after a photo label cut short with its dot ("Fot.", "Foto."), as Polish and Czech captions print it: an agency or a name. */
function creditAfterAbbreviatedLabel(text: string): string | undefined {
  const match = abbreviatedLabel.exec(text)
  if (!match || !matchLexicon(match[1]!).some((found) => found.category === 'photoCredit' && found.whole)) return undefined
  const credit = match[2]!.trim()
  if (credit.length > maxCreditLength) return undefined
  const parts = credit.split(/[/,|;]/u).map((part) => part.trim()).filter(Boolean)
  return parts.length > 0 && parts.every((part) => isAgency(part) || looksLikeName(part)) ? credit : undefined
}

/** A short caption's one sentence, then an agency's name in brackets: "محل لبيع الذهب في القاهرة. (رويترز)". */
const sentenceThenBracket = /[.!?]\s*[([（]([^()[\]（）]{2,30})[)\]）]\s*$/u

/**
 * An agency's name alone in brackets after a caption's one short sentence. After a sentence of
 * a paragraph it cites a source ("… until the end of March (AP)"), and a wire's paragraph
 * ends so too: only after a single sentence of a caption's length.
 */
function agencyInBracketsAfterSentence(text: string): string | undefined {
  const match = sentenceThenBracket.exec(text)
  const name = match?.[1]?.trim()
  if (!match || name === undefined || !isOneShortSentence(text, match.index)) return undefined
  return isAgency(name) ? name : undefined
}

/** The most words of a one-sentence caption with an agency's name after it and no label. */
const maxBareCreditCaptionWords = 16

/** The last part of a line after a spaced slash or bar ("… zdjęcie ilustracyjne / Źródło: Pixabay"). */
const separatedTail = /\s[/|]\s([^/|]{2,80})$/u
/** A copyright mark, written out or not, then the owner: "(C) Kab Niang", "© dpa". */
const copyrightOwner = /^(?:\([cC]\)|©)\s*(\S.*)$/u
/** The most words of the credit after such a separator. */
const maxSeparatedCreditWords = 5

/**
 * A credit set off from the caption by a spaced slash or bar: a photo or source label with its colon and a short
 * credit ("/ Źródło: Pixabay", "| Foto: Max Muster"), or a copyright mark and its owner ("/ (C) Kab Niang"). A sentence
 * goes on after a slash with lower-case words, not with a label and a colon.
 */
function creditAfterSeparator(text: string): string | undefined {
  // The separator first, by a plain search: the pattern, anchored at the end, is tried from every white space of the line.
  if (!text.includes('/') && !text.includes('|')) return undefined
  const tail = separatedTail.exec(text)?.[1]?.trim()
  if (tail === undefined) return undefined
  const owner = copyrightOwner.exec(tail)?.[1]
  if (owner !== undefined) return isAgency(owner) || looksLikeName(owner) ? tail : undefined
  const credit = matchLexicon(tail).find((match) => (match.category === 'photoCredit' || match.category === 'sourceLabel') && match.labelled && match.rest !== '')
  if (credit === undefined || credit.rest.split(/\s+/u).length > maxSeparatedCreditWords || /[.!?]\s/u.test(credit.rest)) return undefined
  return /^\p{Lu}/u.test(credit.rest) ? tail : undefined
}

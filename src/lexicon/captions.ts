import {looksLikeName} from '../util/names.js'
import {matchLexicon} from './match.js'

/**
 * Wires and photo agencies whose name closes a caption ("(Manu Fernandez/AP)",
 * "(AP Photo/Alan Diaz, File)", "[File: Reuters]", "© Reuters / David
 * Mercado"), as they print them. A name of five letters or more matches in
 * any case ("GETTY"); a short one as printed or in capitals, so that "ePA"
 * (elektronische Patientenakte) is no EPA.
 */
const agencies = [
  'AP', 'AP Photo', 'AFP', 'AFP Photo', 'Reuters', 'Getty', 'Getty Images', 'EPA', 'EPA-EFE', 'EFE', 'dpa', 'picture alliance', 'imago',
  'ANP', 'Belga', 'TT', 'NTB', 'Ritzau', 'Scanpix', 'Lehtikuva', 'Keystone', 'APA', 'ANSA', 'Lusa', 'Sipa', 'PA', 'PA Images', 'PA Wire',
  'Shutterstock', 'iStock', 'Alamy', 'Bloomberg', 'Xinhua', 'Kyodo', 'Yonhap', 'TASS', 'RIA Novosti', 'Anadolu', 'AA', 'Bernama', 'Antara',
]
const anyCase = new Set(agencies.filter((name) => name.length >= 5).map((name) => name.toLowerCase()))
const asPrinted = new Set(agencies.filter((name) => name.length < 5).flatMap((name) => [name, name.toUpperCase()]))

/** The longest caption, in words: a long paragraph that ends with a credit is prose quoting it. */
export const maxCaptionWords = 60

/** The last bracketed part of a line, with nothing after it but spaces. */
const bracketAtEnd = /[([（【]([^()[\]（）【】]{2,80})[)\]）】]\s*$/u

/** Is this a wire's or a photo agency's name, as printed ("AP", "Reuters", "GETTY")? */
export function isAgency(part: string): boolean {
  return asPrinted.has(part) || anyCase.has(part.toLowerCase())
}

/** A credit of parts cut at / : , ; and |, one of which names an agency ("Jane Doe/AP", "File: Reuters"); an agency's name alone ("[Bloomberg]") cites a source. */
function namesAgency(credit: string): boolean {
  const parts = credit.split(/[/:,|;：／、]/u).map((part) => part.trim())
  return parts.length >= 2 && parts.some(isAgency)
}

/** A line that is a credit and nothing else: a photographer and agencies cut by | or / ("Natalie Naccache | Bloomberg | Getty Images"). */
function isCreditLine(text: string): boolean {
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
export function captionCredit(text: string): string | undefined {
  if (isCreditLine(text)) return text.trim()
  const inner = bracketAtEnd.exec(text)?.[1]?.trim()
  if (inner !== undefined) {
    const labelled = matchLexicon(inner).some((match) => match.category === 'photoCredit' && match.labelled)
    if (labelled || namesAgency(inner)) return inner
  }
  // What follows the last ©, when it is short: "© Reuters / David Mercado".
  const at = text.lastIndexOf('©')
  const owner = at > 0 && text.length - at <= 62 ? text.slice(at + 1).trim() : undefined
  if (owner && (namesAgency(owner) || owner.includes('/'))) return `© ${owner}`
  return undefined
}

/** A wire's dateline: the place in capitals, the wire in brackets, a dash ("HAYWARD, Calif. (AP) —", "WASHINGTON (Reuters) -"). */
const datelineOpening = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:,\s[\p{L}.\s]{2,20})?\s\(([^()]{2,20})\)\s?[—–-]\s/u

/** Does this paragraph open with a wire's dateline, as the lead of a news article does? */
export function opensWithWireDateline(text: string): boolean {
  const wire = datelineOpening.exec(text)?.[1]
  return wire !== undefined && isAgency(wire.trim())
}

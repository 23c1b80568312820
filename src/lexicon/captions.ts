import {looksLikeName} from '../util/names.js'
import {isAgency} from './agencies.js'
import {matchLexicon} from './match.js'

/* Photo captions printed in an article's text, known by the credit that ends them. */

/** The longest caption, in words: a long paragraph that ends with a credit is prose quoting it. */
export const maxCaptionWords = 60

/** The last bracketed part of a line, with nothing after it but spaces. */
const bracketAtEnd = /[([（【]([^()[\]（）【】]{2,80})[)\]）】]\s*$/u

/** A credit of parts cut at / : , ; and |, one of which names an agency ("Jane Doe/AP", "File: Reuters"); an agency's name alone ("[Bloomberg]") cites a source. */
function namesAgency(credit: string): boolean {
  const parts = credit.split(/[/:,|;：／、]/u).map((part) => part.trim())
  return parts.length >= 2 && parts.some(isAgency)
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


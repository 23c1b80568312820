import {hostOf} from './page-url.js'
/** Hosts of the United States government, military and universities: their pages write dates month first. */
const usHost = /\.(?:gov|mil|edu|us)$/i

/**
 * Does the page write `03/04/2024` month first (March 4)? Yes in American
 * English: a page or caller that declares `en-US` (`<html lang>`,
 * `og:locale`, the `lang` option), or a US host (`.gov`, `.mil`, `.edu`,
 * `.us`) whose page declares English or nothing. Elsewhere, and for an
 * English page that says no more than `en`, day first, as most of the
 * world writes it.
 */
export function writesMonthFirst(lang: string | undefined, url: string | undefined): boolean {
  if (lang !== undefined && /^en[-_]us\b/i.test(lang.trim())) return true
  if (lang !== undefined && !/^en\b/i.test(lang.trim())) return false
  return url !== undefined && usHost.test(hostOf(url))
}


/** The date a URL's path carries, year first as paths write it: `/2012/08/09/`, `/2012-08-09-slug`. */
const pathDate = /\/(\d{4})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/

/** A date printed in numbers, day and month in an order the reader must know: "08/09/2012", "08.09.12". */
const numericDate = /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/

/**
 * A date read from the page, in the order its URL's own date agrees with:
 * `08/09/2012` read day first is 2012-09-08, but under
 * `/2012/08/09/usain-bolt-…` the page wrote it month first (an American site
 * that is no `.gov`), and the URL's reading wins. Only a date printed in
 * numbers (`printed`) can have been read in the wrong order; any other stays.
 */
export function inUrlOrder(date: string | undefined, url: string | undefined, printed: string | undefined): string | undefined {
  if (date === undefined || url === undefined || printed === undefined || !numericDate.test(printed)) return date
  const found = pathDate.exec(url)
  if (!found) return date
  const fromUrl = `${found[1]}-${found[2]}-${found[3]}`
  const [year, month, day] = date.split('-')
  return fromUrl !== date && `${year}-${day}-${month}` === fromUrl ? fromUrl : date
}

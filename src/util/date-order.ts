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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

/** The page's URL (the front matter's `url`), read without throwing: a scraper's record may hold anything there. */
export function parsePageUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** The page's host name in lower case, or ''. */
export function hostOf(url: string | undefined): string {
  return parsePageUrl(url)?.hostname.toLowerCase() ?? ''
}

/** The page's path with its escapes decoded ('' when it cannot be read). */
export function pathOf(url: string | undefined): string {
  const path = parsePageUrl(url)?.pathname ?? ''
  try {
    return decodeURIComponent(path)
  } catch {
    return ''
  }
}

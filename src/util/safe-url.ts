// Shared by HTML and Markdown input: a module of its own, so Markdown input does not load the HTML parser.
const unsafe = /^(?:javascript|data|vbscript):/i

/**
 * A URL that is safe to write into Markdown, resolved against the page when
 * it is relative. The scheme is judged as a browser reads it: control
 * characters and spaces at the ends cut off, tabs and line breaks anywhere
 * removed (`&#1;javascript:`, `\x1fjavascript:` and `java&#x09;script:` all
 * run script in a browser).
 */
export function safeUrl(url: string | undefined, base: string | undefined): string | undefined {
  if (url === undefined) return undefined
  const value = trimControls(url.replace(/[\t\n\r]/g, '')).trim()
  if (value === '' || unsafe.test(value)) return undefined
  if (!base || value.startsWith('#')) return value
  try {
    return new URL(value, base).href
  } catch {
    return value
  }
}

/** A string without the control characters and spaces (U+0000 to U+0020) at its ends, as a browser's URL parser cuts them. */
function trimControls(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && value.charCodeAt(start) <= 0x20) start++
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--
  return value.slice(start, end)
}

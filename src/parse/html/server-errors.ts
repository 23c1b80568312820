/**
 * PHP's error messages as it prints them into a page (`html_errors` on):
 * `<b>Warning</b>:  Creating default object from empty value in <b>/www/wp-includes/classes.php</b> on line <b>407</b><br />`.
 * The server's debris, never the page's text, wherever it stands (before `<html>`, inside a paragraph, a list).
 */
const phpMessage =
  /<b>(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal error|Recoverable fatal error)<\/b>:[^<]+<b>[^<]+<\/b> on line <b>\d+<\/b>(?:<br ?\/?>)?/g

/** A message's level and the bold's end, read where a `<b>` ends: the message's start, as phpMessage reads it. */
const messageLevel = /(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal error|Recoverable fatal error)<\/b>:/y

/**
 * Whether a `<b>` of the page opens a message's level: pages without one (nearly all) are not searched further.
 * Looking for `<b>` (three characters) reads a page about four times faster than for ' on line <b>', which was some
 * 2 % of the HTML path (most pages are two-byte strings).
 */
function holdsMessageLevel(html: string): boolean {
  for (let at = html.indexOf('<b>'); at !== -1; at = html.indexOf('<b>', at + 3)) {
    messageLevel.lastIndex = at + 3
    if (messageLevel.test(html)) return true
  }
  return false
}

/** A message blanked out of the page: where it stood in the source, and its text. */
export interface ServerError {
  start: number
  end: number
  text: string
}

/**
 * The page with every PHP error message replaced by as many spaces (line breaks kept), so positions in the page
 * still point where they did; and the messages, to report.
 */
export function blankServerErrors(html: string): {html: string; errors: ServerError[]} {
  if (!holdsMessageLevel(html)) return {html, errors: []}
  const errors: ServerError[] = []
  const blanked = html.replace(phpMessage, (match: string, offset: number) => {
    errors.push({start: offset, end: offset + match.length, text: match.replaceAll('<b>', '').replaceAll('</b>', '').replace(/<br ?\/?>$/, '').replace(/\s+/g, ' ').trim()})
    return match.replace(/[^\n]/g, ' ')
  })
  return {html: blanked, errors}
}

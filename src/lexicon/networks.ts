/** Social networks and sharing channels, by the names their buttons print. */

/**
 * The names share and follow bars print, one button a line ("Pinterest",
 * "Facebook 12", "WhatsApp"): the same in every language, so they are one
 * list here rather than a category of each language's lexicon. Only a line
 * that is a name alone counts; "Facebook said on Tuesday …" is a sentence.
 */
const networks = new Set([
  'facebook', 'twitter', 'pinterest', 'linkedin', 'whatsapp', 'reddit', 'flipboard', 'telegram', 'tumblr', 'xing',
  'vk', 'vkontakte', 'odnoklassniki', 'weibo', 'wechat', 'qzone', 'instagram', 'youtube', 'tiktok', 'mix', 'pocket',
  'messenger', 'facebook messenger', 'sms', 'email', 'google+', 'google plus', 'digg', 'stumbleupon', 'delicious',
  'evernote', 'skype', 'viber', 'bluesky', 'mastodon', 'threads', 'snapchat', 'hacker news', 'naver', 'kakaotalk', 'line it',
].map(key))

/** Names as buttons spell them: "E-Mail", "What’s App", "Google Plus" are "email", "whatsapp", "googleplus". */
function key(name: string): string {
  return name.toLowerCase().replace(/[\s'’-]/gu, '')
}

/** Marks around a button's name: "• Twitter", "Pinterest |", "(Facebook)". */
const marks = new Set([...'•·|/()[]:-'])
/** A button's count: "12", "3K", "1.2M". */
const count = /^\d+(?:[.,]\d+)?[kKmM]?$/u

/** The text without the marks at its ends (read by character: no pattern backtracks over a long line). */
function trimMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (marks.has(text[start]!) || /\s/u.test(text[start]!))) start++
  while (end > start && (marks.has(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--
  return text.slice(start, end)
}

/** Is this line a share or follow button: a network's name alone, perhaps with its count ("Facebook 12", "Pinterest 3K")? */
export function isNetworkButton(text: string): boolean {
  if (text.length > 40) return false
  const name = trimMarks(text)
  if (networks.has(key(name))) return true
  const space = name.lastIndexOf(' ')
  return space > 0 && count.test(trimMarks(name.slice(space + 1))) && networks.has(key(trimMarks(name.slice(0, space))))
}

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

/** Counts and marks around a button's name: "Facebook 12", "Pinterest 3K", "• Twitter". */
const around = /^[\s•·|/()[\]-]+|[\s•·|/()[\]:-]*(?:\d+(?:[.,]\d+)?[kKmM]?)?[\s•·|/()[\]]*$/gu

/** Is this line a share or follow button: a network's name alone, perhaps with its count? */
export function isNetworkButton(text: string): boolean {
  if (text.length > 40) return false
  return networks.has(key(text.replace(around, '')))
}

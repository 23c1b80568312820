/** Social networks and sharing channels, by the names their buttons print. */
import {CodePointKinds} from '../util/code-point-kinds.js'
import {memoLine} from '../util/line-memo.js'
import {isSpaceCode} from '../util/text.js'

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
  // As their own scripts print them.
  'вконтакте', 'одноклассники', 'телеграм', 'фейсбук', 'твиттер', 'פייסבוק', 'טוויטר', 'וואטסאפ', 'טלגרם',
  'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'فیسبوک', 'توییتر', 'واتساپ', 'تلگرام', 'اینستاگرام',
  '微博', '新浪微博', '微信', 'qq空间', '페이스북', '트위터', '카카오톡', '카카오스토리', 'フェイスブック', 'ツイッター', 'はてなブックマーク',
].map(key))

/** Names as buttons spell them: "E-Mail", "What’s App", "Google Plus" are "email", "whatsapp", "googleplus". */
function key(name: string): string {
  return name.toLowerCase().replace(/[\s'’-]/gu, '')
}

/** Marks around a button's name: "• Twitter", "Pinterest |", "(Facebook)". */
const marks = new Set([...'•·|/()[]:-'])
/** The same marks by code (each one UTF-16 unit), for the walks over a line's characters: no string made a character. */
const markCodes = new Set([...marks].map((mark) => mark.charCodeAt(0)))
/** A button's count: "12", "3K", "1.2M". */
const count = /^\d+(?:[.,]\d+)?[kKmM]?$/u

/** The text without the marks and white space at its ends (read by character code: no pattern backtracks over a long line). */
function trimMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isMarkOrSpace(text.charCodeAt(start))) start++
  while (end > start && isMarkOrSpace(text.charCodeAt(end - 1))) end--
  return text.slice(start, end)
}

function isMarkOrSpace(code: number): boolean {
  return markCodes.has(code) || isSpaceCode(code)
}

/** Whether the text holds any of `marks`. */
function hasMark(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (markCodes.has(text.charCodeAt(index))) return true
  return false
}

/** The longest name in the list, in the characters of its key. */
const names = [...networks]
const longestName = names.reduce((longest, name) => Math.max(longest, name.length), 0)
/** The names by their first code unit: a line's key is compared with those that open with its own. */
const namesByFirst = new Map<number, string[]>()
for (const name of names) {
  const first = name.charCodeAt(0)
  namesByFirst.set(first, [...(namesByFirst.get(first) ?? []), name])
}

/**
 * Whether the key is two names or more run together ("FacebookTwitterPinterestEmail",
 * "Messenger Facebook"): a share bar printed on one line. Read by positions, each
 * reached from an earlier one by a name: linear in the line (which is short).
 */
function namesOnly(keyed: string): boolean {
  // Most lines open with no name at all: no table of positions for them.
  if (!namesByFirst.get(keyed.charCodeAt(0))?.some((name) => keyed.startsWith(name))) return false
  const counts = new Array<number>(keyed.length + 1).fill(0)
  const reached = new Array<boolean>(keyed.length + 1).fill(false)
  reached[0] = true
  for (let end = 1; end <= keyed.length; end++) {
    for (let start = Math.max(0, end - longestName); start < end; start++) {
      if (reached[start] && networks.has(keyed.slice(start, end))) {
        reached[end] = true
        counts[end] = Math.max(counts[end]!, counts[start]! + 1)
      }
    }
  }
  return reached[keyed.length]! && counts[keyed.length]! >= 2
}

/** The most characters of a share bar's line. */
const maxButtonLine = 80

/**
 * Is this line a share or follow button: a network's name alone, perhaps with its count
 * ("Facebook 12", "Pinterest 3K"), or the names of a bar run together on one line?
 */
export function isNetworkButton(text: string): boolean {
  // A long line is none, nor one whose key cannot open a name: answered without putting it in the table.
  return text.length <= maxButtonLine && mayOpenName(text) && networkButton(text)
}

/** The names' first letters. */
const firstLetters = new Set(names.map((name) => name[0]!))
/** What a key drops besides the marks (see `key`). */
const dropped = /^[\s'’-]$/u

/** What a character is to `mayOpenName`: dropped from the start of a key, or a name's first letter in lower case (bits). */
const droppedBit = 1
const opensNameBit = 2
const nameKinds = new CodePointKinds(
  (character) => (marks.has(character) || dropped.test(character) ? droppedBit : 0) | (firstLetters.has(character.toLowerCase().charAt(0)) ? opensNameBit : 0),
)

/**
 * Whether the line's first character that its key keeps (past marks, white
 * space, apostrophes and hyphens) opens a name: every reading of readButton
 * needs its key to open with one (a name, a name and its count, names run
 * together). Most lines, in most scripts, are ruled out by it alone. Read by
 * code point kinds: no string made a character.
 */
function mayOpenName(text: string): boolean {
  for (let index = 0; index < text.length; index = nameKinds.next) {
    const kind = nameKinds.at(text, index)
    if ((kind & droppedBit) === 0) return (kind & opensNameBit) !== 0
  }
  return false
}

const networkButton = memoLine(readButton)

/** isNetworkButton's reading, once per distinct line (the zone search and the boilerplate stage ask of every short line). */
function readButton(text: string): boolean {
  const name = trimMarks(text)
  const keyed = key(name)
  if (networks.has(keyed)) return true
  const space = name.lastIndexOf(' ')
  if (space > 0 && count.test(trimMarks(name.slice(space + 1))) && networks.has(key(trimMarks(name.slice(0, space))))) return true
  // Without marks inside (most lines), the names run together are the key already read.
  return namesOnly(hasMark(name) ? key([...name].filter((char) => !marks.has(char)).join('')) : keyed)
}

import {normalizeForCompare} from '../util/text.js'

/**
 * A reply's subject line in a forum thread or a mail archive: "Re: <the
 * thread's title>" ("RE:", "Re[2]:", "Odp:" and "AW:" too). phpBB, vBulletin,
 * SMF, Discourse's mails and mailing lists all print it over every reply, in
 * every language of the board.
 */
const replyPrefix = /^(?:re|aw|odp|sv|vs|ynt|antw)\s?(?:\[\d{1,4}\])?\s?[:：]\s*/iu

/** The subject a reply line answers ("Re: Brakes squeal" gives "Brakes squeal"), or nothing. */
export function replySubject(text: string): string | undefined {
  const match = replyPrefix.exec(text.trim())
  if (!match) return undefined
  const rest = text.trim().slice(match[0].length).trim()
  return rest === '' ? undefined : rest
}

/**
 * The first reply to a line printed above it: the index of the first line
 * "Re: X" where X is the text of a line before it (the thread's title), and
 * the index of that title line; -1 when X is the `title` already moved to
 * the front matter. Lines without a text ('') never match.
 */
export function firstReply(texts: readonly string[], title?: string): {reply: number; subject: number} | undefined {
  // Most pages have no reply line at all: find the last one before normalizing every line (this runs in every stage).
  let lastReply = texts.length - 1
  while (lastReply >= 0 && !replyPrefix.test(texts[lastReply]!.trimStart())) lastReply--
  if (lastReply < 0) return undefined
  const seen = new Map<string, number>()
  if (title !== undefined && normalizeForCompare(title) !== '') seen.set(normalizeForCompare(title), -1)
  for (let index = 0; index <= lastReply; index++) {
    const text = texts[index]!
    if (text === '') continue
    const subject = replySubject(text)
    if (subject !== undefined) {
      const at = seen.get(normalizeForCompare(subject))
      if (at !== undefined) return {reply: index, subject: at}
    }
    const key = normalizeForCompare(text)
    if (key !== '' && !seen.has(key)) seen.set(key, index)
  }
  return undefined
}

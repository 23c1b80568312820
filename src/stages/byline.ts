import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {matchCategory} from '../lexicon/match.js'
import {findDate, isDateLine} from '../util/dates.js'
import {leadingName, looksLikeName} from '../util/names.js'
import {removeWhere} from '../util/report.js'
import {countWords} from '../util/text.js'
import {blockText} from '../util/tree.js'
import {findZones, zoneOf} from '../util/zones.js'

export interface BylineOptions {
  /** Longest author bio, in words. */
  maxBioWords?: number
}

const defaults = {maxBioWords: 80} as const satisfies Required<BylineOptions>
const ruleId = 'byline'

/**
 * Find the author, the date and the first publisher; move them to meta and
 * remove the lines that carried them: labelled lines ("Auteur: …", "By …",
 * "Verscheen eerder op: …"), the dateline in the header, a name printed
 * several times around the article, and the author's bio box (a line that
 * starts with the name and goes on to describe the person).
 */
export const byline: Plugin<[BylineOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const meta = (file.data.meta ??= {})
    const zones = findZones(tree, file.data.hints?.titleLine)
    const texts = tree.children.map((node) => (isLine(node) ? blockText(node) : ''))
    const reasons = new Map<number, string>()

    texts.forEach((text, index) => {
      if (text === '' || text.length > 200) return
      // A heading the document marked up (HTML, Markdown) is a heading, not a byline: Arabic "كتب" is "wrote" and "books".
      if (file.data.hints?.markup && tree.children[index]?.type === 'heading') return
      const zone = zoneOf(zones, index)
      const label = matchCategory(text, ['authorLabel', 'sourceLabel'])
      if (label && !label.whole && (zone !== 'core' || countWords(text) <= 8)) {
        if (label.category === 'authorLabel') {
          const name = leadingName(label.rest)
          if (name) {
            meta.author ??= name
            const date = findDate(label.rest)
            if (date) meta.date ??= date
            reasons.set(index, `a byline ("${label.phrase} …"); the author is in the front matter`)
          }
        } else if (label.rest !== '' && label.rest.length <= 80 && countWords(label.rest) <= 8) {
          meta.source ??= label.rest.replace(/[.。]$/u, '')
          reasons.set(index, `where the article first appeared ("${label.phrase} …"); it is in the front matter`)
        }
        return
      }
      // The dateline: in the header, or just inside the core's start, under the headline.
      if ((zone === 'header' || index <= zones.coreStart + 2) && isDateLine(text)) {
        meta.date ??= findDate(text)
        reasons.set(index, 'the page\'s dateline; the date is in the front matter')
      }
    })

    // A name printed twice, or right above a bio, is the author's: outside the core, or at its
    // very edge, where a one-line bio ending in a full stop can pass for the last paragraph.
    const edge = (index: number) => zoneOf(zones, index) !== 'core' || index <= zones.coreStart + 2 || index >= zones.coreEnd - 2
    texts.forEach((text, index) => {
      if (meta.author || !edge(index) || !looksLikeName(text)) return
      const near = texts.slice(Math.max(0, index - 2), index + 3)
      const repeated = near.filter((other) => other === text).length >= 2
      const bio = isBio(texts[index + 1] ?? '', text, settings.maxBioWords)
      if (zoneOf(zones, index) === 'core' ? repeated && bio : repeated || bio) meta.author = text
    })

    const author = meta.author
    if (author) {
      texts.forEach((text, index) => {
        if (reasons.has(index) || !edge(index)) return
        const core = zoneOf(zones, index) === 'core'
        if (text === author && (!core || texts[index + 1] === author || texts[index - 1] === author || isBio(texts[index + 1] ?? '', author, settings.maxBioWords))) {
          reasons.set(index, 'the author\'s name, printed again around the article')
        } else if (isBio(text, author, settings.maxBioWords) && (!core || texts[index - 1] === author)) {
          reasons.set(index, 'the author\'s bio, not part of the article')
        }
      })
    }

    removeWhere(file, ruleId, tree, (_, index) => reasons.get(index))
  }
}

function isLine(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}

/**
 * A line that describes the person: it starts with the name, then a
 * separator ("Camila Renaux, specialist in …"), or with the first name and a
 * verb in lower case ("Annelie is ’n joernalis …", "Jane writes about …").
 */
function isBio(text: string, name: string, maxWords: number): boolean {
  if (countWords(text) > maxWords || text.length <= name.length) return false
  if (text.startsWith(name) && /^\s*[,،:|–—-]\s*\S/u.test(text.slice(name.length))) return true
  // "Meg James is a reporter …", "Annelie is ’n joernalis …": the name or first name, then a verb.
  const first = name.split(/\s+/u)[0]!
  const opener = [name, ...(first.length >= 3 && first !== name ? [first] : [])]
  return opener.some((start) => new RegExp(`^${escape(start)}\\s+\\p{Ll}`, 'u').test(text)) && /[.!]$/u.test(text)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

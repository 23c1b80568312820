import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import type {Category} from '../lexicon/categories.js'
import {type LexiconMatch, matchLexicon} from '../lexicon/match.js'
import {removeWhere} from '../util/report.js'
import {countWords} from '../util/text.js'
import {blockText} from '../util/tree.js'
import {type Zone, findZones, zoneOf} from '../util/zones.js'

export interface BoilerplateOptions {
  /** Longest line, in words, that a phrase at its start may remove in the header and footer. */
  maxEdgeWords?: number
  /** Longest line, in words, that a phrase may remove inside the article core. */
  maxCoreWords?: number
}

const defaults = {maxEdgeWords: 40, maxCoreWords: 14} as const satisfies Required<BoilerplateOptions>
const ruleId = 'boilerplate'

/** Readable names of the categories, for the audit trail. */
const labels: Record<Category, string> = {
  related: 'a "related articles" block',
  popular: 'a "most popular" block',
  recent: 'a "recent posts" block',
  newsletter: 'a newsletter sign-up',
  share: 'a share bar',
  postedIn: 'a "posted in" / tags line',
  readMore: 'a "read more" teaser',
  comments: 'a comments counter or prompt',
  cookie: 'a cookie or privacy notice',
  copyright: 'a copyright line',
  advertisement: 'an advertisement label',
  breadcrumbHome: 'a navigation link',
  authorLabel: 'an author label',
  sourceLabel: 'a source label',
  photoCredit: 'a photo credit',
  readingTime: 'a reading-time label',
  login: 'a login or account link',
}

/** Categories whose phrase may start a longer line of chrome ("Geplaatst in Uncategorized."). */
const prefixCategories: readonly Category[] = [
  'newsletter', 'postedIn', 'readMore', 'copyright', 'photoCredit', 'readingTime', 'cookie', 'share', 'comments', 'advertisement',
]
/** Inside the core, only these are sure enough to remove, and only as a whole line or a labelled one ("Read also: …"). */
const coreCategories: readonly Category[] = [
  'related', 'popular', 'share', 'readMore', 'advertisement', 'newsletter', 'comments', 'photoCredit', 'readingTime', 'login', 'copyright',
]
/** Headings after which, in the footer, the rest is a list of other pages. */
const listHeadings: readonly Category[] = ['related', 'popular', 'recent', 'comments']

/**
 * Remove page chrome that the lexicon names: related / popular / recent
 * lists, newsletter boxes, share bars, "posted in" lines, cookie notices,
 * copyright lines, ad labels, "read also" teasers. Bold in the header and
 * footer zones (a phrase may start a line there); careful in the core (only a
 * whole line, or a phrase with a label colon, in a short line). In the footer,
 * what follows a "Related articles" heading is other pages' headlines and
 * goes with it.
 */
export const boilerplate: Plugin<[BoilerplateOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const zones = findZones(tree)
    let listStart: {phrase: string} | undefined
    removeWhere(file, ruleId, tree, (node, index) => {
      const zone = zoneOf(zones, index)
      const text = isLine(node) ? blockText(node) : ''
      const match = text === '' ? undefined : chrome(text, zone, settings)
      if (match) {
        if (zone === 'footer' && match.whole && listHeadings.includes(match.category)) listStart ??= {phrase: text}
        return `${labels[match.category]} ("${match.phrase}", ${match.langs.join('/')} lexicon) in the ${zone === 'core' ? 'article' : zone}`
      }
      if (zone === 'footer' && listStart) return `follows the "${listStart.phrase}" heading: other pages' headlines`
      return undefined
    })
  }
}

function isLine(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}

/** The lexicon match that makes this line chrome in this zone, if any. */
function chrome(text: string, zone: Zone, settings: Required<BoilerplateOptions>): LexiconMatch | undefined {
  const words = countWords(text)
  const matches = matchLexicon(text)
  if (zone === 'core') {
    if (words > settings.maxCoreWords) return undefined
    return matches.find((match) => coreCategories.includes(match.category) && (match.whole || match.labelled))
  }
  return matches.find((match) => {
    if (match.whole) return match.category !== 'authorLabel' && match.category !== 'sourceLabel'
    return words <= settings.maxEdgeWords && prefixCategories.includes(match.category)
  })
}

import type {Root} from 'mdast'
import {namesSite} from '../util/names.js'
import {countWords} from '../util/text.js'
import {plainText} from '../util/tree.js'
import type {Zones} from './zones.js'

/** The most paragraphs of the site's box about itself under its name. */
const maxBoxParagraphs = 2
/** The most words of the box's heading: the site's name. */
const maxNameWords = 4
/** The fewest blocks of article above the box. */
const minArticleBlocks = 3
/** The most short lines above the box that go with it (its links to the site's channels: "Mäscot auf Facebook…"). */
const maxLinksAbove = 3
/** The most words of such a line. */
const maxLinkWords = 8

/**
 * The site's box about itself at the core's end: a heading that is the
 * site's name ("Mäscot", "Abenteuer Astronomie" on abenteuer-astronomie.de),
 * then a paragraph or two of what the site is ("Der Webcomic mit den
 * niedlichen Schafen …"), printed under every post. The core ends above it
 * and above the short lines right above it (its links to the site's
 * channels), which the sum would not end on.
 */
export function aboveSiteBox(root: Root, zones: Zones, score: (index: number) => number, site: string | undefined, url: string | undefined): Zones {
  if (url === undefined && site === undefined) return zones
  const {coreStart, coreEnd} = zones
  for (let heading = coreEnd - 1; heading >= coreEnd - maxBoxParagraphs && heading > coreStart + minArticleBlocks; heading--) {
    const node = root.children[heading]!
    const text = plainText(node).trim()
    if ((node.type !== 'paragraph' && node.type !== 'heading') || countWords(text) > maxNameWords || !namesSite(text, site, url)) continue
    if (!root.children.slice(heading + 1, coreEnd + 1).every((block) => block.type === 'paragraph')) return zones
    let end = heading - 1
    for (let lines = 0; lines < maxLinksAbove && end > coreStart && score(end) < 0 && countWords(plainText(root.children[end]!)) <= maxLinkWords; lines++) end--
    return {...zones, coreEnd: end}
  }
  return zones
}

import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {countWords, sentenceEnd} from './text.js'

/**
 * Where the article is: `root.children[coreStart..coreEnd]` (inclusive).
 * Before it is the header zone, after it the footer zone. Stages are bold
 * in those zones and careful inside the core.
 */
export interface Zones {
  coreStart: number
  coreEnd: number
}

/** A block that reads as running prose: enough words, and sentences. */
export function isProse(node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'blockquote') return false
  const text = toString(node)
  const words = countWords(text)
  return (words >= 10 && sentenceEnd.test(text)) || words >= 25
}

/**
 * A block that anchors the core: longer prose than a one-line author bio or
 * a teaser ("Jane Doe, specialist in strategic marketing.").
 */
function isAnchor(node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'blockquote') return false
  const text = toString(node)
  const words = countWords(text)
  return (words >= 16 && sentenceEnd.test(text)) || words >= 30
}

/**
 * The core runs from the first to the last block of substantial prose. A document with no
 * prose at all is all core: with nothing to anchor on, be careful everywhere.
 */
export function findZones(root: Root): Zones {
  let coreStart = -1
  let coreEnd = -1
  root.children.forEach((node, index) => {
    if (!isAnchor(node)) return
    if (coreStart < 0) coreStart = index
    coreEnd = index
  })
  if (coreStart < 0) return {coreStart: 0, coreEnd: root.children.length - 1}
  return {coreStart, coreEnd}
}

export type Zone = 'header' | 'core' | 'footer'

export function zoneOf(zones: Zones, index: number): Zone {
  if (index < zones.coreStart) return 'header'
  if (index > zones.coreEnd) return 'footer'
  return 'core'
}

import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {matchCategory} from '../lexicon/match.js'
import {readByline} from '../util/byline-lines.js'
import {findDate, isDateLine} from '../util/dates.js'
import {removeWhere} from '../util/report.js'
import {countWords, sentenceEnd} from '../util/text.js'
import {blockText} from '../util/tree.js'
import {zonesOf} from '../article/zones.js'

export interface BreadcrumbsOptions {
  /** How many blocks after a glued trail to look for the title it was glued to. */
  lookahead?: number
}

const defaults = {lookahead: 3} as const satisfies Required<BreadcrumbsOptions>
const ruleId = 'breadcrumbs'

/** Separators that breadcrumb trails use between items. */
// Matches start where a run of spaces starts (the lookbehind): a long run without a separator costs linear time.
const separator = /(?<!\s)\s*(?:›|»|>|→|\/|\||::|·|•)\s*/u
const strongSeparator = /[›»→]/u
/**
 * The separators where the line quotes with « and » (French «Vape Wave», German »Tatort«): there » glued to a word
 * is a quotation mark, and only a spaced one (" » ") separates crumbs. The same marks as `separator` otherwise.
 */
const quotingSeparator = /(?<!\s)\s*(?:›|>|→|\/|\||::|·|•)\s*|\s»\s/u
const quotingStrongSeparator = /[›→]|\s»\s/u

/**
 * Remove breadcrumb trails in the header zone: a trail with separators
 * ("Home › News › World"), and one glued to the title that follows it
 * ("StartArtiklarDeepSeek, …" right before "DeepSeek, …"): the line ends with
 * a nearby line and what precedes it is a few crumb-like words.
 */
export const breadcrumbs: Plugin<[BreadcrumbsOptions?], Root> = function (options = {}) {
  const settings = {...defaults, ...options}

  return function (tree, file) {
    const {coreStart} = zonesOf(tree, file)
    const texts = tree.children.map((node) => (isLine(node) ? blockText(node) : ''))
    const titleLine = (index: number) => {
      const line = tree.children[index]?.position?.start.line
      if (line !== undefined && file.data.hints?.trailTitleLine === undefined) (file.data.hints ??= {}).trailTitleLine = line
    }
    removeWhere(file, ruleId, tree, (node, index) => {
      if (!isLine(node)) return undefined
      const text = texts[index]!
      // Past the header only a marked trail ("Home / …", "Blog » …") right above its title counts: the sidebar came first.
      if (index >= coreStart) {
        const marked = gluedTrail(text, texts.slice(index + 1, index + 2))
        if (marked === undefined || !isMarkedTrail(text.slice(0, -texts[index + 1]!.length))) return undefined
        titleLine(index + 1)
        return `a breadcrumb trail (${marked.trail}) over the title`
      }
      const glued = gluedTrail(text, texts.slice(index + 1, index + 1 + settings.lookahead))
      if (glued !== undefined) {
        titleLine(index + 1 + glued.at)
        return `a breadcrumb trail (${glued.trail}) glued to the title that follows it`
      }
      const trail = separatedTrail(text)
      if (trail) return `a breadcrumb trail (${trail.join(' › ')}) in the page header`
      return undefined
    })
  }
}

function isLine(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}

/** The crumbs before a following line's text, when this line is "crumbs + that line", and which following line it is. */
function gluedTrail(text: string, following: string[]): {trail: string; at: number} | undefined {
  for (const [at, next] of following.entries()) {
    if (next.length < 8 || text.length <= next.length || !text.endsWith(next)) continue
    // A time or a date alone is no title: "Pembaruan terakhir 11.30 WIB" over a live blog's first entry, "11.30 WIB", is a label and its value.
    if (timeAlone.test(next) || isDateLine(next)) continue
    const prefix = text.slice(0, -next.length).trim()
    if (prefix === '' || prefix.length > 80 || countWords(prefix) > 8 || sentenceEnd.test(prefix)) continue
    // "Posted on March 4, 2025 by" before the author's name printed again: a byline, which the byline stage reads.
    if (findDate(prefix) || readByline(text)) continue
    return {trail: splitCrumbs(prefix).join(' › '), at}
  }
  return undefined
}

/** A clock time, with a zone or unit after it at most ("11.30 WIB", "14:05 Uhr", "9h30"). */
const timeAlone = /^\p{N}{1,2}[.:h]\p{N}{2}(?:\s+\p{L}{1,4}\.?)?$/u

/** Crumbs that say they are a trail: ending with a separator ("Home /", "Blog »") or opened by a home word ("You are here: Home"). */
function isMarkedTrail(prefix: string): boolean {
  const trimmed = prefix.trim()
  if (/(?:›|»|>|→|\/|\||::)$/u.test(trimmed)) return true
  return matchCategory(splitCrumbs(trimmed)[0] ?? '', ['breadcrumbHome'])?.whole === true
}

/** Split glued crumbs on case changes: "StartArtiklar" → Start, Artiklar. Scripts without case stay whole. */
function splitCrumbs(prefix: string): string[] {
  return prefix
    .split(separator)
    .flatMap((part) => part.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .map((part) => part.trim())
    .filter(Boolean)
}

/** The items of a trail written with separators, or nothing when the line is not one. */
function separatedTrail(text: string): string[] | undefined {
  if (text.length > 200) return undefined
  const quoting = text.includes('«')
  const parts = text.split(quoting ? quotingSeparator : separator).map((part) => part.trim())
  if (parts.length < 2 || parts.some((part) => part === '' || countWords(part) > 6 || /[.!?]$/u.test(part))) {
    return undefined
  }
  const home = matchCategory(parts[0]!, ['breadcrumbHome'])?.whole === true
  // "Home / News" or "News › World › Europe": a home word, or the separators only trails use.
  if (home || ((quoting ? quotingStrongSeparator : strongSeparator).test(text) && parts.length >= 3)) return parts
  return undefined
}

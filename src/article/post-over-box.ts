import {boundaryCost, maxShortLineCost, minProseScore} from './zone-lines.js'

/** The most short lines (a category's tags, a date, a photo's label) between the title and its post's first paragraph. */
const maxLinesToPost = 8
/** How much more the run past the box must score than the post to be the article rather than the post. */
const minLeadOverPost = 1.5

/**
 * A short post right under its title (found for sure: the page's title, its
 * URL), cut off by a boundary heading ("Ähnliche Artikel", "0 Comments") from
 * the run the sum took further down: a newsletter's form messages, a blog's
 * "About this entry" box. That run is the page's chrome when it scores
 * hardly more than the post (the fitted model discounts a lone paragraph
 * between chrome): the post is the article. A run past the box that scores
 * far more (the article going on under a related box, its comments) stays.
 * `first` is the first block under the title; returns the post's first and
 * last block, or undefined.
 */
export function postOverBox(base: readonly number[], scores: readonly number[], first: number, start: number, end: number): {start: number; end: number} | undefined {
  if (first < 0 || first >= start) return undefined
  let at = first
  while (at < start && at - first < maxLinesToPost && base[at]! < minProseScore && base[at]! > -boundaryCost && scores[at] !== Number.NEGATIVE_INFINITY) at++
  if (at >= start || base[at]! < minProseScore || scores[at] === Number.NEGATIVE_INFINITY) return undefined
  const post = at
  // The post's paragraphs, up to the first line of chrome (its share bar) or the boundary.
  let last = at
  for (; at < start && base[at]! > maxShortLineCost && base[at]! > -boundaryCost; at++) if (base[at]! >= minProseScore) last = at
  // Between the post and the run: a boundary heading, and no more prose (an article going on past a share bar is no short post).
  let boxed = false
  for (let index = last + 1; index < start; index++) {
    if (base[index] === -boundaryCost) boxed = true
    else if (!boxed && base[index]! >= minProseScore) return undefined
  }
  if (!boxed) return undefined
  const sum = (from: number, to: number) => scores.slice(from, to + 1).reduce((total, score) => total + score, 0)
  const postSum = sum(post, last)
  return postSum > 0 && sum(start, end) < postSum * minLeadOverPost ? {start: post, end: last} : undefined
}

/** The most blocks between two paragraphs of an article printed twice, in either copy. */
const maxRunStep = 3

/** The fewest paragraphs repeated in their order that make a copy of the article (a reply quoting a post quotes one or two). */
const minCopyParagraphs = 3

/** The fewest paragraphs of a copy that starts right where the first ends: a short article printed twice in a row (the print view under the page). */
const minAdjacentCopyParagraphs = 2

/** The fewest words of a paragraph that counts towards a copy of the article (a refrain's lines are shorter). */
export const minCopyWords = 25

/**
 * The runs of repeated blocks that make a second copy of the article: three
 * or more that repeat paragraphs in the same order as the first copy, a few
 * blocks apart at most (a print copy under the article, a hidden
 * duplicate). A block repeated alone (a teaser of the article, a ticker) or
 * a reply's quote of a paragraph or two is no copy. `repeats` lists
 * `[first, again]` index pairs in the order of `again`.
 */
export function copyRuns(repeats: ReadonlyArray<readonly [number, number]>): Array<ReadonlyArray<readonly [number, number]>> {
  const follows = (at: number) => {
    const [first, again] = repeats[at]!
    const [previousFirst, previousAgain] = repeats[at - 1]!
    const [apart, apartAgain] = [first - previousFirst, again - previousAgain]
    return apart > 0 && apartAgain > 0 && apart <= maxRunStep && apartAgain <= maxRunStep
  }
  // The second copy opens a few blocks under the first copy's last paragraph: nothing but a byline or a heading between, no reply.
  const adjacent = (from: number, to: number) => {
    const gap = repeats[from]![1] - repeats[to]![0]
    return gap > 0 && gap <= maxRunStep
  }
  const runs: Array<ReadonlyArray<readonly [number, number]>> = []
  let start = 0
  for (let at = 1; at <= repeats.length; at++) {
    if (at < repeats.length && follows(at)) continue
    if (at - start >= minCopyParagraphs || (at - start >= minAdjacentCopyParagraphs && adjacent(start, at - 1))) runs.push(repeats.slice(start, at))
    start = at
  }
  return runs
}

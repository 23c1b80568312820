/**
 * The sequence decision: the run of consecutive blocks whose scores add up
 * to the most (the maximum subarray, as body-text extractors take the
 * article). A score of -Infinity is a wall no run crosses. No run when no
 * block scores above 0.
 */
export function maxSumRun(scores: readonly number[]): {start: number; end: number} | undefined {
  let best = 0
  let found: {start: number; end: number} | undefined
  let sum = 0
  let start = 0
  scores.forEach((score, index) => {
    if (score === Number.NEGATIVE_INFINITY) {
      sum = 0
      start = index + 1
      return
    }
    if (sum <= 0) {
      sum = 0
      start = index
    }
    sum += score
    if (sum > best) {
      best = sum
      found = {start, end: index}
    }
  })
  return found
}

/**
 * The run that starts at `start` and adds up to the most from there (the
 * maximum prefix): the article whose first block is known, ended where what
 * follows costs more than it gives. Undefined when `start` is a wall.
 */
export function maxRunFrom(scores: readonly number[], start: number): {start: number; end: number} | undefined {
  if (!(start >= 0 && start < scores.length) || scores[start] === Number.NEGATIVE_INFINITY) return undefined
  let sum = 0
  let best = Number.NEGATIVE_INFINITY
  let end = start
  for (let index = start; index < scores.length && scores[index] !== Number.NEGATIVE_INFINITY; index++) {
    sum += scores[index]!
    if (sum > best) {
      best = sum
      end = index
    }
  }
  return {start, end}
}

/**
 * Weighted logistic regression by Adam on the log loss, with a little L2, for the fits
 * (scripts/fit.ts, scripts/fit-class-evidence.ts). Rows carry a soft label y in 0…1 and a weight w.
 */
export interface Row {
  x: readonly number[]
  y: number
  w: number
}

export function fitLogistic(rows: readonly Row[], dimensions: number, {l2 = 1e-3, steps = 1500, rate = 0.05} = {}): {weights: number[]; bias: number} {
  const weights = new Array<number>(dimensions).fill(0)
  let bias = 0
  const totalWeight = rows.reduce((sum, row) => sum + row.w, 0)
  const first = new Array<number>(dimensions + 1).fill(0)
  const second = new Array<number>(dimensions + 1).fill(0)
  for (let step = 1; step <= steps; step++) {
    const gradient = new Array<number>(dimensions + 1).fill(0)
    for (const row of rows) {
      let sum = bias
      for (let index = 0; index < dimensions; index++) sum += row.x[index]! * weights[index]!
      const chance = 1 / (1 + Math.exp(-sum))
      const error = (chance - row.y) * row.w
      for (let index = 0; index < dimensions; index++) gradient[index]! += error * row.x[index]!
      gradient[dimensions]! += error
    }
    for (let index = 0; index <= dimensions; index++) {
      const value = index < dimensions ? weights[index]! : bias
      const g = gradient[index]! / totalWeight + (index < dimensions ? l2 * value : 0)
      first[index] = 0.9 * first[index]! + 0.1 * g
      second[index] = 0.999 * second[index]! + 0.001 * g * g
      const update = (rate * (first[index]! / (1 - 0.9 ** step))) / (Math.sqrt(second[index]! / (1 - 0.999 ** step)) + 1e-8)
      if (index < dimensions) weights[index] = value - update
      else bias = value - update
    }
  }
  return {weights, bias}
}

/** A choice among candidates (a page's candidate lines): their features, and which of them are right. */
export interface Choice {
  x: readonly (readonly number[])[]
  y: readonly boolean[]
}

/**
 * Conditional logit (a softmax over each choice's candidates) by Adam: fits what an argmax decides,
 * which candidate of a page wins, rather than each candidate's chance on its own. Every choice weighs
 * the same; with several right candidates, their total probability is what counts.
 */
export function fitConditionalLogit(choices: readonly Choice[], dimensions: number, {l2 = 1e-3, steps = 1500, rate = 0.05} = {}): number[] {
  const weights = new Array<number>(dimensions).fill(0)
  const first = new Array<number>(dimensions).fill(0)
  const second = new Array<number>(dimensions).fill(0)
  for (let step = 1; step <= steps; step++) {
    const gradient = new Array<number>(dimensions).fill(0)
    for (const choice of choices) {
      const sums = choice.x.map((x) => x.reduce((sum, value, index) => sum + value * weights[index]!, 0))
      const top = Math.max(...sums)
      const odds = sums.map((sum) => Math.exp(sum - top))
      const total = odds.reduce((sum, value) => sum + value, 0)
      const right = odds.reduce((sum, value, index) => sum + (choice.y[index] ? value : 0), 0)
      choice.x.forEach((x, candidate) => {
        const chance = odds[candidate]! / total
        const wanted = choice.y[candidate] ? odds[candidate]! / right : 0
        for (let index = 0; index < dimensions; index++) gradient[index]! += (chance - wanted) * x[index]!
      })
    }
    for (let index = 0; index < dimensions; index++) {
      const g = gradient[index]! / choices.length + l2 * weights[index]!
      first[index] = 0.9 * first[index]! + 0.1 * g
      second[index] = 0.999 * second[index]! + 0.001 * g * g
      weights[index]! -= (rate * (first[index]! / (1 - 0.9 ** step))) / (Math.sqrt(second[index]! / (1 - 0.999 ** step)) + 1e-8)
    }
  }
  return weights
}

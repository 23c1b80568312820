/**
 * How far apart a set's fitted and check parts would score by chance alone.
 *
 * The check part is a fixed 30 % of each set (isCheck). Even a finder that learned nothing by heart scores
 * the two parts differently, by how the pages happen to fall: on 20 pages, one hard page moves a part's F1 by a
 * few hundredths. So the pages are dealt again many times into parts of the same sizes, each deal scored as the
 * set's scorer sums it, and the gap the fixed split shows is set beside the gaps the deals show. A gap most deals
 * reach is noise; one few deals reach says the fitted part was learned better than the rest.
 */

export interface SplitNoise {
  /** Fitted part's figure minus the check part's. */
  gap: number
  /** Root mean square of the deals' gaps (their mean is about 0). */
  sd: number
  /** The gap that 95 % of the deals stay under. */
  p95: number
  /** Share of deals whose gap is at least the fixed split's. */
  pAtLeast: number
}

/**
 * @param pages every page of one row, with whether it is in the check part
 * @param score the set's figure over some pages (shingle F1, snippet F)
 * @param deals how many random deals (seeded, so a run is repeatable)
 */
export function splitNoise<Page>(pages: ReadonlyArray<{page: Page; check: boolean}>, score: (pages: Page[]) => number, deals = 2000, seed = 1): SplitNoise {
  const fitted = pages.filter((entry) => !entry.check).map((entry) => entry.page)
  const check = pages.filter((entry) => entry.check).map((entry) => entry.page)
  const gap = score(fitted) - score(check)
  const all = pages.map((entry) => entry.page)
  const random = mulberry32(seed)
  const gaps: number[] = []
  for (let deal = 0; deal < deals; deal++) {
    shuffle(all, random)
    gaps.push(score(all.slice(check.length)) - score(all.slice(0, check.length)))
  }
  const sd = Math.sqrt(gaps.reduce((sum, value) => sum + value * value, 0) / deals)
  const sorted = [...gaps].sort((a, b) => a - b)
  return {gap, sd, p95: sorted[Math.min(deals - 1, Math.floor(0.95 * deals))] ?? 0, pAtLeast: gaps.filter((value) => value >= gap).length / deals}
}

/** Fisher–Yates, in place. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[items[index], items[other]] = [items[other]!, items[index]!]
  }
}

/** The small seeded generator dev-eval's scorer uses for its bootstrap. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

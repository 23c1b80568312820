/**
 * Append every item to `target` in a loop. `target.push(...items)` passes
 * each item as an argument, and a page with some 120,000 rows or children
 * under one element overflows the call stack that way.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of the values, or `floor` when there are none or all are below it (`Math.max(floor, ...values)` without the spread). */
export function largest(values: Iterable<number>, floor: number): number {
  let top = floor
  for (const value of values) if (value > top) top = value
  return top
}

/**
 * A stand-in for htmlparser2's stack of open element names, which it keeps
 * innermost first, opening with `unshift` and closing with `shift`: both
 * move the whole array, so 100,000 unclosed `<font>`/`<b>` on an old page
 * cost 100,000² moves as they open and again as `</body>` closes them (a
 * quarter of a 1 MB page's time, 4x the page 16x the time). This answers the
 * same reads and calls, innermost first, from an array kept outermost first,
 * where opening and closing are a push and a pop.
 *
 * Only what the parser (and parse-dom.ts) use is answered: `length` (read,
 * and set to 0 on reset), reads by index, `unshift`, `shift`, `indexOf` and
 * `splice(1, count)`.
 */
export function openElements(): string[] {
  /** Outermost first. */
  const names: string[] = []
  /** How many of each name are open: an end tag with none open (a stray `</i>`) is answered without a scan. */
  const counts = new Map<string, number>()
  const count = (name: string, by: number) => counts.set(name, (counts.get(name) ?? 0) + by)
  const methods = {
    unshift(name: string): number {
      count(name, 1)
      return names.push(name)
    },
    shift(): string | undefined {
      const name = names.pop()
      if (name !== undefined) count(name, -1)
      return name
    },
    indexOf(name: string): number {
      if (!counts.get(name)) return -1
      return names.length - 1 - names.lastIndexOf(name)
    },
    splice(start: number, deleteCount: number): string[] {
      const end = names.length - start
      const removed = names.splice(end - deleteCount, deleteCount)
      for (const name of removed) count(name, -1)
      return removed.reverse()
    },
  }
  return new Proxy(methods as unknown as string[], {
    get(target, key) {
      if (key === 'length') return names.length
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) return names[names.length - 1 - Number(key)]
      return (target as unknown as Record<string | symbol, unknown>)[key]
    },
    set(_target, key, value) {
      if (key !== 'length' || value !== 0) throw new Error(`open elements: only length = 0 is supported, not ${String(key)} = ${String(value)}`)
      names.length = 0
      counts.clear()
      return true
    },
  })
}

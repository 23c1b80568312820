import {describe, expect, it} from 'vitest'
import {type Key, SeenIds, idKey} from '../src/cli/batch/seen-ids.js'

/* The duplicate-id check of a JSON Lines run (issue 13), in 12 bytes a slot instead of a Map of strings (issue 14). */
describe('SeenIds', () => {
  it('names the first line of each repeated id among 200,000, through the table\'s growth', () => {
    const seen = new SeenIds()
    const repeats: Array<[number, number]> = []
    let line = 0
    let repeatedFirst = 0
    for (let index = 0; index < 200_000; index++) {
      line++
      if (seen.note(`doc-${index}`, line) !== undefined) repeatedFirst++
      // Every 997th record repeats the id 500 records back (URL ids too).
      if (index % 997 === 996) {
        line++
        const first = seen.note(`doc-${index - 500}`, line)
        repeats.push([first!, line])
      }
    }
    expect(repeatedFirst).toBe(0)
    expect(seen.size).toBe(200_000)
    expect(repeats).toHaveLength(Math.floor(200_000 / 997))
    // Each repeat names the line its id first came on: the one 500 ids (and the repeats between) back.
    for (const [first, at] of repeats) {
      expect(first).toBeGreaterThan(0)
      expect(at - first).toBeGreaterThanOrEqual(500)
      expect(at - first).toBeLessThanOrEqual(502)
    }
    // Three quarters full at most: 200,000 ids in 2^19 slots (6 MiB), not 2^18 (196,608 ids).
    expect(seen.capacity).toBe(2 ** 19)
    expect(seen.note('https://example.org/a/very/long/url/of/a/page?with=query&and=more', ++line)).toBeUndefined()
    expect(seen.note('https://example.org/a/very/long/url/of/a/page?with=query&and=more', ++line)).toBe(line - 1)
  })

  it('keeps ids whose keys share a slot apart, and takes only equal keys for one', () => {
    // A key made to collide: every id lands on slot 0 (same low half) unless its high half differs.
    const keys = new Map<string, Key>([
      ['a', [1, 0]],
      ['b', [2, 0]],
      ['c', [3, 0]],
      ['d', [1, 0]], // 'a''s key: taken for 'a', as two ids of one 64-bit hash are
    ])
    const seen = new SeenIds(100, (id) => keys.get(id) ?? idKey(id), 4)
    expect(seen.note('a', 1)).toBeUndefined()
    expect(seen.note('b', 2)).toBeUndefined()
    expect(seen.note('c', 3)).toBeUndefined()
    expect(seen.note('c', 4)).toBe(3)
    expect(seen.note('b', 5)).toBe(2)
    expect(seen.note('a', 6)).toBe(1)
    expect(seen.note('d', 7)).toBe(1)
    // Growth moves the colliding keys and keeps their lines.
    for (let index = 0; index < 50; index++) seen.note(`x${index}`, 10 + index)
    expect(seen.capacity).toBeGreaterThan(4)
    expect([seen.note('a', 100), seen.note('b', 101), seen.note('c', 102), seen.note('x7', 103)]).toEqual([1, 2, 3, 17])
  })

  it('tells ids apart by a 64-bit hash of their UTF-8: alike, long and non-Latin ids', () => {
    const ids = ['1', '01', '1 ', 'doc-1', 'doc-10', 'Doc-1', 'док-1', '記事-1', 'x'.repeat(10_000), `${'x'.repeat(9_999)}y`]
    const keys = new Set(ids.map((id) => idKey(id).join(':')))
    expect(keys.size).toBe(ids.length)
    expect(idKey('doc-1')).toEqual(idKey('doc-1'))
  })

  it('past its limit, still names repeats of the ids it holds, and counts the ids it could not keep', () => {
    const seen = new SeenIds(3)
    expect([seen.note('a', 1), seen.note('b', 2), seen.note('c', 3)]).toEqual([undefined, undefined, undefined])
    expect(seen.note('d', 4)).toBeUndefined()
    expect(seen.notKept).toBe(1)
    expect(seen.note('a', 5)).toBe(1)
    // 'd' was not kept: its repeat goes unnamed.
    expect(seen.note('d', 6)).toBeUndefined()
    expect(seen.notKept).toBe(2)
    expect(seen.size).toBe(3)
  })
})

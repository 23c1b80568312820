/**
 * V8 gives an empty array room for 17 items at its first `push`: a `<b>`,
 * a `<td>` or a paragraph of one child kept 128 bytes it never used, in the
 * DOM, the hast and the mdast alike (a page of inline elements held some
 * 20 MB of such room per MB of HTML). A copy has room for its items alone.
 */
const fittedBelow = 17

/**
 * `items`, or a copy the size of its items where that saves room. Best
 * made while the array is young, once no more items come: a closed
 * element's children, a converted node's.
 */
export function fitted<T>(items: T[]): T[] {
  return items.length > 0 && items.length < fittedBelow ? items.slice() : items
}

import type {Point, Position} from 'unist'

/** Where a page's offsets are: their points (line, column, offset), and whether an offset has one. */
export interface PagePlaces {
  toPoint(offset: number): Point | undefined
  has(offset: number): boolean
}

/**
 * A hast node's place in the page: two offsets on the node itself, its
 * points made only for the mdast node made from it. The hast is made to be
 * converted and dropped: most of its nodes (a `<div>`, a `<tbody>`, a space
 * between two links) become no mdast node, and a position of two points
 * cost three objects (136 bytes) on each of them, a span object of two
 * offsets 48 bytes; two fields on the node cost 16. The mdast gets a plain
 * position (`spanPosition`), made when its node is.
 */
export interface SourceSpan {
  from: number
  to: number
}

/** The span from `from` to `to` when both have a point in the page, as a position needs. */
export function sourceSpan(from: number, to: number, places: PagePlaces): SourceSpan | undefined {
  return places.has(from) && places.has(to) ? {from, to} : undefined
}

/** A plain position with points of its own (points shared with its neighbours, see pagePlaces), as `unist-util-position` makes one. */
export function spanPosition(from: number, to: number, places: PagePlaces): Position {
  return {start: places.toPoint(from)!, end: places.toPoint(to)!}
}

/** The pages' places of the hast roots made by toHast, for the conversion to mdast. */
const placesOfRoots = new WeakMap<object, PagePlaces>()

export function setPlaces(root: object, places: PagePlaces): void {
  placesOfRoots.set(root, places)
}

export function placesOf(root: object): PagePlaces | undefined {
  return placesOfRoots.get(root)
}

import type {Point, Position} from 'unist'

/** Where a page's offsets are: their points (line, column, offset), and whether an offset has one. */
export interface PagePlaces {
  toPoint(offset: number): Point | undefined
  has(offset: number): boolean
}

/**
 * A hast node's place in the page as two offsets, its points made only
 * when read. The hast is made to be converted and dropped: most of its
 * nodes (a `<div>`, a `<tbody>`, a space between two links) become no mdast
 * node, and a position of two points cost three objects (136 bytes) on each
 * of them, a third of the hast of a page of inline elements. The mdast gets
 * a plain position, made from the span when its node is (`toPosition`).
 */
export class SourceSpan implements Position {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly places: PagePlaces,
  ) {}

  get start(): Point {
    return this.places.toPoint(this.from)!
  }

  get end(): Point {
    return this.places.toPoint(this.to)!
  }

  /** A plain position, with points of its own, as `unist-util-position` makes one. */
  toPosition(): Position {
    return {start: this.start, end: this.end}
  }
}

/** The span from `from` to `to` when both have a point in the page, as a position needs. */
export function sourceSpan(from: number, to: number, places: PagePlaces): SourceSpan | undefined {
  return places.has(from) && places.has(to) ? new SourceSpan(from, to, places) : undefined
}

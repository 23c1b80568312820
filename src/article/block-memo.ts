import type {RootContent} from 'mdast'

/**
 * What the zone search keeps of a block between stages (each stage finds the
 * zones again, over mostly the same blocks): one record per node, in one
 * WeakMap, where there were three (the hand score, the measures, the
 * article model's own features), each with an entry per block that the
 * garbage collector walks at every pass (a dump of 80,000 short lines made
 * 240,000).
 */
export interface BlockMemo {
  /** The block's text when it was measured: a record for other text is replaced (see zones.ts, measure). */
  readonly text: string
  /** The block's hand score, computed once for the node and kept when its text changes (zones.ts, blockScore). */
  readonly score: number
  readonly inline: boolean
  /** The article model's own measures of the block, with the text and base score they are for (features.ts, `Own`). */
  own?: unknown
}

export const blockMemos = new WeakMap<RootContent, BlockMemo>()

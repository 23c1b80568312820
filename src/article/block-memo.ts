import type {Root, RootContent} from 'mdast'

/**
 * What the zone search keeps of a block between stages (each stage finds the
 * zones again, over mostly the same blocks): one record per node, in one
 * table, where there were three (the hand score, the measures, the
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

/**
 * The records of the document being cleaned: a Map emptied when it is done
 * and when the next begins (`forgetBlocks`, called by the cleaner and the
 * parser), and when the zone search is asked about another tree (a tree
 * handed to the stages without the parser), not a WeakMap. Each block's
 * first record was a WeakMap entry, some 1 µs each to set (a weak table's
 * entries are ephemerons, which the garbage collector traces apart): 3 % of
 * a text dump's time.
 */
export const blockMemos = new Map<RootContent, BlockMemo>()

/** The tree whose blocks the records are of, once the zone search was asked about one. */
let recordedTree: Root | undefined

/** The zone search is asked about `tree`: the records of another tree's blocks go. */
export function recordBlocksOf(tree: Root): void {
  if (tree === recordedTree) return
  blockMemos.clear()
  recordedTree = tree
}

/** A document begins, or is done: the records of its blocks go, with its tree. */
export function forgetBlocks(): void {
  blockMemos.clear()
  recordedTree = undefined
}

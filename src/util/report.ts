import type {Node, Parent} from 'mdast'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {flowText} from './tree.js'

/** The `source` of every message scrubdown writes. */
export const source = 'scrubdown'

/**
 * Record a removal on the file: the audit trail behind `--report` and
 * `result.removed`. A removal is a message whose `actual` is the removed text
 * and whose `expected` is empty (it was replaced by nothing).
 */
export function reportRemoval(
  file: VFile,
  ruleId: string,
  node: Node,
  reason: string,
  text: string = flowText(node),
): void {
  // An info message, not a warning: a removal is the cleaning working, and vfile-reporter should not flag each one.
  const message = withoutStack(() => file.info(reason, {place: node.position, ruleId, source}))
  message.actual = text
  message.expected = []
}

/**
 * A removal's message: `actual` the removed text, `expected` empty, and,
 * when it stands for a run of blocks removed one after another for one
 * reason (see `removeWhere`), `blocks`, how many (their texts are one per
 * line in `actual`).
 */
export type RemovalMessage = VFile['messages'][number] & {blocks?: number}

/** Record a warning: the document was cleaned, but something deserves a look. */
export function reportWarning(file: VFile, ruleId: string, reason: string, node?: Node): void {
  withoutStack(() => file.message(reason, {place: node?.position, ruleId, source}))
}

/**
 * A vfile message is an Error, and V8 captures a stack trace for each one;
 * vfile-message then sets `stack` to '' anyway. A page can yield hundreds of
 * removals: they are made without the capture.
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * Remove `parent.children[index]` and report it. Returns nothing; callers
 * that loop must account for the shifted indices (see `removeWhere`).
 */
export function removeChild(
  file: VFile,
  ruleId: string,
  parent: Parent,
  index: number,
  reason: string,
): void {
  const [node] = parent.children.splice(index, 1)
  if (node) reportRemoval(file, ruleId, node, reason)
}

/**
 * Remove every child for which `decide` returns a reason, and report each in
 * document order. `decide` sees the children as they were before any removal.
 *
 * Consecutive children removed for the same reason are one removal: one
 * message whose `place` spans them, whose `actual` is their texts one per
 * line, and whose `data.blocks` counts them. A footer menu of twelve items is
 * one entry of the audit trail, and a dump of 300,000 chrome lines a few:
 * a message per block costs some 300 bytes and a microsecond or two, more
 * than the rest of a short line's cleaning keeps of it (issue 17, item 7).
 * A run ends at a kept child, another reason, a child without a position,
 * and a message `decide` wrote (the trail stays in document order).
 */
export function removeWhere<T extends Parent>(
  file: VFile,
  ruleId: string,
  parent: T,
  decide: (node: T['children'][number], index: number) => string | undefined,
): number {
  const kept: Array<T['children'][number]> = []
  let removed = 0
  let run: Run | undefined
  parent.children.forEach((node, index) => {
    const written = file.messages.length
    const reason = decide(node, index)
    if (run && (reason !== run.reason || file.messages.length !== written || !follows(run.last, node))) {
      reportRun(file, ruleId, run, written)
      run = undefined
    }
    if (reason === undefined) {
      kept.push(node)
      return
    }
    if (run) {
      run.last = node
      run.texts.push(flowText(node))
    } else {
      run = {reason, first: node, last: node, texts: [flowText(node)]}
    }
    removed++
  })
  if (run) reportRun(file, ruleId, run, file.messages.length)
  if (removed > 0) parent.children = kept as T['children']
  return removed
}

/** Blocks removed one after another for one reason, reported as one removal. */
interface Run {
  reason: string
  first: Node
  last: Node
  texts: string[]
}

/** Whether `node` can join a run that ends with `last`: both have positions, in document order. */
function follows(last: Node, node: Node): boolean {
  const end = last.position?.end.offset
  const start = node.position?.start.offset
  return end !== undefined && start !== undefined && start >= end
}

/** Report `run` as the message at index `at` of the file's (before the messages written after its last block). */
function reportRun(file: VFile, ruleId: string, run: Run, at: number): void {
  if (run.texts.length === 1) {
    reportRemoval(file, ruleId, run.first, run.reason, run.texts[0])
  } else {
    reportTexts(file, ruleId, {start: run.first.position!.start, end: run.last.position!.end}, run.reason, run.texts)
  }
  if (at < file.messages.length - 1) file.messages.splice(at, 0, file.messages.pop()!)
}

/** Report the removal of the texts of several blocks (or lines) in one place as one message, with how many there were. */
export function reportTexts(file: VFile, ruleId: string, place: {start: Point; end: Point}, reason: string, texts: readonly string[]): void {
  const message: RemovalMessage = withoutStack(() => file.info(reason, {place, ruleId, source}))
  message.actual = texts.join('\n')
  message.expected = []
  if (texts.length > 1) message.blocks = texts.length
}

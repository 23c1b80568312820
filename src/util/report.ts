import type {Node, Parent, RootContent} from 'mdast'
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
 */
export function removeWhere<T extends Parent>(
  file: VFile,
  ruleId: string,
  parent: T,
  decide: (node: T['children'][number], index: number) => string | undefined,
): number {
  const kept: Array<T['children'][number]> = []
  let removed = 0
  parent.children.forEach((node, index) => {
    const reason = decide(node, index)
    if (reason === undefined) {
      kept.push(node)
    } else {
      reportRemoval(file, ruleId, node, reason)
      removed++
    }
  })
  if (removed > 0) parent.children = kept as T['children']
  return removed
}

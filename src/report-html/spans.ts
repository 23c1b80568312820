import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** A removal as the audit page shows it: its place in `result.removed`, and its span of the input when known. */
export interface Struck {
  /** Its index in `result.removed` (the same order: the file's messages). */
  index: number
  stage: string
  reason: string
  text: string
  line?: number
  /** Offsets into the input, `start < end`; absent when the removal has no span that fits the input. */
  start?: number
  end?: number
}

/**
 * The removals among a file's messages, told apart as `result()` in
 * clean.ts tells them (the removed text, nothing in its place), each with
 * the span its place gives in `input`. A span is taken from the points'
 * offsets, else from their lines and columns; one that does not fit the
 * input (a caller's stage with positions of its own) is left without.
 */
export function struckRemovals(file: VFile, input: string): Struck[] {
  const lineStarts = [0]
  for (let at = input.indexOf('\n'); at !== -1; at = input.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  const offset = (point: Point | undefined): number | undefined => {
    if (!point) return undefined
    if (typeof point.offset === 'number') return point.offset
    const lineStart = lineStarts[point.line - 1]
    return lineStart === undefined ? undefined : lineStart + point.column - 1
  }
  const struck: Struck[] = []
  for (const message of file.messages) {
    if (message.actual === undefined || message.expected?.length !== 0) continue
    const removal: Struck = {index: struck.length, stage: message.ruleId ?? message.source ?? 'unknown', reason: message.reason, text: message.actual}
    if (message.line !== undefined) removal.line = message.line
    const place = message.place as Position | Point | undefined
    if (place && 'start' in place) {
      const start = offset(place.start)
      const end = offset(place.end)
      if (start !== undefined && end !== undefined && start >= 0 && start < end && end <= input.length) {
        removal.start = start
        removal.end = end
      }
    }
    struck.push(removal)
  }
  return struck
}

/** Outer spans before the spans inside them: by start, the longer first, then in the order reported. */
export function byNesting(a: Struck, b: Struck): number {
  return a.start! - b.start! || b.end! - a.end! || a.index - b.index
}

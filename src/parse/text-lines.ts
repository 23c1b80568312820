/** A text dump's lines, and where each sits in the input: shared by the line reader and the block readers. */

export interface Line {
  /** The line without its line ending. */
  text: string
  /** 1-based line number. */
  line: number
  /** Offset of the line's first character in the input. */
  offset: number
}

/** The span of a line's trimmed content, as a unist position. */
export function spanOf(line: Line, from = 0) {
  const text = line.text
  const lead = from + (text.slice(from).length - text.slice(from).trimStart().length)
  const end = text.trimEnd().length
  return {
    start: {line: line.line, column: lead + 1, offset: line.offset + lead},
    end: {line: line.line, column: end + 1, offset: line.offset + end},
  }
}

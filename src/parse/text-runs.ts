import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {reportTexts} from '../util/report.js'
import {type Line, spanOf} from './text-lines.js'

/**
 * Long runs of very short lines in a text dump: a tag cloud, a column of
 * figures, a share bar printed thousands of times, or a hostile input
 * (issue 17, item 7). Each line would become a block of its own, some 300
 * bytes of tree and as much again of what the stages measure of it, for a
 * line of a few bytes: 3-byte lines cost 340 MB per MB of input and five
 * seconds per MB. Past the first `maxShortRun` short lines of a run the rest
 * of the run is cut as it is read, and reported as one removal with every
 * line in it: the first lines are cleaned as any (chrome goes, an article's
 * list stays), and nothing past them is article prose a reader would miss.
 *
 * The longest such run in the dev-eval dumps (1,500 real pages) is 115 lines.
 */

/**
 * The longest line (trimmed, in UTF-8 bytes: the cost is per byte of input)
 * that counts as short. A line of Chinese verse (seven characters and a
 * comma, 24 bytes) is not one.
 */
export const maxShortLine = 12
/** The short lines of a run that are read as blocks; those after are cut. */
export const maxShortRun = 1000

const ruleId = 'text'

interface Cut {
  start: Point
  end: Point
  texts: string[]
}

/**
 * Blank out (in `lines`, in place) each short line past the `maxShortRun`-th
 * of a run of short lines (blank lines between them do not end a run; a
 * longer line does), and report each cut stretch on `file` as one removal.
 */
export function cutShortRuns(lines: Line[], file: VFile): void {
  let short = 0
  let cut: Cut | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const text = line.text.trim()
    if (text === '') continue
    if (text.length > maxShortLine || utf8Length(text) > maxShortLine) {
      short = 0
      if (cut) report(file, cut)
      cut = undefined
      continue
    }
    short++
    if (short <= maxShortRun) continue
    const span = spanOf(line)
    if (cut) {
      cut.end = span.end
      cut.texts.push(text)
    } else {
      cut = {start: span.start, end: span.end, texts: [text]}
    }
    // Blank for the block readers.
    line.text = ''
  }
  if (cut) report(file, cut)
}

/** The UTF-8 length of a string (a surrogate pair, 4 bytes, is two code units of 2). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3
  }
  return bytes
}

function report(file: VFile, cut: Cut): void {
  const reason = `one of more than ${maxShortRun} short lines in a row (${maxShortLine} bytes or fewer each: a tag cloud, a column of figures, a bar printed over and over): past the first ${maxShortRun}, no article text`
  reportTexts(file, ruleId, {start: cut.start, end: cut.end}, reason, cut.texts)
}

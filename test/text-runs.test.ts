import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'
import {parseText} from '../src/parse/text.js'
import {maxShortLine, maxShortRun} from '../src/parse/text-runs.js'
import type {RemovalMessage} from '../src/util/report.js'

const prose = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes.'
/** Two-letter lines that differ from line to line. */
const letters = (count: number) => Array.from({length: count}, (_, index) => `${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + ((index * 7) % 26))}`)

describe('long runs of very short lines in a text dump', () => {
  it('reads the first lines of a run as blocks and cuts the rest as one removal, every line in it', () => {
    const lines = letters(maxShortRun + 500)
    const file = new VFile()
    const tree = parseText(`${prose}\n${lines.join('\n')}\n${prose}\n`, file)
    expect(tree.children).toHaveLength(maxShortRun + 2)
    expect(file.messages).toHaveLength(1)
    const message = file.messages[0] as RemovalMessage
    expect(message.ruleId).toBe('text')
    expect(message.actual).toBe(lines.slice(maxShortRun).join('\n'))
    expect(message.blocks).toBe(500)
    expect(message.place).toEqual({start: {line: maxShortRun + 2, column: 1, offset: prose.length + 1 + 3 * maxShortRun}, end: {line: maxShortRun + 501, column: 3, offset: prose.length + 3 * (maxShortRun + 500)}})
    // The line after the run is read where it stands.
    expect(tree.children.at(-1)?.position?.start.line).toBe(maxShortRun + 502)
  })

  it('cuts nothing from a run as long as the limit, and a longer line or a file-less parse starts afresh', () => {
    const file = new VFile()
    const run = letters(maxShortRun).join('\n')
    const long = 'x'.repeat(maxShortLine + 1)
    // Blank lines do not end a run: they make no block.
    parseText(`${run}\n${long}\n${run}\n\n\n${long}`, file)
    expect(file.messages).toHaveLength(0)
    parseText(`${run}\n\nab\n\ncd`, file)
    expect((file.messages[0] as RemovalMessage).actual).toBe('ab\ncd')
    expect(parseText(`${run}\nab`).children).toHaveLength(maxShortRun + 1)
  })

  it('counts a line by its bytes: a run of lines of Chinese verse is no run of short lines', () => {
    const file = new VFile()
    // Four characters (12 bytes) are short; seven and a comma (24 bytes) are not.
    parseText(`${'床前明月光，'.repeat(1).concat('\n').repeat(maxShortRun + 10)}${'明月光光\n'.repeat(maxShortRun + 10)}`, file)
    expect(file.messages).toHaveLength(1)
    expect((file.messages[0] as RemovalMessage).actual).toBe(Array.from({length: 10}, () => '明月光光').join('\n'))
    expect(parseText('😀😀😀\n'.repeat(maxShortRun + 5), new VFile()).children).toHaveLength(maxShortRun)
  })

  it('loses no line: the cleaned dump reports every line it does not keep', () => {
    const input = `A bridge for the town\n\n${prose}\n\n${'Share\n'.repeat(maxShortRun * 3)}${prose}\n`
    const {markdown, removed} = cleanSync(input, {format: 'text'})
    expect(markdown).toContain(prose)
    expect(removed.length).toBeLessThan(10)
    expect(removed.flatMap((removal) => removal.text.split('\n')).filter((text) => text === 'Share')).toHaveLength(maxShortRun * 3)
    expect(removed.find((removal) => removal.stage === 'text')).toMatchObject({blocks: maxShortRun * 2, line: maxShortRun + 5})
  })
})

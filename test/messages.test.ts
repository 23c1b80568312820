import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cleanSync, createCleaner} from '../src/index.js'
import {seedText} from './helpers/batch.js'

/* Removals and notes are vfile info messages; warnings (file.message) are kept for what deserves a look. */
describe('warnings, notes and removals', () => {
  it('an ordinary HTML page has no warning: how it was read is a note', () => {
    const page = '<html lang="en"><body><nav><a href="/">Home</a></nav><article><h1>Tides</h1><p>The sea rises twice a day, pulled by the moon, and the harbour fills and empties with it.</p></article></body></html>'
    const result = cleanSync(page)
    expect(result.warnings).toEqual([])
    expect(result.notes.map((note) => note.stage)).toEqual(['html'])
    expect(result.removed.length).toBeGreaterThan(0)
  })

  it('each removal is an info message, so vfile-reporter shows none of them as a warning', async () => {
    const {processor} = createCleaner()
    const file = new VFile({value: seedText('sv-deepseek-fomo')})
    file.data.meta = {}
    file.data.hints = {}
    processor.stringify(await processor.run(processor.parse(file), file), file)
    const removals = file.messages.filter((message) => message.actual !== undefined)
    expect(removals.length).toBeGreaterThan(5)
    for (const message of removals) expect(message.fatal).toBeUndefined()
  })
})

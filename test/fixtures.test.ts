import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {fixtureCases} from './helpers/fixtures.js'

/*
 * Golden files: `expected.md` is what a careful reader of the language wants
 * from `input.*`. Regenerate with `npm run update-fixtures`, then read every
 * changed line before committing it.
 */
describe('golden fixtures', () => {
  for (const fixture of fixtureCases()) {
    describe(fixture.name, () => {
      it('cleans to expected.md', async () => {
        const {markdown} = await clean(fixture.input, fixture.options)
        await expect(markdown).toMatchFileSnapshot(fixture.expectedPath)
      })

      it('is idempotent: cleaning the output again changes nothing', async () => {
        const first = await clean(fixture.input, fixture.options)
        const second = await clean(first.markdown, fixture.options)
        expect(second.markdown).toBe(first.markdown)
        expect(second.removed).toEqual([])
      })

      it('explains every removal with a stage, a reason and the text', async () => {
        const {removed} = await clean(fixture.input, fixture.options)
        for (const removal of removed) {
          expect(removal.stage).toMatch(/^[a-z]+$/)
          expect(removal.reason.length).toBeGreaterThan(10)
          expect(removal.text.trim()).not.toBe('')
          expect(removal.line).toBeGreaterThan(0)
        }
      })
    })
  }
})

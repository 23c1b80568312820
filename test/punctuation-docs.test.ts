import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {renderRules, rulesPath} from '../scripts/docs-rules.js'

it('src/punctuation/RULES.md lists every rule as the code has it (run `npm run docs:rules`)', () => {
  expect(readFileSync(rulesPath, 'utf8')).toBe(renderRules())
})

import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {CleanOptions, Input} from '../../src/index.js'

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url))

export interface FixtureCase {
  name: string
  dir: string
  inputPath: string
  /** The input; HTML as bytes, so that a page's own charset declaration is what decodes it. */
  input: Input
  /** Per-case options from `options.json` (url, lang, format …). */
  options: CleanOptions
  expectedPath: string
}

/** Every golden case under fixtures/: `input.txt` or `input.html`, `expected.md`, optional `options.json`. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(fixturesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const dir = join(fixturesDir, name)
      const input = ['input.txt', 'input.html', 'input.md'].map((file) => join(dir, file)).find((file) => existsSync(file))
      if (!input) return []
      const optionsPath = join(dir, 'options.json')
      const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as CleanOptions) : {}
      return [{name, dir, inputPath: input, input: input.endsWith('.html') ? readFileSync(input) : readFileSync(input, 'utf8'), options, expectedPath: join(dir, 'expected.md')}]
    })
}

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {flags} from '../src/cli/args.js'
import {root} from './helpers/batch.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')

/* The README is what a new user reads first: its quick start and its flag table must match the code. */
describe('README', () => {
  it('starts with two commands: install and clean a fixture, then npm test', () => {
    const quickStart = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n')
    expect(quickStart).toEqual(['npm ci && npx scrubdown fixtures/sv-deepseek-fomo/input.txt', 'npm test'])
    expect(readme).toMatch(/^## Install\n\n```sh\nnpm install scrubdown/m)
  })

  it('names every command-line flag in its table by task', () => {
    const table = readme.slice(readme.indexOf('| task | flags |'), readme.indexOf('\n\n', readme.indexOf('| task | flags |')))
    for (const name of Object.keys(flags)) expect(table).toContain(`--${name}`)
  })
})

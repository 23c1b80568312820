import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Run an example as a user would (`npx tsx examples/…`); `scrubdown` resolves to the source through tsconfig paths. */
function runExample(name: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', `examples/${name}`], {cwd: root, encoding: 'utf8'})
}

describe('examples', () => {
  it('custom-stage.ts drops a stage, adds one, and reports its removal', () => {
    const output = runExample('custom-stage.ts')
    const [markdown, report] = output.split('\nremoved by ')
    expect(markdown).toContain('title: Why we bake on Sundays')
    expect(markdown).toContain('We start the dough on Saturday evening')
    expect(markdown).not.toContain('Brought to you by FlourCo')
    expect(report).toBeDefined()
    expect(output).toContain('removed by sponsor: a sponsor line')
  })
})

/**
 * `npm run eval -- --fixtures`: clean every fixture that has a `truth.md`
 * (the output a careful reader wants) and score the body against it with the
 * dev set's scorer, then compare the front matter key by key.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {clean} from '../src/index.js'
import {fixtureCases} from '../test/helpers/fixtures.js'

export async function evalFixtures(root: string, devEval: string, args: string[]): Promise<number> {
  const outDir = join(root, '.eval-out', 'fixtures')
  rmSync(outDir, {recursive: true, force: true})
  mkdirSync(outDir, {recursive: true})
  const gold: Record<string, {articleBody: string}> = {}
  const metaMisses: string[] = []
  for (const fixture of fixtureCases()) {
    const truthPath = join(fixture.dir, 'truth.md')
    if (!existsSync(truthPath)) continue
    const truth = readFileSync(truthPath, 'utf8')
    const match = /^---\n([\s\S]*?)\n---\n/.exec(truth)
    const truthMeta = (match ? parse(match[1]!) : {}) as Record<string, unknown>
    gold[fixture.name] = {articleBody: match ? truth.slice(match[0].length) : truth}
    const result = await clean(fixture.input, fixture.options)
    writeFileSync(join(outDir, `${fixture.name}.md`), result.markdown)
    for (const [key, value] of Object.entries(truthMeta)) {
      const got = (result.meta as Record<string, unknown>)[key]
      if (String(got) !== String(value)) metaMisses.push(`${fixture.name}: ${key} ${JSON.stringify(got)} != ${JSON.stringify(value)}`)
    }
  }
  const goldPath = join(root, '.eval-out', 'fixtures-gold.json')
  writeFileSync(goldPath, JSON.stringify(gold))
  console.log(`${Object.keys(gold).length} fixtures with truth.md; front matter misses: ${metaMisses.length}`)
  for (const miss of metaMisses) console.log(`  ${miss}`)
  const score = spawnSync(process.execPath, [join(devEval, 'score.mjs'), '--gold', goldPath, '--markdown', '--name', 'scrubdown', ...args, outDir], {stdio: 'inherit'})
  return score.status ?? 1
}

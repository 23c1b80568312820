import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCli} from '../src/cli/args.js'
import {cleanStream} from '../src/index.js'
import {scrubdown, workspace} from './helpers/batch.js'

const page = `<!doctype html><html lang="en"><head><title>Bridges</title></head><body><article>
<h1>Bridges</h1>
<p>The city opened its new bridge on Monday, after <a href="https://example.com/works">three years of works</a> and a long fight over the budget for it.</p>
<p><img src="https://example.com/bridge.jpg" alt="The bridge at dawn"></p>
<p>Cyclists were the first to cross it, and the mayor said the old ferry would keep running on weekends through the summer.</p>
</article></body></html>`

/** A text dump in windows-1252: "é" is the byte 0xe9, which is not UTF-8. */
const latin1 = Buffer.from('Le café du coin a rouvert ses portes lundi, après six mois de travaux et une longue attente des habitués.\n', 'latin1')

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')
}

describe('--links, --images and --encoding', () => {
  it('parse into the library options, and refuse what is not one of them (exit 2)', async () => {
    expect(parseCli(['--links', 'text', '--images', 'drop', '--encoding', 'latin1', 'a.html'])).toMatchObject({html: {links: 'text', images: 'drop'}, encoding: 'windows-1252'})
    expect(parseCli(['--images', 'drop', 'a.html']).html).toEqual({images: 'drop'})
    expect(parseCli(['a.html']).html).toBeUndefined()
    expect((await scrubdown(['--links', 'none', 'a.html'])).stderr).toBe(`scrubdown: --links must be keep or text, not "none"\nTry 'scrubdown --help'.\n`)
    expect((await scrubdown(['--images', 'text', 'a.html'])).status).toBe(2)
    const unknown = await scrubdown(['--encoding', 'klingon', 'a.txt'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('--encoding: unknown encoding "klingon"; use a WHATWG label such as utf-8, windows-1252')
    const jsonl = await scrubdown(['--jsonl', 'in.jsonl', '--encoding', 'latin1'])
    expect(jsonl.status).toBe(2)
    expect(jsonl.stderr).toContain('JSON Lines records are JSON text, already decoded')
  })

  it('apply to one file', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'page.html'), page)
    writeFileSync(join(dir, 'cafe.txt'), latin1)
    const kept = body((await scrubdown([join(dir, 'page.html')])).stdout)
    expect(kept).toContain('[three years of works](https://example.com/works)')
    expect(kept).toContain('![The bridge at dawn](https://example.com/bridge.jpg)')
    const plain = body((await scrubdown(['--links', 'text', '--images', 'drop', join(dir, 'page.html')])).stdout)
    expect(plain).toContain('after three years of works and a long fight')
    expect(plain).not.toMatch(/\]\(|bridge\.jpg|at dawn/)
    expect((await scrubdown([join(dir, 'cafe.txt')])).status).toBe(1)
    expect((await scrubdown(['--encoding', 'windows-1252', join(dir, 'cafe.txt')])).stdout).toContain('Le café du coin a rouvert')
  })

  it('reach the worker threads of --out and --jsonl runs, and cleanStream', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'pages'))
    writeFileSync(join(dir, 'pages', 'page.html'), page)
    writeFileSync(join(dir, 'pages', 'cafe.txt'), latin1)
    const files = await scrubdown(['--out', join(dir, 'out'), '--links', 'text', '--images', 'drop', '--encoding', 'cp1252', '--concurrency', '2', '--quiet', join(dir, 'pages')])
    expect(files.status).toBe(0)
    expect(body(readFileSync(join(dir, 'out', 'page.md'), 'utf8'))).toBe(body((await scrubdown(['--links', 'text', '--images', 'drop', join(dir, 'pages', 'page.html')])).stdout))
    expect(readFileSync(join(dir, 'out', 'cafe.md'), 'utf8')).toContain('Le café du coin a rouvert')

    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({id: 'p', html: page})}\n`)
    const jsonl = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--links', 'text', '--images', 'drop', '--concurrency', '2', '--quiet'])
    const record = JSON.parse(jsonl.stdout) as {markdown: string}
    expect(body(record.markdown)).toContain('after three years of works and a long fight')
    expect(record.markdown).not.toMatch(/\]\(|bridge\.jpg/)

    // A timeout puts even one thread's work in a worker thread: the options cross there too. An hour: a limit no loaded machine reaches.
    const results = []
    for await (const result of cleanStream([{id: 'p', html: page}], {html: {links: 'text', images: 'drop'}, timeout: 3_600_000})) results.push(result)
    expect(results[0]!.ok && body(results[0]!.markdown)).toBe(body(record.markdown))
  })
})

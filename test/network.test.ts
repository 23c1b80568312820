import {readFileSync, readdirSync} from 'node:fs'
import net from 'node:net'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cleanStream, cleanSync} from '../src/index.js'

/**
 * The library never touches the network: HTML is never fetched, images,
 * stylesheets and scripts a page names are never loaded. Checked twice: no
 * module in src/ imports a network API, and cleaning pages full of URLs with
 * fetch and sockets replaced by stubs that throw opens nothing.
 */
const root = fileURLToPath(new URL('..', import.meta.url))

const networkModules = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises)$|^(?:undici|node-fetch|axios|got|ky|ws|request|superagent)(?:\/|$)/
const networkGlobals = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'])

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return files(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every module specifier (import, export from, import(), require()) and every use of a network global in src/. */
function networkUses(): string[] {
  const found: string[] = []
  for (const path of files(join(root, 'src'))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      let specifier: string | undefined
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specifier = node.moduleSpecifier.text
      if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || node.expression.getText() === 'require') && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specifier = node.arguments[0].text
      if (specifier !== undefined && networkModules.test(specifier)) found.push(`${where(node)} imports ${specifier}`)
      if (ts.isIdentifier(node) && networkGlobals.has(node.text)) found.push(`${where(node)} uses ${node.text}`)
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}

describe('no network access', () => {
  it('no module in src/ imports a network API or uses fetch', () => {
    expect(networkUses()).toEqual([])
  })

  describe('with fetch and sockets replaced by stubs that throw', () => {
    const attempts: string[] = []
    const fetch = globalThis.fetch
    const connect = net.Socket.prototype.connect
    beforeAll(() => {
      globalThis.fetch = (async (url: unknown) => {
        attempts.push(`fetch ${String(url)}`)
        throw new Error('network access in a test')
      }) as typeof globalThis.fetch
      net.Socket.prototype.connect = function (...args: unknown[]) {
        attempts.push(`connect ${JSON.stringify(args[0])}`)
        throw new Error('network access in a test')
      } as typeof connect
    })
    afterAll(() => {
      globalThis.fetch = fetch
      net.Socket.prototype.connect = connect
    })

    const prose = 'The council met on Tuesday and agreed that the new bridge will open in spring, after two years of work on the river banks.'
    const html = `<!doctype html><html><head><title>A page full of URLs</title>
      <link rel="stylesheet" href="http://127.0.0.1:9/style.css"><link rel="canonical" href="https://example.com/a">
      <script src="http://127.0.0.1:9/app.js"></script><meta property="og:image" content="http://127.0.0.1:9/og.png">
      <base href="http://127.0.0.1:9/"></head><body><article><h1>A page full of URLs</h1>
      <p>${prose} <img src="http://127.0.0.1:9/a.png" srcset="http://127.0.0.1:9/b.png 2x" alt="a photo"></p>
      <p>${prose.replace('bridge', 'tunnel')} <a href="http://127.0.0.1:9/next">next</a></p>
      <iframe src="http://127.0.0.1:9/embed"></iframe><video src="http://127.0.0.1:9/v.mp4" poster="http://127.0.0.1:9/p.png"></video>
      </article></body></html>`

    it('cleaning HTML that names images, scripts, stylesheets and frames opens nothing', () => {
      const result = cleanSync(html, {url: 'http://127.0.0.1:9/a'})
      expect(result.meta.title).toBe('A page full of URLs')
      expect(attempts).toEqual([])
    })

    it('cleaning a text dump full of URLs, and a stream of records, opens nothing', async () => {
      cleanSync(`A title\n\n${prose} See https://example.com/x and www.example.org/y.`)
      const results = []
      for await (const result of cleanStream([{id: 'a', html}, {id: 'b', text: prose, url: 'https://example.com/b'}])) results.push(result)
      expect(results.map((result) => result.ok)).toEqual([true, true])
      expect(attempts).toEqual([])
    })
  })
})

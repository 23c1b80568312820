import type {Element} from 'domhandler'
import {describe, expect, it} from 'vitest'
import {eachNode} from '../src/parse/html/dom.js'
import {parseDom} from '../src/parse/html/parse-dom.js'

describe('eachNode: a walk of the DOM in document order', () => {
  it('visits each node once, parents before children, and skips the children of a node it is told to', () => {
    const root = parseDom('<div><p>a<b>b</b></p><script>x</script><p>c</p></div>', {}).children[0] as Element
    const seen: string[] = []
    eachNode(root, (node) => {
      seen.push(node.type === 'text' ? (node as unknown as {data: string}).data : (node as Element).name)
      return !(node.type === 'script' || (node as Element).name === 'script')
    })
    expect(seen).toEqual(['div', 'p', 'a', 'b', 'b', 'script', 'p', 'c'])
  })
})

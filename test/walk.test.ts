import fc from 'fast-check'
import type {Node, Parent} from 'unist'
import {SKIP, visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {walk} from '../src/util/walk.js'

const leaf = fc.constantFrom('a', '', 'b c').map((value) => ({type: 'text', value}) as Node)
const tree = fc.letrec<{node: Node}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    leaf,
    fc.constant({type: 'break'} as Node),
    fc.tuple(fc.constantFrom('paragraph', 'emphasis', 'list', 'listItem'), fc.array(tie('node'), {maxLength: 4})).map(([type, children]) => ({type, children}) as Node),
  ),
})).node
const root = fc.array(tree, {maxLength: 5}).map((children) => ({type: 'root', children}) as Parent)

/** What a walk saw: each node's type, index and parent's type, in order. */
const seen = (node: Node, index: number | undefined, parent: Parent | undefined) => `${node.type}@${index ?? '-'}<${parent?.type ?? '-'}`

describe('walk (document order without unist-util-visit’s cost per node)', () => {
  it('visits what unist-util-visit visits, in its order, with the same index and parent', () => {
    fc.assert(
      fc.property(root, (value) => {
        const expected: string[] = []
        visit(value, (node, index, parent) => {
          expected.push(seen(node, index, parent))
        })
        const actual: string[] = []
        walk(value, (node, index, parent) => {
          actual.push(seen(node, index, parent))
        })
        expect(actual).toEqual(expected)
      }),
      {numRuns: 500},
    )
  })

  it('goes on with the node that took the place of one the visitor removed, as [SKIP, index] does', () => {
    fc.assert(
      fc.property(root, (value) => {
        const copy = structuredClone(value)
        const expected: string[] = []
        visit(value, (node, index, parent) => {
          expected.push(seen(node, index, parent))
          if (node.type === 'text' && (node as unknown as {value: string}).value !== 'b c' && parent && index !== undefined) {
            parent.children.splice(index, 1)
            return [SKIP, index]
          }
          return undefined
        })
        const actual: string[] = []
        walk(copy, (node, index, parent) => {
          actual.push(seen(node, index, parent))
          if (node.type === 'text' && (node as unknown as {value: string}).value !== 'b c' && parent && index !== undefined) {
            parent.children.splice(index, 1)
            return true
          }
          return undefined
        })
        expect(actual).toEqual(expected)
        expect(copy).toEqual(value)
      }),
      {numRuns: 500},
    )
  })
})

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {openElements} from '../src/parse/html/open-elements.js'

type Op = {kind: 'unshift'; name: string} | {kind: 'shift'} | {kind: 'indexOf'; name: string} | {kind: 'splice'; count: number} | {kind: 'read'; at: number} | {kind: 'reset'}

const name = fc.constantFrom('b', 'font', 'p', 'li', 'div', 'i')
const op: fc.Arbitrary<Op> = fc.oneof(
  {arbitrary: name.map((value) => ({kind: 'unshift' as const, name: value})), weight: 6},
  {arbitrary: fc.constant({kind: 'shift' as const}), weight: 3},
  {arbitrary: name.map((value) => ({kind: 'indexOf' as const, name: value})), weight: 3},
  {arbitrary: fc.integer({min: 0, max: 4}).map((count) => ({kind: 'splice' as const, count})), weight: 1},
  {arbitrary: fc.integer({min: 0, max: 12}).map((at) => ({kind: 'read' as const, at})), weight: 3},
  {arbitrary: fc.constant({kind: 'reset' as const}), weight: 1},
)

/** One step on a stack, with what it answers (a read of `length` after each). */
function apply(stack: string[], step: Op): unknown[] {
  let answer: unknown
  if (step.kind === 'unshift') answer = stack.unshift(step.name)
  else if (step.kind === 'shift') answer = stack.shift()
  else if (step.kind === 'indexOf') answer = stack.indexOf(step.name)
  else if (step.kind === 'splice') answer = step.count + 1 <= stack.length ? stack.splice(1, step.count) : 'skipped'
  else if (step.kind === 'read') answer = stack[step.at]
  else stack.length = 0
  return [answer, stack.length, stack[0]]
}

describe('open elements (htmlparser2 stack stand-in, pushed and popped at its end)', () => {
  it('answers every call the parser makes as an array kept innermost first does', () => {
    fc.assert(
      fc.property(fc.array(op, {maxLength: 80}), (steps) => {
        const plain: string[] = []
        const standIn = openElements()
        for (const step of steps) expect(apply(standIn, step)).toEqual(apply(plain, step))
      }),
      {numRuns: 500},
    )
  })

  it('refuses a write it does not model rather than answer wrongly', () => {
    const stack = openElements()
    expect(() => {
      stack.length = 3
    }).toThrow(/only length = 0/)
  })
})

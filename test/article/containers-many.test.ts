import {Element} from 'domhandler'
import {describe, expect, it} from 'vitest'
import {containerCandidates} from '../../src/article/containers.js'
import type {Measure} from '../../src/parse/html/measure.js'

describe('container candidates on a page of very many elements', () => {
  it('finds the best score without spreading every score as an argument (150,000 elements overflowed the stack)', () => {
    const chosen = new Element('div', {}, [])
    const body = new Element('body', {}, [chosen])
    chosen.parent = body
    const others = Array.from({length: 150_000}, () => new Element('span', {}, []))
    const elements = [body, chosen]
    const measure = (value: (element: Element) => number) => new Map([...elements, ...others].map((element) => [element, value(element)]))
    const measured: Measure = {
      elements,
      score: measure((element) => (element === chosen ? 40 : element === body ? 20 : 0)),
      prose: measure((element) => (element === body || element === chosen ? 400 : 0)),
      chars: measure((element) => (element === body || element === chosen ? 500 : 0)),
      links: measure(() => 0),
    }
    const candidates = containerCandidates(body, measured, chosen, undefined)
    expect(candidates.map(({element}) => element.name).sort()).toEqual(['body', 'div'])
  })
})

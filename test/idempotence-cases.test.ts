import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

/*
 * Cleaning the output again changes nothing (issue 17, item 6): the shapes
 * that changed on the second clean, each with what the first clean gives.
 */
const sentence = 'The council met on Tuesday and agreed to rebuild the old bridge over the river before winter comes'
const page = (body: string) => `<html><body><article><p>${sentence}.</p>${body}<p>${sentence} again, and the mayor said it would open in spring.</p></article></body></html>`

function twice(input: string): {once: string; again: string} {
  const once = cleanSync(input).markdown
  return {once, again: cleanSync(once).markdown}
}

describe('idempotence', () => {
  it('an empty <code></code> is dropped, not written as `` glued to the next word', () => {
    const {once, again} = twice(page('<p>Use <code></code>the tool and <code> </code>then more words.</p>'))
    expect(once).toContain('\n\nUse the tool and then more words.\n\n')
    expect(again).toBe(once)
  })

  it('a lone <tr> (no <table>) is its cells as text, as a browser shows it, not a row that reads back escaped', () => {
    const {once, again} = twice(page('<tr><td>cell one</td><td>cell two</td></tr><td>loose cell</td>'))
    expect(once).toContain('\n\ncell one cell two\n\n')
    expect(once).toContain('loose cell')
    expect(once).not.toContain('|')
    expect(again).toBe(once)
  })

  it('a repeat of the title after the article is kept on the second clean as on the first', () => {
    const {once, again} = twice(`A bridge for the town\n\nA bridge for the town\n\n${sentence}. The mayor said it would open in spring.\n\nA bridge for the town\n`)
    expect(once).toContain('title: A bridge for the town')
    expect(again).toBe(once)
  })

  it.each([',', ';', ':', '?'])('a hard-wrapped line that starts with %s', (mark) => {
    const {once, again} = twice(`${sentence}\n${mark} and the mayor said it would open in spring. The work starts soon and lasts a year.\n`)
    expect(again).toBe(once)
  })

  it('a short byline repeated at the end', () => {
    const {once, again} = twice(`A bridge for the town\n\nBy Jane Doe\n\n${sentence}. The mayor said it would open in spring.\n\nJane Doe\n\nBy Jane Doe\n`)
    expect(once).toContain('author: Jane Doe')
    expect(again).toBe(once)
  })

  it('a dump of markup and a date line only: the markup keeps the score it anchors on, and the date goes as footer both times (a fuzz counterexample)', () => {
    const {once, again} = twice('<img src=x onerror=alert(1)><img src=x onerror=alert(1)>---\ntitle: No\nauthor: on\n---\n28 January 2025')
    expect(once).not.toContain('28 January 2025')
    expect(again).toBe(once)
  })
})

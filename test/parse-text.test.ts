import {describe, expect, it} from 'vitest'
import {parseText} from '../src/index.js'

describe('parseText', () => {
  it('makes every non-blank line a paragraph, with positions into the input', () => {
    const tree = parseText('First line.\nSecond line.\n\n  Third, indented.\r\nFourth')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
    const third = tree.children[2]!
    expect(third.position?.start).toEqual({line: 4, column: 3, offset: 28})
    expect(third.position?.end).toEqual({line: 4, column: 19, offset: 44})
  })

  it('turns bullet glyphs into lists', () => {
    const tree = parseText('Intro:\n  • one\n  • two\n- a\n- b\n1. first\n2. second\n')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'list', 'list'])
    const [, bullets, dashes, ordered] = tree.children
    expect(bullets?.type === 'list' && bullets.children.length).toBe(2)
    expect(dashes?.type === 'list' && dashes.ordered).toBe(false)
    expect(ordered?.type === 'list' && ordered.ordered && ordered.start).toBe(1)
  })

  it('keeps a lone "10. Januar" or dialogue dash as prose, but a lone • as a list', () => {
    expect(parseText('10. Januar 2025 war ein kalter Tag.').children[0]?.type).toBe('paragraph')
    expect(parseText('- Ja, zei hij.').children[0]?.type).toBe('paragraph')
    expect(parseText('• alleen').children[0]?.type).toBe('list')
  })

  it('does not read Markdown syntax in a text dump', () => {
    const tree = parseText('# not a heading\n> not a quote')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('reads a listing as one code block and tab-separated rows as a table', () => {
    const dump = 'Step 1: build\nFROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nCMD ["node", "/app/index.js"]\nResult\nStage\tSize\nBefore\t1.2 GB\nAfter\t85 MB\nDone.'
    const tree = parseText(dump)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph', 'table', 'paragraph'])
    const [, code, , table] = tree.children
    expect(code?.type === 'code' && code.value).toBe('FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nCMD ["node", "/app/index.js"]')
    expect(code?.position?.start.line).toBe(2)
    expect(table?.type === 'table' && table.children.length).toBe(3)
  })

  it('keeps a table row with an empty cell in the table (innerText writes one for a blank cell)', () => {
    const tree = parseText('Results\nTown\tVotes\tNote\nMillbrook\t1200\t\nEastford\t980\trecount\nWestham\t\t\nDone.')
    const table = tree.children.find((node) => node.type === 'table')
    expect(table?.type === 'table' && table.children.length).toBe(3)
    expect(tree.children.some((node) => node.type === 'paragraph' && JSON.stringify(node).includes('Westham'))).toBe(true)
  })

  it('keeps capitals menus, captions and teasers ending in a bracket as paragraphs', () => {
    for (const dump of [
      'CRAFTS & DIY\nTIPS & TRICKS\nHOME & GARDEN',
      '(Graphic: Global currencies vs. dollar - here)\n(Graphic: Emerging markets in 2019 - here)\n(Reporting by Jane Doe)',
      'Lakers vs Nets: NBA make final decision [VIDEO]\nHong Kong protests [REACTION]\nChina furious at Macron [INSIGHT]',
      'WASHINGTON (AP) — The Senate voted.\nLONDON (Reuters) — Shares fell.\nPARIS (AFP) — It rained.',
      'One\ttab line alone',
      'US stocks fell on Monday as investors weighed the data.\n\nEU officials said on Tuesday that talks would resume.\n\nUK lenders raised rates again.',
      'UK news\nUS politics\nAI and tech',
      'CREATE ACCOUNT\nSET ALERTS\nWITH LOVE FROM PARIS',
    ]) {
      expect(parseText(dump).children.every((node) => node.type === 'paragraph')).toBe(true)
    }
  })
})

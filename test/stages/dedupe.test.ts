import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const lead = 'The harbour road closes for six months from March, the council said on Tuesday evening.'
const other = 'Residents had asked for the repairs since the storms of last winter, when water reached the houses.'

describe('dedupe stage', () => {
  it('removes a block printed twice in a row, and says where the first is', () => {
    const result = runStages(`${lead}\n${lead.toUpperCase()}\n${other}`, ['dedupe'])
    expect(body(result.markdown)).toBe(`${lead}\n\n${other}\n`)
    expect(result.removed[0]?.reason).toBe('repeats the block at line 1 word for word')
  })

  it('removes a repeat outside the article core', () => {
    const footer = 'Related articles\nCouncil approves budget\nSchool reopens after floods\nNew bus lines from May\nPark closed for repairs'
    const result = runStages(`${lead}\n${other}\n${footer}\n${lead}`, ['dedupe'])
    expect(result.removed.map((removal) => removal.line)).toEqual([8])
  })

  it('keeps a repeat further down inside the article, and short lines that repeat', () => {
    expect(runStages(`${lead}\n${other}\n${lead}`, ['dedupe']).removed).toEqual([])
    expect(runStages('Yes.\nNo.\nYes.', ['dedupe']).removed).toEqual([])
  })

  it('removes the article printed a second time inside the core, paragraph by paragraph in its order, and keeps a refrain of short lines sung twice', () => {
    const long = (text: string) => `${text} The harbour master said the plan had been agreed with the ferry company and the fishermen after a long winter of talks.`
    const copy = [long(lead), long(other), long(lead.replace('March', 'April'))]
    const result = runStages([...copy, 'Print this article', ...copy].join('\n'), ['dedupe'])
    expect(result.removed.map((removal) => removal.line)).toEqual([5, 6, 7])
    const refrain = ['Row, row, row your boat gently down the stream', 'Merrily, merrily, merrily, merrily, life is but a dream']
    const song = runStages([...refrain, 'And when you reach the other shore, wave to those who stayed behind', ...refrain].join('\n'), ['dedupe'])
    expect(song.removed).toEqual([])
  })
})

import * as cheerio from 'cheerio/slim'
import type {Document, Element} from 'domhandler'
import {describe, expect, it} from 'vitest'
import {checkedContainerWeights, containerFeatureNames} from '../../src/article/containers.js'
import {containerWeights} from '../../src/article/container-weights.js'
import {findMainContent} from '../../src/parse/html/main-content.js'
import {parseDom} from '../../src/parse/html/parse-dom.js'
import {parseHtml} from '../../src/parse/html.js'

const sentence = (subject: string) =>
  `The ${subject} voted on Tuesday to begin dredging the old channel in April, ending a dispute between the fishermen and the ferry company that has lasted almost ten years.`

/** A page whose lead stands in its own container before the story, and a box of links after the story, both inside one wrapper. */
const page = `<html><body><div id="wrap">
<div id="lead"><p>${sentence('harbour board')}</p></div>
<div id="story"><p>${sentence('council')}</p><p>${sentence('region')}</p><p>${sentence('port authority')}</p></div>
<div id="links">${Array.from({length: 12}, (_, index) => `<p><a href="/n/${index}">Another story from the coast, number ${index}</a></p>`).join('')}</div>
</div></body></html>`

function bodyOf(html: string): Element {
  const $ = cheerio.load(parseDom(html, {xmlMode: false}))
  const document = $.root()[0] as unknown as Document
  return $(document).find('body')[0] as unknown as Element
}

const weightsFor = (named: Record<string, number>) => containerFeatureNames.map((name, index) => (index === 0 ? 1 : named[name] ?? 0))

describe('the fitted choice of the article container', () => {
  it('lets the rules choose when there are no weights, and lists the rules choice first among the candidates', () => {
    const body = bodyOf(page)
    let first: Element | undefined
    const choice = findMainContent(body, undefined, {inspect: (candidates) => (first = candidates[0]!.element)})
    expect(choice.element.attribs['id']).toBe('story')
    expect(first).toBe(choice.element)
  })

  it('gives every candidate one value per feature, and the wrapper the lead it adds before the choice', () => {
    const body = bodyOf(page)
    let seen: Array<{id?: string; features: number[]}> = []
    findMainContent(body, undefined, {inspect: (candidates) => (seen = candidates.map(({element, features}) => ({id: element.attribs['id'], features})))})
    for (const candidate of seen) expect(candidate.features).toHaveLength(containerFeatureNames.length)
    const wrap = seen.find((candidate) => candidate.id === 'wrap')!
    const before = containerFeatureNames.indexOf('prose it adds before the rules choice (share of the page prose)')
    const after = containerFeatureNames.indexOf('prose it adds after the rules choice')
    expect(wrap.features[before]).toBeCloseTo(0.25, 2)
    expect(wrap.features[after]).toBe(0)
  })

  it('takes the candidate the weights score highest: the wrapper, when the lead before the story is worth more than its links cost', () => {
    const body = bodyOf(page)
    const leadWorth = weightsFor({'prose it adds before the rules choice (share of the page prose)': 8})
    const chosen = findMainContent(body, undefined, {weights: leadWorth})
    expect(chosen.element.attribs['id']).toBe('wrap')
    expect(chosen.how).toMatch(/fitted container scoring \(the rules chose div#story/)
    const linksCost = weightsFor({'prose it adds before the rules choice (share of the page prose)': 8, 'link text per character': -20, 'apart from the rules choice': -10})
    expect(findMainContent(bodyOf(page), undefined, {weights: linksCost}).element.attribs['id']).toBe('story')
  })

  it('ships weights fitted on these features, and refuses weights fitted on others', () => {
    expect(containerWeights.features).toEqual([...containerFeatureNames])
    expect(checkedContainerWeights(containerWeights)).toHaveLength(containerFeatureNames.length)
    expect(() => checkedContainerWeights({features: ['words'], weights: [1]})).toThrow(/npm run fit:containers/)
  })

  it('weighs the candidates in parseHtml, once per reading of the page', () => {
    const seen: number[] = []
    parseHtml(page, {inspectContainers: (candidates) => seen.push(candidates.length)})
    expect(seen).toHaveLength(1)
    expect(seen[0]).toBeGreaterThan(2)
  })
})

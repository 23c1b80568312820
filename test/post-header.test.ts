import {describe, expect, it} from 'vitest'
import * as cheerio from 'cheerio/slim'
import type {Element} from 'domhandler'
import {cleanSync} from '../src/index.js'
import {describe as describe_} from '../src/parse/html/dom.js'
import {measure} from '../src/parse/html/measure.js'
import {withHeader} from '../src/parse/html/post-header.js'

const paragraph = (topic: string) =>
  `<p>The ${topic} was reported on Tuesday by the regional office, which said that the figures had been checked twice, and that the next report would follow within a week of the first.</p>`

/** A blog's page of an old theme: the post's title over its body in the post's box, a day's date over the post, a sidebar beside. */
const blogPage = (title: string) => `<html lang="en"><head><title>Field Notes</title></head><body>
<div id="header"><h1><a href="/">Field Notes</a></h1><p>A notebook on public health.</p></div>
<div id="main"><h2 class="date-header">Tuesday, April 05, 2005</h2>
<div class="post"><a name="1112729"></a>
<h3 class="post-title">${title}</h3>
<div class="post-body"><div><div style="text-align: justify">${paragraph('outbreak')}${paragraph('vaccine')}${paragraph('survey')}</div></div></div>
<p class="post-footer">posted by Revere at 3:19 PM</p>
</div></div>
<div id="sidebar"><h2>Links</h2><ul><li><a href="/a">Archive</a></li><li><a href="/b">About</a></li></ul></div>
</body></html>`

describe('the post title above the article container', () => {
  it('keeps the heading that stands right above the post body in its box', () => {
    const {markdown} = cleanSync(blogPage('H7 in North Korea'), {format: 'html'})
    expect(markdown).toContain('### H7 in North Korea')
    expect(markdown).toContain('The outbreak was reported')
    expect(markdown).not.toContain('Archive')
  })

  it('leaves out a day heading, and the page headline stays in the front matter only', () => {
    const {markdown, meta} = cleanSync(blogPage('H7 in North Korea'), {format: 'html'})
    expect(markdown).not.toContain('## Tuesday, April 05, 2005')
    expect(meta.date).toBe('2005-04-05')
    expect(markdown).not.toContain('# Field Notes')
  })

  it('takes no box that holds more after the text, nor one whose header is a standfirst or the page headline', () => {
    const box = (html: string) => {
      const $ = cheerio.load(html)
      const body = $('body')[0] as unknown as Element
      const text = $('#text')[0] as unknown as Element
      return describe_(withHeader(text, body, measure(body), $('h1')[0] as unknown as Element | undefined))
    }
    const body = `<div id="text">${paragraph('outbreak')}${paragraph('vaccine')}</div>`
    expect(box(`<body><div id="post"><h3>A post title</h3>${body}</div></body>`)).toBe('div#post')
    expect(box(`<body><div id="post"><h3>A post title</h3>${body}<div>More from the wards next Monday, as every week.</div></div></body>`)).toBe('div#text')
    expect(box(`<body><div id="post"><p>A standfirst that sums the post up for its reader.</p>${body}</div></body>`)).toBe('div#text')
    expect(box(`<body><div id="post"><h1>The page headline</h1>${body}</div></body>`)).toBe('div#text')
    expect(box(`<body><div id="post"><h2>Tuesday, April 05, 2005</h2>${body}</div></body>`)).toBe('div#text')
  })
})

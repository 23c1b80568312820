import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'

const posts = [
  ['A merry Christmas to all', 'Merry Christmas to those of you and your families who celebrate this holiday, and to every reader who wrote in this year with a question about debt.'],
  ['How to avoid the scams', 'Scams abound, and if you are going to be working to eliminate debt next year, you will need to be aware of how to avoid being scammed by offers that ask for money up front.'],
  ['Gift cards may not be the gift', 'Gift cards can be a great gift for someone who is hard to buy for, though many come with fees and restrictions that make the gift a headache for the one who gets it.'],
]

function page(stamp: (index: number) => string): string {
  const body = posts.map(([title, text], index) => `<h2>${title}</h2>\n<p>${text}</p>\n<p>${stamp(index)}</p>`).join('\n')
  return `<html><head><title>Debt blog</title></head><body><div id="posts">${body}</div></body></html>`
}

describe("a post's stamp", () => {
  it('goes under each post of a blog page: its date, permalink and comment count set apart by bars', () => {
    const result = cleanSync(page((index) => `Friday December ${22 - index}, 2006 | <a href="/b/a/${index}.htm">permalink</a> | comments (${index})`), {format: 'html'})
    expect(result.markdown).not.toMatch(/permalink|comments \(/u)
    for (const [, text] of posts) expect(result.markdown).toContain(text!.slice(0, 40))
  })

  it('goes when it names the author and the time, a line break, then the comments button with its count and the category', () => {
    const result = cleanSync(page((index) => `Posted by <b>msshell</b> at 0${index + 5}:41 PM<br><a href="/a/${index}.shtml#comments">View/Add Comments (${index + 2})</a> | Category: <a href="/cat">Back Home</a>`), {format: 'html'})
    expect(result.markdown).not.toMatch(/msshell|View\/Add|Back Home/u)
    expect(result.removed.some((removal) => removal.reason.startsWith("a post's stamp"))).toBe(true)
  })

  it('stays when a part is no stamp: a sentence with a bar in it, a date beside words of the post, figures in a table row', () => {
    const lines = ['Comments (3) | We read every one of them before the next post goes out.', 'December 22, 2006 | the day the office closed for the holidays', 'Prices | 2006 | 2007']
    const result = cleanSync(page((index) => lines[index]!), {format: 'html'})
    for (const line of lines) expect(result.markdown).toContain(line.split(' | ')[1]!)
  })
})

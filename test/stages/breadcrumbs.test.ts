import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body, runStages} from '../helpers/run.js'

const prose = 'This is the first paragraph of the article, long enough to be prose, and it ends with a period.'
const clean = (text: string) => runStages(text, ['breadcrumbs'])

describe('breadcrumbs stage', () => {
  it('removes a trail glued to the title that follows it', () => {
    const result = clean(`StartArtiklarDeepSeek, loppet för AI:erna\n\nDeepSeek, loppet för AI:erna\n\n${prose}`)
    expect(body(result.markdown)).toBe(`DeepSeek, loppet för AI:erna\n\n${prose}\n`)
    expect(result.removed[0]?.reason).toBe('a breadcrumb trail (Start › Artiklar) glued to the title that follows it')
  })

  it('removes a trail with separators in the header', () => {
    const result = clean(`Home › News › World\n${prose}`)
    expect(result.removed.map((removal) => removal.text)).toEqual(['Home › News › World'])
    expect(clean(`Home / Sport\n${prose}`).removed).toHaveLength(1)
  })

  it('takes the headline under its trail for the title wherever the trail stands, past a sidebar\'s long bio, and ends a one-paragraph post at "1 Comment"', () => {
    const bio = 'Bob Walsh is the author of The Web Startup Success Guide, co-hosts the Startup Success Podcast and has helped hundreds of founders with their first product, their pricing, their marketing and their first hires over the last twenty years of consulting.'
    const books = 'July, 2009: The Web Startup Success Guide is out and selling, and readers say it is the most practical book on starting a software company that they have read, with chapters on pricing, support, marketing and the first customers.'
    const post = 'For the past week or so I have been getting these great startup advice emails from a small site, and I keep every one of them in a folder, because each one has something I can use on the same day.'
    const comment = ['Thanks for this Bob. On your recommendation I just signed up, and the first email was already worth it.', 'I am still on information overload though, because I sign up for things that seem like they will really benefit me and then never read them, so the folder keeps growing every week.', 'But the worse part is the folder of things to read one of these days, which by the time I retire will hold twelve thousand emails and keep me busy going through them all.']
    const praise = '“As someone trying to get my self-funded startup going, both time and money are at a premium. I tried a consultant before, and Bob gave me more useful advice in one hour than I got in a month, on pricing, on my site and on what to build next.”'
    const page = ['Home', praise, 'Podcast', books, 'About', bio, 'Home / Keeper emails from a small site', 'Keeper emails from a small site', post, 'Share this:', 'Popular Posts', 'Related Posts', '1 Comment', 'Mark08-08-2012', ...comment, 'Search']
    const result = cleanSync(page.join('\n'))
    expect(result.meta.title).toBe('Keeper emails from a small site')
    expect(body(result.markdown)).toBe(`${post}\n`)
  })

  it("takes the signed headline under a trail whose last crumb names the blog, not the post (an author's blog, \"The White House Blog\")", () => {
    const story = ['Sometimes big stories are ignored by news organisations because nobody looks, and sometimes because everybody looks at once and nobody checks what the others found.', 'The list handed over on live television made good television, but it also showed how little it takes for a rumour read online to become a story a whole country repeats.', 'If we are not careful, the facts recede into the distance amid the speculation, and the people who were hurt are the ones who lose most when the rumours are wrong.']
    const page = ['Home', 'Blogs', 'Politics', 'Culture', 'Home › Blogs › Steven Baxter', 'Steven Baxter', 'Patrolling the murkier waters of the mainstream media', 'RSS', 'A television list shows the danger of treating rumours as news', story[0], 'By Steven Baxter Published 09 November 2012 16:02', ...story.slice(1), 'Comments']
    expect(cleanSync(page.join('\n')).meta.title).toBe('A television list shows the danger of treating rumours as news')
  })

  it('reads » as a quotation mark, not a separator, in a line that quotes with «: a headline naming three films is no trail', () => {
    expect(clean(`Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…\n${prose}`).removed).toEqual([])
    expect(clean(`Accueil » Culture » Cinéma\n${prose}`).removed).toHaveLength(1)
    expect(clean(`Accueil › Culture › «Vape Wave»\n${prose}`).removed).toHaveLength(1)
    // A spaced » separates crumbs whatever they quote.
    expect(clean(`Accueil » Actualités » «Le Grand Bleu» revient\n${prose}`).removed).toHaveLength(1)
    expect(clean(`Startseite » Kultur » »Tatort«: Kritik\n${prose}`).removed).toHaveLength(1)
  })

  it('keeps prose with slashes and arrows, and anything inside the article', () => {
    expect(clean(`The ratio is 3/4 and/or more › less.\n${prose}`).removed).toEqual([])
    expect(clean(`${prose}\nHome › News › World\n${prose.replace('first', 'second')}`).removed).toEqual([])
  })

  it('leaves a byline that ends with the author name printed again under it', () => {
    const result = clean(`The Quiet Economics of Tide Pools\nPosted on March 4, 2025 by Maria Lopez\nMaria Lopez\n${prose}`)
    expect(result.removed).toEqual([])
    const all = cleanSync(`The Quiet Economics of Tide Pools\nPosted on March 4, 2025 by Maria Lopez\nMaria Lopez\n${prose}`)
    expect([all.meta.author, all.meta.date]).toEqual(['Maria Lopez', '2025-03-04'])
  })
})

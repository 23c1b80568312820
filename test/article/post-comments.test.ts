import {describe, expect, it} from 'vitest'
import {postCommentsWall} from '../../src/article/post-comments.js'
import {boundaryOf} from '../../src/lexicon/chrome.js'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

// A blog's short post under its title: the date, the post, a share bar, the comment form, then the sidebar (hand scores).
const blocks: Array<[text: string, base: number]> = [
  ['17/11/2019 ~ Cem Basman', -4.5],
  ['I would invest in smart and economical charging stations. I wonder that there are so few of them.', 18],
  ['Share this:', -12],
  ['Leave a comment', -100],
  ['Enter your comment here ...', -3.5],
  ['Name (required)', -2],
  ['Website', -1.5],
  ['About this blog', -1.5],
  ['This is the personal blog of a founder in Hamburg, with texts and pictures that last longer than a post on social media, and matter more to him.', 37],
]
const texts = blocks.map(([text]) => text)
const base = blocks.map(([, score]) => score)

describe('a short post\'s comment form under its title', () => {
  it('walls the sidebar off at the comments\' heading with the form under it', () => {
    expect(postCommentsWall(texts, base, 0)).toBe(3)
  })

  it('reads the comment form\'s heading of German blogs ("Kommentar verfassen", WordPress.com\'s)', () => {
    for (const line of ['Kommentar verfassen', 'Kommentar hinterlassen', 'Schreib einen Kommentar']) expect(boundaryOf(line, 2 + Number(line.startsWith('Schreib')))).toBe('comments')
  })

  it('needs the post right under the title', () => {
    const far = [...Array<string>(6).fill('Menu'), ...texts]
    expect(postCommentsWall(far, [...Array<number>(6).fill(-1.5), ...base], 0)).toBe(-1)
  })

  it('is no "Comments" link with the article going on under it', () => {
    const goesOn = [...texts.slice(0, 4), 'The article goes on here with its second paragraph, right under the link.', 'And its third paragraph, which stands with the second.']
    expect(postCommentsWall(goesOn, [...base.slice(0, 4), 14, 10], 0)).toBe(-1)
  })

  it('keeps the post, not the sidebar after its comment form', () => {
    const post = 'I would invest in smart and economical charging stations for electric cars. I wonder that there are so few of them.'
    const bio = 'This is the personal blog of a founder in Hamburg, with his texts and pictures that last longer than the posts on his social media channels, and that matter more to him than those do.'
    const series = 'Entrepreneurial insights from entrepreneurs, investors and artists, in a small series of posts about business development that has a good dozen articles by now.'
    const page = [
      'Skip to content', 'Home\nAbout me\nContact', 'Charging stations.', 'Mobility', post,
      'Share this:\nTwitter\nFacebook', 'Leave a comment', 'Enter your comment here ...', 'Fill in your details below or click an icon to log in:', 'Email (required) (Address never made public)', 'Name (required)', 'Website', 'You are commenting using your WordPress.com account. ( Log Out / Change )', 'You are commenting using your Twitter account. ( Log Out / Change )', 'Cancel', 'Connecting to %s', 'Notify me of new posts via email.',
      'Micro series: born entrepreneurs', series, 'A good dozen articles are in the series by now. Enjoy them, and may some of them bring you an insight or two.', 'Who writes here?', 'Home is not a place but the community of feelings.', bio, 'Copyright',
    ]
    const result = cleanSync(page.join('\n\n'), {format: 'text', url: 'https://blog.example.org/2019/11/17/charging-stations/'})
    expect(body(result.markdown)).toContain(post)
    expect(body(result.markdown)).not.toContain('personal blog of a founder')
  })
})

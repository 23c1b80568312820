import {describe, expect, it} from 'vitest'
import {captionCredit} from '../src/lexicon/captions.js'
import {body, runStages} from './helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'

describe('a stock photo library\'s credit', () => {
  it('closes a caption, set off by a copyright mark, a slash, a dash or a colon', () => {
    expect(captionCredit('Renewable energy, a bio-based economy, modern city plans: there are many ways to a sustainable society. © Thinkstock')).toBe('© Thinkstock')
    expect(captionCredit('Das Forum reagiert mit Entsetzen und fordert Aufklärung. (Quelle: Fleischmann/Unsplash/DJV)')).toBe('(Quelle: Fleischmann/Unsplash/DJV)')
    expect(captionCredit('Schneeräumpflicht: was man darüber wissen muss © Rike/pixelio.de')).toBeDefined()
    expect(captionCredit('Cyber attacks keep rising. – © Sergey Nivens – stock.adobe.com')).toBe('– © Sergey Nivens – stock.adobe.com')
    expect(captionCredit('Symbolbild: Alex T./Adobe Stock')).toBe('Symbolbild: Alex T./Adobe Stock')
  })

  it('is a line of its own in the libraries\' wording, a photo label, the photographer and the library', () => {
    expect(captionCredit('Photo by ev on Unsplash')).toBe('Photo by ev on Unsplash')
    expect(captionCredit('Bild von Gerd Altmann auf Pixabay')).toBe('Bild von Gerd Altmann auf Pixabay')
  })

  it('is no sentence that names a library, nor a library named inside a line', () => {
    expect(captionCredit('I take all my photos from Unsplash.')).toBeUndefined()
    expect(captionCredit('Most bloggers use free photos. Photos from Unsplash are popular on Pixabay')).toBeUndefined()
    expect(captionCredit('© Unsplash has changed its licence twice since 2017, and many photographers left it')).toBeUndefined()
  })

  it('takes the caption out of the article, and keeps the paragraphs around it', () => {
    const caption = 'Workers at the sea wall last winter. Photo by Jane Doe on Unsplash'
    const result = runStages([p1, p2, caption, p3, p1.replace('Tuesday', 'Friday')].join('\n\n'), ['boilerplate'])
    expect(body(result.markdown)).not.toContain('Unsplash')
    expect(body(result.markdown)).toContain(p3)
    expect(body(result.markdown)).toContain(p2)
  })
})

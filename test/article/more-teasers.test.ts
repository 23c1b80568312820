import {describe, expect, it} from 'vitest'
import {endsWithMoreLink} from '../../src/lexicon/more-links.js'
import {body, runStages} from '../helpers/run.js'

const paragraphs = [
  'Der Rat hat am Dienstag beschlossen, die alte Hafenstraße für sechs Monate zu sperren, während Ingenieure die Kaimauer reparieren.',
  'Die Anwohner hatten seit den Stürmen des letzten Winters um die Reparatur gebeten, als das Wasser zweimal die ersten Häuser erreichte.',
  'Die Arbeiten beginnen im März, und der Rat verspricht eine Umleitung für die Busse und einen neuen Übergang für die Schule.',
  'Ein Sprecher der Stadt sagte, die Kosten würden zum größten Teil vom Land getragen, der Rest komme aus dem Haushalt des Hafens.',
  'Die Händler am Hafen fürchten weniger Kundschaft, doch die Stadt will in der Zeit Parkplätze am Bahnhof frei halten.',
]
const teaser = 'Was gibt es Neues am Hafen? Regelmäßig beantworten Fachleute in unserem Podcast Fragen der Hörer und erläutern Hintergründe. mehr'
const clean = (text: string) => runStages(text, ['boilerplate'])

describe('teasers with their "more" link inside the article', () => {
  it('removes a teaser of another page and its headline between the article\'s paragraphs', () => {
    const page = [...paragraphs.slice(0, 3), 'Podcast: Der Hafen und die Stadt', teaser, ...paragraphs.slice(3)]
    const text = body(clean(page.join('\n\n')).markdown)
    expect(text).not.toContain('Regelmäßig beantworten')
    expect(text).not.toContain('Podcast: Der Hafen')
    for (const paragraph of paragraphs) expect(text).toContain(paragraph)
  })

  it('keeps a page that is a list of such teasers, and a post that ends with its own link to the rest', () => {
    const listing = ['Golfplätze an der Küste', teaser, 'Golfplatz am Deich', teaser.replace('Hafen', 'Deich'), 'Golfplatz im Moor', teaser.replace('Hafen', 'Moor')]
    expect(body(clean(listing.join('\n\n')).markdown)).toContain('Regelmäßig beantworten')
    const post = [...paragraphs.slice(0, 3), 'Aus der Sitzung ergeben sich einige Lehren, die Anwohner genau bedenken sollten. [Weiterlesen]']
    expect(body(clean(post.join('\n\n')).markdown)).toContain('einige Lehren')
  })

  it('reads the link after the last sentence only: a sentence that says "more" is no link', () => {
    expect(endsWithMoreLink('He studied anthropology and journalism in... Read more »')).toBe(true)
    expect(endsWithMoreLink('Rookies haben heute "keine Chance" mehr')).toBe(false)
    expect(endsWithMoreLink('We need more')).toBe(false)
    expect(endsWithMoreLink('Das ist gut. Mehr News im Live-Ticker.')).toBe(false)
  })
})

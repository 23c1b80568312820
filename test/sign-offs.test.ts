import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'
import {isSignOff} from '../src/lexicon/sign-offs.js'

const paragraphs = [
  'Letzte Woche habe ich mir endlich den Rucksack gekauft, von dem ich seit dem Frühjahr träume, und er kam am Freitag an.',
  'Beim Auspacken war ich zuerst begeistert, dann aber ein wenig enttäuscht, weil die Farbe anders aussah als auf den Fotos im Shop.',
  'Ich habe ihn trotzdem eine Woche lang getragen, in der Stadt, im Zug und auf dem Markt, und er hat sich als sehr praktisch erwiesen.',
  'Was würdet ihr tun: behalten oder zurückschicken? Ich bin gespannt auf eure Meinungen und lese jede einzelne Antwort.',
]

describe('sign-offs', () => {
  it('reads a farewell and a name as a sign-off, not a heading or a sentence', () => {
    for (const line of ['x Franzi', 'Euer HansEhrlich', 'XX, Die Redaktion', 'xoxo Anna', 'Cheers, Tom', 'Bises, Sophie', 'Pozdrawiam, Ania', 'Kram, Elin']) expect(isSignOff(line), line).toBe(true)
    for (const line of ['Ihre Meinung', 'Franzi', 'x', 'Euer Kommentar ist uns wichtig', 'Cheers to the new year', 'Saludos a todos']) expect(isSignOff(line), line).toBe(false)
  })

  it('keeps a blogger\'s sign-off under the closing line with the article in a text dump', () => {
    const page = ['Startseite', 'Fashion', 'Beauty', 'Mein neuer Rucksack', ...paragraphs, 'Schönen Sonntag euch allen!', 'x Franzi', 'Related Posts', 'Zehn Tipps für den Herbst', 'Die besten Jacken der Saison'].join('\n')
    const markdown = cleanSync(page, {format: 'text'}).markdown
    expect(markdown).toContain(paragraphs[3])
    expect(markdown).toContain('x Franzi')
    expect(markdown).not.toContain('Zehn Tipps')
  })
})

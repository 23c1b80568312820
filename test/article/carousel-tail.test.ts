import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const paragraphs = [
  'Der Rat hat am Dienstag beschlossen, die alte Hafenstraße für sechs Monate zu sperren, während Ingenieure die Kaimauer reparieren.',
  'Die Anwohner hatten seit den Stürmen des letzten Winters um die Reparatur gebeten, als das Wasser zweimal die ersten Häuser erreichte.',
  'Die Arbeiten beginnen im März, und der Rat verspricht eine Umleitung für die Busse und einen neuen Übergang für die Schule.',
  'Ein Sprecher der Stadt sagte, die Kosten würden zum größten Teil vom Land getragen, der Rest komme aus dem Haushalt des Hafens.',
]
/** A slider's teasers: a headline and its summary each. */
const slides = [
  ['Neue Fähre ab Mai: Was Pendler wissen müssen', 'Ab Mai fährt eine zweite Fähre über den Fluss. Wir erklären, wann sie fährt und was eine Fahrt kostet.'],
  ['Stadtfest 2022: Das Programm am Wochenende', 'Drei Tage Musik, Märkte und ein Feuerwerk am Hafen: Hier finden Sie alle Termine des Stadtfests auf einen Blick.'],
  ['Radwege im Überblick: Wo die Stadt baut', 'Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege. Eine Karte zeigt, wo gebaut wird und wie lange.'],
]
const clean = (text: string) => body(runStages(text, ['boilerplate']).markdown)

describe('a carousel of teasers at the article\'s end', () => {
  it('ends the article above a run of headline and summary pairs, one of them printed again (the slider loops)', () => {
    const page = [...paragraphs, ...slides[0]!, ...slides[1]!, ...slides[0]!, ...slides[2]!, ...slides[1]!, 'Impressum', 'Datenschutz']
    const text = clean(page.join('\n\n'))
    for (const paragraph of paragraphs) expect(text).toContain(paragraph)
    expect(text).not.toContain('zweite Fähre')
    expect(text).not.toContain('Radwege im Überblick')
  })

  it('keeps an article whose sections are a heading and a paragraph each, none printed twice', () => {
    const sections = slides.flat()
    const text = clean([...paragraphs, ...sections, 'Impressum'].join('\n\n'))
    for (const line of sections) expect(text).toContain(line)
  })

  it('keeps a page that is all such pairs printed twice, with no prose of its own above them', () => {
    const page = [...slides.flat(), ...slides.flat()]
    expect(clean(page.join('\n\n'))).toContain('zweite Fähre')
  })

  it("starts the carousel at the slide printed twice: the article's own sections of a heading and a paragraph above it stay", () => {
    const sections = [
      ['Die Sperrung im Überblick', 'Die Straße ist ab dem ersten März gesperrt, Fußgänger dürfen den Gehweg auf der Seite des Hafens weiter benutzen.'],
      ['Was Anwohner tun müssen', 'Wer an der Straße wohnt, bekommt eine Karte für die Zufahrt und kann sein Auto wie bisher vor dem Haus abstellen.'],
      ['Wie die Busse fahren', 'Die Linien drei und sieben fahren über die Ringstraße und halten an zwei neuen Haltestellen am Rand des Viertels.'],
    ]
    // A player's title and caption right above the slider, no sentence, goes with it.
    const player = ['Radiobeitrag zur Hafenstraße', 'Radiobeitrag vom 3.2.2022 von Anna Berg für das Stadtradio im Kanal Hafen']
    const page = [...paragraphs, ...sections.flat(), ...player, ...slides[0]!, ...slides[1]!, ...slides[2]!, ...slides[0]!, 'Impressum', 'Datenschutz']
    const text = clean(page.join('\n\n'))
    for (const line of sections.flat()) expect(text).toContain(line)
    expect(text).not.toContain('Radiobeitrag vom')
    expect(text).not.toContain('zweite Fähre')
    expect(text).not.toContain('Radwege im Überblick')
  })
})

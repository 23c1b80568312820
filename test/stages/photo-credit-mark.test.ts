import {describe, expect, it} from 'vitest'
import {isInlineChrome} from '../../src/lexicon/chrome.js'
import {body, runStages} from '../helpers/run.js'

const p1 = 'Bist du glücklich? Schwierige Frage, nicht wahr? Viele von uns müssen da erst mal überlegen, bevor sie antworten können.'
const p2 = 'Die japanische Methode Ikigai soll helfen, den eigenen Sinn im Leben zu finden, und sie ist einfacher, als sie klingt.'
const p3 = 'Wer seine Leidenschaft, seine Berufung und seine Stärken kennt, findet leichter heraus, was ihn morgens aufstehen lässt.'
const closing = 'Das Buch "Ikigai" von Bettina Lemke ist im dtv Verlag erschienen und kostet im Handel 14,90 Euro.'

describe('a photo\'s credit after the copyright mark', () => {
  it('reads a short credit with no year as chrome inside the article; not the site\'s notice, its address or its reserved rights', () => {
    for (const credit of ['© dtv Verlag', '© Getty Images', '© picture alliance/dpa', '© Shutterstock/racorn']) expect(isInlineChrome(credit, credit.split(' ').length)).toBe(true)
    for (const notice of ['© 2020 Example Media', '© Battery-News.de', '© Copyright - Example', '© Example. Alle Rechte vorbehalten.']) expect(isInlineChrome(notice, notice.split(' ').length)).toBe(false)
  })

  it('keeps the article\'s closing paragraph under a photo and its credit', () => {
    const result = runStages([p1, p2, p3, '© dtv Verlag', closing, 'Themen in diesem Artikel', 'Zufriedenheit', 'Neu in Liebe'].join('\n'), ['boilerplate'])
    expect(body(result.markdown)).toContain(closing)
  })
})

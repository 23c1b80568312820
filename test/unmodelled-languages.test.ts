import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../src/index.js'
import {paragraphs} from './data/paragraphs.js'

/**
 * Welsh, Basque and Icelandic: franc has no model for them and named another language (Hausa, French, Bokmål), or
 * none. Their function words name them. News paragraphs written for this test.
 */
const texts: Record<string, string[]> = {
  cy: [
    "Mae'r llywodraeth wedi cyhoeddi y bydd yr arian ychwanegol ar gyfer ysgolion gwledig yn cael ei rannu rhwng y siroedd dros y flwyddyn nesaf. Yn ôl y gweinidog addysg, roedd nifer o ysgolion bach mewn perygl o gau, ond bydd y cynllun newydd yn rhoi sicrwydd iddyn nhw am dair blynedd o leiaf.",
    'Cafodd y gêm ei chwarae mewn glaw trwm yng Nghaerdydd nos Sadwrn. Roedd y dorf yn dawel am yr hanner cyntaf, ond ar ôl y cais cyntaf roedd y stadiwm yn llawn sŵn, a gyda deg munud i fynd fe sgoriodd Cymru eto.',
  ],
  eu: [
    'Udalak iragarri duenez, udal igerilekua irailaren amaiera arte egongo da irekita, eta ordutegia ere luzatu egingo dute. Herritarrek eskatu zuten neurria, uda honetan beroa handia izan baita eta igerilekua beti beteta egon baita arratsaldeetan.',
    'Bilboko Athleticek garaipen garrantzitsua lortu zuen atzo San Mamesen. Taldeak bi gol sartu zituen lehen zatian, eta bigarrenean ondo defendatu zuen emaitza. Entrenatzailearen arabera, jokalariek lan handia egin zuten eta zaleek ere asko lagundu zuten.',
  ],
  is: [
    'Ríkisstjórnin hefur ákveðið að hækka framlög til heilbrigðismála um fimm milljarða króna á næsta ári. Fjármálaráðherra sagði á blaðamannafundi í gær að þetta væri nauðsynlegt vegna þess að biðlistar eftir aðgerðum hefðu lengst verulega.',
    'Mikil snjókoma var á Norðurlandi í nótt og voru margir vegir lokaðir í morgun. Vegagerðin segir að unnið sé að því að ryðja helstu leiðir, en ökumenn eru beðnir um að fara varlega og fylgjast með færð á vef stofnunarinnar.',
  ],
}

describe('languages franc has no model for', () => {
  for (const [lang, list] of Object.entries(texts)) {
    it(`${lang}: named by its function words`, () => {
      for (const text of list) {
        const found = detectLanguage(text)
        expect(found.lang, text.slice(0, 50)).toBe(lang)
        expect(found.decidedBy).toBe('evidence')
      }
    })
  }

  it('names none of them for a paragraph of another language', () => {
    for (const list of Object.values(paragraphs)) for (const text of list) expect(['cy', 'eu', 'is']).not.toContain(detectLanguage(text).lang)
  })

  it("names the page's own language when one of them is only a paragraph of it", () => {
    // An English report with the Welsh version of its lead and a Welsh quote; a Spanish one with a Basque quote.
    const english = [
      'Gwynedd Council has approved plans for a new Welsh-medium primary school in Caernarfon, which will open in September 2028 and take up to 300 pupils.',
      texts.cy![0]!,
      'The cabinet member for education said the school would replace two older buildings that were no longer fit for purpose, and that parents would be able to register their children from January.',
    ].join('\n\n')
    expect(detectLanguage(english).lang).toBe('en')
    const spanish = [
      'El Athletic de Bilbao logró ayer una victoria importante en San Mamés ante un rival directo por los puestos europeos, y el entrenador se mostró satisfecho con el trabajo del equipo durante toda la semana.',
      texts.eu![1]!,
      'La afición llenó el estadio a pesar de la lluvia, y el club anunció que el próximo partido en casa se jugará el domingo por la tarde.',
    ].join('\n\n')
    expect(detectLanguage(spanish).lang).toBe('es')
  })

  it('leaves them out when the caller allows other languages only', () => {
    expect(detectLanguage(texts.eu![0]!, {only: ['fr', 'es']}).lang).not.toBe('eu')
  })
})

import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

/**
 * "Continue reading after the ad": a line the page prints where an ad breaks the article. It is the page's,
 * and the article goes on under it: the line goes, the paragraphs under it stay (a "read more" teaser there
 * had ended the article).
 */
const pages: Record<string, {header: string[]; paragraphs: string[]; adBreak: string; after: string; footer: string[]}> = {
  it: {
    header: ['Cronaca', 'Sport', 'Economia', 'Nuova pista ciclabile tra Bergamo e Seriate', 'di Giulia Bianchi', '5 dicembre 2026'],
    paragraphs: [
      'Aprirà a marzo la nuova pista ciclabile che collegherà Bergamo a Seriate. Il percorso sarà lungo 4,2 km e costerà circa 1,8 milioni di euro.',
      "Lo ha annunciato ieri l'assessore alla mobilità durante la conferenza stampa in Comune. «È un'opera attesa da anni», ha detto.",
      'I lavori inizieranno a gennaio e dureranno circa dieci settimane, salvo maltempo.',
    ],
    adBreak: 'Continua a leggere dopo la pubblicità',
    after: 'Secondo i dati del Comune, ogni giorno 3.000 persone percorrono già il tratto in bicicletta.',
    footer: ['Leggi anche', 'Bergamo, chiude il ponte di via Roma', 'Tag: ciclabile, mobilità'],
  },
  es: {
    header: ['Portada', 'Local', 'Deportes', 'Sevilla estrena un nuevo carril bici junto al río', 'Por Lucía Martín', '5 de diciembre de 2026'],
    paragraphs: [
      'El Ayuntamiento de Sevilla abrió este viernes un nuevo carril bici de 3,5 kilómetros junto al Guadalquivir. La obra costó 2,1 millones de euros.',
      'El alcalde recorrió el trazado en bicicleta junto a varios vecinos del barrio. «Era una demanda histórica», dijo a los periodistas.',
      'El carril conecta el puente de Triana con el parque del Alamillo en apenas quince minutos.',
    ],
    adBreak: 'Continúa leyendo después del anuncio',
    after: 'Según el consistorio, unas 4.000 personas usan cada día la bicicleta en esa zona de la ciudad.',
    footer: ['Noticias relacionadas', 'El tranvía llegará a Triana en 2028', 'Etiquetas: bicicleta, movilidad'],
  },
}

describe('a line where an ad breaks the article', () => {
  for (const [lang, page] of Object.entries(pages)) {
    it(`goes, and the paragraph under it stays (${lang}: "${page.adBreak}")`, () => {
      const text = [...page.header, ...page.paragraphs, page.adBreak, page.after, ...page.footer].join('\n')
      const result = cleanSync(text, {format: 'text'})
      expect(result.meta.lang).toBe(lang)
      // The output prints typographic apostrophes.
      const printed = (paragraph: string) => paragraph.replaceAll("'", '’')
      for (const paragraph of page.paragraphs) expect(result.markdown).toContain(printed(paragraph))
      expect(result.markdown).toContain(printed(page.after))
      expect(result.markdown).not.toContain(page.adBreak)
      expect(result.removed.some((removal) => removal.text === page.adBreak && /advertisement/u.test(removal.reason))).toBe(true)
    })
  }
})

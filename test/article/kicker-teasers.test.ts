import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

const article = [
  'Abnehmen ohne Hunger: 8 Tipps, die wirklich helfen',
  'Viele Menschen möchten ein paar Kilo verlieren, ohne dabei ständig hungrig zu sein. Mit den richtigen Tipps gelingt das auch im Alltag, und zwar ohne teure Pulver oder strenge Pläne.',
  'Wer regelmäßig frühstückt, isst über den Tag verteilt meist weniger und hat seltener Heißhunger auf Süßes am Nachmittag, wie mehrere Studien zeigen.',
  'Auch ausreichend Schlaf spielt eine Rolle, denn wer müde ist, greift schneller zu Snacks und bewegt sich weniger. Sieben bis acht Stunden pro Nacht sind ideal.',
  'Gesunde Ernährung und Sport sind wichtig zum Abnehmen. Damit ihr euer Ziel erreicht, müsst ihr aber auch Geduld mitbringen und kleine Erfolge feiern.',
  'Die Psyche spielt eine nicht unerhebliche Rolle, wenn es um den Erfolg geht. Je zufriedener ihr mit euch seid, desto leichter fällt es euch.',
]

describe('teaser headlines under the article', () => {
  it('takes no kicker headline that calls out with ! or ? for a sentence closing a list after the article', () => {
    const teasers = ['Auch auf beispiel.de', 'Warum nehme ich nicht ab? 4 mögliche Gründe', 'Endlich schlank mit diesen 8 Tipps für jeden Tag', 'Die besten Übungen für einen flachen Bauch', '20 Kilo abnehmen: Mit dieser Strategie klappt es!', 'Schlank im Sommer mit dem richtigen Plan', 'Home Gym: So gelingt auch zuhause das perfekte Workout!', 'von Anna Beispiel', '#Abnehmtipps #Diät', 'Folge uns auf Facebook', 'Das könnte dir auch gefallen', 'vom Redaktionsteam', 'Intervallfasten: So klappt Abnehmen ohne Verzicht', 'Impressum', 'Datenschutz']
    const text = body(cleanSync([...article, ...teasers].join('\n\n'), {format: 'text'}).markdown)
    expect(text).toContain(article[5])
    expect(text).not.toContain('20 Kilo abnehmen')
    expect(text).not.toContain('Home Gym')
  })

  it('still takes a list\'s closing sentences, a step\'s label before its colon among them', () => {
    const steps = ['Zutaten für den Teig:', '500 g Mehl', '250 ml Milch', '1 Päckchen Hefe', 'Schritt 1: Das Mehl mit der Hefe und der warmen Milch verrühren.', 'Schritt 2: Den Teig eine Stunde an einem warmen Ort gehen lassen.']
    const text = body(cleanSync([...article, ...steps].join('\n\n'), {format: 'text'}).markdown)
    expect(text).toContain('Schritt 2: Den Teig')
  })
})

import {describe, expect, it} from 'vitest'
import {chromeMatch} from '../src/lexicon/chrome.js'
import {countWords} from '../src/util/text.js'
import {body, runStages} from './helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'

const consents = [
  'By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.',
  'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
  'By clicking “Post Your Answer”, you agree to our terms of service, privacy policy and cookie policy',
  'Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter von Beispiel zu erhalten. Ich bin damit einverstanden, dass Beispiel mir per E-Mail an mich gerichtete Werbung zu Produkten aus dem Sortiment sendet und hierzu meine Daten für die Dauer der Einwilligung speichert.',
  'Mit der Anmeldung für den Newsletter haben Sie den Hinweis auf die Datenschutzhinweise zur Kenntnis genommen.',
  'En vous inscrivant, vous acceptez de recevoir nos newsletters et notre politique de confidentialité.',
  'Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales.',
  'Ao se inscrever, você concorda com a nossa política de privacidade.',
  'Iscrivendoti accetti la nostra informativa sulla privacy.',
  'Door je in te schrijven ga je akkoord met ons privacybeleid.',
]

describe('a form\'s consent small print', () => {
  it('is chrome in any zone, however long, in each language', () => {
    for (const line of consents) {
      expect(chromeMatch(line, countWords(line), 'core')?.category, line).toBe('newsletter')
      expect(chromeMatch(line, countWords(line), 'edge')?.category, line).toBe('newsletter')
    }
  })

  it('is no article sentence that opens with the action alone or names no form', () => {
    for (const line of [
      'By signing up for the programme, farmers receive a subsidy for every hectare they leave fallow.',
      'By entering this store you agree to be bound by the FoodCorp™ Privacy Statement and End User Licence Agreement (EULA).',
      'By clicking through the archive, researchers found letters that nobody had read in a century.',
      'Mit dem Absenden des Antrags beginnt die Frist von vier Wochen, in der das Amt entscheiden muss.',
      'Mit der Anmeldung im Rathaus ist der Umzug für die Behörden abgeschlossen.',
      'Mit der Anmeldung beim Finanzamt haben Sie alle Pflichten für dieses Jahr erfüllt.',
      'Mit der Anmeldung bestätigen Sie den Umzug, und das Amt schickt Ihnen die neue Karte.',
      'En cliquant sur le lien, les lecteurs découvrent une carte des inondations de 1910.',
      'I agree with the council that the road should close.',
    ]) {
      expect(chromeMatch(line, countWords(line), 'core'), line).toBeUndefined()
    }
  })

  it('is no consumer advice on the terms one signs up to, where no form, no site of its own and no "I" speak', () => {
    for (const line of [
      'By signing up for a gym membership, you agree to the terms of the contract, which often include automatic renewal and a notice period of three months.',
      'Mit der Anmeldung im Fitnessstudio akzeptieren Sie die AGB, die oft eine automatische Verlängerung um ein Jahr vorsehen.',
      'Door je in te schrijven bij een sportschool ga je akkoord met de voorwaarden van het contract, dat vaak een jaar loopt.',
      'Door op vakantie te gaan met een reisorganisatie ga je akkoord met de voorwaarden van die organisatie, ook als je ze niet leest.',
      'En vous inscrivant à la salle de sport, vous acceptez les conditions du contrat, souvent reconduit chaque année.',
      'Al registrarte en el gimnasio aceptas las condiciones del contrato, que suele renovarse cada año.',
      'Ao se inscrever na academia, você concorda com os termos do contrato, que costuma ser renovado todo ano.',
      'Registrandoti in palestra accetti i termini del contratto, che spesso si rinnova ogni anno.',
    ]) {
      expect(chromeMatch(line, countWords(line), 'core'), line).toBeUndefined()
    }
  })

  it('goes from the article, whose paragraphs stay', () => {
    const result = runStages([p1, p2, p3, consents[3], p1.replace('Tuesday', 'Friday'), p2.replace('winter', 'spring')].join('\n\n'), ['boilerplate'])
    expect(body(result.markdown)).not.toContain('willige ich')
    expect(body(result.markdown)).toContain(p3)
    expect(body(result.markdown)).toContain(p2.replace('winter', 'spring'))
  })
})

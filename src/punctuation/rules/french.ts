import type {PunctuationRule} from '../rule.js'

const narrow = '\u202F'

export const frenchSpacing: PunctuationRule = {
  name: 'fr/spacing',
  description: 'French puts a narrow no-break space before ; : ! ? and inside « »: added where it is missing or a plain space stands.',
  langs: ['fr'],
  modes: ['locale', 'keep'],
  enabled: true,
  apply: (text) =>
    text
      // Before the high marks, after a word or a closing mark; "?!" keeps its two marks together.
      .replace(/(?<=[\p{L}\p{N}\p{M}»”)\]\uE001])[ \u00A0\u202F]?([;:!?])(?=[\s!?»]|$)/gu, `${narrow}$1`)
      .replace(/«[ \u00A0\u202F]?(?=\S)/gu, `«${narrow}`)
      .replace(/(?<=\S)[ \u00A0\u202F]?»/gu, `${narrow}»`),
  examples: [
    ['Vraiment? Oui : il vient !', `Vraiment${narrow}? Oui${narrow}: il vient${narrow}!`],
    ['Il a dit «merci» hier.', `Il a dit «${narrow}merci${narrow}» hier.`],
    ['Quoi?! Déjà?', `Quoi${narrow}?! Déjà${narrow}?`],
  ],
}

import type {PunctuationRule} from '../rule.js'

const narrow = '\u202F'

export const frenchSpacing: PunctuationRule = {
  name: 'fr/spacing',
  description: 'French puts a narrow no-break space before ; : ! ? and inside « »: added where it is missing or a plain space stands.',
  langs: ['fr'],
  needs: /[«»;:!?]/u,
  modes: ['locale', 'keep'],
  enabled: true,
  // Every space around the marks is taken and the right one put back, so the result does not depend on what was there.
  apply: (text) =>
    text
      .replace(/«[ \u00A0\u202F]*(?=\S)/gu, `«${narrow}`)
      .replace(/(?<=\S)[ \u00A0\u202F]*»/gu, `${narrow}»`)
      // Before ; : ! ? after a word or a closing mark ("?!" keeps its marks together), when a space or the end follows (not ":)").
      // The look-ahead reads at most eight marks, so a long row of them costs linear time.
      .replace(/(?<=[^\s;:!?])[ \u00A0\u202F]*([;:!?])(?=[;:!?»”…]{0,8}(?:\s|$))/gu, `${narrow}$1`),
  examples: [
    ['Vraiment? Oui : il vient !', `Vraiment${narrow}? Oui${narrow}: il vient${narrow}!`],
    ['Il a dit «merci» hier.', `Il a dit «${narrow}merci${narrow}» hier.`],
    ['Quoi?! Déjà?', `Quoi${narrow}?! Déjà${narrow}?`],
  ],
}

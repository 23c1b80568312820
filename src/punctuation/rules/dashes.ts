import type {PunctuationRule} from '../rule.js'

export const parentheticalDash: PunctuationRule = {
  name: 'common/parenthetical-dash',
  description: 'A dash pair glued to the words it encloses (" –aside– ") gets its spaces, as the dash around an aside is spaced on both sides.',
  enabled: true,
  apply: (text) =>
    text.replace(
      /(?<=^|\s)([–—])(?=\p{L})([^–—\n]{1,300}?[\p{L}\p{N}])([–—])(?=\s|$)/gu,
      (_, open: string, inner: string, close: string) => `${open} ${inner} ${close}`,
    ),
  examples: [
    ['das wir alle –hauptsächlich Marketingfachleute– erlebt haben', 'das wir alle – hauptsächlich Marketingfachleute – erlebt haben'],
  ],
}

export const doubleHyphen: PunctuationRule = {
  name: 'common/double-hyphen',
  description: 'A double hyphen between words, a typewriter dash, becomes a dash: an em dash in English, a spaced en dash elsewhere.',
  enabled: true,
  apply: (text, {lang}) =>
    text.replace(/(?<=\p{L}) ?--(?!-) ?(?=\p{L})/gu, lang === 'en' ? '—' : ' – '),
  examples: [['wait--what', 'wait—what']],
}

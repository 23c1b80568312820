import type {PunctuationRule} from '../rule.js'

/**
 * The dash around an aside, per language: a spaced en dash in most of
 * Europe (Duden, the Dutch and Nordic style guides), a spaced em dash in
 * Russian, Ukrainian, Bulgarian, Polish and Portuguese, an unspaced em dash
 * in English (Chicago) and Spanish (the raya, glued to the aside).
 */
const emSpaced = ['ru', 'uk', 'be', 'bg', 'pl', 'pt', 'sr', 'mk']
const emGlued = ['en', 'es', 'ca', 'gl']

function dashOf(lang: string): {dash: string; spaced: boolean} {
  if (emGlued.includes(lang)) return {dash: '—', spaced: false}
  return {dash: emSpaced.includes(lang) ? '—' : '–', spaced: true}
}

export const parentheticalDash: PunctuationRule = {
  name: 'common/parenthetical-dash',
  needs: /[–—]/u,
  description: 'A pair of dashes glued to the aside they enclose ("–aside–") becomes the language’s parenthetical dash: spaced en dash (de, nl, sv, fr …), spaced em dash (ru, uk, pl, pt), unspaced em dash (en, es).',
  modes: ['locale', 'keep'],
  enabled: true,
  apply(text, {lang}) {
    const {dash, spaced} = dashOf(lang)
    return text.replace(
      /(?<=^|\s)[–—](?=\p{L})([^–—\n]{1,300}?[\p{L}\p{N}])[–—](?=[\s,.;:!?»”’"')\]]|$)/gu,
      (_, inner: string) => (spaced ? `${dash} ${inner} ${dash}` : `${dash}${inner}${dash}`),
    )
  },
  examples: [
    ['das wir alle –hauptsächlich Marketingfachleute– erlebt haben', 'das wir alle – hauptsächlich Marketingfachleute – erlebt haben', 'de'],
    ['все мы —особенно маркетологи— пережили', 'все мы — особенно маркетологи — пережили', 'ru'],
    ['we all –mostly marketers– lived it', 'we all —mostly marketers— lived it'],
  ],
}

export const doubleHyphen: PunctuationRule = {
  name: 'common/double-hyphen',
  needs: /--/u,
  description: 'A double hyphen between words, a typewriter dash, becomes the language’s dash: an unspaced em dash in English, a spaced en or em dash elsewhere.',
  modes: ['locale', 'keep'],
  enabled: true,
  apply(text, {lang}) {
    const {dash, spaced} = dashOf(lang)
    const glued = spaced || lang !== 'en' ? ` ${dash} ` : dash
    return text.replace(/(?<=\p{L}) ?--(?!-) ?(?=\p{L})/gu, glued)
  },
  examples: [['wait--what', 'wait—what'], ['warte--was', 'warte – was', 'de']],
}

export const spacedHyphen: PunctuationRule = {
  name: 'common/spaced-hyphen',
  needs: /- /u,
  description: 'A hyphen standing alone between words (“Paris - Berlin”, typed for a dash), or glued to a comma before a speaker in Russian style (“«…»,- сказал”), becomes the language’s dash; ranges of numbers, list markers and words with hyphens stay.',
  modes: ['locale', 'keep'],
  enabled: true,
  apply(text, {lang}) {
    const {dash, spaced} = dashOf(lang)
    const between = spaced ? ` ${dash} ` : dash
    // The hyphen first, its lookbehind after it: a pattern that opens with a lookbehind is tried at every character of a long text.
    let value = text.replace(/ - (?<=[\p{L}\p{M}][»”"')\]]?[,.!?…]? - )(?=[\p{L}«„“"(])/gu, between)
    // "«…»,- сказал": the comma, then the dash, as the direct speech of languages with a spaced dash wants.
    if (spaced) value = value.replace(/- (?<=[\p{L}\p{M}][»”"')\]]?[,!?…]- )(?=\p{L})/gu, ` ${dash} `)
    return value
  },
  examples: [
    ['Paris - Berlin in acht Stunden', 'Paris – Berlin in acht Stunden', 'de'],
    ['«Мы закончили раньше срока»,- сказал глава города.', '«Мы закончили раньше срока», — сказал глава города.', 'ru'],
    ['It works - mostly.', 'It works—mostly.'],
    ['Seiten 10 - 20 und die well-known Liste', 'Seiten 10 - 20 und die well-known Liste', 'de'],
  ],
}


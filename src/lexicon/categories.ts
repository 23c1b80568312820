/**
 * Categories of page chrome that the lexicon names, one list of phrases per
 * category and language. The code decides how a category matches (whole line,
 * line prefix); the data files only list phrases.
 */
export const categories = [
  'related',
  'popular',
  'recent',
  'newsletter',
  'share',
  'postedIn',
  'readMore',
  'comments',
  'cookie',
  'copyright',
  'advertisement',
  'breadcrumbHome',
  'authorLabel',
  'sourceLabel',
  'photoCredit',
  'readingTime',
  'login',
] as const

export type Category = (typeof categories)[number]

/** One language's phrases: every category present (an empty list is allowed only where the language has no such phrase). */
export type LanguageLexicon = { readonly [C in Category]: readonly string[] }

/**
 * Categories of page chrome that the lexicon names, one list of phrases per
 * category and language. The code decides how a category matches (whole line,
 * line prefix); the data files only list phrases. `{n}` stands for a number;
 * a phrase ending in " …" ("about …") only opens a line ("About Nancy
 * Atkinson") and never matches one alone (the menu's "About"); a phrase
 * ending in ":" ("lea:") is only a label, its colon and a headline after it
 * ("Lea: <headline>"), for a word that is a name as often ("Lea", "Mira").
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
  // A count of comments over the post's quoted title, as blog engines head their comments ("40 Responses to “…”",
  // "3 Gedanken zu „…“"): matched only whole or before a quotation. Empty where the title comes first ("“…” için 3 yorum").
  'commentsOn',
  // The heading of the box about the author or the site under the article ("About the author", "Über den Autor",
  // "About Nancy Atkinson"): the article ends above it.
  'authorBox',
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

/** Categories a language may leave empty: its headings put the title first, or their wording is not known yet. */
export const optionalCategories: readonly Category[] = ['commentsOn']

/** One language's phrases: every category present (an empty list is allowed only where the language has no such phrase). */
export type LanguageLexicon = { readonly [C in Category]: readonly string[] }

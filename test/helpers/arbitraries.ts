import fc from 'fast-check'

/**
 * Generators of hostile input for the property tests: arbitrary Unicode, and
 * "dump-like" documents shaped as scrapers write them (breadcrumb, title,
 * byline, paragraphs in a few languages, lists, shortcodes, footer chrome).
 */

/** Characters that trip up parsers, regular expressions and YAML, one by one. */
const awkward = [
  '\u200f', '\u200e', '\u202e', '\u2066', '\u061c', // RTL and bidi controls
  'e\u0301', 'a\u0308', '\u0651', '\u064b', 'ﷺ', // combining marks, an Arabic ligature
  '😀', '👩‍💻', '🇳🇱', '\u{1F3FD}', // emoji, a ZWJ sequence, a flag, a skin tone alone
  '\ud800', '\udfff', '\udc00x', // lone surrogates
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', // controls, line separators
  '\u00a0', '\u2009', '\u3000', '\u200b', '\u00ad', '\ufeff', '\t', '\r', '\r\n', '\n', '\n\n', // spaces and breaks
  '---', '***', '#', '## ', '> ', '* ', '- ', '1. ', '1) ', '`', '```', '~~~', '|', '[', ']', '](', '![', '<', '>', '&', '&amp;', '&#65;', '\\',
  '{{', '}}', '{%', '[vc_row]', '[/caption]', '<script>', 'javascript:', ': ', '"', "'", '«', '»', '…', '...', '--', '—', '–',
  ',', '،', '؛', '؟', '.', '!', '?', ';', ':', '•', '›', '/', 'true', 'null', '&anchor', '*alias', '!!str', '%YAML',
]

/** One code unit or code point of any kind, awkward ones often. */
const unit = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...awkward)},
  {weight: 2, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
  {weight: 1, arbitrary: fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))},
  {weight: 4, arbitrary: fc.constantFrom('a', 'word', 'Title', ' ', 'de', 'und', 'och', 'الذكاء', 'سيك', '中文', 'Ünïcödé', '2025', '28')},
)

/** Arbitrary Unicode: RTL, combining marks, emoji, lone surrogates, control characters, Markdown and YAML syntax. */
export const unicodeText = fc.array(unit, {maxLength: 80}).map((units) => units.join(''))

const vocabulary = {
  en: ['the', 'market', 'reported', 'that', 'prices', 'rose', 'sharply', 'during', 'winter', 'while', 'analysts', 'expected', 'a', 'slow', 'recovery', 'in', 'most', 'regions'],
  nl: ['de', 'gemeente', 'heeft', 'besloten', 'dat', 'het', 'nieuwe', 'plan', 'volgend', 'jaar', 'wordt', 'uitgevoerd', 'met', 'steun', 'van', 'bewoners'],
  de: ['die', 'Regierung', 'hat', 'angekündigt', 'dass', 'neue', 'Regeln', 'für', 'den', 'Verkehr', 'im', 'Sommer', 'gelten', 'sollen', 'und', 'Bürger'],
  sv: ['regeringen', 'har', 'meddelat', 'att', 'nya', 'regler', 'för', 'trafiken', 'ska', 'gälla', 'under', 'sommaren', 'och', 'invånarna'],
  ar: ['أعلنت', 'الحكومة', 'أن', 'القواعد', 'الجديدة', 'للمرور', 'ستطبق', 'خلال', 'فصل', 'الصيف', 'في', 'جميع', 'المدن', 'الكبرى'],
} as const

type Lang = keyof typeof vocabulary
const langs = Object.keys(vocabulary) as Lang[]

const words = (lang: Lang, min: number, max: number) =>
  fc.array(fc.constantFrom(...vocabulary[lang]), {minLength: min, maxLength: max}).map((list) => list.join(' '))

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const sentence = (lang: Lang) =>
  fc.tuple(words(lang, 4, 16), fc.constantFrom('.', '.', '!', '?', '…', '', ':', lang === 'ar' ? '،' : ','))
    .map(([text, end]) => capitalize(text) + end)

const paragraph = (lang: Lang) => fc.array(sentence(lang), {minLength: 1, maxLength: 5}).map((list) => list.join(' '))
/** A paragraph of the article proper: two sentences or more, each ending as sentences do. */
const prose = (lang: Lang) =>
  fc.array(fc.tuple(words(lang, 8, 16), fc.constantFrom('.', '!', '?', '.')).map(([text, end]) => capitalize(text) + end), {minLength: 2, maxLength: 5})
    .map((list) => list.join(' '))

const bulletList = (lang: Lang) =>
  fc.tuple(fc.constantFrom('•', '-', '*', '–', '1.'), fc.array(words(lang, 1, 8), {minLength: 1, maxLength: 6}))
    .map(([glyph, items]) => items.map((item, index) => `${glyph === '1.' ? `${index + 1}.` : glyph} ${item}`).join('\n'))

const name = fc.constantFrom('Jane Doe', 'Jan de Vries', 'Jörg Albers', 'Karin Lundqvist', 'محمد العلي', 'Camila Renaux')
const byline = fc.tuple(fc.constantFrom('By', 'Door', 'Von', 'Av', 'بقلم', 'Auteur:'), name).map(([label, who]) => `${label} ${who}`)
const dateline = fc.constantFrom('28 januari 2025', 'January 28, 2025', '2025-01-28', '28.01.2025', '3. Mai 2025', '16 mars 2025 • Karin Lundqvist')
const breadcrumb = fc.constantFrom('Home › News › World', 'Start / Artiklar', 'Home » Blog', 'Accueil > Actualités', 'الرئيسية › أخبار')
const chrome = fc.constantFrom(
  'Share', 'Delen', 'Teilen', 'Related articles', 'Lees ook: Het nieuwe plan', 'Subscribe to our newsletter',
  '© 2025 Example Media. All rights reserved.', 'Advertisement', 'Posted in: News, World', '12 comments', 'Read more',
  'We use cookies to improve your experience.', 'Tags: AI, FOMO',
)
const shortcode = fc.constantFrom('[vc_row]', '[/vc_row]', '[elfsight_cookie_consent id="1"]', '{{ad}}', '[caption id="a1" align="left"]', '[/caption]', '[gallery ids="1,2"]')

/** A document as a scraper dumps it: header chrome, title, byline, body in one language, footer chrome; lines glued by one or two breaks. */
export const dumpLike = fc.constantFrom(...langs).chain((lang) =>
  fc
    .tuple(
      fc.array(fc.oneof(breadcrumb, chrome, shortcode), {maxLength: 3}),
      words(lang, 2, 10).map(capitalize),
      fc.option(byline, {nil: undefined}),
      fc.option(dateline, {nil: undefined}),
      fc.array(prose(lang), {minLength: 2, maxLength: 4}),
      fc.array(
        fc.oneof(
          {weight: 6, arbitrary: paragraph(lang)},
          {weight: 2, arbitrary: bulletList(lang)},
          {weight: 1, arbitrary: shortcode},
          {weight: 1, arbitrary: fc.tuple(paragraph(lang), shortcode, paragraph(lang)).map((parts) => parts.join(' '))},
          {weight: 1, arbitrary: words(lang, 2, 6).map(capitalize)},
        ),
        {maxLength: 6},
      ),
      fc.array(chrome, {maxLength: 4}),
      fc.constantFrom('\n', '\n\n', '\r\n'),
    )
    .map(([header, title, by, date, article, more, footer, newline]) =>
      [...header, title, ...(by ? [by] : []), ...(date ? [date] : []), ...interleave(article, more), ...footer].join(newline),
    ),
)

/** A dump-like document with awkward units sprinkled in. */
export const noisyDump = fc
  .tuple(dumpLike, fc.array(fc.tuple(fc.nat(), unit), {maxLength: 6}))
  .map(([text, inserts]) => inserts.reduce((value, [at, piece]) => value.slice(0, at % (value.length + 1)) + piece + value.slice(at % (value.length + 1)), text))

/** The article's paragraphs with the other blocks (lists, short lines, shortcodes) between them. */
function interleave(article: string[], more: string[]): string[] {
  const blocks = [article[0]!]
  more.forEach((block, index) => blocks.push(block, ...(article[index + 1] ? [article[index + 1]!] : [])))
  return [...blocks, ...article.slice(more.length + 1)]
}

/** A page whose scrape missed the article: chrome, bylines, dates and short lines only. */
export const chromeOnly = fc.constantFrom(...langs).chain((lang) =>
  fc
    .array(fc.oneof(breadcrumb, chrome, shortcode, byline, dateline, words(lang, 1, 6).map(capitalize), bulletList(lang), sentence(lang)), {minLength: 1, maxLength: 10})
    .map((lines) => lines.join('\n')),
)

/**
 * 1 MB strings built to make regular expressions backtrack: long runs of one
 * character, an opening bracket that never closes, dots, dashes, spaces,
 * Arabic commas and marks, comments that never end. Each is one line, the
 * worst case for the line-based stages.
 */
const size = 1024 * 1024

const fill = (unit: string, prefix = '', suffix = '') => prefix + unit.repeat(Math.ceil((size - prefix.length - suffix.length) / unit.length)) + suffix

export const adversarial: Record<string, string> = {
  'one letter, no space': fill('a'),
  'camelCase humps, no dot': fill('aA'),
  '[ without ]': fill('['),
  'a shortcode that never closes': fill(' x', '[vc_row'),
  '{{ without }}': fill('{{ad '),
  'dots': fill('.'),
  'words and dots (a.a.a…)': fill('a.'),
  'e-mail-like, no @ at the end': fill('%.'),
  'hyphenated host, no dot': fill('t-'),
  'dashes': fill('-'),
  'en dashes after a space': fill(' –A'),
  'spaces between two words': fill(' ', 'Home', 'News'),
  'tabs after a label': fill('\t', 'Auteur:', 'x'),
  'a byline label, then spaces': fill(' ', 'By', 'Jane Doe'),
  'Arabic commas': fill('،'),
  'Arabic letters and Latin commas': fill('ب ,'),
  'an Arabic letter, then marks': fill('\u064b', 'ب', ','),
  'exclamation marks, then a letter': fill('!', '', 'x'),
  'comments that never end': fill('<!--!DOC'),
  'breadcrumb separators': fill(' › '),
}

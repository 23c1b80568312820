import type {PunctuationRule} from '../rule.js'

/** Spacing that French typography wants before `; : ! ?` and inside « ». */
const frenchSpacing = ['fr']
/** Languages that write without spaces, where the ideographic space is theirs. */
const cjk = ['zh', 'ja', 'ko']

/**
 * A character the encoding fixes may change (`nfc`, `invisible`, `rtl/marks`): any outside tab, line breaks,
 * printable ASCII, Latin-1 but the soft hyphen, and the common punctuation of U+2010–U+2027 and U+2030–U+205E.
 * Those are their own NFC form and compose with none of each other (test/fast-paths.test.ts reads them all), and
 * none is removed or is a direction mark. Most prose holds none: one scan for the three rules, which is all of
 * them (the rules share this one pattern, asked once per text). Without the `u` flag: the class names code units of the
 * BMP alone, and either half of a surrogate pair is outside it as the pair is, so `test` answers the same, by a plain
 * range check a code unit (the Unicode mode's matcher reads each code point apart: 0.6 % of a dump's time).
 */
export const mayNeedEncodingFix = /[^\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u205e]/

export const nfc: PunctuationRule = {
  name: 'common/nfc',
  raw: true,
  needs: mayNeedEncodingFix,
  description: 'Unicode NFC: one encoding for each accented letter (e + ◌́ becomes é).',
  enabled: true,
  apply: (text) => text.normalize('NFC'),
  examples: [['cafe\u0301', 'café']],
}

export const invisible: PunctuationRule = {
  name: 'common/invisible',
  raw: true,
  needs: mayNeedEncodingFix,
  description: 'Removes zero-width spaces, soft hyphens, byte-order marks, word joiners and control characters (keeps ZWJ and ZWNJ, which some scripts and emoji need).',
  enabled: true,
  apply: (text) => text.replace(/[\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu, ''),
  examples: [['in\u00ADfor\u200Bmation', 'information']],
}

export const spaces: PunctuationRule = {
  name: 'common/spaces',
  needs: /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]| {2}/u,
  description: 'Makes non-breaking and other odd spaces plain and collapses runs of spaces (keeps French narrow spaces before ; : ! ? and the ideographic space in CJK).',
  enabled: true,
  apply(text, {lang, quotes}) {
    let value = text
    // French keeps its narrow spaces, unless ASCII is asked for.
    const french = frenchSpacing.includes(lang) && quotes !== 'ascii'
    // Beside a guillemet on either side: the quote rule may turn the marks round, and fr/spacing settles the inner side.
    if (french) value = value.replace(/[\u00A0\u202F](?=[;:!?«»])|(?<=[«»])[\u00A0\u202F]/gu, '\uE002')
    value = value.replace(cjk.includes(lang) ? /[\t\u00A0\u2000-\u200A\u202F\u205F]/gu : /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
    value = value.replace(/ {2,}/g, ' ')
    return french ? value.replace(/\uE002/g, '\u202F') : value
  },
  examples: [
    ['Auteur:\u00A0Christiaan  Slierendrecht', 'Auteur: Christiaan Slierendrecht', 'nl'],
  ],
}

/** A space before a mark; any quotation mark before the space counts (CJK corner brackets too: ASCII mode makes them "), as what the quote rules make of it must not change the answer. */
const spaceBefore = (marks: string) => new RegExp(`(?<=[\\p{L}\\p{N}\\p{M}"'“”„‟«»‘’‚‹›「」『』＂)\\]])[ ]+(${marks})(?=[\\s"'“”„‟«»‘’‚‹›「」『』＂)\\],.;:!?]|$)`, 'gu')
const spaceBeforeAny = spaceBefore('[,.;:!?،؛؟]')
/** French keeps its space before ; : ! ?. */
const spaceBeforeFrench = spaceBefore('[,.،]')

export const spaceBeforePunctuation: PunctuationRule = {
  name: 'common/space-before-punctuation',
  needs: / [,.;:!?،؛؟]/u,
  description: 'Removes a space before , . ; : ! ? (French keeps its space before ; : ! ?).',
  enabled: true,
  apply: (text, {lang}) => text.replace(frenchSpacing.includes(lang) ? spaceBeforeFrench : spaceBeforeAny, '$1'),
  examples: [['Resultaat , daarna .', 'Resultaat, daarna.', 'nl'], ['Pourquoi ? Parce que .', 'Pourquoi\u202F? Parce que.', 'fr']],
}

export const spaceAfterPunctuation: PunctuationRule = {
  name: 'common/space-after-punctuation',
  // The mark first, its lookbehind after it (as in apply): a letter first is tried at every letter of the text.
  needs: /[.!?,](?<=\p{L}[.!?,])(?=\p{L})/u,
  description: 'Restores the space missing after a full stop before a lower-case word (beschenken.sehr), after ! or ? before a capitalized word, and after a comma between two words, never in URLs, domains, file names, numbers or abbreviations (a full stop before a capital is common/glued-sentence’s).',
  enabled: true,
  apply(text) {
    return text
      // The mark first, its lookbehind after it: a pattern that opens with a lookbehind is tried at every character of a long text.
      .replace(/([.!?])(?<=\p{L}{2}[.!?])(?=(\p{L})\p{L}{2})/gu, (mark: string, _: string, next: string, offset: number, whole: string) => {
        const before = whole[offset - 1]!
        // "U.S.A" and camelCase.Method: an upper-case letter before the mark.
        if (before !== before.toLowerCase()) return mark
        const lowerNext = next === next.toLowerCase() && next !== next.toUpperCase()
        if (mark !== '.' && lowerNext) return mark
        // A full stop before a capital is common/glued-sentence's to judge (Yahoo.Com, St.Petersburg and Haus.Der look alike here).
        if (mark === '.' && !lowerNext) return mark
        return `${mark} `
      })
      .replace(/,(?<=\p{L}{2},)(?=\p{L}{2})/gu, ', ')
  },
  examples: [
    ['den Freundeskreis zu beschenken.sehr aufgepumpt', 'den Freundeskreis zu beschenken. sehr aufgepumpt', 'de'],
    ['Ergebnis?Die Marke', 'Ergebnis? Die Marke', 'de'],
    ['Äpfel,Birnen', 'Äpfel, Birnen', 'de'],
    ['see example.com and e.g. 3.5', 'see example.com and e.g. 3.5'],
  ],
}

/** Chinese and Japanese write the ellipsis as two characters, six dots on the middle line. */
const doubleEllipsis = ['zh', 'ja']

export const ellipsis: PunctuationRule = {
  name: 'common/ellipsis',
  needs: /\.\.|\. \.|。。|…/u,
  description: 'Three dots (or spaced dots) become the ellipsis character …; in Chinese and Japanese the two-character ……, also from 。。。.',
  modes: ['locale', 'keep'],
  enabled: true,
  apply(text, {lang}) {
    if (doubleEllipsis.includes(lang)) return text.replace(/(?<![.…])(?:\.{3}|。{3}|…)(?![.…])/g, '……').replace(/(?<![.…])\.{6}(?![.…])/g, '……')
    return text.replace(/(?<![.…])(?:\.\.\.|\. \. \.)(?![.…])/g, '…')
  },
  examples: [['Wacht maar...', 'Wacht maar…', 'nl'], ['Und dann . . . nichts', 'Und dann … nichts', 'de'], ['然后...', '然后……', 'zh']],
}

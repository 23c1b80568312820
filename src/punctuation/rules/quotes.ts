import type {PunctuationRule} from '../rule.js'
import {closerOf, knownPairs, openerOf, quoteStyles, usesCurlyApostrophe} from '../quote-styles.js'
import {doubleMarks, findMarks, pairMarks, replaceAt, singleMarks} from './quote-pairs.js'

/** Any quotation mark the pairing reads. */
const anyQuote = new RegExp(`[${doubleMarks}${singleMarks}]`, 'u')

const styledLangs = Object.keys(quoteStyles)
const apostropheLangs = styledLangs.filter(usesCurlyApostrophe)

export const apostrophe: PunctuationRule = {
  name: 'quotes/apostrophe',
  needs: /'/u,
  description: "A straight apostrophe inside or at the end of a word becomes ’ (don’t, l’homme, the keepers’ logs), and between a number and its suffix (Turkish 50’de); so does Dutch and Afrikaans 't, 's, 'n before a word. Feet and minutes (5'10\", 10'x12', 45°30'N) stay.",
  langs: apostropheLangs,
  modes: ['locale'],
  enabled: true,
  apply(text, {lang}) {
    // Inside a word, or between a number and its suffix (Turkish "yüzde 50'de", "1990'larda"; "the 1990's").
    // (Each pattern opens with the mark it replaces, its lookbehind after it: a pattern that opens with a lookbehind is tried at every character of a long text.)
    let value = text.replace(/'(?:(?<=\p{L}')(?=\p{L})|(?<=\p{N}')(?=\p{Ll})(?!x\s?\p{N}))/gu, '’')
    // After a word and before a space: a possessive (the keepers' logs) or a closing quote, which the quote rule pairs.
    value = value.replace(/'(?<=\p{L}')(?=[\s,.;:!?)\]"“”„«»‘’‚‹›]|$)/gu, '’')
    if (lang === 'nl' || lang === 'af') value = value.replace(/(?<=^|[\s(“„‘])'(?=[nst](?:\s|$))/gu, '’')
    return value
  },
  examples: [
    ["don't panic, it's fine", 'don’t panic, it’s fine'],
    ["the keepers' logs and 'odd' words", 'the keepers’ logs and ‘odd’ words'],
    ["l'homme d'aujourd'hui", 'l’homme d’aujourd’hui', 'fr'],
    ["faizi yüzde 50'de tuttu, 1990'larda", 'faizi yüzde 50’de tuttu, 1990’larda', 'tr'],
    ['He is 5\'10" tall at 45°30\'N, in a 10\'x12\' shed', 'He is 5\'10" tall at 45°30\'N, in a 10\'x12\' shed'],
    ["Dit is 'n mooi dag en hy sê dis 'n kans", 'Dit is ’n mooi dag en hy sê dis ’n kans', 'af'],
  ],
}

export const localeQuotes: PunctuationRule = {
  name: 'quotes/locale',
  needs: anyQuote,
  description: 'Straight and mismatched quotation marks in prose become the language’s own: „…“ German, “…” English and Dutch, ”…” Swedish and Finnish, «…» French, Russian, Spanish, 「…」 Japanese; single quotes its nested pair. Pairs that are already right there (German »…«) stay. Marks are paired within one text node; a mark whose neighbours do not say whether it opens or closes is left alone.',
  langs: styledLangs,
  modes: ['locale'],
  enabled: true,
  apply(text, {lang}) {
    const style = quoteStyles[lang]
    if (!style) return text
    const accepted = new Set([style.primary.join(''), style.secondary.join(''), ...(style.also ?? [])])
    const changes = new Map<number, string>()
    const set = (pair: {open: {index: number}; close: {index: number}}, [open, close]: readonly [string, string]) => {
      changes.set(pair.open.index, open)
      changes.set(pair.close.index, close)
    }
    // Double marks stay double (nested ones too: turning them into single marks would pair them anew on the next run).
    const find = {cjk: lang === 'ja' || lang === 'zh', guillemets: style.primary[0] === '«', particles: lang === 'ko'}
    for (const pair of pairMarks(findMarks(text, doubleMarks, find))) {
      if (!accepted.has(pair.open.char + pair.close.char)) set(pair, style.primary)
    }
    // Single marks stay single: the nested pair where the language's is single, else ‘…’.
    const single = style.secondary.every((mark) => singleMarks.includes(mark)) ? style.secondary : (['‘', '’'] as const)
    for (const pair of pairMarks(findMarks(text, singleMarks, find))) {
      if (!accepted.has(pair.open.char + pair.close.char)) set(pair, single)
    }
    return replaceAt(text, changes)
  },
  examples: [
    ['Sie sagte "Danke" und ging.', 'Sie sagte „Danke“ und ging.', 'de'],
    ['Sie sagte „Danke" und ging.', 'Sie sagte „Danke“ und ging.', 'de'],
    ['Sie sagte »Danke« und ging.', 'Sie sagte »Danke« und ging.', 'de'],
    ['He said "thanks" and left.', 'He said “thanks” and left.'],
    ['naar de "clique" van', 'naar de “clique” van', 'nl'],
    ['hon sa "tack" och gick', 'hon sa ”tack” och gick', 'sv'],
    ['Он сказал "спасибо" и ушёл.', 'Он сказал «спасибо» и ушёл.', 'ru'],
    ['Dijo "gracias" y se fue.', 'Dijo «gracias» y se fue.', 'es'],
    ['彼は"ありがとう"と言った。', '彼は「ありがとう」と言った。', 'ja'],
    ['총재는 "물가 안정이 최우선"이라고 말했다.', '총재는 “물가 안정이 최우선”이라고 말했다.', 'ko'],
    ["그는 '안정'을 강조했다.", '그는 ‘안정’을 강조했다.', 'ko'],
    ['He said "she called it \'odd\' twice" today.', 'He said “she called it ‘odd’ twice” today.'],
  ],
}

export const repairQuotes: PunctuationRule = {
  name: 'quotes/repair',
  needs: anyQuote,
  description: 'With `quotes: \'keep\'`: only a mismatched pair is repaired („…" becomes „…“, "…» becomes «…»); straight pairs and every correct pair stay as they are.',
  modes: ['keep'],
  enabled: true,
  apply(text, {lang}) {
    const changes = new Map<number, string>()
    const find = {cjk: lang === 'ja' || lang === 'zh', guillemets: quoteStyles[lang]?.primary[0] === '«', particles: lang === 'ko'}
    for (const marks of [doubleMarks, singleMarks]) {
      for (const {open, close} of pairMarks(findMarks(text, marks, find))) {
        if (knownPairs.has(open.char + close.char) || (open.char === close.char && `"'`.includes(open.char))) continue
        // Change the mark whose role its neighbours gave (a straight one first); one whose shape fixes its role stays.
        const straight = `"'＂`
        const openFirst = !close.fixed && (open.fixed || straight.includes(close.char) || !straight.includes(open.char))
        const [mark, replacement] = openFirst ? [close, closerOf[open.char]] : [open, openerOf[close.char]]
        if (!replacement || mark.fixed) continue
        // In a «…» language « always opens and » closes: never put one where the other belongs.
        if (find.guillemets && (replacement === '«' ? mark.role === 'close' : replacement === '»' && mark.role === 'open')) continue
        // In Chinese and Japanese a mark's shape says which way it points: the same rule.
        if (find.cjk && ('「『“‘'.includes(replacement) ? mark.role === 'close' : '」』”’'.includes(replacement) && mark.role === 'open')) continue
        changes.set(mark.index, replacement)
      }
    }
    return replaceAt(text, changes)
  },
  examples: [
    ['Sie sagte „Danke" und ging.', 'Sie sagte „Danke“ und ging.', 'de'],
    ['Sie sagte "Danke" und ging.', 'Sie sagte "Danke" und ging.', 'de'],
    ['Ha detto "grazie» ed è uscito.', 'Ha detto «grazie» ed è uscito.', 'it'],
  ],
}

const toAscii: Readonly<Record<string, string>> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '＂': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'", '›': "'",
  '–': '-', '—': '-', '―': '-', '‐': '-', '‑': '-', '…': '...', '،': ',', '؛': ';', '؟': '?', '\u00A0': ' ', '\u202F': ' ',
}
const typographic = new RegExp(`[${Object.keys(toAscii).join('')}]`, 'gu')
const typographicOrDoubleSpace = new RegExp(`[${Object.keys(toAscii).join('')}]| {2}`, 'u')

export const asciiPunctuation: PunctuationRule = {
  name: 'ascii/punctuation',
  needs: typographicOrDoubleSpace,
  description: 'With `quotes: \'ascii\'`: every typographic mark becomes its ASCII stand-in (quotes " and \', dashes -, … ..., Arabic ، ؛ ؟ , ; ?, no-break spaces plain), for data teams that want plain ASCII punctuation.',
  modes: ['ascii'],
  enabled: true,
  // The no-break spaces it makes plain join the spaces beside them, as the spaces rule would have.
  apply: (text) => text.replace(typographic, (mark) => toAscii[mark]!).replace(/ {2,}/g, ' '),
  examples: [['„Danke“ – sagte sie…', '"Danke" - sagte sie...', 'de']],
}

import type {PunctuationRule} from '../rule.js'
import {mayNeedEncodingFix} from './common.js'

const rtlLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u
/** Left-to-right and right-to-left marks, the Arabic letter mark, embeddings, overrides and isolates. */
const bidi = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu

export const rtlMarks: PunctuationRule = {
  name: 'rtl/marks',
  description: 'Direction marks: removed from text with no right-to-left letters (debris of copy and paste); in Arabic or Hebrew text, repeated marks become one, and embeddings and overrides (U+202A–U+202E), which Markdown cannot keep balanced and which can disguise text, are removed.',
  raw: true,
  needs: mayNeedEncodingFix,
  enabled: true,
  apply(text) {
    if (!/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u.test(text)) return text
    if (!rtlLetter.test(text)) return text.replace(bidi, '')
    return text.replace(/[\u202A-\u202E]/gu, '').replace(/([\u200E\u200F\u061C])\1+/gu, '$1')
  },
  examples: [
    ['price\u200E: 10 euro', 'price: 10 euro'],
    ['قال\u200F\u200F إن \u202Bالنص\u202C', 'قال\u200F إن النص', 'ar'],
  ],
}

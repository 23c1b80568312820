import type {PunctuationRule} from '../rule.js'
import {onFirstUse} from '../../util/on-first-use.js'
import {inDottedRun} from './initials.js'

/** An Arabic-script letter (with any marks, and a closing quote of any kind: the quote rules may turn 「」 into “”) right before the mark: the mark belongs to Arabic text. */
const afterArabic = (mark: string) => new RegExp(`(?<=[\\p{Script=Arabic}&&\\p{L}]\\p{M}{0,8}["'“”„‟«»‘’‚‹›「」『』＂\\)\\]]?) *${mark}(?!\\p{N})`, 'gv')

// Built when a text holds an Arabic-script letter (the rules' `needs`): most hold none.
const comma = onFirstUse(() => afterArabic(','))
const semicolon = onFirstUse(() => afterArabic(';'))
const question = onFirstUse(() => afterArabic('\\?'))
/**
 * Every rule here reads an Arabic-script letter before the mark: a text
 * without a code unit of the blocks that hold the Arabic script (Arabic,
 * its supplement and extensions, its presentation forms, and the high
 * surrogates of the planes' Arabic blocks) has none. A superset of
 * `\p{Script=Arabic}` (a test checks every code point), read without the
 * property's table: most texts have none of these, and the scan for the
 * property was the rules' slowest test.
 */
export const arabicLetter = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\uD803\uD83B]/

export const arabicComma: PunctuationRule = {
  name: 'ar/comma',
  description: 'A Latin comma after an Arabic-script word becomes the Arabic comma ، (Arabic, Persian, Urdu, Pashto …); digits and Latin runs keep theirs.',
  modes: ['locale', 'keep'],
  needs: arabicLetter,
  enabled: true,
  apply: (text) => text.replace(comma(), '،'),
  examples: [['ديب سيك, سباق الذكاءات', 'ديب سيك، سباق الذكاءات'], ['إلى "الزمرة", هذه', 'إلى "الزمرة"، هذه'], ['في 1,5 ثانية', 'في 1,5 ثانية']],
}

export const arabicSemicolon: PunctuationRule = {
  name: 'ar/semicolon',
  description: 'A Latin semicolon after an Arabic-script word becomes ؛.',
  modes: ['locale', 'keep'],
  needs: arabicLetter,
  enabled: true,
  apply: (text) => text.replace(semicolon(), '؛'),
  examples: [['أولاً; ثانياً', 'أولاً؛ ثانياً']],
}

export const arabicQuestion: PunctuationRule = {
  name: 'ar/question-mark',
  description: 'A Latin question mark after an Arabic-script word becomes ؟.',
  modes: ['locale', 'keep'],
  needs: arabicLetter,
  enabled: true,
  apply: (text) => text.replace(question(), '؟'),
  examples: [['نتيجة? أصبحت', 'نتيجة؟ أصبحت']],
}

/**
 * A Latin full stop after an Urdu word of two letters or more, before a space
 * or the end: Urdu ends its sentences with ۔ (U+06D4), where Arabic and
 * Persian write the Latin one. Not before a digit or inside a name.
 */
const urduStop = onFirstUse(() => new RegExp(String.raw`(?<=[\p{Script=Arabic}&&\p{L}]\p{M}{0,8}[\p{Script=Arabic}&&\p{L}]\p{M}{0,8}["'“”«»‘’\)\]]?)\.(?=\s|$)`, 'gv'))

/** What may stand between an Urdu word and its full stop: a closing quote or bracket. */
const closers = '"\'“”«»‘’)]'
/** A letter or mark of the Arabic script: a word's part. */
const arabicWordPart = onFirstUse(() => /[\p{Script=Arabic}\p{M}]/u)
/** The Latin letters as Urdu spells them, which initials print with a dot ("اے. کیو. خان", "پی. ٹی. آئی"). */
const urduLetterNames = new Set(['اے', 'بی', 'سی', 'ڈی', 'ای', 'ایف', 'جی', 'ایچ', 'آئی', 'جے', 'کے', 'ایل', 'ایم', 'این', 'او', 'پی', 'کیو', 'آر', 'ایس', 'ٹی', 'یو', 'وی', 'ڈبلیو', 'ایکس', 'وائی', 'زیڈ'])

export const urduFullStop: PunctuationRule = {
  name: 'ur/full-stop',
  description: 'In Urdu, a Latin full stop that ends a sentence after an Urdu word of two letters or more becomes ۔; numbers, names with dots and Latin runs keep theirs.',
  langs: ['ur'],
  modes: ['locale', 'keep'],
  needs: arabicLetter,
  enabled: true,
  apply: (text) =>
    text.replace(urduStop(), (dot: string, offset: number, whole: string) => {
      let end = offset
      while (end > 0 && closers.includes(whole[end - 1]!)) end--
      let start = end
      while (start > 0 && arabicWordPart().test(whole[start - 1]!)) start--
      const word = whole.slice(start, end)
      return urduLetterNames.has(word) || inDottedRun(whole, start, offset) ? dot : '۔'
    }),
  examples: [
    ['مسافر مستفید ہوں گے. نیا روٹ', 'مسافر مستفید ہوں گے۔ نیا روٹ'],
    ['فراہم کرے گا". انہوں نے', 'فراہم کرے گا"۔ انہوں نے'],
    ['کرایہ 30.5 روپے اور www.example.pk اور ڈ. علی', 'کرایہ 30.5 روپے اور www.example.pk اور ڈ. علی'],
    // Initials: the Latin letters spelled out, alone or in a run.
    ['ڈاکٹر اے. کیو. خان نے کہا اور ایم. اے. جناح روڈ پر پی. ٹی. آئی کا جلسہ ہوا', 'ڈاکٹر اے. کیو. خان نے کہا اور ایم. اے. جناح روڈ پر پی. ٹی. آئی کا جلسہ ہوا'],
    ['جلسے سے ایم. علی نے خطاب کیا', 'جلسے سے ایم. علی نے خطاب کیا'],
  ],
}

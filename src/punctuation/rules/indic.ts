import type {PunctuationRule} from '../rule.js'
import {onFirstUse} from '../../util/on-first-use.js'
import {inDottedRun} from './initials.js'

/** Languages that end a sentence with the danda । (Hindi, Bengali, Nepali, Punjabi in Gurmukhi, Assamese, Odia). */
const dandaLanguages = ['hi', 'bn', 'ne', 'pa', 'as', 'or']

/** A letter of the scripts these languages write (Devanagari, Bengali, Gurmukhi, Oriya), with its marks. */
const indicLetter = String.raw`[[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Oriya}]&&\p{L}]\p{M}*`

/** A full stop after a word of these scripts, before a space and a word that is no number, or the end of the line; the word is read in apply. */
const stop = onFirstUse(() => new RegExp(`(?<=${indicLetter})\\.(?=[ \\t]*$|\\s+[^\\s\\p{N}\\uE000\\uE001])`, 'gmv'))

/** The word before a full stop: letters and marks of these scripts. */
const wordBefore = onFirstUse(() => new RegExp(`(?:${indicLetter})+$`, 'v'))

/**
 * Abbreviations these languages write with a full stop: titles (Dr., Prof.,
 * Md., Adv., late), units and the like. Sentences end in words as short
 * ("है", "था"), so shape cannot tell them apart.
 */
const abbreviations = new Set([
  // Hindi, Nepali: titles and units, and the Latin letters spelled out, as initials print them ("आर. नारायण")
  'डॉ', 'डा', 'प्रो', 'श्री', 'स्व', 'सं', 'पृ', 'ई', 'रु', 'कि', 'मी', 'मो', 'सु', 'कु', 'श्रीमती', 'वि', 'प्र', 'पं', 'ले', 'कां', 'मोहा',
  'ए', 'बी', 'सी', 'डी', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड',
  // Bengali, Assamese
  'ড', 'ডা', 'ডঃ', 'মো', 'মোঃ', 'মোহা', 'মোসা', 'মু', 'আ', 'প্রফে', 'অধ্যা', 'অ্যাড', 'মি', 'কি', 'পৃ', 'সং', 'খ্রি', 'খ্রিস্টাব্দ',
  'এ', 'বি', 'সি', 'ডি', 'ই', 'এফ', 'জি', 'এইচ', 'আই', 'জে', 'কে', 'এল', 'এম', 'এন', 'ও', 'পি', 'কিউ', 'আর', 'এস', 'টি', 'ইউ', 'ভি', 'ডব্লিউ', 'এক্স', 'ওয়াই', 'জেড',
  // Punjabi (Gurmukhi), Odia
  'ਡਾ', 'ਪ੍ਰੋ', 'ਸ੍ਰੀ', 'ਸ', 'ଡା', 'ଡ଼ା', 'ପ୍ରଫେ', 'ଶ୍ରୀ',
].map((word) => word.normalize('NFC')))

export const danda: PunctuationRule = {
  name: 'indic/danda',
  description: 'In Hindi, Bengali, Nepali, Punjabi, Assamese and Odia, a Latin full stop that ends a sentence becomes the danda । where the paragraph already ends its other sentences with it (a writer who types the Latin stop throughout keeps it); abbreviations (डॉ., প্রফে., মো.), numbers and Latin runs keep theirs.',
  langs: dandaLanguages,
  modes: ['locale', 'keep'],
  needs: /[।॥]/,
  enabled: true,
  apply: (text) =>
    text
      .split('\n')
      .map((line) =>
        line.includes('।')
          ? line.replace(stop(), (dot: string, offset: number) => {
              const word = wordBefore().exec(line.slice(Math.max(0, offset - 40), offset))?.[0] ?? ''
              return abbreviations.has(word) || inDottedRun(line, offset - word.length, offset) ? dot : '।'
            })
          : line,
      )
      .join('\n'),
  examples: [
    ['খুলে দেওয়া হয়েছে. কর্তৃপক্ষ জানিয়েছে, যাত্রীরা ব্যবহার করবেন।', 'খুলে দেওয়া হয়েছে। কর্তৃপক্ষ জানিয়েছে, যাত্রীরা ব্যবহার করবেন।', 'bn'],
    ['सेवा शुरू हो गई है. यात्रियों ने खुशी जताई।', 'सेवा शुरू हो गई है। यात्रियों ने खुशी जताई।'],
    ['यात्रियों ने खुशी जताई। यह सेवा आज से शुरू हो गई है.', 'यात्रियों ने खुशी जताई। यह सेवा आज से शुरू हो गई है।'],
    ['डॉ. शर्मा और प्रो. वर्मा ने 10.5 किमी की दूरी बताई। अक्टू. 5 को', 'डॉ. शर्मा और प्रो. वर्मा ने 10.5 किमी की दूरी बताई। अक्टू. 5 को'],
    ['মো. আব্দুল করিম ও ডা. রহমান এসেছেন।', 'মো. আব্দুল করিম ও ডা. রহমান এসেছেন।', 'bn'],
    ['यह सेवा शुरू हो गई है. यात्री खुश हैं.', 'यह सेवा शुरू हो गई है. यात्री खुश हैं.'],
    // Initials and acronyms, in a paragraph that ends its sentences with the danda.
    ['सेवा शुरू हुई। आर. के. नारायण ने लिखा। भा.ज.पा. और कां. नेता आए। एम.ए. की डिग्री ली।', 'सेवा शुरू हुई। आर. के. नारायण ने लिखा। भा.ज.पा. और कां. नेता आए। एम.ए. की डिग्री ली।'],
    ['সেবা চালু হয়েছে। এস. এম. আলী ও আ. লীগের নেতা মোহা. করিম এসেছেন।', 'সেবা চালু হয়েছে। এস. এম. আলী ও আ. লীগের নেতা মোহা. করিম এসেছেন।', 'bn'],
    ['ਸੇਵਾ ਸ਼ੁਰੂ ਹੋਈ। ਡਾ. ਸਿੰਘ ਆਏ।', 'ਸੇਵਾ ਸ਼ੁਰੂ ਹੋਈ। ਡਾ. ਸਿੰਘ ਆਏ।', 'pa'],
  ],
}

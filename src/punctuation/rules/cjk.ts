import type {PunctuationRule} from '../rule.js'

/*
 * Only a space with CJK text on its other side is taken: before a closing
 * mark, a character of Han, kana or Hangul (with the prolonged-sound and
 * iteration marks, which Unicode files under no one script) or a CJK mark
 * the quote rules never make (。，、！？：；）); after an opening mark, such
 * a character or （. A space between CJK and Latin text or digits
 * ("iPhone 。", "2024 年", "「 iPhone」") is the writer's choice and stays.
 * So does one after 」 or 』: the quote rules, which run after this rule,
 * may have made that mark, and what they make of a quotation mark depends on
 * the spaces beside it, so taking the space there would make a second run
 * differ from the first.
 */

export const cjkSpacing: PunctuationRule = {
  name: 'cjk/spacing',
  needs: /[ \u3000][。，、！？：；」』）]|[「『（][ \u3000]/u,
  description:
    'In CJK text, removes the space (plain or ideographic) before 。，、！？：；」』） and after 「『（ when a CJK character stands on its other side; a space between CJK and Latin text or digits stays, and so does one after a closing 」 or 』.',
  enabled: true,
  apply: (text) =>
    text
      .replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆。，、！？：；）])[ \u3000]+(?=[。，、！？：；」』）])/gu, '')
      .replace(/(?<=[「『（])[ \u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆（])/gu, ''),
  examples: [
    ['自分で作った 。次は', '自分で作った。次は', 'ja'],
    ['问题不少 。他说 ，还有 、更多 ！', '问题不少。他说，还有、更多！', 'zh'],
    ['彼は 「 こんにちは 」 と言った （ 笑 ）', '彼は 「こんにちは」 と言った （笑）', 'ja'],
    ['『 本 』を読んだ ：よかった ；また ？（ 二回目 ）', '『本』を読んだ：よかった；また？（二回目）', 'ja'],
    ['「本当 ！」 。それで （ 注 ） 、', '「本当！」 。それで （注）、', 'ja'],
    // A space beside Latin text or digits stays.
    ['我买了 iPhone 。价格是 2024 年 、很贵', '我买了 iPhone 。价格是 2024 年、很贵', 'zh'],
    ['「 iPhone」と「 2024年」', '「 iPhone」と「 2024年」', 'ja'],
  ],
}

/** A Latin comma, spaced or not, between a Han or kana character (or a closing bracket after one) and another (or an opening bracket). */
const latinCommaInCjk = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆][」』》〉）)]?) *, *(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆「『《〈（])/gu

/*
 * A Latin comma typed into Chinese or Japanese text is the language's own:
 * 规划指出,要加快 is 规划指出，要加快 (the full-width comma), 東京,大阪 is 東京、大阪
 * (Japanese writes the ideographic comma beside its 。). Run before common/space-after-punctuation,
 * which would otherwise put a space after it as between two Latin words. A
 * comma beside Latin text or digits (iPhone, 1,5) is the writer's and stays.
 */
export const cjkComma: PunctuationRule = {
  name: 'cjk/comma',
  langs: ['zh', 'ja'],
  modes: ['locale', 'keep'],
  needs: /,/,
  description: 'In Chinese and Japanese text, a Latin comma between two CJK characters becomes the language’s comma (Chinese ，, Japanese 、), without spaces around it; a comma beside Latin text or digits stays.',
  enabled: true,
  apply: (text, {lang}) => text.replace(latinCommaInCjk, lang === 'ja' ? '、' : '，'),
  examples: [
    ['规划指出,要加快充电设施建设', '规划指出，要加快充电设施建设', 'zh'],
    ['印发《规划》, 提出目标', '印发《规划》，提出目标', 'zh'],
    ['東京,大阪と名古屋', '東京、大阪と名古屋', 'ja'],
    ['我买了iPhone, 价格是1,5万', '我买了iPhone, 价格是1,5万', 'zh'],
  ],
}

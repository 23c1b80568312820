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

import type {PunctuationRule} from '../rule.js'

/*
 * CJK text: a character of Han, kana or Hangul (with the iteration and
 * prolonged-sound marks, which Unicode files under no one script), or a
 * closing CJK mark. Only a space with such text on its other side is
 * taken: a space between CJK and Latin text or digits ("iPhone 。",
 * "2024 年") is the writer's choice and stays.
 */

export const cjkSpacing: PunctuationRule = {
  name: 'cjk/spacing',
  needs: /[ \u3000][。，、！？：；」』）]|[「『（][ \u3000]/u,
  description:
    'In CJK text, removes the space before 。，、！？：；」』） and after 「『（ (a space or an ideographic space, the debris of a dump); a space between a CJK character and Latin text or digits stays.',
  enabled: true,
  apply: (text) =>
    text
      .replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆。，、！？：；」』）])[ \u3000]+(?=[。，、！？：；」』）])/gu, '')
      .replace(/(?<=[「『（])[ \u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆「『（])/gu, ''),
  examples: [
    ['自分で作った 。次は', '自分で作った。次は', 'ja'],
    ['问题不少 。他说 ，还有 、更多 ！', '问题不少。他说，还有、更多！', 'zh'],
    ['彼は 「 こんにちは 」 と言った （ 笑 ）', '彼は 「こんにちは」 と言った （笑）', 'ja'],
    ['『 本 』 ：読んだ ；よかった ？', '『本』：読んだ；よかった？', 'ja'],
    // A space beside Latin text or digits stays.
    ['我买了 iPhone 。价格是 2024 年 、很贵', '我买了 iPhone 。价格是 2024 年、很贵', 'zh'],
    ['「 iPhone」と「 2024年」', '「 iPhone」と「 2024年」', 'ja'],
  ],
}

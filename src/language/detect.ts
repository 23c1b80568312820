import {francAll} from './franc.js'
import {areClose, relatives, scriptPools, settledByScript} from './candidates.js'
import {toLangCode} from './codes.js'
import {pairEvidence, stopwordShares, stopwordsOf, wordsOf} from './evidence.js'
import {type Script, countLetters, scriptCounts} from './scripts.js'
import {unmodelledLanguage} from './unmodelled.js'

export interface Detection {
  /** ISO 639-1 where one exists, else ISO 639-3; `und` when undetermined. */
  lang: string
  /** 0 to 1: how far franc's winner is ahead of its runner-up; the stopword lists' margin when they settle it; 1 when the script or the evidence does. */
  confidence: number
  script?: Script
  /** What settled it: the script alone, the stopwords alone, franc's lead, the text's own evidence in a near-tie, or the caller's hint. */
  decidedBy?: 'script' | 'stopwords' | 'franc' | 'evidence' | 'hint'
  /** Why the answer is `und`, or how a near-tie was broken. */
  reason?: string
}

export interface DetectOptions {
  /** A language declared by the caller or the page; breaks ties between close candidates. */
  hint?: string
  /** Restrict the answer to these languages (ISO 639-1 or 639-3). */
  only?: readonly string[]
  /** Fewer letters than this is too little to tell: `und`. Default 50. */
  minLetters?: number
  /** A lead over the runner-up smaller than this, with nothing to break the tie, is `und`. Default 0.005. */
  minConfidence?: number
}

/**
 * Calibrated on the paragraphs in test/data and the fixtures' bodies, cut
 * into windows of 20–400 letters (`npx tsx scripts/calibrate-language.ts`
 * prints the table). Right/und/wrong: 74/9/16 % at 20 letters, 86/7/7 at
 * 40, 91/5/4.5 at 50, 95/5/0.3 at 100, 100/0/0 at 400; hence 50 letters at least. franc's lead
 * is a weak signal on its own (its wrong answers lead by 0.03 in the
 * median, its right ones often by less), so `minConfidence` only turns
 * dead heats into `und`; what helps is looking again where franc is
 * known to err: its wrong answers inside a close group lead by up to 0.08
 * (`contestMargin`), and there the text's own evidence decides; without
 * evidence or hint, a lead under 0.02 (`tieMargin`) is `und`.
 *
 * `settleWords`, `settleShare`, `settleRatio`: a text of that many words is
 * settled by the stopwords alone when one list covers that share of its
 * words and every other list at most 1/ratio of it (see
 * `settledByStopwords`); `settleEvidence`: the evidence score one close
 * language needs against each other candidate to win without franc (see
 * `evidentWithin`).
 */
export const detectDefaults = {minLetters: 50, minConfidence: 0.005, contestMargin: 0.08, tieMargin: 0.02, francChars: 300, minEvidence: 2, settleWords: 60, settleShare: 0.25, settleRatio: 3, settleEvidence: 4} as const

/**
 * Close languages franc cannot tell apart at all (its models for them are
 * trained on short translations of one text): without evidence or a hint
 * the answer is `und`, whatever franc's lead.
 */
const francBlind = new Set(['hrv', 'bos', 'srp', 'ind', 'zlm'])

/** Characters of the text whose letters and scripts are counted. */
const scriptChars = 400
/** Letters enough when the script alone settles the language (Hangul, kana, Han, Greek …). */
const scriptLetters = 10

/**
 * Detect the language of a text: the script first, then franc among the
 * languages of that script (narrowed by stopwords to the likely ones and
 * their close relatives), then, for a near-tie between close languages,
 * the text's own evidence (letters, stopwords, marker words), then the
 * hint. Chinese, Japanese and Korean (and a few others) are settled by
 * script alone, where franc's trigrams cannot tell. Croatian, Serbian and
 * Bosnian, and Indonesian and Malay, are told apart by marker words only:
 * franc cannot, and a text without markers is `und` unless a hint decides.
 *
 * @example
 * ```ts
 * detectLanguage('Kommunen har beslutat att den gamla skolan ska rivas nästa år.').lang // 'sv'
 * detectLanguage('Hello', {}).lang // 'und': too little text
 * ```
 */
export function detectLanguage(text: string, options: DetectOptions = {}): Detection {
  const minLetters = options.minLetters ?? detectDefaults.minLetters
  // Letters and scripts are counted on a bounded head: enough to tell, and a long text costs no more.
  const head = text.length > scriptChars ? text.slice(0, text.lastIndexOf(' ', scriptChars) + 1 || scriptChars) : text
  const {counts, letters: headLetters} = scriptCounts(head)
  const letters = headLetters >= minLetters || head === text ? headLetters : countLetters(text)
  const top = counts[0]
  // A script that settles the language alone needs a few letters, not a sentence's worth (a Chinese sentence has 30).
  const settledEarly = top && settledByScript[top[0]] && letters >= Math.min(minLetters, scriptLetters)
  if (letters < minLetters && !settledEarly) {
    return {lang: 'und', confidence: 0, reason: `too little text to tell the language (${letters} letters, ${minLetters} needed)`}
  }
  if (!top) return {lang: 'und', confidence: 0, reason: 'no letters of a known script'}
  let script = top[0]
  // Japanese mixes kanji with kana: any real share of kana makes it Japanese.
  const kana = counts.find(([name]) => name === 'Kana')?.[1] ?? 0
  if (script === 'Han' && kana * 10 >= top[1]) script = 'Kana'
  const hint = options.hint ? toLangCode(options.hint) : undefined
  const only = options.only?.map(toLangCode)

  const alone = settledByScript[script]
  if (alone) {
    if (only && !only.includes(alone)) return {lang: 'und', confidence: 0, script, reason: `the script says ${alone}, which is not among the allowed languages`}
    return {lang: alone, confidence: 1, script, decidedBy: 'script'}
  }
  const pool = scriptPools[script]
  if (!pool) return {lang: 'und', confidence: 0, script, reason: `no language model for the ${script} script`}
  // Nynorsk is a candidate only when asked for: franc often reads Bokmål as Nynorsk, which is far rarer.
  const asked = only?.includes('nn') && script === 'Latin' ? [...pool, 'nno'] : pool
  const allowed = only ? asked.filter((code) => only.includes(toLangCode(code))) : pool
  if (allowed.length === 0) return {lang: 'und', confidence: 0, script, reason: 'none of the allowed languages is written in this script'}

  const words = wordsOf(text)
  // "xxxxxxxx…" or one word repeated: letters, but no language (scripts that settle it alone returned above).
  const distinct = countDistinct(words, 3)
  if (distinct < 3) return {lang: 'und', confidence: 0, script, reason: `too few different words to tell the language (${distinct})`}
  // Welsh, Basque, Icelandic: franc knows none of them, and would name another language.
  const counted = words.length > shareWords ? words.slice(0, shareWords) : words
  // A page in a modelled language with a paragraph or a quote in one of them (an English page with its Welsh
  // version under it) is the modelled language's: its own stopwords outnumber the others' function words.
  const unmodelled = script === 'Latin' ? unmodelledLanguage(counted, only, () => stopwordShares(counted, pool)[0]?.[1] ?? 0) : undefined
  if (unmodelled) return {lang: unmodelled, confidence: 1, script, decidedBy: 'evidence', reason: `${unmodelled} function words, a language franc has no model for`}
  const shares = allowed.length > 6 ? stopwordShares(counted, allowed) : []
  const settled = settledByStopwords(shares, allowed, words.length)
  if (settled) return {lang: toLangCode(settled.code), confidence: settled.margin, script, decidedBy: 'stopwords'}
  const candidates = narrow(allowed, shares, hint)
  const evident = words.length >= detectDefaults.settleWords ? evidentWithin(text, words, candidates) : undefined
  if (evident) return {lang: toLangCode(evident.code), confidence: 1, script, decidedBy: 'evidence', reason: evident.reason}
  const ranked = rank(spread(text, detectDefaults.francChars), candidates)
  const [first, second] = ranked
  if (!first) return {lang: 'und', confidence: 0, script, reason: 'franc found no candidate'}
  const confidence = second ? first.score - second.score : 1
  // franc's scores say nothing between languages it cannot tell apart: all of them stay in the contest.
  const blind = (entry: Ranked) => francBlind.has(entry.code) && francBlind.has(first.code)
  const contest = ranked.filter((entry) => entry === first || (areClose(entry.code, first.code) && (first.score - entry.score <= detectDefaults.contestMargin || blind(entry))))
  if (contest.length > 1) return settleContest(text, words, contest, {script, hint, confidence})
  const minConfidence = options.minConfidence ?? detectDefaults.minConfidence
  if (confidence < minConfidence) {
    if (hint && (hint === first.lang || hint === second?.lang)) {
      return {lang: hint, confidence, script, decidedBy: 'hint', reason: `${first.lang} and ${second?.lang} were close; the declared language decided`}
    }
    return {lang: 'und', confidence, script, reason: `${first.lang} leads ${second?.lang} by ${confidence.toFixed(3)}, too little to call (${minConfidence} needed)`}
  }
  return {lang: first.lang, confidence, script, decidedBy: 'franc'}
}

/** Different words among `words`, counted up to `enough`. */
function countDistinct(words: readonly string[], enough: number): number {
  const seen = new Set<string>()
  for (const word of words) {
    seen.add(word)
    if (seen.size >= enough) break
  }
  return seen.size
}

interface Ranked {
  /** franc's code. */
  code: string
  /** Ours (ISO 639-1 where one exists). */
  lang: string
  score: number
}

/** franc's ranking among `only`, one entry per output code (nob and nno stay apart, franc's two srp models merge). */
function rank(text: string, only: readonly string[]): Ranked[] {
  const seen = new Set<string>()
  const ranked: Ranked[] = []
  for (const [code, score] of francAll(text, {only: [...only], minLength: 1})) {
    if (code === 'und') continue
    const lang = toLangCode(code)
    if (seen.has(lang)) continue
    seen.add(lang)
    ranked.push({code, lang, score})
  }
  return ranked
}

/** Words of the text whose stopwords are counted (the stage's sample holds about 200). */
const shareWords = 150

/**
 * The language the stopwords settle alone, without franc: a long enough
 * text of which one list covers a quarter of the words, every other list at
 * most a third as much. Running text has 35–60 % of its own language's
 * stopwords and rarely a tenth of an unrelated one's; close languages share
 * so many (Danish and Swedish, Spanish and Portuguese) that they never pass
 * the ratio and go on to franc and the evidence. A close relative without a
 * list of its own (Bosnian beside Croatian, Javanese beside Indonesian)
 * could be the answer, so its group never settles here.
 */
function settledByStopwords(shares: ReadonlyArray<[string, number]>, allowed: readonly string[], words: number): {code: string; margin: number} | undefined {
  const [first, second] = shares
  if (!first || words < detectDefaults.settleWords || first[1] < detectDefaults.settleShare) return undefined
  const runnerUp = second?.[1] ?? 0
  if (runnerUp * detectDefaults.settleRatio > first[1]) return undefined
  for (const relative of relatives(first[0])) if (allowed.includes(relative) && !stopwordsOf(relative)) return undefined
  return {code: first[0], margin: 1 - runnerUp / first[1]}
}

/**
 * When the stopwords narrowed the candidates to one close group (Danish,
 * Norwegian and Swedish), the member whose own evidence beats every other
 * by a wide margin, without franc. franc's trigrams are weakest exactly
 * there, and a near-tie there is settled by the same evidence anyway.
 */
function evidentWithin(text: string, words: readonly string[], candidates: readonly string[]): {code: string; reason: string} | undefined {
  const [head] = candidates
  if (!head || candidates.length < 2 || !candidates.every((code) => code === head || areClose(code, head))) return undefined
  const won = evidenceWinner(text, words, candidates, detectDefaults.settleEvidence)
  return won && {code: won.code, reason: `the stopwords point at ${candidates.map(toLangCode).join(', ')}; the text's own evidence says ${toLangCode(won.code)} (${won.shown})`}
}

/**
 * The candidates worth franc's time: the two languages whose stopwords
 * cover most of the text, with their close relatives (and the hint's).
 * The stopwords are trusted when one list covers a sixth of the words, or
 * a twentieth and twice as many as any list outside its close group
 * (Polish and Turkish lists are short); then the languages that have no
 * list anywhere in their group (Albanian, Igbo) stay too. Otherwise the
 * whole pool stays.
 */
function narrow(allowed: readonly string[], shares: ReadonlyArray<[string, number]>, hint: string | undefined): readonly string[] {
  if (allowed.length <= 6) return allowed
  const [first] = shares
  if (!first) return allowed
  const strong = first[1] >= 0.16
  const outside = shares.find(([code]) => code !== first[0] && !areClose(code, first[0]))?.[1] ?? 0
  if (!strong && !(first[1] >= 0.05 && first[1] >= 2 * outside)) return allowed
  const picked = new Set<string>()
  const add = (code: string) => {
    for (const relative of relatives(code)) if (allowed.includes(relative)) picked.add(relative)
  }
  for (const [code] of shares.slice(0, 2)) add(code)
  if (hint) for (const code of allowed) if (toLangCode(code) === hint) add(code)
  if (!strong) for (const code of allowed) if (![...relatives(code)].some(stopwordsOf)) picked.add(code)
  return [...picked]
}

/**
 * At most `size` characters for franc from the start, middle and end of
 * the text (the stage's sample is three windows already), each cut at
 * spaces. franc's cost grows with its input (building the text's trigrams
 * is most of it, more than comparing them with the candidates): 300
 * characters, about 250 letters, cost half of 600 and are as right on the
 * calibration windows (98 % right, 2 % und, none wrong at 250 letters; the
 * words and letters that settle close pairs are read on the whole sample).
 */
function spread(text: string, size: number): string {
  if (text.length <= size) return text
  const third = Math.floor(size / 3)
  const middle = Math.floor(text.length / 2 - third / 2)
  return [cut(text, third), cut(text.slice(text.indexOf(' ', middle) + 1), third), text.slice(text.indexOf(' ', text.length - third) + 1)].join(' ')
}

/** At most `size` characters, cut at a space so franc sees no half word. */
function cut(text: string, size: number): string {
  if (text.length <= size) return text
  const space = text.lastIndexOf(' ', size)
  return text.slice(0, space > size / 2 ? space : size)
}

/**
 * The code whose evidence beats every other of `codes` by `min` or more,
 * and a few of its signs (letters, words) for the reason; each pair's
 * evidence is read once.
 */
function evidenceWinner(text: string, words: readonly string[], codes: readonly string[], min: number): {code: string; shown: string} | undefined {
  for (const code of codes) {
    const against = []
    for (const other of codes) {
      if (other === code) continue
      const evidence = pairEvidence(text, words, code, other)
      if (evidence.score < min) break
      against.push(evidence)
    }
    if (against.length < codes.length - 1) continue
    const signs = against.flatMap((evidence) => evidence.signs.filter((sign) => sign.startsWith(`${code}:`)))
    return {code, shown: [...new Set(signs.map((sign) => sign.slice(sign.indexOf(':') + 1)))].slice(0, 6).join(', ')}
  }
  return undefined
}

interface ContestContext {
  script: Script
  hint: string | undefined
  confidence: number
}

/**
 * Close languages within franc's margin of error (its wrong answers inside
 * a close group lead by up to 0.08): franc looks again at the longest
 * sample it takes, among them only; the text's own evidence decides, then
 * the hint, then franc if it now leads by a clear margin; else `und`,
 * saying which languages tied.
 */
function settleContest(text: string, words: readonly string[], tied: readonly Ranked[], context: ContestContext): Detection {
  const {script, hint, confidence} = context
  const names = tied.map((entry) => entry.lang).join(' and ')
  // The text's own evidence first: it is cheaper than a second franc run.
  const won = evidenceWinner(text, words, tied.map((entry) => entry.code), detectDefaults.minEvidence)
  if (won) {
    const lang = tied.find((entry) => entry.code === won.code)!.lang
    return {lang, confidence, script, decidedBy: 'evidence', reason: `franc could not tell ${names} apart; the text's own evidence says ${lang} (${won.shown})`}
  }
  if (hint && tied.some((entry) => entry.lang === hint)) {
    return {lang: hint, confidence, script, decidedBy: 'hint', reason: `franc could not tell ${names} apart; the declared language decided`}
  }
  const again = text.length > detectDefaults.francChars ? rank(cut(text, 2048), tied.map((entry) => entry.code)) : tied
  const [best, next] = again
  const blind = again.every((entry) => francBlind.has(entry.code))
  if (best && next && !blind && best.score - next.score >= detectDefaults.tieMargin) {
    return {lang: best.lang, confidence: best.score - next.score, script, decidedBy: 'franc'}
  }
  const why = blind ? 'franc cannot tell these apart' : 'franc cannot tell them apart here'
  return {lang: 'und', confidence, script, reason: `${names} are too close to call: ${why}, and the text has no letters or words that decide (pass \`lang\` to decide)`}
}

/**
 * Latin-script languages franc has no model for (its 187 languages have a million speakers or more): Welsh, Basque
 * and Icelandic. franc can only name another language for them (a Basque page came out French, and got French
 * quotation marks; a Welsh one Hausa, an Icelandic one Bokmål). Their own function words name them: words frequent
 * in each, and written by no language in franc's Latin pool (not German's `ein`, Swedish's `hon`, Danish's `og`
 * and `sem`, French's `du`, German's `beste`).
 */
const functionWords: Readonly<Record<string, ReadonlySet<string>>> = {
  cy: new Set([
    'yn', 'yr', 'mae', 'wedi', 'gan', "i'r", 'i’r', "o'r", 'o’r', "sy'n", 'sy’n', 'sydd', 'bod', 'fod', 'hyn', 'hwn',
    'dros', 'ond', 'bydd', 'roedd', 'oedd', 'ddim', 'gyda', 'mewn', 'hefyd', 'nhw', 'eich', 'ydy', 'yng', 'ym', 'gael',
    'cael', 'drwy', 'rhai', 'meddai',
  ]),
  eu: new Set([
    'eta', 'ere', 'ditu', 'dira', 'dute', 'zuen', 'zen', 'izan', 'egin', 'baina', 'hau', 'hori', 'dela', 'duela', 'bere',
    'gehiago', 'behar', 'arabera', 'dituzte', 'zituen', 'ziren', 'honek', 'horrek', 'artean', 'guztiak', 'zuten',
  ]),
  is: new Set([
    'að', 'í', 'á', 'við', 'það', 'verið', 'þetta', 'hún', 'frá', 'með', 'eða', 'þegar', 'þar', 'þeir', 'hjá', 'þá',
    'ekki', 'hefur', 'einnig', 'eru', 'hafa', 'þess', 'vegna', 'milli', 'segir', 'sagði',
  ]),
}

/** The fewest words of text, and the share of them that are one language's function words, that name it. */
const minWords = 30
const minShare = 0.08
/** The fewest different function words: one word repeated (a name, `Eta`) names no language. */
const minDistinct = 3

/**
 * The unmodelled language whose function words make `minShare` of the words or more (running text has a quarter
 * or more of its own; another language's text has next to none of these), and twice the share of any other of
 * them; undefined on too little text, or none. `allowed`: ISO 639-1 codes the caller allows, if restricted.
 * `modelledShare`: the share of the words that are stopwords of the modelled language with the most, which the
 * unmodelled one's must pass (a page in that language with a paragraph in this one is that language's).
 */
export function unmodelledLanguage(words: readonly string[], allowed?: readonly string[], modelledShare?: () => number): string | undefined {
  if (words.length < minWords) return undefined
  const found: Array<[string, number]> = []
  for (const [lang, set] of Object.entries(functionWords)) {
    if (allowed && !allowed.includes(lang)) continue
    let hits = 0
    const distinct = new Set<string>()
    for (const word of words) {
      if (!set.has(word)) continue
      hits++
      distinct.add(word)
    }
    if (distinct.size >= minDistinct) found.push([lang, hits / words.length])
  }
  found.sort((a, b) => b[1] - a[1])
  const [first, second] = found
  if (!first || first[1] < minShare || (second && second[1] * 2 > first[1])) return undefined
  // Asked last, as it costs a look-up per word in every modelled language's stopwords.
  if (modelledShare && modelledShare() >= first[1]) return undefined
  return first[0]
}

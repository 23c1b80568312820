import {readFileSync} from 'node:fs'
import type {Paragraph, Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {clean, cleanSync, detectLanguage, language} from '../src/index.js'
import {toLangCode} from '../src/language/codes.js'
import {parseText} from '../src/parse/text.js'
import {heldOut, tuning} from './data/close-pairs.js'
import {mixedDutchEnglish, paragraphs} from './data/paragraphs.js'
import {fixtureCases} from './helpers/fixtures.js'

describe('detectLanguage on realistic paragraphs', () => {
  for (const [lang, texts] of Object.entries(paragraphs)) {
    it(`${lang}: every paragraph`, () => {
      for (const text of texts) expect(detectLanguage(text).lang, text.slice(0, 60)).toBe(lang)
    })
  }

  it('settles the close pairs franc gets wrong by the text\'s own evidence, and says so', () => {
    const croatian = detectLanguage(paragraphs.hr![0]!)
    expect(croatian.decidedBy).toBe('evidence')
    expect(croatian.reason).toMatch(/milijuna|proračun|ponovno/)
    expect(detectLanguage(paragraphs.ms![0]!).reason).toMatch(/bahawa/)
    // Swedish ä/ö against Danish and Norwegian æ/ø.
    expect(detectLanguage('Hej allihop, i lördags stod jag vid sjön med kaffe och kikare, och tranorna kom.').lang).toBe('sv')
    // Portuguese writes "no" (em + o) and "por" as often as Spanish: they speak for neither.
    expect(detectLanguage('Por Ana Souza, de São Paulo. O dólar fechou em queda no mercado por causa dos dados de emprego, e no ano acumula alta de 2,4% por enquanto.').lang).toBe('pt')
  })

  it('tells Norwegian from Danish by the spellings only one writes, not by words the Norwegian stopword list lacks', () => {
    // godt, to, alt, kommer: Norwegian as often as Danish, in Danish's list only; sier, å, blir: Bokmål's.
    const bokmal = detectLanguage('Arbeidet med ny gang- og sykkelvei blir utsatt til 2028. Beboerne reagerer. – Dette er ikke godt nok, sier Kari Berg. Hun har to barn som går på Nordsiden skole. Veien har ikke fortau, og fartsgrensen er 60 km/t. Kommunestyret vedtok torsdag å utsette prosjektet med to år. Ordfører Per Hansen sier til avisen at kommunen må prioritere. – Vi har ikke råd til alt samtidig. Skolebygg og sykehjem kommer først, sier Hansen.')
    expect(bokmal.lang).toBe('nb')
    expect(bokmal.reason).toMatch(/sier/u)
    const danish = detectLanguage('Arbejdet med den nye cykelsti bliver udskudt til 2028, og beboerne reagerer. – Det er ikke godt nok, siger Kari Berg. Hun har to børn, som går på skolen. Vejen har ikke fortov, og hastighedsgrænsen er 60 km/t. Kommunalbestyrelsen besluttede torsdag at udsætte projektet i to år. Borgmester Per Hansen siger til avisen, at kommunen må prioritere.')
    expect(danish.lang).toBe('da')
  })
})

describe('what settles a language before franc', () => {
  it('the script alone, for scripts one language writes: Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Sinhala, Khmer, Burmese', () => {
    const sentences: Record<string, string> = {
      ta: 'சென்னையில் புதிய மெட்ரோ ரயில் வழித்தடம் இன்று பொதுமக்கள் பயன்பாட்டுக்கு திறக்கப்பட்டது.',
      te: 'ఈ రోజు వాతావరణం చాలా బాగుంది, అందుకే మేము పార్కుకు వెళ్ళాము.',
      kn: 'ಇಂದು ಹವಾಮಾನ ತುಂಬಾ ಚೆನ್ನಾಗಿದೆ, ಆದ್ದರಿಂದ ನಾವು ಉದ್ಯಾನವನಕ್ಕೆ ಹೋದೆವು.',
      ml: 'ഇന്ന് കാലാവസ്ഥ വളരെ നല്ലതാണ്, അതിനാൽ ഞങ്ങൾ പാർക്കിലേക്ക് പോയി.',
      gu: 'આજે હવામાન ખૂબ સારું છે, તેથી અમે બગીચામાં ગયા.',
      pa: 'ਅੱਜ ਮੌਸਮ ਬਹੁਤ ਵਧੀਆ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਪਾਰਕ ਗਏ।',
      si: 'අද කාලගුණය ඉතා හොඳයි, ඒ නිසා අපි උද්‍යානයට ගියෙමු.',
      km: 'ថ្ងៃនេះអាកាសធាតុល្អណាស់ ដូច្នេះយើងបានទៅសួនច្បារ។',
      my: 'ယနေ့ ရာသီဥတု အလွန်ကောင်းသောကြောင့် ကျွန်ုပ်တို့ ပန်းခြံသို့ သွားခဲ့ကြသည်။',
    }
    for (const [lang, text] of Object.entries(sentences)) expect(detectLanguage(text), lang).toMatchObject({lang, decidedBy: 'script'})
  })

  it('the stopwords alone, for a plain text with no close relative near: franc is not asked', () => {
    expect(detectLanguage(paragraphs.en![0]!)).toMatchObject({lang: 'en', decidedBy: 'stopwords'})
    expect(detectLanguage(paragraphs.de![0]!)).toMatchObject({lang: 'de', decidedBy: 'stopwords'})
  })

  it('never between close languages, which share too many stopwords', () => {
    for (const lang of ['da', 'nb', 'sv', 'nl', 'af', 'es', 'pt', 'gl', 'hr', 'bs', 'id', 'ms']) {
      for (const text of paragraphs[lang]!) expect(detectLanguage(text).decidedBy, `${lang}: ${text.slice(0, 40)}`).not.toBe('stopwords')
    }
  })

  it('the evidence, when the stopwords narrowed it to one close group and one member plainly wins', () => {
    const found = detectLanguage(paragraphs.sv![0]!)
    expect(found).toMatchObject({lang: 'sv', decidedBy: 'evidence'})
    expect(found.reason).toMatch(/stopwords point at .*sv.*evidence says sv/)
  })

  it('neither on a short text: franc and the thresholds decide there', () => {
    expect(detectLanguage('Der Gemeinderat hat beschlossen, das alte Schulgebäude abzureißen.').decidedBy).toBe('franc')
  })
})

describe('Croatian, Serbian, Bosnian, Indonesian, Malay news paragraphs', () => {
  const firstSentence = (text: string) => text.slice(0, text.search(/[.!?]\s/) + 1)

  for (const [set, paragraphsOf] of [['tuning', tuning], ['held-out', heldOut]] as const) {
    for (const [lang, texts] of Object.entries(paragraphsOf)) {
      it(`${lang} (${set} set): the language or und, never another; the hint settles und`, () => {
        for (const text of texts) {
          expect([lang, 'und'], text.slice(0, 60)).toContain(detectLanguage(text).lang)
          expect(detectLanguage(text, {hint: lang}).lang, text.slice(0, 60)).toBe(lang)
        }
      })
    }
  }

  it('most paragraphs are decided without a hint: 15 of 16 tuning, 13 of 16 held out', () => {
    const decided = (set: typeof tuning) => Object.entries(set).flatMap(([lang, texts]) => texts.filter((text) => detectLanguage(text).lang === lang)).length
    expect(decided(tuning)).toBeGreaterThanOrEqual(15)
    expect(decided(heldOut)).toBeGreaterThanOrEqual(13)
  })

  it("takes Croatian and Serbian words Slovene writes too (zato, smo, lani) for no Slovene", () => {
    expect(detectLanguage('Zato smo rekli ne. Lani smo imali problema s tim, a letos smo spremni za novu sezonu.').lang).not.toBe('sl')
  })

  it('first sentences of the tuning set: the language or und, never another', () => {
    for (const [lang, texts] of Object.entries(tuning)) {
      for (const text of texts) expect([lang, 'und'], firstSentence(text)).toContain(detectLanguage(firstSentence(text)).lang)
    }
  })

  it('Serbian Cyrillic is settled by its letters, Latin by the ekavian spelling', () => {
    expect(detectLanguage(tuning.sr![2]!)).toMatchObject({lang: 'sr', script: 'Cyrillic'})
    const latin = detectLanguage(tuning.sr![0]!)
    expect(latin).toMatchObject({lang: 'sr', decidedBy: 'evidence'})
    expect(latin.reason).toMatch(/no ijekavian|hiljad|izmen|ocen|zahtev|rešenj/)
  })

  it('Slovak in the group does not take Czech: Slovak letters are ä ô ľ ĺ ŕ, not the accents both write', () => {
    const czech = readFileSync(new URL('../fixtures/cs-zpravy-vcelari/expected.md', import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
    const words = czech.split(/\s+/).filter(Boolean)
    for (let start = 0; start + 25 <= words.length; start += 20) {
      const window = words.slice(start, start + 25).join(' ')
      expect(['cs', 'und'], window).toContain(detectLanguage(window).lang)
    }
    expect(detectLanguage('Teplé dni na prelome februára a marca vylákali včely k prvým preletom, ale môže to byť predčasná radosť, hovoria včelári.').lang).toBe('sk')
  })

  it('a Bosnian text without Bosnian or Croatian words stays und, and says why', () => {
    const text = 'Mnogi stanovnici nisu zadovoljni tom odlukom, a nekoliko stotina ljudi već je potpisalo peticiju protiv nje. Gradsko vijeće odgovorilo je da će se o tome raspravljati na jesen.'
    const found = detectLanguage(text)
    expect(found.lang).toBe('und')
    expect(found.reason).toMatch(/bs and hr|hr and bs/)
    expect(detectLanguage(text, {hint: 'bs'}).lang).toBe('bs')
  })
})

describe('thresholds and hints', () => {
  it('too little text is und, with the reason', () => {
    const found = detectLanguage('Hello there, friend')
    expect(found.lang).toBe('und')
    expect(found.reason).toMatch(/too little text .*letters, 50 needed/)
  })

  it('a short but plain sentence is enough', () => {
    expect(detectLanguage('Der Gemeinderat hat beschlossen, das alte Schulgebäude abzureißen.').lang).toBe('de')
    expect(detectLanguage('Le conseil municipal a décidé de démolir la vieille école du quartier.').lang).toBe('fr')
    expect(detectLanguage('Городская администрация решила снести старое здание школы.').lang).toBe('ru')
  })

  it('Croatian, Serbian and Bosnian without marker words are und, and a hint decides', () => {
    const text = 'Mnogi stanovnici nisu zadovoljni tom odlukom, a nekoliko stotina ljudi već je potpisalo peticiju protiv nje.'
    const found = detectLanguage(text)
    expect(found.lang).toBe('und')
    expect(found.reason).toMatch(/too close to call: franc cannot tell these apart/)
    expect(detectLanguage(text, {hint: 'hr'})).toMatchObject({lang: 'hr', decidedBy: 'hint'})
    expect(detectLanguage(text, {hint: 'sr-Latn-RS'})).toMatchObject({lang: 'sr', decidedBy: 'hint'})
  })

  it('a hint never overrules a clear answer', () => {
    expect(detectLanguage(paragraphs.sv![0]!, {hint: 'da'}).lang).toBe('sv')
    expect(detectLanguage(paragraphs.de![0]!, {hint: 'nl'}).lang).toBe('de')
  })

  it('only restricts the answer', () => {
    expect(detectLanguage(paragraphs.nb![0]!, {only: ['da', 'sv']}).lang).toBe('da')
    expect(detectLanguage(paragraphs.nl![0]!, {only: ['de', 'en']}).lang).not.toBe('nl')
    expect(detectLanguage('日本語の文章です。今日はとても良い天気ですね。散歩に行きましょう。', {only: ['zh']}).lang).toBe('und')
  })

  it('scripts settle Chinese, Japanese, Korean, Greek', () => {
    expect(detectLanguage('今天天气很好，我们一起去公园散步吧。公园里有很多人在跑步和打太极拳。').lang).toBe('zh')
    expect(detectLanguage('今日はとても良い天気ですね。公園に散歩に行きましょう。たくさんの人が走っています。').lang).toBe('ja')
    expect(detectLanguage('오늘은 날씨가 아주 좋습니다. 공원에 산책하러 갑시다. 많은 사람들이 달리고 있습니다.').lang).toBe('ko')
  })
})

describe('language codes', () => {
  it('maps franc\'s codes and declared tags through ISO 639-3 and CLDR', () => {
    expect(['arb', 'pes', 'cmn', 'nob', 'zlm', 'tgl', 'swh', 'ekk', 'pt-BR', 'en_GB', 'iw', 'ceb', 'und-x-foo'].map(toLangCode))
      .toEqual(['ar', 'fa', 'zh', 'nb', 'ms', 'tl', 'sw', 'et', 'pt', 'en', 'he', 'ceb', 'und'])
  })
})

describe('language stage', () => {
  const run = (text: string, options = {}) => {
    const tree = parseText(text)
    const file = new VFile()
    file.data.meta = {}
    ;(language.call(unified() as never, options) as (tree: Root, file: VFile) => void)(tree, file)
    return {tree, file}
  }

  it('marks a block in another language, keeps meta.lang the body\'s', () => {
    const {tree, file} = run(mixedDutchEnglish)
    expect(file.data.meta?.lang).toBe('nl')
    const langs = (tree.children as Paragraph[]).map((node) => (node.data as {lang?: string} | undefined)?.lang)
    expect(langs).toEqual([undefined, undefined, 'en', undefined, undefined])
  })

  it('the punctuation stage uses the block\'s own language', () => {
    const german = [
      'Der Gemeinderat hat beschlossen, dass das alte Schulgebäude in der Innenstadt im nächsten Jahr abgerissen wird. Viele Anwohner sind damit nicht einverstanden.',
      'Ein britischer Architekt schrieb damals an die Stadt:',
      'The building is one of the finest examples of "early modernist" school design in the region, and it would be a great loss for the town if it fell into ruin.',
      'Nach Angaben des Bürgermeisters würde die "Sanierung" mehr als dreißig Millionen Euro kosten. Der Rat will sich nach dem Sommer erneut damit befassen.',
    ].join('\n\n')
    const {markdown, meta} = cleanSync(german, {format: 'text'})
    expect(meta.lang).toBe('de')
    expect(markdown).toContain('“early modernist”')
    expect(markdown).toContain('„Sanierung“')
  })

  it('the page\'s <html lang> and the caller\'s lang break a tie the text cannot', () => {
    const text = 'Mnogi stanovnici nisu zadovoljni tom odlukom, a nekoliko stotina ljudi već je potpisalo peticiju protiv nje. Gradska uprava odgovorila je da će se o tome raspravljati na jesen.'
    expect(cleanSync(text, {format: 'text'}).meta.lang).toBe('und')
    expect(cleanSync(text, {format: 'text', lang: 'bs'}).meta.lang).toBe('bs')
    const page = `<html lang="hr"><head><title>Peticija</title></head><body><article><h1>Peticija</h1><p>${text}</p></article></body></html>`
    expect(cleanSync(page, {format: 'html'}).meta.lang).toBe('hr')
  })

  it('warns with the reason when the language is undetermined', () => {
    const {meta, warnings} = cleanSync('Hi there.\n\nOk.', {format: 'text'})
    expect(meta.lang).toBe('und')
    expect(warnings.find((warning) => warning.stage === 'language')?.reason).toMatch(/language undetermined: too little text/)
  })

  it('samples a bounded amount of a long body', () => {
    const long = Array.from({length: 400}, () => paragraphs.sv![0]!).join('\n\n')
    expect(run(long).file.data.meta?.lang).toBe('sv')
  })
})

describe('every fixture', () => {
  const named = fixtureCases().filter((fixture) => /^(?:html-)?[a-z]{2,3}-/.test(fixture.name))
  for (const fixture of named) {
    it(`${fixture.name}: the language its name gives`, async () => {
      const expected = /^(?:html-)?([a-z]{2,3})-/.exec(fixture.name)![1]
      const {meta} = await clean(fixture.input, fixture.options)
      expect(meta.lang).toBe(expected)
    })
  }
})

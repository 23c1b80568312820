import {describe, expect, it} from 'vitest'
import {categories, lexicons} from '../src/index.js'
import {optionalCategories} from '../src/lexicon/categories.js'
import {boundaryOf, chromeMatch, endsWithChrome, opensLikeChrome} from '../src/lexicon/chrome.js'
import {matchLexicon, maxPhraseWords, tokens} from '../src/lexicon/match.js'
import {isNetworkButton} from '../src/lexicon/networks.js'

/** The key a phrase is matched by: lower case, words only, numbers as #. */
const key = (phrase: string) => phrase.normalize('NFKC').toLowerCase().replace(/\{n\}/g, '#').match(/[\p{L}\p{M}\p{N}©#]+/gu)?.join(' ') ?? ''

describe('lexicon data', () => {
  it('has 30 languages or more', () => {
    expect(Object.keys(lexicons).length).toBeGreaterThanOrEqual(30)
  })

  for (const [lang, lexicon] of Object.entries(lexicons)) {
    it(`${lang}: every category but the optional ones has phrases, none empty, none in two categories`, () => {
      expect(Object.keys(lexicon).sort()).toEqual([...categories].sort())
      const owner = new Map<string, string>()
      for (const category of categories) {
        if (!optionalCategories.includes(category)) expect(lexicon[category].length, `${lang}.${category}`).toBeGreaterThan(0)
        for (const phrase of lexicon[category]) {
          const k = key(phrase)
          expect(k, `${lang}.${category}: "${phrase}"`).not.toBe('')
          // The matcher reads no more words than that: a longer phrase would never match.
          expect(tokens(phrase.replace(/ …$/u, '')).length, `${lang}.${category}: "${phrase}" is longer than the matcher reads`).toBeLessThanOrEqual(maxPhraseWords)
          const other = owner.get(k)
          expect(other === undefined || other === category, `${lang}: "${phrase}" is in ${other} and ${category}`).toBe(true)
          owner.set(k, category)
        }
      }
    })
  }
})

describe('matchLexicon', () => {
  it('matches a whole line or its start, case-insensitively, in any language', () => {
    expect(matchLexicon('RELATERADE ARTIKLAR')[0]).toMatchObject({category: 'related', whole: true, langs: ['sv']})
    expect(matchLexicon('Geplaatst in Uncategorized.')[0]).toMatchObject({category: 'postedIn', whole: false, rest: 'Uncategorized.'})
    expect(matchLexicon('Auteur:\u00a0Christiaan Slierendrecht')[0]).toMatchObject({category: 'authorLabel', rest: 'Christiaan Slierendrecht', labelled: true})
    expect(matchLexicon('12 comments')[0]).toMatchObject({category: 'comments', whole: true})
  })

  it('takes no sentence that opens with a word a newer lexicon lists in another sense for chrome', () => {
    for (const line of [
      'Jaga jarak dan selalu pakai masker ketika berada di tempat umum.',
      'Toka mwaka 2010 serikali imejenga shule mpya katika kila wilaya.',
      'Maoni ya wananchi yalikusanywa katika mikutano ya hadhara.',
      'Deli meats and cheeses are on the second floor of the market.',
      'Súhlasím s tým, že reforma prišla neskoro.',
      'Prijava na natječaj traje do kraja mjeseca.',
      // Icelandic headlines: a dispute, a party, remarks (the share, tags and comments words they were listed as).
      'Deila um kvótann harðnar',
      'Flokkur fólksins vill hækka lífeyri',
      'Flokkar funda um stjórnarmyndun',
      'Ummæli ráðherrans vekja reiði',
    ]) expect(chromeMatch(line, line.split(' ').length, 'edge', {edgeWords: 40, coreWords: 12}), line).toBeUndefined()
  })

  it("names a comment form's own lines (WordPress, TypePad, Blogger) comments chrome, in the languages it is printed in", () => {
    for (const line of [
      'Your email address will not be published. Required fields are marked *',
      'This is only a preview. Your comment has not yet been posted.',
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
      'Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *',
    ]) {
      expect(matchLexicon(line)[0], line).toMatchObject({category: 'comments', whole: false})
    }
    // A sentence about publishing that merely mentions an email address is not one.
    expect(matchLexicon('Your email address is published nowhere else, the editor said.')).toEqual([])
  })

  it('reads a Latin word written unspaced among Han or kana as a word of its own: a Chinese cookie banner opens with the phrase', () => {
    expect(tokens('本网站使用Cookie以改善您的体验')).toEqual(['本网站使用', 'cookie', '以改善您的体验'])
    expect(matchLexicon('本网站使用Cookie以改善您的体验。继续浏览即表示您同意。')[0]).toMatchObject({category: 'cookie', whole: false, rest: '以改善您的体验。继续浏览即表示您同意。'})
    // A run of Han is one word as before: a phrase does not open a longer word ("同意书", a consent form, is no "同意" button).
    expect(matchLexicon('同意书')).toEqual([])
  })

  it('never matches a phrase inside a line', () => {
    expect(matchLexicon('We read more than ten books.')).toEqual([])
    expect(matchLexicon('Dit zijn de gerelateerde artikelen van vorig jaar')).toEqual([])
  })
})

describe('boundaryOf: where the comments start', () => {
  const kind = (line: string) => boundaryOf(line, line.split(/\s+/u).length)

  it('reads a count of comments over the quoted title as the comments heading, however long the title', () => {
    expect(kind('40 Responses to “CHURUMURI POLL: Has India lost moral compass?”')).toBe('comments')
    expect(kind('One thought on “Help Students Help Themselves”')).toBe('comments')
    expect(kind('5 Antworten zu „Rebloggt von gnaddrig ad libitum: Antipoden: Die Wahrheit“')).toBe('comments')
    expect(kind('3 réflexions sur « Le pain de campagne »')).toBe('comments')
    expect(kind('7 Responses')).toBe('comments')
  })

  it('reads the heading of the box about the author as a boundary, in any language, and not a sentence about an author', () => {
    for (const line of ['About the author', 'Über den Autor', 'À propos de l’auteur', 'Sobre la autora', 'Om författaren', 'O autorze']) expect(kind(line), line).toBe('authorBox')
    expect(kind('About the author of the report, little is known.')).toBeUndefined()
    // "About" and a name or a title in capitals: a box about the author or the site. Not the menu's "About", nor a topic.
    for (const line of ['About Nancy Atkinson', 'Über Moritz Bachmann', 'Sobre Carlos Nadalim', 'About the Blog']) expect(kind(line), line).toBe('authorBox')
    for (const line of ['About', 'About us', 'About the study', 'Om oss', 'About 300 protesters']) expect(kind(line), line).toBeUndefined()
    expect(matchLexicon('About')).toEqual([])
  })

  it('keeps a heading that only starts like one, without the quoted title, in the article', () => {
    expect(kind('One response to inflation')).toBeUndefined()
    expect(kind('5 thoughts on leadership')).toBeUndefined()
  })

  it('reads a bracketed count after the phrase, and a count of comments opening a short prompt', () => {
    expect(kind('Comments (186)')).toBe('comments')
    expect(kind('Kommentare [12]')).toBe('comments')
    expect(kind('{ 14 comments… read them below or add one }')).toBe('comments')
    // A sentence that starts with a count of comments is prose.
    expect(kind('14 comments were sent to the council before the vote.')).toBeUndefined()
    expect(matchLexicon('Share (12)')[0]).toMatchObject({category: 'share', whole: true})
  })

  it('reads a heading of up to eight words that a two-word phrase of other pages opens', () => {
    expect(kind('More from the Los Angeles Times')).toBe('related')
    // The same box in other languages: "Mehr aus der Sendung", "Mehr von Michael Rädel lesen", "Meer van NU.nl", "Mer från SVT".
    for (const line of ['Mehr aus der Sendung', 'Mehr von Michael Rädel lesen', 'Mehr aus Thüringen', 'Meer van NU.nl', 'Mer från SVT', 'Mere fra DR', 'Mer fra NRK']) expect(kind(line), line).toBe('related')
    for (const line of ['Mehr aus Holz als aus Stahl gebaut, hielt die Brücke nicht lange.', 'Mehr von allem, weniger von nichts: so lautete das Motto des Abends.']) expect(kind(line), line).toBeUndefined()
    expect(kind('Die meistgelesenen Artikel bei SWR.de/Sport')).toBe('popular')
    expect(kind('Latest news from the BBC')).toBe('recent')
    // Longer, it is a sentence of the article that starts so.
    expect(kind('More from the city council on the new budget plans this week')).toBeUndefined()
    expect(kind('Latest news from the front is that the talks failed.')).toBeUndefined()
  })
})

describe('isNetworkButton', () => {
  it('names a network alone, with a count or a bullet, as buttons print it', () => {
    for (const line of ['Facebook', 'Pinterest 3K', '• Twitter', 'WhatsApp:', 'What’s App', 'E-Mail', 'Google+', 'LinkedIn (12)', 'Messenger Facebook', 'FacebookTwitterPinterestEmail', 'Facebook • Twitter • Email']) expect(isNetworkButton(line), line).toBe(true)
  })

  it('names a network as its own script prints it: ВКонтакте, פייסבוק, واتساب, 微博, 카카오톡; not a sentence about it', () => {
    for (const line of ['ВКонтакте', 'Одноклассники 12', 'פייסבוק', 'واتساب', 'تلگرام', '微博', '카카오톡', 'ツイッター']) expect(isNetworkButton(line), line).toBe(true)
    for (const line of ['ВКонтакте заблокировал аккаунт', 'مستخدمو واتساب']) expect(isNetworkButton(line), line).toBe(false)
  })

  it('reads the name past what its key drops at the start: marks, spaces, apostrophes, hyphens, a capital dotted I', () => {
    for (const line of ['’Facebook', ' - (Twitter)', "|'Pinterest 12", '\u00a0WhatsApp', '- • Email']) expect(isNetworkButton(line), line).toBe(true)
    for (const line of ['İnstagram', '· Ağ', '', '•', '12 Facebook']) expect(isNetworkButton(line), line).toBe(false)
  })

  it('not a sentence or a heading that names a network', () => {
    for (const line of ['Facebook said on Tuesday', 'Twitter and the news', 'Email *', 'Threads of silk', 'X']) expect(isNetworkButton(line), line).toBe(false)
  })
})

describe('chromeMatch inside the article', () => {
  const core = (line: string) => chromeMatch(line, line.split(' ').length, 'core')

  it('takes a short line that a share, sign-up or comment call of three words or more opens, a sentence though it be', () => {
    expect(core('Teile diesen Beitrag auf Social Media.')).toMatchObject({category: 'share'})
    expect(core('Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.')).toMatchObject({category: 'newsletter'})
    // Not a login's words: a how-to's step opens with them.
    expect(core('Create an account on the tax office website.')).toBeUndefined()
    expect(core('View the discussion thread.')).toMatchObject({category: 'comments'})
    // A long paragraph that opens so stays: it may be the article's.
    expect(core('Folgen Sie uns auf diesem Weg durch die Stadt, vorbei am Markt, an der Kirche und am alten Rathaus bis zum Fluss.')).toBeUndefined()
  })

  it('takes a "follow us" line in the languages the lexicon knows, as in English, and no long paragraph that opens so', () => {
    for (const line of ['Follow us on Instagram', 'Síguenos en Instagram', 'Seguici su Facebook', 'Volg ons op Instagram', 'Följ oss på Facebook', 'Ikuti kami di Instagram', 'Obserwuj nas na Facebooku', 'Bizi takip edin', 'Sledujte nás na Facebooku', 'Следите за нами в Telegram']) {
      expect(core(line)?.category, line).toBe('share')
    }
    expect(core('Síguenos en este paseo por el casco antiguo, junto al mercado, la iglesia y el viejo ayuntamiento hasta llegar al río.')).toBeUndefined()
  })

  it("takes a teaser list's heading, a read-also or related phrase closed by a colon, and no longer line", () => {
    expect(core('Lesen Sie auch die folgenden Beiträge:')).toMatchObject({category: 'readMore'})
    expect(core('Read more about the trial in our archive:')).toMatchObject({category: 'readMore'})
    expect(core('Lesen Sie auch die folgenden Beiträge')).toBeUndefined()
    expect(core('Read more about the trial, the judge said, and you will see why they appealed:')).toBeUndefined()
  })

  it("keeps a short heading that opens with an ordinary word of its language which another language's credit or ad label spells so", () => {
    // Spanish "talla" (carving, size) is Hausa's ad label; Welsh "mynd" (to go) Icelandic's "image".
    for (const line of ['Talla en madera', 'Talla de Montañés', 'Mynd am dro', "Mynd â'r plant"]) expect(core(line), line).toBeUndefined()
  })

  it('takes a recent-posts heading or a back link of two words or more alone on its line, not one word', () => {
    expect(core('Neueste Beiträge')).toMatchObject({category: 'recent'})
    expect(core('Zurück zur Übersicht')).toMatchObject({category: 'breadcrumbHome'})
    expect(core('Neu')).toBeUndefined()
    expect(core('Home')).toBeUndefined()
  })
})

describe('the line where an ad breaks the article', () => {
  it('is an advertisement label in the forms each language prints it, above or after the ad', () => {
    for (const line of ['A cikk a hirdetés után folytatódik', 'A cikk a hirdetés alatt folytatódik', 'Artikkeli jatkuu mainoksen jälkeen', 'Juttu jatkuu mainoksen alla', 'Continua a leggere dopo la pubblicità']) {
      expect(matchLexicon(line)[0], line).toMatchObject({category: 'advertisement', whole: true})
    }
  })
})

describe('endsWithChrome: a call of the page after a sentence', () => {
  const ends = (line: string) => endsWithChrome(line, line.split(' ').length)

  it('reads the last sentence after an opening mark, as Spanish opens a question or an exclamation ("¿…? ¡Suscríbete …!")', () => {
    expect(ends('Did you enjoy this post? Subscribe to our newsletter!')).toBe(true)
    expect(ends('¿Te ha gustado? ¡Suscríbete a nuestro boletín!')).toBe(true)
    expect(ends('¿Te ha gustado? «Suscríbete a nuestro boletín»')).toBe(true)
    // A sentence about subscribing, not the call: the last sentence holds more than the phrase.
    expect(ends('¿Por qué? ¡Suscríbete a nuestro boletín, dijo el alcalde, y verás los precios de la fruta!')).toBe(false)
  })
})

describe('consent boxes of sign-up forms', () => {
  it('reads the consent a form asks for as opening like chrome (neither article nor proof of chrome), not a sentence that agrees', () => {
    expect(opensLikeChrome('Ich willige darin ein, dass der Verband mir regelmäßig aktuelle Informationen im Bereich seiner Arbeit per E-Mail zusendet.')).toBe(true)
    expect(opensLikeChrome('Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. Nach Anmeldung geht mir eine E-Mail zu.')).toBe(true)
    expect(opensLikeChrome('I agree to the processing of my personal data for the purpose of creating a personal account on this site.')).toBe(true)
    expect(opensLikeChrome('Ich bin damit einverstanden, wenn die Stadt die Straße im Sommer sperrt, sagte die Anwohnerin.')).toBe(false)
    expect(opensLikeChrome('I agree to the plan, the mayor said on Tuesday after the vote.')).toBe(false)
  })
})

describe('teaser box headings of the trafilatura set\'s languages', () => {
  it('names "related" and "read on" headings that portals and blog themes print between articles', () => {
    expect(matchLexicon('Articles en relation')[0]).toMatchObject({category: 'related', whole: true})
    expect(matchLexicon('MEISTGEKLICKTE BEITRÄGE')[0]).toMatchObject({category: 'popular', whole: true})
    expect(matchLexicon('Redaktionstipp')[0]).toMatchObject({category: 'related', whole: true})
    expect(matchLexicon('Beitrags-Navigation')[0]).toMatchObject({category: 'readMore', whole: true})
    expect(matchLexicon('Keep Reading')[0]).toMatchObject({category: 'readMore', whole: true})
    // WordPress's German label of a post's featured image, over the image's caption.
    expect(matchLexicon('Beitragsbild: Titelseite der Zeitung vom 2. April')[0]).toMatchObject({category: 'photoCredit', labelled: true})
  })
})

describe('endsWithChrome', () => {
  const ends = (text: string) => endsWithChrome(text, text.split(/\s+/u).length)

  it('reads a box line whose last sentence is a call, and a post\'s row of fields whose last is a count of comments or a link', () => {
    expect(ends('Stay up to date with Ascom. Subscribe to our newsletter.')).toBe(true)
    for (const line of ['Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS', 'November 1, 2012 | 5 Comments', 'Posted on November 13, 2012 in DECORATE, DIY PROJECTS | Permalink']) expect(ends(line), line).toBe(true)
  })

  it('not a row whose last field is no chrome, nor a sentence with a bar in it', () => {
    for (const line of ['Rock | Paper | Scissors', 'Berlin | 14. Juni 2019', 'The vote was 5 | 4 in favour, and the comments were many.']) expect(ends(line), line).toBe(false)
  })
})

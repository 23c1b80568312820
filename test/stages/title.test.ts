import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body, runStages} from '../helpers/run.js'
import {isTitleShaped, quotesAnother} from '../../src/stages/title.js'

const prose = 'De eerste alinea van het artikel is lang genoeg om als echte tekst te tellen, en eindigt met een punt. Daarna volgt nog een zin om het af te maken.'
const clean = (text: string, url?: string) => runStages(text, ['title'], url ? {url} : {})

/** A forum's news page under a short post: tags, share buttons, a feed, a comment form, a forum's topics and a long list of comments, which drew the headline finder away. */
const ferryComments = [
  'Yeah its pretty crazy. Never understand how these timetables get so convoluted, every winter it is the same story again by Ronen',
  'I love it, this is your chance to go get them. Any bets on how long that video would last online before they take it down by Amir',
  'I do not know. But it might cause some issues with the availability of the early boats, all of this will probably change by Ronen',
  'Did anybody mention the morning crossing is faster now. It may be me, but since the new engines the trip takes less time by Amir',
  'If I am not mistaken, I think the late ferry was running on Friday in the harbour area and it alerted me to a delay by Shvartz',
  'I have to agree with Brian, the new captain has been a welcome and refreshing change to the whole line, especially at night by Joe',
  'What a bunch of nonsense. I already want to delete the app the company puts on my phone, it does nothing useful for me by Kiara',
]
const ferryFooter = [
  'Let us know what you think!',
  'Tags:', 'Ferry', 'Timetable',
  'Share this article with your friends!', 'Tweet this', 'Share on Facebook', 'Subscribe by RSS',
  'Recommended for you',
  'Harbour lights switched on', 'July 10, 2012', 'New pier opens to walkers', 'April 28, 2011', 'Ferry app adds tickets', 'December 22, 2010',
  'Submit your comment', 'Your name', 'Please enter your name', 'Your email', 'Please enter a valid email address', 'Website', 'Message:',
  'From the Forums! + Add a Topic',
  ...['Night boat timetable', 'Parking at the pier', 'Lost ticket refund', 'Bikes on board', 'Dogs on the deck', 'Winter fares', 'Cafe prices', 'Season pass', 'Wheelchair access', 'Late arrivals', 'Storm cancellations', 'School trips', 'Car deck height', 'Lockers', 'Wifi on board', 'Student discount', 'Group tickets', 'Lost and found', 'Photo spots', 'Sunset cruise'].map((topic, index) => `${topic} by member${index}`),
  'More Discussions',
  'Latest Conversations!',
  ...ferryComments,
  'Copyright © 2012 Harbour Review LLC',
]

describe('title stage', () => {
  it('moves the title above the article to meta and removes it', () => {
    const result = clean(`Rise of the machines\n\n${prose}`)
    expect(result.meta.title).toBe('Rise of the machines')
    expect(body(result.markdown)).toBe(`${prose}\n`)
  })

  it('takes no field and its number over the dateline for the title ("کد خبر: ۱۲۳۴۵۶", "Article ID: 48213"); a headline with a number after its colon stays one', () => {
    const fa = 'کتابخانه مرکزی شیراز با حضور استاندار فارس و جمعی از مسئولان فرهنگی افتتاح شد. این کتابخانه در هفت طبقه ساخته شده است.'
    const dump = ['صفحه اصلی', 'سیاسی', 'اقتصادی', 'افتتاح بزرگترین کتابخانه عمومی شیراز', 'کد خبر: ۱۲۳۴۵۶', '۲۴ اسفند ۱۴۰۳ - ۱۰:۳۰', 'اشتراک گذاری', fa, fa.replace('هفت', 'هشت'), fa.replace('هفت', 'نه')].join('\n')
    expect(cleanSync(dump, {format: 'text'}).meta.title).toBe('افتتاح بزرگترین کتابخانه عمومی شیراز')
    expect(isTitleShaped('Article ID: 48213', 200)).toBe(false)
    expect(isTitleShaped('Apollo 13: 50 years on', 200)).toBe(true)
    expect(isTitleShaped('Bayern schlägt Dortmund 4:0', 200)).toBe(true)
  })

  it('takes no rating under a product\'s name for the title ("4,6 von 5 Sternen (312 Bewertungen)"); a headline that opens with a decimal stays one', () => {
    const de = ['Die Barista Pro bereitet Espresso wie im Café zu. Das integrierte Mahlwerk mahlt die Bohnen frisch für jede Tasse.', 'Dank des Heizsystems ist die Maschine nach drei Sekunden bereit. Das Display zeigt Mahlgrad und Temperatur an.']
    const dump = ['Startseite', 'Küche', 'Warenkorb (0)', 'Siebträgermaschine Barista Pro', '4,6 von 5 Sternen (312 Bewertungen)', '499,00 €', 'In den Warenkorb', 'Produktbeschreibung', ...de].join('\n')
    expect(cleanSync(dump, {format: 'text'}).meta.title).toBe('Siebträgermaschine Barista Pro')
    for (const line of ['4.5 out of 5 stars', '4,5 sur 5', '8.7 von 10 Punkten']) expect(isTitleShaped(line, 200), line).toBe(false)
    expect(isTitleShaped('2.5 million jobs lost in March', 200)).toBe(true)
    expect(isTitleShaped('2,5 Millionen für 10 neue Radwege in der Stadt', 200)).toBe(true)
  })

  it('takes no share button or call under the headline for the title ("Share this on WhatsApp", "Follow us on Twitter")', () => {
    for (const button of ['Share this on WhatsApp', 'Follow us on Twitter']) {
      const result = cleanSync(`Classificação NASCAR\nsexta-feira, 22 de outubro de 2010 às 20:13\n${button}\n\nNesta página você terá sempre a classificação atualizada da NASCAR até a última corrida, com todos os pilotos.\n\nColoque nos seus favoritos e venha sempre conferir a classificação da NASCAR depois de cada etapa.`)
      expect(result.meta.title).toBe('Classificação NASCAR')
    }
    expect(isTitleShaped('Share this on WhatsApp', 200)).toBe(false)
    expect(isTitleShaped('Sign up for our newsletter today', 200)).toBe(false)
    // A headline that starts with a one-word phrase, or is longer than a button, stays one.
    expect(isTitleShaped('Share prices fall as the harbour closes', 200)).toBe(true)
    expect(clean(`Share prices fall as the harbour closes\n\n${prose}`).meta.title).toBe('Share prices fall as the harbour closes')
  })

  it('takes the headline that opens the article, its byline under a standfirst and a photo, over a skip link or a menu item above it', () => {
    const dump = [
      'Sections', 'SEARCH', 'Skip to contentSkip to site index', 'New York', 'Subscribe', 'Log In', "Today's Paper", 'Supported by',
      "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What's Underneath N.Y.C.",
      "New York's aging below-street infrastructure is tough to maintain, and the corrosive rock salt and freeze-thaw cycles of winter make it even worse.",
      'Image',
      'A Con Edison worker repairing underground cables this month in Flushing, Queens. Chang W. Lee/The New York Times',
      'By Corey Kilgannon', 'Feb. 21, 2019',
      'A series of recent manhole fires in the heart of Manhattan forced the evacuation of several theaters and was a stark reminder that the subway is not the only creaky infrastructure beneath the streets of New York City.',
      'Underground lies a chaotic assemblage of utilities that, much like the subway, are lifelines for the city: a sprawling tangle of water mains, power cables, gas and steam lines, telecom wires and sewers.',
    ].join('\n\n')
    expect(cleanSync(dump, {format: 'text'}).meta).toMatchObject({title: "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What's Underneath N.Y.C.", author: 'Corey Kilgannon'})
    // The dots of closing initials are the headline's; a sentence's stop is none.
    expect(isTitleShaped('Snow Closes Schools Across D.C.', 250)).toBe(true)
    expect(isTitleShaped('The company moved its headquarters to the U.S.', 250)).toBe(false)
    expect(isTitleShaped('Snow closed the schools today.', 250)).toBe(false)
  })

  it('invents no title for a document that opens with prose', () => {
    const result = clean(`${prose}\n\n${prose.replace('eerste', 'tweede')}`)
    expect(result.meta.title).toBeUndefined()
    expect(result.removed).toEqual([])
  })

  it('prefers the line the URL slug names over menu lines', () => {
    const result = clean(`Home\nWorld News\nMost Read Stories Today\nHouse prices fall again in the north\n${prose}`, 'https://example.com/news/house-prices-fall-again-north')
    expect(result.meta.title).toBe('House prices fall again in the north')
  })

  it('skips datelines and labelled lines when choosing', () => {
    const result = clean(`A headline worth reading\n21 November 2024\nBy Jane Doe\n${prose}`)
    expect(result.meta.title).toBe('A headline worth reading')
  })

  it('removes repeats of a title already in meta (HTML metadata, front matter)', () => {
    const result = runStages(`---\ntitle: Rise of the machines\n---\n\nRise of the machines\n\n${prose}`, ['title'], {format: 'auto'})
    expect(result.meta.title).toBe('Rise of the machines')
    expect(result.removed.map((removal) => removal.reason)).toEqual(['a repeat of the title, which is in the front matter'])
  })

  it('takes a question headline that scores as prose, when a byline or dateline stands under it', () => {
    const headline = 'Rente stijgt weer: wat betekent dat voor je hypotheek?'
    const result = clean(`${headline}\nDoor Jan de Vries\n${prose}`)
    expect(result.meta.title).toBe(headline)
    expect(body(result.markdown)).not.toContain('hypotheek?')
  })

  it('keeps a question that opens the body without a byline under it', () => {
    const result = clean(`Ken je dat gevoel, dat de rente weer stijgt en niemand weet waarom?\n${prose}`)
    expect(result.meta.title).toBeUndefined()
    expect(result.removed).toEqual([])
  })

  it('does not take an ingredient line for the title ("100 g de azúcar")', () => {
    const recipe = [
      'Inicio / Recetas / Postres', 'Flan de naranja en 5 pasos', 'Por Lucía Gómez | 14/02/2025',
      'Este flan es más ligero que el clásico: lleva zumo de naranja en vez de leche entera, y se cuaja al baño maría en 40 minutos.',
      'Ingredientes', '4 huevos', '250 ml de zumo de naranja', '100 g de azúcar', 'Preparación',
      'Bate los huevos con el azúcar.', 'Añade el zumo y cuela la mezcla.', 'Hornea a 160 °C durante 40 min.',
      '¿Se puede congelar? No es recomendable: la textura cambia.', 'Compartir en WhatsApp',
    ].join('\n')
    const result = cleanSync(recipe)
    expect(result.meta.title).toBe('Flan de naranja en 5 pasos')
    expect(result.markdown).toContain('100 g de azúcar')
    expect(result.markdown).toContain('250 ml de zumo de naranja')
  })

  it('takes the headline, not the author\'s name printed twice under it (an avatar\'s caption, then the byline)', () => {
    const result = cleanSync(`Blog\nAbout\nHow I cut our Docker image from 1.2 GB to 85 MB\nJane Park\nJane Park\nFollow\n5 min read\nJan 9, 2024\n${prose}`)
    expect(result.meta.title).toBe('How I cut our Docker image from 1.2 GB to 85 MB')
    expect(result.meta.author).toBe('Jane Park')
  })

  it('in a forum thread takes the thread\'s title, not a reply\'s "Re: …" nor the labelled repeat', () => {
    const thread = ['Forum Rowerowe', 'Strona główna', 'Zaloguj', 'Piszczące hamulce tarczowe – co robić?', 'Wątek: Piszczące hamulce tarczowe – co robić?', 'Autor: tomek_mtb', '12.01.2024, 18:32', prose, 'Odpowiedz', 'Re: Piszczące hamulce tarczowe – co robić?', prose.replace('eerste', 'tweede')]
    expect(cleanSync(thread.join('\n')).meta.title).toBe('Piszczące hamulce tarczowe – co robić?')
  })

  it('takes the headline over the byline, not a live blog\'s first entry under it, nor a dateline beside it', () => {
    const blog = ['World', 'Politics', 'Live: Earthquake hits southern Japan – latest updates', 'Updated 2 minutes ago', 'By Tom Harris and Mei Tanaka', 'Share', '6:15 p.m.', 'Trains resume on the Kyushu Shinkansen', prose]
    expect(cleanSync(blog.join('\n')).meta.title).toBe('Live: Earthquake hits southern Japan – latest updates')
    // A "Key points" box of three items between the byline and the first entry.
    const points = ['Key points', 'A 7.1-magnitude earthquake struck off Kyushu', 'A tsunami advisory was issued and later lifted', 'No deaths have been reported so far']
    const boxed = [...blog.slice(0, 6), ...points, ...blog.slice(6)]
    expect(cleanSync(boxed.join('\n')).meta.title).toBe('Live: Earthquake hits southern Japan – latest updates')
  })

  it('takes the headline over its standfirst when both stand right above the byline', () => {
    const page = ['Últimas', 'Brasil', 'Economia', 'Dólar fecha em queda de 1,2% e vai a R$ 4,97', 'Moeda americana recuou após dados de emprego nos EUA', 'Por Ana Souza, de São Paulo', '05/04/2024 17h45', prose]
    expect(cleanSync(page.join('\n')).meta.title).toBe('Dólar fecha em queda de 1,2% e vai a R$ 4,97')
  })

  it('takes no link to the post before or after ("« Older entry", "Previous post: …") for the title or its standfirst', () => {
    for (const link of ['« More harbour photos from the winter storms', 'Previous post: The harbour road in old photographs', 'Older entry: the harbour road in old photographs →']) {
      const page = ['Harbour News', 'Home', link, 'The harbour road closes for six months', 'By Ana Souza | Published: October 29, 2012', prose]
      expect(cleanSync(page.join('\n')).meta.title).toBe('The harbour road closes for six months')
    }
    expect(isTitleShaped('Next story →', 200)).toBe(false)
    // Nor a link that skips to the content ("Skip to content", "Zum Inhalt springen", "Aller au contenu").
    for (const skip of ['Skip to content', 'Jump to navigation', 'Zum Inhalt springen', 'Aller au contenu', 'Saltar al contenido']) expect(isTitleShaped(skip, 200)).toBe(false)
    // A headline quoted in guillemets is a headline.
    expect(isTitleShaped('«Gute Löhne alleine reichen nicht»', 200)).toBe(true)
    expect(isTitleShaped('‹Wir waren fast 40 Tage in Quarantäne›', 200)).toBe(true)
  })

  it('takes no printed address for the title, though it shares every word of the slug', () => {
    const url = 'https://www.sfgate.com/news/crime/article/The-Latest-Man-stabbed-to-death-on-San-Francisco-14848218.php'
    const page = ['BREAKING NEWS', url, 'The Latest: Man stabbed to death on San Francisco Bay train', 'Updated 10:01 pm PST, Tuesday, November 19, 2019', prose]
    expect(cleanSync(page.join('\n'), {url}).meta.title).toBe('The Latest: Man stabbed to death on San Francisco Bay train')
  })

  it('takes the line that is the page\'s own slug of one or two words for the title, its umlauts spelt out or dropped, over a subheading nearer the article', () => {
    const page = (headline: string) => ['Startseite', 'Ferienhäuser', 'Angebote', headline, 'Ausstattung', 'Lage', 'Preise', 'Bewertungen', 'Unser altes Bauernhaus für die ganze Familie', prose].join('\n')
    expect(cleanSync(page('Ferienhaus Feinen'), {url: 'https://example.de/ferienhaus/lierfeld/40222/ferienhaus-feinen.php'}).meta.title).toBe('Ferienhaus Feinen')
    expect(cleanSync(page('Muffin Grundrezept'), {url: 'https://example.net/muffin-grundrezept'}).meta.title).toBe('Muffin Grundrezept')
    for (const url of ['https://example.de/2019/11/17/elektro-zapfsaeulen/', 'https://example.de/2019/11/17/elektro-zapfsaulen/']) {
      expect(cleanSync(page('Elektro Zapfsäulen'), {url}).meta.title).toBe('Elektro Zapfsäulen')
    }
    expect(cleanSync(page('Mandelplätzchen'), {url: 'https://example.wordpress.com/2012/12/08/mandelplatzchen/'}).meta.title).toBe('Mandelplätzchen')
    // A longer slug spells its umlauts out too.
    expect(cleanSync(page('Grüne Häuser für Köln'), {url: 'https://example.de/wohnen/gruene-haeuser-fuer-koeln-1597'}).meta.title).toBe('Grüne Häuser für Köln')
    // A section's name is no page's own slug, nor one that numbers its page (a series' name over each issue).
    expect(cleanSync(page('Astrofoto Community'), {url: 'https://example.de/astrofoto-community/plejaden-m45-2/'}).meta.title).not.toBe('Astrofoto Community')
    expect(cleanSync(page('Opening Bell'), {url: 'https://example.com/2019/11/opening-bell-11-18-19'}).meta.title).not.toBe('Opening Bell')
    // Nor a slug that names the site, its words in the host name: a blog's home page.
    expect(cleanSync(page('Blood & Treasure'), {url: 'http://bloodandtreasure.typepad.com/blood_treasure/'}).meta.title).not.toBe('Blood & Treasure')
    // Nor a script's name over a query, which shows every page: the menu's "News" is no headline of news.php?id=4711.
    const news = ['Startseite', 'News', 'Sport', 'Kultur', 'Stadtrat beschließt neuen Radweg an der Hauptstraße', 'Von Petra Schulz', '12.03.2025', prose].join('\n')
    expect(cleanSync(news, {url: 'https://www.example.de/news.php?id=4711'}).meta.title).toBe('Stadtrat beschließt neuen Radweg an der Hauptstraße')
  })

  it('takes a short headline closed with a full stop for the title when the slug names it; a standfirst\'s sentence the slug shares words with stays text', () => {
    const page = (headline: string) => ['Startseite', 'Ferienhäuser', 'Angebote', headline, 'Ausstattung', 'Lage', 'Preise', 'Bewertungen', 'Unser altes Bauernhaus für die ganze Familie', prose].join('\n')
    expect(cleanSync(page('Elektro-Zapfsäulen.'), {url: 'https://example.de/2019/11/17/elektro-zapfsaeulen/'}).meta.title).toBe('Elektro-Zapfsäulen.')
    expect(cleanSync(page('Denkmäler in neuem Licht.'), {url: 'http://example.at/work/denkmaler-neuem-licht/'}).meta.title).toBe('Denkmäler in neuem Licht.')
    const sentence = 'With most hospitals closed, doctors struggle to care for premature babies, often without power.'
    expect(cleanSync(page(sentence), {url: 'https://example.com/2023/11/14/hospitals-closed-doctors-premature-babies/'}).meta.title).not.toBe(sentence)
  })

  it('takes no menu item far up the page ("By Topic") for a byline over the headline', () => {
    // The article speaks of what its headline names, as articles do: the headline finder reads that too.
    const page = ['Riverside Gazette: the news you can trust', 'By Topic', 'By Region', 'Sport', 'Weather', 'Council approves new bridge', bridge]
    expect(cleanSync(page.join('\n')).meta.title).toBe('Council approves new bridge')
  })

  it('takes the headline over a share bar, a photo credit and a caption printed between it and the article', () => {
    const page = [
      'Riverside Gazette',
      'News',
      'Sport',
      'Council approves new bridge over the river',
      'Share on Facebook',
      'Share on Twitter',
      'The old crossing, closed since the spring floods',
      'Photo: Jane Doe / Riverside Gazette',
      bridge,
      'The bridge will have two lanes for cars, a cycle path and a footpath on each side, and the council expects the work to take eighteen months.',
    ]
    expect(cleanSync(page.join('\n')).meta.title).toBe('Council approves new bridge over the river')
  })
  it('takes the headline, not the long standfirst under it that shares more words with the article', () => {
    const standfirst = 'Engineers say the updated crossing carries cars, cyclists and buses across every part of the river from a single deck, and opens next spring'
    const page = [
      'Solution Centers',
      'Water and roads: the council report',
      'Town hall weekly',
      'Harbour news centre',
      'View all centres',
      'Council approves new bridge over the river',
      standfirst,
      'By Jane Doe',
      'November 06, 2012',
      'The updated crossing will carry cars, cyclists and buses across every part of the river, engineers said on Tuesday, from a single deck.',
      'Cyclists and buses get their own lanes, and the deck is wide enough for the trams the council plans to add later across the river.',
    ]
    const result = cleanSync(page.join('\n'))
    expect(result.meta.title).toBe('Council approves new bridge over the river')
    // The standfirst is the article's lead: it stays in the body.
    expect(body(result.markdown)).toContain(standfirst)
  })
})

describe('a signed headline anchors the article', () => {
  it('leaves out a cookie banner, its button and a photo caption printed above a headline over its byline', () => {
    const page = [
      "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.",
      'Chiudi',
      'Home / Cronaca',
      'Il sindaco di Milano durante la conferenza stampa (foto Ansa)',
      'Milano, chiuso il ponte sul Naviglio per lavori',
      'di Luca Bianchi',
      '12 ottobre 2023',
      'Il Comune ha chiuso da ieri il ponte di via Valenza per lavori urgenti. Resterà chiuso fino a fine mese.',
      'La deviazione passa per via Vigevano.',
      'Fine.',
    ]
    const result = cleanSync(page.join('\n'))
    expect(result.meta.title).toBe('Milano, chiuso il ponte sul Naviglio per lavori')
    expect(body(result.markdown).trim().split('\n\n')).toEqual([
      'Il Comune ha chiuso da ieri il ponte di via Valenza per lavori urgenti. Resterà chiuso fino a fine mese.',
      'La deviazione passa per via Vigevano.',
      'Fine.',
    ])
  })
  it('reads a standfirst between the headline and its byline, and keeps it in the body', () => {
    const standfirst = 'Three councils shared one grant, and a hard winter tested them all.'
    const page = [
      'We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.',
      'Got it',
      'Why small towns are betting on heat pumps',
      standfirst,
      'By Jane Doe',
      'March 4, 2024',
      bridge,
      'The grant covered 60% of the cost, and the rest came out of the maintenance budget of the three towns.',
    ]
    const result = cleanSync(page.join('\n'))
    expect(result.meta.title).toBe('Why small towns are betting on heat pumps')
    expect(body(result.markdown).trim().split('\n\n')[0]).toBe(standfirst)
    expect(body(result.markdown)).not.toContain('cookies')
  })
  it.each([
    ['a button under the byline', ['by the Harbour Review Team on October 29th, 2012 · Leave a Comment', 'Posted in News']],
    ['a byline wrapped onto a second line', ['Posted October 29th, 2012 / By Jane Doe', 'in News']],
    ['the label of a video that opens the post', ['By Jane Doe', 'Oct 29 2012, 12:50 PM ET', 'Harbour TV']],
    ['a byline longer than a signature, with both its dates', ['by Jane Marie Doe Published Oct. 29, 2012 8:42 am Updated Oct. 29, 2012 2:01 pm']],
  ])("takes a short post's signed headline, and the post, where a longer list of comments further down drew the finder away (%s)", (_, signature) => {
    const post = 'It is nice to see that the ferry company is still promoting its winter timetable with a heavy focus on commuters. A reader noticed a new interactive video where you click on different parts of the harbour to follow a crossing. The results are obvious but funny.'
    const page = [
      'Home', 'Forums', 'News', 'Reviews', 'Contact Us',
      'Ferry Company Rolls Out Interactive Winter Timetable Videos',
      ...signature,
      post,
      ...ferryFooter,
    ]
    const result = cleanSync(page.join('\n\n'))
    expect(result.meta.title).toBe('Ferry Company Rolls Out Interactive Winter Timetable Videos')
    expect(body(result.markdown)).toContain(post)
    expect(body(result.markdown)).not.toContain('Ronen')
  })
  it("takes a blog post's headline that its date header signs from above, and the post, where a longer list of comments further down drew the finder away", () => {
    const post = [
      'It is nice to see that the ferry company is still promoting its winter timetable with a heavy focus on commuters.',
      'A reader noticed a new interactive video where you click on different parts of the harbour to follow a crossing. The results are obvious but funny.',
    ]
    const page = [
      'Home', 'Forums', 'News', 'Reviews', 'Contact Us',
      'FRIDAY, NOVEMBER 02, 2012',
      'Ferry Company Rolls Out Interactive Winter Timetable Videos',
      ...post,
      ...ferryFooter,
    ]
    const result = cleanSync(page.join('\n\n'))
    expect(result.meta.title).toBe('Ferry Company Rolls Out Interactive Winter Timetable Videos')
    expect(body(result.markdown)).toContain(post[1])
    expect(body(result.markdown)).not.toContain('Ronen')
  })
  it("takes no subheading under the headline's byline and date for a headline the date signs from above", () => {
    const page = ['Node.js and CPU profiling on production', 'Vincent Vallet', 'Follow', 'Oct 18, 2019 · 8 min read', 'Why CPU monitoring is important?', bridge, bridge.replace('Tuesday', 'Monday')]
    expect(cleanSync(page.join('\n\n')).meta.title).toBe('Node.js and CPU profiling on production')
  })
  it("takes no byline under the headline for a headline the page signs: a name past a standfirst and a share bar, an e-mail address", () => {
    const story = [bridge, bridge.replace('Tuesday', 'Monday'), bridge.replace('Tuesday', 'Friday')]
    const named = ['Home', 'News', 'Series: Elections 2012', 'Working class voters: why the poor vote for lower taxes', 'Liberals ask why voters who use public help still vote for those who want to cut it', 'Share', 'Tweet this', 'Email', 'Gary Younge', 'example.co.uk, Monday 29 October 2012 13.42 EDT', ...story]
    expect(cleanSync(named.join('\n')).meta.title).toBe('Working class voters: why the poor vote for lower taxes')
    const mailed = ['Home', 'News', 'Sport', 'Dirk got hitched! What would you get him for a wedding present?', 'comments ()', 'By SportsDay staff', 'sports@example.com', '1:06 am on August 9, 2012 | Permalink', ...story]
    expect(cleanSync(mailed.join('\n')).meta.title).toBe('Dirk got hitched! What would you get him for a wedding present?')
  })
  it('reads the headline without the comment count glued to its end when the page prints it alone too, not a part set apart by a mark', () => {
    const page = (headline: string, copy: string) => ['Home', 'Apple', 'Mobile', headline, 'Posted by timothy on Tuesday July 24, @11:25AM', bridge, bridge.replace('Tuesday', 'Monday'), 'You may like to read:', 'Preparing For Life After the PC', copy, 'Post Load All Comments'].join('\n')
    expect(cleanSync(page('Reports Say Apple Is Shrinking Its Docking Connector 427', 'Reports Say Apple Is Shrinking Its Docking Connector')).meta.title).toBe('Reports Say Apple Is Shrinking Its Docking Connector')
    expect(cleanSync(page('Nikole Hannah-Jones (Hrsg.) • 1619', 'Nikole Hannah-Jones (Hrsg.)')).meta.title).toBe('Nikole Hannah-Jones (Hrsg.) • 1619')
    expect(cleanSync(page('Five days, two e-mail outages for Office 365', 'Five days, two e-mail outages for …')).meta.title).toBe('Five days, two e-mail outages for Office 365')
  })
  it('keeps every post of a list whose posts are each signed (no one of them anchors the article)', () => {
    const teaser = (what: string) => `The council met on Tuesday to talk about the ${what}, after two years of planning and a public consultation that drew more than four hundred responses from residents.`
    const page = [
      'Home', 'News',
      'New bridge approved over the river', 'March 4, 2024', teaser('new bridge'),
      'Library opening hours extended', 'March 3, 2024', teaser('library hours'),
    ]
    const result = cleanSync(page.join('\n\n'))
    expect(body(result.markdown)).toContain(teaser('new bridge'))
    expect(body(result.markdown)).toContain(teaser('library hours'))
  })
  it('takes no e-mail address alone for a headline (the reporter\'s, printed under the byline, stands nearer the article than the headline), and removes it beside the dateline', () => {
    expect(isTitleShaped('john.smith@dailypost.example', 200)).toBe(false)
    expect(isTitleShaped('Why nobody answers the e-mail at help@example.com', 200)).toBe(true)
    // Spelled out against harvesters, it is one too; a line with "(at)" in words is not.
    expect(isTitleShaped('dudecraft::AT::gmail::DOT::com', 200)).toBe(false)
    expect(isTitleShaped('jane [at] example [dot] org', 200)).toBe(false)
    expect(isTitleShaped('Tom (at) home', 200)).toBe(true)
    const page = ['Home', 'News', 'Sport', 'Minister plans to remove bus lanes on ring road', 'John Smith', 'john.smith@dailypost.example', '6 December 2026, 10:12', prose, prose.replace('eerste', 'tweede')].join('\n')
    const result = cleanSync(page)
    expect(result.meta.title).toBe('Minister plans to remove bus lanes on ring road')
    // Beside the dateline, the address is the reporter's contact, not the article's.
    expect(result.markdown).not.toContain('@dailypost')
  })

  it('takes no labelled e-mail address, no caption with its credit and no page tool for a headline', () => {
    expect(isTitleShaped('SEND ME TIPS: jo(at)example(dot)com', 200)).toBe(false)
    expect(isTitleShaped('Write to us: desk@example.org', 200)).toBe(false)
    expect(isTitleShaped('Letters: why we answer every e-mail', 200)).toBe(true)
    expect(isTitleShaped("Barack Obama and Michael Bloomberg in 2008. Photograph: Diane Bondareff/AP", 200)).toBe(false)
    expect(isTitleShaped('Find us on Google+', 200)).toBe(false)
    expect(isTitleShaped('Decrease Text Size', 200)).toBe(false)
    // Follow and newsletter boxes of blog platforms and portals, in their languages.
    expect(isTitleShaped('Join 1,234 other subscribers', 200)).toBe(false)
    expect(isTitleShaped('Schließe dich 600 Followern an', 200)).toBe(false)
    expect(isTitleShaped('Bądź na bieżąco! Zapisz się na nasz newsletter', 200)).toBe(false)
    // An address among a line's words: an archive's or a print view's header, not a headline.
    expect(isTitleShaped('The Wayback Machine - https://web.archive.org/web/20070228213001/http://example.fr/article.html', 200)).toBe(false)
    expect(isTitleShaped('Why the web moved to https', 200)).toBe(true)
    // A byline whose names a slash parts is no headline.
    expect(isTitleShaped('Por Laura Jordán / Javier Urbina', 200)).toBe(false)
    // A news page's header: its section, the headline, its date, share buttons, then the photo's caption over the prose.
    const page = ['Politics', 'Council votes to close the old harbour bridge', '6 December 2026', 'Find us on Google+', 'Decrease Text Size', 'Walkers on the bridge in 2008. Photograph: Jane Doe/AP', prose, prose.replace('eerste', 'tweede')].join('\n')
    expect(cleanSync(page).meta.title).toBe('Council votes to close the old harbour bridge')
  })

  it('takes no reporter\'s name under a standfirst for the headline the page signs', () => {
    // A series' name over the headline, its standfirst, share buttons, then the byline, the date and a caption over the prose.
    const page = ['News', 'Sport', 'Data', 'Comment is free', 'On polling and politics', 'Series: On polling and politics', 'Previous | Index', 'State polling is very consistent – even if it proves consistently wrong', "I haven't analysed every new poll, as aggregates show a steady lead in key states. It's only a story if they've got it wrong", 'Share', 'Tweet this', 'Email', 'Harry Jones', 'example.co.uk, Thursday 1 November 2012 18.57 EDT', 'Jump to comments (…)', "@Forecaster: 'Anyone who says they see a candidate gaining ground is selling you a sack of nothing.' Photograph: Jane Doe/Reuters", prose, prose.replace('eerste', 'tweede')].join('\n')
    const result = cleanSync(page)
    expect(result.meta.title).toBe('On polling and politics')
  })

  it('takes no line that quotes another of the page\'s lines for a headline that anchors: a comment thread names the post so', () => {
    const texts = ['New work: Harbour Bank', 'Published on November 7th, 2012', bridge, '8 appreciated comments on “New work: Harbour Bank”', 'Why we love “Harbour”', 'Harbour']
    expect(quotesAnother(texts, 3)).toBe(true)
    expect(quotesAnother(texts, 0)).toBe(false)
    // A word in quotes closing a headline is a line of the page only where the page prints it alone.
    expect(quotesAnother(texts, 4)).toBe(true)
    expect(quotesAnother(texts.slice(0, 5), 4)).toBe(false)
    // An apostrophe inside the quotation opens nothing.
    expect(quotesAnother(["Tom's new work", "8 comments on \"Tom's new work\"", 'Tom'], 1)).toBe(true)
    expect(quotesAnother(["Don't stop now", '5 Kommentare zu „Don’t stop now“'], 1)).toBe(true)
  })

  it('takes a headline with an operator in it ("Tom && Jerry: the reunion") for the title: only a configuration file\'s setting is no headline', () => {
    const result = cleanSync(['News', 'Tom && Jerry: the reunion', 'By Jane Doe', 'The cartoon pair returns to cinemas this summer, eighty years after their first short film was shown.', 'The studio said the film would be drawn by hand, as the old shorts were, by a team of forty artists.'].join('\n'))
    expect(result.meta.title).toBe('Tom && Jerry: the reunion')
    expect(result.markdown).not.toContain('# Tom')
  })
})

const bridge = 'The council voted on Tuesday to approve the new bridge over the river, after two years of planning and a public consultation that drew more than four hundred responses from residents.'

import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {captionCredit} from '../../src/lexicon/captions.js'
import {isCopyrightNotice} from '../../src/lexicon/chrome.js'
import {body, runStages} from '../helpers/run.js'
import {parseText} from '../../src/parse/text.js'
import {findZones} from '../../src/article/zones.js'
import {toString as plainText} from 'mdast-util-to-string'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'
const clean = (text: string) => runStages(text, ['boilerplate'])

describe('boilerplate stage', () => {
  it('removes menus before the article and related lists after it, with the zone as reason', () => {
    const result = clean(`Home\nWorld\nSport\nSubscribeSign In\n${p1}\n${p2}\n${p3}\nRelated articles\nCouncil approves budget\nSchool reopens after floods`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
    const reasons = result.removed.map((removal) => removal.reason)
    expect(reasons[0]).toMatch(/^a navigation link \("home", [a-z/]*\ben\b/)
    expect(reasons).toContain('in the page header, before the article: a menu or navigation item')
    expect(reasons.some((reason) => /"related articles"/.test(reason))).toBe(true)
  })

  it('removes a Japanese teaser whose label closes in lenticular brackets ("【関連記事】…") inside the article, and keeps the paragraphs around it', () => {
    const ja = ['農林水産省は7日、全国のスーパーで販売されたコメの平均価格が5カ月ぶりに下落したと発表した。', '新米の出回りが本格化したことに加え、政府備蓄米の放出が進んだことが影響したとみられる。', '農水省の担当者は「今後の価格動向を注視したい」と話している。']
    const result = cleanSync(['ニュース', '経済', 'コメ価格、5カ月ぶりに下落', '2026年12月7日', ja[0], ja[1], '【関連記事】コメ不足はなぜ起きた？専門家に聞く', ja[2]].join('\n'), {format: 'text'})
    expect(body(result.markdown)).toBe(`${ja.join('\n\n')}\n`)
  })

  it('removes a row of separators left by a share bar of icons, and keeps a scene break', () => {
    const result = clean(`${p1}\n${p2}\n | |  |\n* * *\n${p3}`)
    expect(body(result.markdown)).not.toContain('|')
    expect(body(result.markdown)).toContain('\\* \\* \\*')
    expect(result.removed.map((removal) => removal.reason)).toContain('a row of separators between buttons, without text')
  })

  it('removes a gallery\'s slide counters ("1 / 8", "2/8") inside the article, and keeps a line of figures that counts nothing ("24/7") and a fraction in a sentence', () => {
    const result = clean(`${p1}\n1 / 3\n${p2}\n2/3\n${p3}\n24/7\nThe detour adds 1/2 a mile to the school run.`)
    const text = body(result.markdown)
    expect(text).not.toMatch(/^1 \/ 3$|^2\/3$/mu)
    expect(text).toContain('24/7')
    expect(text).toContain('adds 1/2 a mile')
    expect(result.removed.filter((removal) => removal.reason.includes('slide counter'))).toHaveLength(2)
  })

  it('removes a newsletter\'s or a podcast\'s link to its previous issue or episode under the article, with the teaser it heads', () => {
    for (const label of ['Previous issue', 'Next episode']) {
      const text = body(clean(`${p1}\n${p2}\n${p3}\n${label}\nIssue #147: Who pays for the new library?\nArchive\nAbout`).markdown)
      expect(text).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
    }
  })

  it("keeps a figure pair that no other counts on from: a recipe's quantity in a cell of its own, odds", () => {
    const recipe = clean(`${p1}\nIngredients\n1/4\ncup butter\n3/4\ncup packed brown sugar\n${p2}\n${p3}`)
    expect(body(recipe.markdown)).toMatch(/^1\/4$/mu)
    expect(body(recipe.markdown)).toMatch(/^3\/4$/mu)
    const odds = clean(`${p1}\nBarack Obama\n1/4\n${p2}\nBarack Obama\n1/4\n${p3}`)
    expect(odds.removed.filter((removal) => removal.reason.includes('slide counter'))).toHaveLength(0)
  })

  it('inside the article removes only sure lines: a teaser, an ad label, a photo credit', () => {
    const result = clean(`${p1}\nRead also: Harbour road closed again\n${p2}\nAdvertisement\nPhoto: Reuters\n${p3}`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('removes a photo caption inside the article by the credit that ends it, and keeps sentences that end with a source or an abbreviation', () => {
    const captions = [
      'Rafael Nadal celebrates a point against Karen Khachanov in Madrid, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)',
      'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot. (AP Photo/Alan Diaz, File)',
      'The protests kicked off in June and have strengthened in size (Image: GETTY )',
      'A cyclist rides next to a blocked petrol plant in the outskirts of La Paz. © Reuters / David Mercado',
      'Der Hafen von Kiel am Morgen nach dem Sturm (Foto: dpa)',
      'Roughly 13,000 US troops remain in Afghanistan [File: Reuters]',
      '記者会見する首相＝東京・首相官邸（写真：共同）',
      'Natalie Naccache | Bloomberg | Getty Images',
      // A label without its colon, then an agency in any case or a person.
      'Il sindaco di Milano durante la conferenza stampa (foto Ansa)',
      'Die Kanzlerin vor dem Reichstag (Foto Jane Doe)',
      // After the last sentence, not in brackets: with the label's colon, or glued (a label printed twice for a screen reader).
      'The Milky Way over the desert at night. Credit: NASA/NOAA',
      'Interest payments on the federal debt could surpass the Defense Department budget in 2023.CreditCreditJeon Heon-Kyun/EPA, via Shutterstock',
    ]
    const kept = [
      'Inflation in the euro area rose to 2.4% in March, the highest since autumn (Source: Eurostat)',
      'Das Thema mit dem höchsten Potenzial bleibt die elektronische Patientenakte (ePA)',
      'Why Can’t Taylor Swift Perform Her Own Songs? It’s Complicated [Bloomberg]',
      'The harbour master said the road would stay closed until the end of March (AP)',
      'Apple | Samsung | Google',
      'The bank had warned of losses before. Credit Suisse said the deal was off on Friday.',
      'He left the room in silence. Photo editors say the picture was staged.',
      'We walked home along the beach. Photo: the author',
      'Siehe die Grafik (Bild oben)',
      'The stars were clear that night (photo below)',
      'The best pictures of the town fair are in our gallery (Photo Gallery)',
    ]
    for (const caption of captions) expect(captionCredit(caption)).toBeDefined()
    for (const line of kept) expect(captionCredit(line)).toBeUndefined()
    // An agency's name alone after the last sentence, as pages in scripts without case print the credit; not a sentence about one.
    expect(captionCredit('서울 지하철 2호선 승강장. 연합뉴스')).toBe('연합뉴스')
    expect(captionCredit('Protesters outside parliament on Tuesday. Reuters')).toBe('Reuters')
    expect(captionCredit('The minister would not comment. According to Reuters')).toBeUndefined()
    expect(captionCredit('On October 18, more than 300 people were deported by the authorities for entering the country without papers. PTI')).toBeUndefined()
    // After an equals sign, as Japanese captions print it; a label after the last sentence in a script without case.
    expect(captionCredit('東京・港区の賃貸マンション＝共同通信')).toBe('共同通信')
    expect(captionCredit('שכונת פלורנטין בתל אביב. צילום: רויטרס')).toBe('רויטרס')
    expect(captionCredit('הוא דיבר עם הכתבים. צילום התמונה נמשך שעות')).toBeUndefined()
    // A photo label and its credit after a space, where no full stop ends the caption (Thai writes none); not a colon in a sentence.
    expect(captionCredit('รถเมล์ไฟฟ้าจอดที่ป้ายหน้าสถานีหมอชิต ภาพ: รอยเตอร์')).toBe('รอยเตอร์')
    expect(captionCredit('The mayor at the opening Photo: John Smith')).toBe('John Smith')
    expect(captionCredit('I asked him about the photo: it was fake')).toBeUndefined()
    // A label cut short with its dot ("Fot."), and an agency in brackets after a short caption's one sentence; not after a paragraph's.
    expect(captionCredit('Autobus na pl. Bankowym. Fot. PAP/Paweł Supernak')).toBe('PAP/Paweł Supernak')
    expect(captionCredit('محل لبيع الذهب في القاهرة. (رويترز)')).toBe('رويترز')
    expect(captionCredit('The minister spoke to reporters after the meeting. He said the plan would go ahead in May, and that the costs were covered. (Reuters)')).toBeUndefined()
    // A Vietnamese photo label after the sentence; not a sentence that opens with the word ("Ảnh hưởng", influence).
    expect(captionCredit('Người dân đổ xăng tại một cửa hàng ở Hà Nội. Ảnh: Ngọc Thành')).toBe('Ngọc Thành')
    expect(captionCredit('Ảnh hưởng của giá dầu thế giới đến giá xăng trong nước là rất lớn.')).toBeUndefined()
    // A Chinese credit after the caption's sentence: the photographer, then 摄 ("shot"); not a sentence about a photo.
    expect(captionCredit('17号线车厢内部。新华社记者 张伟 摄')).toBe('新华社记者 张伟 摄')
    expect(captionCredit('市民在站台候车。（张伟/摄）')).toBe('张伟/摄')
    expect(captionCredit('他拿出手机拍照。随后大家一起合影留念，他说这是最难忘的一次拍摄')).toBeUndefined()
    expect(captionCredit('市民在站台候车。记者张伟摄')).toBe('记者张伟摄')
    expect(captionCredit('王先生今年六十岁，退休前是一名中学教师。他退休后最大的爱好就是摄影')).toBeUndefined()
    expect(captionCredit('该馆以收藏为主。馆藏包括近现代摄影')).toBeUndefined()
    expect(captionCredit('他喜欢旅行。后来他迷上了摄影')).toBeUndefined()
    // In an article, whose prose outweighs them: the captions go, the paragraphs around them stay, and the captions do not end the article.
    const long = (text: string) => `${text} ${p3} ${p2}`
    const result = clean([long(p1), ...captions.slice(0, 3), long(p2), kept[0], long(p3), ...captions.slice(3), long(p1.replace('Tuesday', 'Friday')), kept[1], long(p2.replace('last', 'that'))].join('\n'))
    expect(body(result.markdown).split('\n\n').map((block) => block.slice(0, 20))).toEqual([p1, p2, kept[0]!, p3, p1, kept[1]!, p2].map((block) => `${block.slice(0, 20)}`.replace(/\n$/u, '')))
    expect(result.removed.map((removal) => removal.reason)).toContain('a photo caption (credit "Manu Fernandez/AP")')
  })

  it('keeps the captions of a photo post, most of its text under a short intro, and removes a gallery under a long article', () => {
    const caption = (n: number) => `Costumed revellers walk past the harbour at dusk on night ${n}, and a child waves at the boats. (Jane Doe/Associated Press)`
    const intro = 'The harbour festival filled the old town again this year, and these photos show how the city dressed up for it.'
    const post = clean(['Home', 'Photos', 'Photos: the harbour festival', intro, ...[1, 2, 3, 4, 5].map(caption), 'TAGS', 'Harbour'].join('\n'))
    expect(body(post.markdown)).toContain(intro)
    for (const n of [1, 2, 5]) expect(body(post.markdown)).toContain(`night ${n},`)
    // A long article with a gallery under it: the captions go, the article stays.
    const article = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p2.replace('last', 'that'), p3.replace('March', 'April'), p1.replace('six', 'eight')].map((text) => `${text} ${p2}`)
    const gallery = clean([...article, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(caption)].join('\n'))
    expect(body(gallery.markdown)).toContain(`${p3.replace('March', 'April')} ${p2}`)
    expect(body(gallery.markdown)).not.toContain('night 1,')
    expect(gallery.removed.map((removal) => removal.reason)).toContain('a photo caption (credit "Jane Doe/Associated Press")')
  })

  it('keeps the caption of a page of one photo, its text, and removes a caption beside a short article', () => {
    const caption = 'A boy poses with a painting at the art fair in the old harbour hall, where visitors may touch the works, sit on them and even put their heads into them. (Jane Doe/Associated Press)'
    const slide = cleanSync(['Home', 'Photos', 'Art fair in the harbour hall', caption, 'Like It. Tweet It.', 'Slideshows', 'External links are provided for reference purposes only.'].join('\n'), {format: 'text'})
    expect(body(slide.markdown)).toContain('A boy poses with a painting')
    const brief = clean(['Home', 'News', 'Harbour road closes for six months', p1, p2, p3, caption, p1.replace('Tuesday', 'Friday')].join('\n'))
    expect(body(brief.markdown)).not.toContain('A boy poses')
  })

  it('reads a credit set off by a spaced slash or bar ("… / Źródło: Pixabay") and removes its caption from a dump, and no sentence that goes on after a slash', () => {
    expect(captionCredit('Praca w magazynie, zdjęcie ilustracyjne / Źródło: Pixabay')).toBe('Źródło: Pixabay')
    expect(captionCredit('Le piquet de grève dans le hall de l’université / (C) Kab Niang')).toBe('(C) Kab Niang')
    expect(captionCredit('Prices rose by a fifth / Source: estimates by the staff of the council.')).toBeUndefined()
    expect(captionCredit('Rain or sun / either way the market opens at nine')).toBeUndefined()
    const caption = 'The harbour wall after the storm / Foto: Jane Doe'
    const result = cleanSync(['Harbour road closes for repairs', p1, p2, caption, p3, p1.replace('Tuesday', 'Friday'), p2.replace('last', 'that')].join('\n'), {format: 'text'})
    expect(result.markdown).toContain(p3)
    expect(result.markdown).not.toContain(caption)
  })

  it('takes page source leaked into a dump (a tracking pixel\'s tag) for neither article nor a closing line: the teasers among it stay out', () => {
    const pixel = (n: number) => `<div style="position:absolute;"><img width=1 height=1 alt="" src="http://b.example.com/b?P=${'x'.repeat(40)}${n}&s=${'y'.repeat(60)}&t=${n}"></div>`
    const page = ['Harbour road closes for repairs', p1, p2, p3, p1.replace('Tuesday', 'Friday'), ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [pixel(n), `Teaser headline number ${n} about another town`])]
    const markdown = body(cleanSync(page.join('\n'), {format: 'text'}).markdown)
    expect(markdown).toContain(p1.replace('Tuesday', 'Friday'))
    expect(markdown).not.toContain('Teaser headline')
    expect(markdown).not.toContain('position:absolute')
  })

  it('removes the copyright notice that closes an article, and keeps a sentence about copyright', () => {
    const notice = '© 2012 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.'
    const sentence = 'Copyright law changed in 2019, and the council had to ask before printing the old harbour maps.'
    const result = clean([p1, p2, sentence, p3, notice].join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${sentence}\n\n${p3}\n`)
    expect(result.removed.map((removal) => removal.reason)).toContain('a copyright notice closing the article')
    for (const line of ['Copyright © 2002-2006 PHD Consulting Inc. All rights reserved.', 'Copyright 2023 Sunbeam Television Corp. All rights reserved.', '(c) 2019 Harbour Press']) {
      expect(isCopyrightNotice(line, line.split(' ').length)).toBe(true)
    }
    expect(isCopyrightNotice(sentence, sentence.split(' ').length)).toBe(false)
  })

  it('reads a notice without a year by the rights it reserves after its mark, as Korean pages print it ("Copyright ⓒ 예시일보. All rights reserved."); not a mark alone', () => {
    const ko = ['서울시가 내년 1월부터 지하철과 버스 기본요금을 150원 인상한다고 15일 밝혔다. 지하철 기본요금은 1,400원에서 1,550원으로 오른다.', '시 관계자는 “누적된 적자를 줄이기 위해 불가피한 결정”이라며 “시민 부담을 최소화하기 위해 노력하겠다”고 말했다.', '이번 인상은 2015년 이후 10년 만이다.']
    const notice = 'Copyright ⓒ 예시일보. All rights reserved. 무단 전재 및 재배포 금지.'
    const result = clean(['서울시, 내년부터 대중교통 요금 150원 인상', ...ko, notice, '많이 본 뉴스'].join('\n'))
    expect(body(result.markdown)).toBe(`${ko.join('\n\n')}\n`)
    for (const line of ['ⓒ 2025 예시일보', '© Harbour Media. All rights reserved.', 'ⓒ 한겨레신문사. 무단전재 및 재배포 금지', 'ⓒ 한빛일보, 무단전재 및 재배포 금지', '© Harbour Media, all rights reserved']) expect(isCopyrightNotice(line), line).toBe(true)
    for (const line of ['© Shutterstock/racorn', 'ⓒ 연합뉴스', '© dtv Verlag, München', 'Copyright holders were not asked. All rights reserved is a phrase they print.']) expect(isCopyrightNotice(line), line).toBe(false)
    // Between the article's paragraphs, such a notice is a photo's credit: the article goes on under it.
    const trip = [
      'We arrived in Bergen on a grey morning in January, with the light already fading by three in the afternoon and the harbour nearly empty.',
      'The ferry north left the next evening, and for ten days we watched the coast go by from the deck, wrapped in every layer we had brought.',
      'The first stop that really surprised us was Ålesund, a town rebuilt in stone after a fire more than a century ago, and still full of towers.',
      'Further north the mountains come straight down to the water, and the ship slips between islands so close that you can see into the kitchens.',
    ]
    const after = ['In Tromsø we finally saw the northern lights, a pale green band at first that turned into curtains moving across the whole sky.', 'On the last day we crossed the border at Kirkenes, where the signs are in Norwegian and Russian, and took the small plane back south.']
    const credited = cleanSync(['Home', 'Travel', 'Ten days on the coast of Norway in winter', 'By Anna Berg', 'January 14, 2025', ...trip, '© Anna Berg. All rights reserved.', ...after, 'Share this article', 'Privacy policy'].join('\n\n'), {format: 'text'})
    expect(body(credited.markdown)).toContain(after[1])
  })

  it('keeps the article\'s opening under its title when a box of job offers cuts it from the rest', () => {
    const jobs = Array.from({length: 25}, (_, index) => index + 1).flatMap((n) => [`Project Engineer ${n} (m/f/d) Harbour Works GmbH`, `Town ${n} To the job`])
    const opening = [p1, p2, p3].map((text) => `${text} ${p2}`)
    const rest = [p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April'), p2.replace('last', 'that'), p1.replace('six', 'eight'), p3.replace('buses', 'trams')].map((text) => `${text} ${p1}`)
    const dump = ['Home', 'Energy', 'Harbour road closes for six months', ...opening, 'Top jobs', 'To the job board', ...jobs, ...rest, 'Related articles', 'Another town gets a bridge'].join('\n')
    const markdown = body(cleanSync(dump, {format: 'text', url: 'https://news.example/energy/harbour-road-closes-for-six-months/'}).markdown)
    expect(markdown).toContain(opening[0])
    expect(markdown).toContain(rest.at(-1))
    expect(markdown).not.toContain('Another town gets a bridge')
  })

  it('keeps the lead under the headline when a share bar stands between it and the body', () => {
    const lead = 'In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall mit ihren teuren Autos gebaut.'
    const bodyText = [
      'Ein Neulenker ist in der Nacht auf Samstag um 23:50 Uhr auf der Autobahn in Richtung Zürich gefahren und kurz nach der Einfahrt in eine Leitplanke geprallt.',
      'Der junge Fahrer verlor aus ungeklärten Gründen die Herrschaft über das Auto, das danach quer über alle Fahrstreifen schleuderte und an der Mauer stehen blieb.',
      'Die Behörden suchen Zeugen, die Auskunft über das Fahrverhalten des Mannes zwischen Wohnort und Unfallstelle geben können, und bitten um Hinweise.',
      'Ein weiterer Unfall ereignete sich in der Stadt. Der Lenker war stadtauswärts unterwegs, als er auf gerader Strecke die Kontrolle über den Wagen verlor.',
    ]
    const dump = ['Region', 'Junge Lenker schrotten zwei Autos in einer Nacht', '19.10.2019 11:36', lead, 'teilen', 'twittern', 'teilen', 'E-Mail', 'teilen', ...bodyText, 'Impressum'].join('\n')
    const markdown = body(cleanSync(dump, {format: 'text'}).markdown)
    expect(markdown).toContain(lead)
    expect(markdown).toContain(bodyText[3])
    expect(markdown).not.toMatch(/^(?:teilen|twittern|E-Mail)$/mu)
  })

  it('removes a post\'s tags or categories under their label inside the article, and keeps a one-word subheading', () => {
    const markdown = body(cleanSync([p1, 'Topics', p2, 'Filed under: Frugality, Insurance', p3, 'Tags: Minnesota Wild', 'getaggt mit: Grundeinkommen Berlin Demonstration'].join('\n'), {format: 'text'}).markdown)
    expect(markdown).toBe(`${p1}\n\n## Topics\n\n${p2}\n\n${p3}\n`)
  })

  it('removes a short button or prompt inside the article that a phrase of two words opens, and keeps a subheading that one word opens and a sentence', () => {
    const lines = [p1, 'Share this on WhatsApp', p2, 'Print quality', p3, 'Sign up for e-mail newsletters', p1.replace('Tuesday', 'Friday'), 'Sign up for the class before Friday.', p2.replace('last', 'that')]
    const markdown = body(cleanSync(lines.join('\n'), {format: 'text'}).markdown)
    expect(markdown).not.toContain('WhatsApp')
    expect(markdown).not.toContain('newsletters')
    expect(markdown).toContain('Print quality')
    expect(markdown).toContain('Sign up for the class before Friday.')
  })

  it('ends the article at its comment section, even when a long thread of replies outweighs it; a counter under the headline ends nothing', () => {
    // Each reply its own (a paragraph printed twice counts for nothing), longer than the article.
    const reply = (who: string, n: number) => [
      who, `2 days ago at 07:5${n} am`,
      `As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone has been asking for since the old one started to fail.`,
      `${who} again: the detour for the buses worked well last time, and the drivers said so in the local paper. ${p2}`,
      `Thanks for letting me ramble on, says ${who}, who has lived on the harbour road for thirty years and seen every storm.`,
      `Rating: ${n} Votes`,
    ].join('\n')
    const paragraphs = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April'), p2.replace('last', 'that'), p1.replace('six', 'eight'), p3.replace('buses', 'trams')]
    const article = `Home\nNews\nHarbour road closes for six months\n${paragraphs.join('\n')}`
    const thread = ['Nick', 'Anna', 'Joe', 'Mia', 'Tom', 'Eva'].map((who, n) => reply(who, n)).join('\n')
    const result = clean(`${article}\n[ 167 comments ]\nTop Rated Comments\n${thread}`)
    expect(body(result.markdown)).toBe(`${paragraphs.join('\n\n')}\n`)
    // "12 comments" under the headline, with the article after it.
    const counter = clean(`Home\nHarbour road closes for six months\n12 comments\n${p1}\n${p2}\n${p3}`)
    expect(body(counter.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('ends a short post at its comment section when the headline was found above it: two sentences under the headline are the article, the longer thread is not', () => {
    const reply = (who: string, n: number) => [
      who, `2 days ago at 07:5${n} am`,
      `As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone has been asking for since the old one started to fail.`,
      `Thanks for letting me ramble on, says ${who}, who has lived on the harbour road for thirty years and seen every storm that came in from the west.`,
      'Reply',
    ].join('\n')
    const post = ['Sunday evening, and the notebook for the new week is ready: a page for the garden, a page for the kitchen and a page for the long list of small repairs.', 'I drew the boxes with a ruler this time, and coloured the days we will be away in pale green.']
    const dump = ['Home', 'About', 'Prepping for a new week', 'November 4, 2012', ...post, '6 Comments', ...['Nick', 'Anna', 'Joe', 'Mia', 'Tom', 'Eva'].map(reply)].join('\n')
    const {markdown, meta} = cleanSync(dump, {format: 'text', url: 'https://doodles.example/2012/11/prepping-for-a-new-week.html'})
    expect(meta.title).toBe('Prepping for a new week')
    expect(body(markdown)).toBe(`${post.join('\n\n')}\n`)
  })

  it('ends a short post at its comment heading when no headline is known yet and the signed replies outweigh it ("6 Responses to “…”")', () => {
    const reply = (who: string, n: number) => [
      who, `November ${n + 5}, 2012 at 10:1${n} pm`,
      `As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone has been asking for since the old one started to fail.`,
      `Thanks for letting me ramble on, says ${who}, who has lived on the harbour road for thirty years and seen every storm that came in from the west.`,
    ].join('\n')
    const post = ['Sunday evening, and the notebook for the new week is ready: a page for the garden, a page for the kitchen and a page for the long list of small repairs.', 'I drew the boxes with a ruler this time, and coloured the days we will be away in pale green.']
    const dump = ['Home', 'About', 'Prepping for a new week', 'November 4, 2012', ...post, 'Tags: notebooks, planning', '6 Responses to “Prepping for a new week”', ...['Nick', 'Anna', 'Joe', 'Mia', 'Tom', 'Eva'].map(reply)].join('\n')
    const {markdown, meta} = cleanSync(dump, {format: 'text'})
    expect(meta.title).toBe('Prepping for a new week')
    expect(body(markdown)).toBe(`${post.join('\n\n')}\n`)
  })

  it('takes the article printed twice on the page (a print copy under it) for the article, once, over a teaser printed once', () => {
    const long = (text: string) => `${text} The harbour master said the plan had been agreed with the ferry company and the fishermen after a long winter of talks.`
    const paragraphs = [long(p1), long(p2), long(p3)]
    const teaser = 'Our guide to the best walks on the coast this winter takes you from the lighthouse to the old fort and back along the cliffs, with a stop for soup at the harbour.'
    const dump = ['Home', 'News', teaser, 'Sport', 'Weather', 'Jobs', 'Cars', 'Travel', 'Food', 'Homes', 'Money', 'Opinion', 'Letters', 'Puzzles', 'Events', 'Video', 'Photos', 'Podcasts', 'Contact', 'Harbour road closes for six months', ...paragraphs, 'Print this article', ...paragraphs, 'Copyright 2012 Daily Coast. All rights reserved'].join('\n')
    const {markdown} = cleanSync(dump, {format: 'text'})
    expect(body(markdown)).toBe(`${paragraphs.join('\n\n')}\n`)
  })

  it('takes a two-paragraph article printed twice in a row (the print view, its byline between) for the article, once, over a sidebar above it printed once', () => {
    const long = (text: string) => `${text} The harbour master said the plan had been agreed with the ferry company and the fishermen after a long winter of talks. ${p3}`
    const paragraphs = [long(p1), long(p2)]
    const sidebar = ['Should the town build a second harbour for the ferries, or keep the money for the schools and the old people’s home on the hill?', 'Question of the Day', 'Would you take the ferry to work if it ran every half hour in the mornings and in the evenings, all year round?', 'Question of the Day', 'Is the new bus timetable better than the old one for those who live in the villages along the coast road?']
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Jobs', 'Cars', 'Travel', 'Food', 'Homes', 'Money', 'Opinion', 'Letters', 'Puzzles', 'Events', 'Video', 'Photos', 'Podcasts', 'Contact']
    const dump = [...sidebar, ...menu, 'Harbour road closes for six months', 'BY ANNA BERG', ...paragraphs, 'BY ANNA BERG', ...paragraphs, 'Copyright 2012 Daily Coast. All rights reserved'].join('\n')
    const {markdown} = cleanSync(dump, {format: 'text'})
    expect(body(markdown)).toBe(`${paragraphs.join('\n\n')}\n`)
  })

  it('ends a short post signed above (its dateline) at a comment heading with a signed comment right under it, and not at a "Comments" link with the article going on under it', () => {
    const comment = (who: string, n: number) => [`As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone has been asking for since the old one started to fail.`, `October ${n + 11}, 2012 | ${who}`]
    const places = ['Bahrain', 'Sri Lanka', 'India', 'Jakarta', 'Hong Kong', 'Shanghai', 'Japan', 'Toronto', 'Ottawa', 'England', 'France', 'Ireland']
    const post = 'We are excited to announce the first stops of our world tour for next year, and the sign-up pages go live today.'
    const dump = ['Home', 'Blog', 'World Tour', 'Thursday, October 11, 2012 at 8:04AM', post, 'Here are the places we will visit:', ...places, 'Reader Comments (6)', ...['Eve', 'Kate', 'Jess', 'Cat', 'Tom', 'Mia'].flatMap(comment)].join('\n')
    const {markdown} = cleanSync(dump, {format: 'text'})
    expect(body(markdown)).toContain(post)
    expect(body(markdown)).not.toContain('north road')
    // A "Comments" link under the lead, the article going on under it, a quoted signature further down: no wall.
    const article = ['Home', 'News', 'Harbour road closes for six months', 'Thursday, October 11, 2012', p1, 'Comments', p2, p3, 'The harbour master wrote on the council’s page that the plan had been agreed with the ferry company.', '— Harbour master (@harbour) October 10, 2012', p1.replace('Tuesday', 'Friday')].join('\n')
    expect(body(cleanSync(article, {format: 'text'}).markdown)).toContain(p3)
  })

  it('ends the article where signed comments start when the theme prints no heading over them, and not at a list of posts dated to the day', () => {
    const paragraphs = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April'), p2.replace('last', 'that'), p1.replace('six', 'eight')]
    const comment = (who: string, n: number) => [
      who, `September ${n + 20}th, 2012 at 1${n}:0${n} pm`,
      `As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone has been asking for since the old one started to fail.`,
      `Thanks for letting me ramble on, says ${who}, who has lived on the harbour road for thirty years and seen every storm that came in from the west, and the last one was the worst of all.`,
    ]
    const thread = ['Nick Hart', 'Anna Berg', 'Joe Quinn', 'Mia Lund', 'Tom Ames', 'Eva Holm', 'Ben Cole', 'Ida Stone'].flatMap(comment)
    const dump = ['Home', 'News', 'Harbour road closes for six months', ...paragraphs, 'September 20th, 2012 | Tags: roads, harbour | Category: News', ...thread].join('\n')
    const {markdown} = cleanSync(dump, {format: 'text'})
    expect(body(markdown)).toBe(`${paragraphs.join('\n\n')}\n`)
    // Items dated to the day, each with a sentence: a list of the author's posts, which the article announces.
    const posts = [1, 2, 3, 4].flatMap((n) => [`${n}. Harbour works, part ${n} (June ${n + 10}, 2012)`, `The ${n}th report on the works says the wall will be finished before the storms of the winter come.`])
    const list = cleanSync(['Home', 'News', 'Harbour road: all our reports', ...paragraphs, 'Here are the reports so far:', ...posts].join('\n'), {format: 'text'})
    for (const line of posts) expect(body(list.markdown)).toContain(line.replace(/^(\d+)\. /, ''))
  })

  it('ends the article at signed comments dated to the day when each head names its writer; a diary\'s bare dates over its entries are no thread', () => {
    const paragraphs = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April'), p2.replace('last', 'that'), p1.replace('six', 'eight')]
    const related = ['Related posts worth a look', 'Harbour works begin (9)', 'The new crossing (17)', 'Bus detours explained (4)', 'Filed under News.']
    const said = (who: string) => `As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone asked for. The old one failed in the first storm of the winter, and nobody came to mend it for weeks, so we walked round by the church.`
    // A name before the date on its line, or a handle on a line of its own over it; a comment of a few words between.
    const heads = [['Nick Hart, on November 6th, 2012 // Twitter: @nickhart'], ['sampath, on November 7th, 2012 //'], ['annab', 'November 7, 2012 | Permalink'], ['Joe Quinn, on November 8th, 2012'], ['Mia Lund, on November 9th, 2012'], ['Tom Ames, on November 9th, 2012']]
    const thread = heads.flatMap((head, n) => (n === 1 ? [...head, 'That was wonderful.'] : [...head, said(head[0]!.split(',')[0]!)]))
    const dump = ['Home', 'News', 'Harbour road closes for six months', ...paragraphs, ...related, ...thread].join('\n')
    const {markdown} = cleanSync(dump, {format: 'text'})
    expect(body(markdown)).toContain(p2.replace('last', 'that'))
    expect(body(markdown)).not.toContain('north road')
    // A diary: each entry under its date alone, after the first one's paragraphs.
    const entries = [5, 6, 7, 8].flatMap((day) => [`November ${day}, 2012`, `On the ${day}th the crews worked on the wall all day, and the tide came in early, so the work on the lower steps stopped at noon.`])
    const diary = cleanSync(['Home', 'News', 'Harbour diary', ...paragraphs, ...entries].join('\n'), {format: 'text'})
    for (const day of [5, 6, 7, 8]) expect(body(diary.markdown)).toContain(`On the ${day}th the crews`)
  })

  it('ends the article at signed comments under a box of related posts longer than a comment\'s head, and leaves the box\'s heading out', () => {
    const paragraphs = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April'), p2.replace('last', 'that'), p1.replace('six', 'eight')]
    const related = ['Related posts worth a look', 'Harbour works begin (9)', 'The new crossing (17)', 'Bus detours explained (4)', 'The old sea wall (12)', 'Storm damage mapped (5)', 'Filed under News.', '6 comments on “Harbour road closes for six months”']
    const said = (who: string) => `As ${who} I think we will see the same repairs on the north road next spring, with new lights, a wider path and the crossing that everyone asked for. The old one failed in the first storm of the winter, and nobody came to mend it for weeks.`
    const thread = ['Nick Hart', 'Anna Berg', 'Joe Quinn', 'Mia Lund'].flatMap((who, n) => [`${who}, on November ${n + 6}th, 2012 // Twitter: @harbour${n}`, said(who)])
    const out = body(cleanSync(['Home', 'News', 'Harbour road closes for six months', ...paragraphs, ...related, ...thread].join('\n'), {format: 'text'}).markdown)
    expect(out).toBe(`${paragraphs.join('\n\n')}\n`)
  })

  it('ends the article where a thread of undated comments starts under its share bar, each under its writer\'s name; not at a list of profiles in the article', () => {
    const paragraphs = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April'), p2.replace('last', 'that'), p1.replace('six', 'eight')]
    const said = (n: number) => `I drove that road every day for ${n + 10} years, and the wall has been failing since the storms, so the repairs are welcome even with the detour for the buses.`
    const writers = ['Amy D.', 'http://example.org/ harbourfan', 'Alayna F', 'Mike Merrill', 'http://twitter.com/danamac Dana McMahan', 'sweetiepotato', '@ckdozi']
    // A comment of two words under a name with an initial's dot, both short sentences by their marks.
    const thread = writers.flatMap((who, n) => [who, n === 0 ? 'Love this.' : said(n)])
    const dump = ['Home', 'News', 'Harbour road closes for six months', ...paragraphs, 'Thanks for reading.', 'Tweet', 'PREVIOUS POST', ...thread].join('\n')
    const out = body(cleanSync(dump, {format: 'text'}).markdown)
    expect(out).toContain(p1.replace('six', 'eight'))
    expect(out).not.toContain('I drove that road')
    expect(out).not.toContain('Love this')
    // The same names over paragraphs right under the article's text, with no share bar between: the article's list of people.
    const people = ['Alayna Ford', 'Mike Merrill', 'Dana McMahan', 'Karen Reyburn', 'Josh Nanberg'].flatMap((who, n) => [who, `${who.split(' ')[0]} has run the harbour office for ${n + 3} years and signed the plan for the new crossing with the council.`])
    const list = body(cleanSync(['Home', 'News', 'Harbour road closes for six months', ...paragraphs, 'These are the people in charge of the works.', ...people].join('\n'), {format: 'text'}).markdown)
    expect(list).toContain('Josh has run the harbour office')
    // An article's sections under subheadings that read as names, after a teaser link: the subheadings share their first word.
    const de = (sign: string) => `Im Januar sind die Sterne für das Zeichen ${sign} günstig, und in der Liebe wartet eine Überraschung, die den ganzen Monat lang anhält und Ihnen Mut macht.`
    const sections = ['Fische', 'Widder', 'Stier', 'Zwilling', 'Krebs'].flatMap((sign) => [`Liebeshoroskop ${sign}`, de(sign)])
    const horoscope = body(cleanSync(['Home', 'Astro', 'Liebeshoroskop Januar', ...paragraphs, 'Lesetipp: Das will dein Partner in einer Beziehung wirklich wissen', ...sections].join('\n'), {format: 'text'}).markdown)
    expect(horoscope).toContain(de('Krebs'))
  })

  it('ends a short post under its headline at the site\'s copyright notice, with the reprint terms after it; not a notice in a document\'s head that its body goes on under', () => {
    const reprint = 'This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please contact our reprints desk or visit our reprints site.'
    const post = [p1, p2, p3]
    const dump = ['Home', 'News', 'Harbour road closes for six months', 'By Jane Doe', 'March 4, 2012', ...post, 'Copyright 2012 Harbour Media, Inc. All Rights Reserved', reprint, 'www.harbourreprints.com', 'Contact'].join('\n')
    const {markdown} = cleanSync(dump, {format: 'text'})
    expect(body(markdown)).toBe(`${post.join('\n\n')}\n`)
    // A draft's head: its abstract, the notice, then its sections, paragraphs side by side.
    const sections = [1, 2, 3, 4].map((n) => `Section ${n} of the protocol says how a client stores its data on the server, which keys it may use and what the server answers when a key is missing or the client has no right to read it.`)
    const draft = ['Docs', 'Harbour storage protocol', 'Abstract', `${p1} ${p2} ${p3}`, 'Copyright (c) 2014 the Harbour Trust and the persons identified as the document authors. All rights reserved.', ...sections].join('\n')
    const out = body(cleanSync(draft, {format: 'text'}).markdown)
    for (const section of sections) expect(out).toContain(section)
  })

  it('takes link texts run together (sentences glued without a space, three or more) for no prose: the article does not reach over the teasers to them', () => {
    const paragraphs = [p1, p2, p3, p1.replace('Tuesday', 'Friday'), p3.replace('March', 'April')]
    const blob = 'Put your business in overdrive with fibre from Bright House.See how a cruise line is unlocking data with embedded systems.Be productive all day with rugged computers.The ten biggest reasons to go tiny with a small desktop guide for offices of every size and shape'
    const teasers = ['8 Best Cities to Find Cloud Jobs', '10 Free Essential Tools for Power Users', '15 Hot Hybrid Notebooks and Tablets', 'Largest banks under constant attack, feds say']
    const dump = ['Home', 'News', 'Harbour road closes for six months', ...paragraphs, 'Tags: roads, harbour', ...teasers, blob, blob.replace('overdrive', 'top gear'), 'About Us', 'Contact'].join('\n')
    expect(body(cleanSync(dump, {format: 'text'}).markdown)).toBe(`${paragraphs.join('\n\n')}\n`)
  })

  it('takes a blog engine\'s comment form for chrome, whole sentences as it prints them, not for the article under a short post', () => {
    const post = 'Experimental philosophers nicely fit the description for this position in the new centre at the university, and I am told that applications from our field are welcome until the end of the month.'
    const form = [
      'Comments',
      'Previewing your Comment',
      'This is only a preview. Your comment has not yet been posted.',
      'Your comment has been saved. Comments are moderated and will not appear until approved by the author. Post another comment',
      'The letters and numbers you entered did not match the image. Please try again.',
      'As a final step before posting your comment, enter the letters and numbers you see in the image below. This prevents automated programs from posting comments.',
      'Having trouble reading this image? View an alternate.',
      'Post a comment',
      'Comments are moderated, and will not appear until the author has approved them.',
    ]
    const dump = ['Home', 'Archives', 'Profile', 'Faculty position open', post, 'Posted by John on Monday, October 22, 2012 at 04:17 PM | Permalink', ...form].join('\n')
    const {markdown, meta} = cleanSync(dump, {format: 'text'})
    expect(meta.title).toBe('Faculty position open')
    expect(body(markdown)).toBe(`${post}\n`)
  })

  it('walls nothing at a "Comments" link right under the headline when no signed comment follows it (the article goes on below)', () => {
    const post = [
      'Sure, it is a bit early, but we have been saving up gadgets and gizmos for you all and we are ready to share some of the coolest hardware, gear and books of the year with you and yours.',
      'Instead of the typical list of televisions and players, we will also feature books, music and fun stuff for all, with a few mini-reviews a day until the holidays.',
      'We will have giveaways for the next month, so keep an eye on our posts over the next few weeks, and tell us what you would like to see reviewed.',
    ]
    const bio = 'Biggs is the East Coast editor of the site. He has written for several newspapers and magazines on technology and wristwatches, and lives in Brooklyn with his family and far too many gadgets. You can write to him at the address on his staff page, where his older reviews are too.'
    const dump = ['Home', 'Gadgets', 'Welcome to the gadgets gift guide', 'John Biggs', bio, 'posted 56 mins ago', 'Comments', ...post, 'Share this article'].join('\n')
    const root = parseText(dump)
    const {coreStart, coreEnd} = findZones(root, undefined, 3)
    const core = root.children.slice(coreStart, coreEnd + 1).map((node) => plainText(node))
    for (const paragraph of post) expect(core).toContain(paragraph)
  })

  it('walls nothing at a "Comments" tab when the headline was found far above the prose (a site name on line one)', () => {
    const para = (n: number) => `The harbour board said on Tuesday that dredging of the old channel would start in April, the ${n}th step in a plan that has divided fishermen and the ferry company for almost ten years.`
    const dump = ['Daily Coast', 'Home', 'News', 'Sport', 'Business', 'Weather', 'Jobs', 'Cars',
      'Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, use the order tool at the bottom of any article.',
      'See a sample reprint in PDF format, and order a reprint of this article now from the reprints desk, which answers within the day.',
      'BUSINESS', 'Harbour dredging to start in April', 'Article', 'Comments', 'By ANNA LIMA', ...[1, 2, 3, 4, 5, 6, 7, 8].map(para)].join('\n')
    const root = parseText(dump)
    const {coreStart, coreEnd} = findZones(root, undefined, 1)
    const core = root.children.slice(coreStart, coreEnd + 1).map((node) => plainText(node))
    expect(core).toContain(para(1))
    expect(core).toContain(para(8))
  })

  it('keeps the numbered list the article\'s last line announces, with a link under each item', () => {
    const items = ['1) Lego Star Wars 75188', 'http://amzn.to/2iJFhRj', '2) Polistil 960574 Pista Elettrica', 'http://amzn.to/2hZfWFJ', '3) Blade Runner The Final Cut', 'http://amzn.to/2hWEIX7']
    const result = clean(`${p1}\n${p2}\nHere are the offers not to miss on Amazon:\n${items.join('\n')}\nRelated articles\nCouncil approves budget`)
    // Markdown escapes the ")" that would start a list: "1\) Lego …".
    for (const item of items) expect(body(result.markdown)).toContain(item.replace(/^(\d+)\)/u, '$1\\)'))
    expect(body(result.markdown)).not.toContain('Council approves budget')
  })

  it('keeps the list of plain lines the article announces, up to the page\'s chrome under it', () => {
    const places = ['Brazil (Brasilia, Rio de Janeiro)', 'Bahrain', 'Sri Lanka', 'India', 'Hong Kong', 'Buenos Aires']
    const result = clean(`${p1}\n${p2}\n${p3}\nHere are the harbours the engineers will visit first:\n${places.join('\n')}\nRelated posts:\nCouncil approves budget\nSchool reopens after floods`)
    expect(body(result.markdown)).toBe(`${[p1, p2, p3, 'Here are the harbours the engineers will visit first:', ...places].join('\n\n')}\n`)
  })

  it('keeps the whole list the article announces when the core took its first items in', () => {
    const items = ['Two cans of white beans.', 'One large onion.', '4 cloves garlic', '1 tsp cumin', '1/2 tsp chipotle chili powder', 'salt and pepper to taste']
    const result = clean(`${p1}\n${p2}\n${p3}\nFor four people you need:\n${items.join('\n')}\nRelated posts:\nCouncil approves budget\nSchool reopens after floods`)
    expect(body(result.markdown)).toBe(`${[p1, p2, p3, 'For four people you need:', ...items].join('\n\n')}\n`)
  })

  it('leaves short lines under a colon out when no chrome ends them, and a bar of follow buttons', () => {
    const menu = ['Weather', 'Jobs in the city', 'Local sport', 'Contact the newsroom', 'Events this week']
    const buttons = ['Follow the newsroom', 'Follow on Google Plus', 'Follow on Pinterest', 'Like us on Facebook']
    const cases = [
      `${p1}\n${p2}\n${p3}\nThe harbour works will be shown on video below:\n${menu.join('\n')}`,
      `${p1}\n${p2}\n${p3}\nWatch the segment below via the council's channel:\n${buttons.join('\n')}\nTweet\nEmail`,
    ]
    for (const text of cases) {
      const out = body(clean(text).markdown)
      expect(out).toContain(p3)
      for (const line of [...menu, ...buttons]) expect(out).not.toContain(line)
    }
  })

  it('keeps a lead that opens with a wire\'s dateline, however it ends ("HAYWARD, Calif. (AP) — … (all times local):")', () => {
    const lead = 'HAYWARD, Calif. (AP) — The Latest on the closing of the old harbour road for six months (all times local):'
    const result = clean(`Home\nNews\nHarbour road closes\nUpdated 10:01 pm PST, Tuesday, November 19, 2019\n${lead}\n10 p.m.\n${p1}\n${p2}\n${p3}`)
    expect(body(result.markdown)).toBe(`${lead}\n\n10 p.m.\n\n${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('keeps the traps: a one-line paragraph, a short heading, a list, a paragraph about cookies, a sentence starting with "Share", a quote without a final period, an abbreviation-heavy line', () => {
    const cookies = 'We use cookies from the bakery on the corner, and the children share them after school.'
    const share = 'Share prices of the harbour company fell by 3.5% after the vote, to 10.30 euros.'
    const quote = '“We have waited two winters for this,” said Anna de Vries, who lives on the corner'
    const abbreviations = 'The U.S. firm, i.e. the contractor, starts at 7.30 a.m. on Mon. 3 March, approx. 3.5 km from the N.B. line.'
    const text = `${p1}\nWhy now?\n${p2}\nThe repairs\n${cookies}\n- new wall\n- new road\n${share}\n${quote}\n${abbreviations}\nIt is about time.\n${p3}`
    const result = clean(text)
    expect(result.removed).toEqual([])
  })

  it('with edges: false removes only what the lexicon names', () => {
    const result = runStages(`Mijn eigen kop\n${p1}\nTot volgende week in de krant`, ['boilerplate'], {boilerplate: {edges: false}})
    expect(result.removed).toEqual([])
  })

  it('keeps a list and its steps after a lone lead paragraph (a recipe), and stops at the first chrome line', () => {
    const lead = 'Este flan es más ligero que el clásico: lleva zumo de naranja en vez de leche entera, y se cuaja en 40 minutos.'
    const recipe = ['Ingredientes', '4 huevos', '250 ml de zumo de naranja', '100 g de azúcar', 'Preparación', 'Bate los huevos con el azúcar.', 'Hornea a 160 °C durante 40 min.']
    const result = clean([lead, ...recipe, 'Compartir en WhatsApp', 'Tarta de queso sin horno'].join('\n'))
    expect(result.removed.map((removal) => removal.text)).toEqual(['Compartir en WhatsApp', 'Tarta de queso sin horno'])
  })

  it('does not take in teasers after the article (a list with one sentence), nor what follows a chrome line', () => {
    const teasers = clean(`${p1}\n${p2}\nCouncil approves budget\nSchool reopens after floods\nThe mayor spoke.`)
    expect(teasers.removed.map((removal) => removal.text)).toEqual(['Council approves budget', 'School reopens after floods', 'The mayor spoke.'])
    const shared = clean(`${p1}\n${p2}\nShare this article\nIngredients\n2 eggs\nBeat the eggs well.\nBake it for an hour.`)
    // Blocks removed one after another for one reason are one removal, their texts one per line.
    expect(shared.removed.flatMap((removal) => removal.text.split('\n'))).toEqual(['Share this article', 'Ingredients', '2 eggs', 'Beat the eggs well.', 'Bake it for an hour.'])
  })

  it('ends the article at a box of other pages in a language the lexicon does not know: the copyright notice under them is no closing sentence (eu)', () => {
    const lead = [
      'Udalak astearte honetan onartu du hiriko kaleetako argi zahar guztiak led argiekin ordezkatzeko egitasmoa, eta lanak urrian hasiko dira.',
      'Alkatearen arabera, aldaketak urtean ehun mila euro inguru aurreztuko ditu, eta argi kutsadura ere nabarmen murriztuko du.',
      'Auzokideek egitasmoa begi onez ikusi dute, baina hainbat elkartek eskatu dute lanak gauez egin daitezela, trafikoa ez oztopatzeko.',
    ]
    const footer = ['Lotutako albisteak', 'Udal aurrekontuak onartu dira', 'Bizikleta bide berria Amaran', 'Buletina', 'Harpidetu gure buletinera eta jaso albiste nagusiak goizero.', 'Irakurrienak', 'Euriak kalteak eragin ditu kostaldean', '© 2024 Adibide Egunkaria. Eskubide guztiak erreserbatuta.']
    const result = clean(['Hasiera', 'Albisteak', 'Kirolak', ...lead, ...footer].join('\n'))
    expect(body(result.markdown)).toBe(`${lead.join('\n\n')}\n`)
    // A sentence under the box and before the notice is still taken in when a second one follows it (a list's closing lines).
    const closing = clean([...lead, 'Egitasmoaren urratsak', 'Argiak erosi', 'Zutoinak egokitu', 'Lanak urrian hasiko dira auzo zaharrean.', 'Azaroan amaituko dira erdigunean.', '© 2024 Adibide Egunkaria.'].join('\n'))
    expect(body(closing.markdown)).toContain('Azaroan amaituko dira erdigunean.')
  })

  it('keeps the lead under the dateline and the short lines after it (a command, figures), when the core starts further down', () => {
    const post = [
      'Blog', 'Docs', 'Pricing', 'How we cut our Node.js startup time in half', 'March 3, 2025 · 6 min read',
      'Startup time matters for CLIs. Ours took 0.41 s to print its version, which users noticed in shell loops.',
      'The fix', 'We bundled the CLI with esbuild:', '$ npx esbuild src/cli.ts --bundle --platform=node --outfile=dist/cli.js',
      'Results:', 'Before: 0.41 s', 'After: 0.24 s',
      'That is a 41% cut. See https://esbuild.github.io/api/#bundle for the options, e.g. --splitting.', 'Was it worth it? Yes.',
      'Tags: node, performance', 'Share on X',
    ].join('\n')
    const result = cleanSync(post)
    expect(result.meta.title).toBe('How we cut our Node.js startup time in half')
    for (const line of ['Startup time matters for CLIs.', 'We bundled the CLI with esbuild:', '$ npx esbuild', 'Before: 0.41 s', 'After: 0.24 s']) {
      expect(result.markdown).toContain(line)
    }
    expect(result.removed.flatMap((removal) => removal.text.split('\n'))).toEqual(expect.arrayContaining(['Blog', 'Docs', 'Pricing', 'Share on X']))
  })

  it('keeps a numbered list of short items with their sentences and an ad label among them (a listicle in German, every noun capitalized)', () => {
    const listicle = [
      'Startseite', 'Ratgeber', '7 Pflanzen, die Schnecken nicht mögen', 'Von Anna Berger | Aktualisiert am 14.05.2024',
      'Wer Schnecken im Beet hat, muss nicht gleich zu Schneckenkorn greifen. Manche Pflanzen meiden die Tiere von selbst.',
      '1. Lavendel', 'Sein Duft hält Schnecken fern.', '2. Salbei', 'Auch Salbei mögen sie nicht.', '3. Thymian', 'Anzeige',
      '4. Rosmarin', '5. Storchschnabel', '6. Akelei', '7. Fingerhut',
      'Fazit: Mit der richtigen Pflanzenwahl bleibt das Beet schneckenfrei – ganz ohne Gift.',
      'Das könnte Sie auch interessieren', 'Tomaten richtig ausgeizen',
    ].join('\n')
    const result = cleanSync(listicle)
    for (const line of ['Lavendel', 'Sein Duft hält Schnecken fern.', 'Auch Salbei mögen sie nicht.', 'Thymian', 'Fingerhut', 'Fazit: Mit der richtigen']) {
      expect(result.markdown).toContain(line)
    }
    expect(result.removed.map((removal) => removal.text)).toEqual(expect.arrayContaining(['Anzeige', 'Das könnte Sie auch interessieren', 'Tomaten richtig ausgeizen']))
  })

  it('reports a removed list with its items on lines of their own', () => {
    const result = clean(`${p1}\n${p2}\n${p3}\nRelated articles\n- Council approves budget\n- School reopens after floods`)
    expect(result.removed.map((removal) => removal.text)).toContain('Council approves budget\nSchool reopens after floods')
  })

  it('ends the article before a "Read more …" line followed by a few short teasers', () => {
    const result = clean(`${p1}\n${p2}\n${p3}\nRead more opinion\nLetters: Bike lanes on Main St.\nMost read\nCouncil approves budget`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('removes a paywall notice and its prompts after the article', () => {
    const result = clean(`${p1}\n${p2}\nDit artikel is alleen beschikbaar voor abonnees.\nWord abonnee\nAl abonnee? Log in`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n`)
    expect(result.removed[0]?.reason).toMatch(/^a login, account or subscription \(paywall\) prompt \("dit artikel is alleen beschikbaar voor abonnees", nl lexicon\)/)
  })

  it('keeps a recipe whose lead is two short paragraphs under the byline, and no ingredient is a byline', () => {
    const recipe = [
      'Inicio', 'Recetas', 'Gazpacho andaluz tradicional', 'Por Carmen López | 15 de julio de 2023 | 12 comentarios',
      'El gazpacho es, sin duda, la sopa fría más famosa de España.', '¿Hay algo mejor en pleno agosto? Yo creo que no.',
      'Ingredientes (para 4 personas)', '1 kg de tomates maduros', '1 pimiento verde', '50 ml de aceite de oliva virgen extra',
      '2 cucharadas de vinagre de Jerez', 'Sal al gusto', 'Preparación',
      'Lava bien las verduras y córtalas en trozos grandes.', 'Tritura todo en la batidora durante 2 minutos.', 'Cuela la mezcla y déjala enfriar al menos 3 horas.',
    ].join('\n')
    const result = cleanSync(recipe)
    expect(result.meta).toMatchObject({title: 'Gazpacho andaluz tradicional', author: 'Carmen López', date: '2023-07-15'})
    for (const line of ['El gazpacho es', '¿Hay algo mejor', '2 cucharadas de vinagre de Jerez', 'Sal al gusto']) expect(result.markdown).toContain(line)
  })

  it('removes share lines for X and affiliate disclosures', () => {
    const result = clean(`Share on X\nThis post contains affiliate links.\n${p1}\n${p2}\nDieser Beitrag enthält Affiliate-Links.\nCet article vous a plu ? Partagez-le !`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n`)
  })

  it('removes the links of a box inside the article ("Leia também" and two headlines) and keeps the article going on after it', () => {
    const pt = [
      'O dólar fechou em queda de 1,2% nesta sexta-feira (5), cotado a R$ 4,97, o menor valor em três semanas.',
      'O movimento foi impulsionado por dados de emprego nos EUA, que vieram abaixo do esperado.',
      'Leia também', 'Ibovespa sobe 1,5% com alta de Petrobras', 'Inflação de março fica em 0,16%, diz IBGE',
      'Veja a cotação completa em https://www.jornaldamanha.com.br/cotacoes/dolar.',
      'A Bolsa, por sua vez, subiu 1,5%, aos 127.300 pontos.',
    ]
    const result = clean(pt.join('\n'))
    expect(body(result.markdown)).toBe(`${pt[0]}\n\n${pt[1]}\n\n${pt[5]}\n\n${pt[6]}\n`)
    expect(result.removed.map((removal) => removal.reason)).toContain('a link in a box of other pages ("Leia também") inside the article')
  })

  it('ends the article at a box of other pages whose headlines each carry a paragraph of teaser, and keeps a box inside the article with paragraphs after it', () => {
    const es = [
      'La Policía anunció este martes la coordinación con Carabineros de Chile para investigar el robo de vehículos.',
      'El comandante explicó que la investigación comenzará con los 419 casos denunciados en los últimos dos años.',
      'Según el informe, la mayoría de los vehículos cruzó la frontera por pasos no habilitados del altiplano.',
    ]
    const box = [
      'Otras Noticias',
      'El Inspector de la Policía iniciará las investigaciones desde este martes, para ver el presunto caso de autos robados.',
      'Del Castillo anuncia la intervención de Diprove',
      'Seguridad',
      'La Policía informó que el sujeto se dirigió a esa población para desviar las pistas por el asesinato cometido el viernes.',
      'Feminicida se fue a la fiesta después del crimen',
    ]
    expect(body(clean([...es, ...box].join('\n')).markdown)).toBe(`${es.join('\n\n')}\n`)
    // The same box with the article's paragraphs going on under it, one subheading between, is inside the article.
    const inside = clean([es[0], box[0], box[2], es[1], 'Los casos en Santa Cruz', es[2]].join('\n'))
    expect(body(inside.markdown)).toBe(`${es[0]}\n\n${es[1]}\n\nLos casos en Santa Cruz\n\n${es[2]}\n`)
  })

  it('ends the article at a box line whose last sentence is chrome ("… Subscribe to our newsletter.")', () => {
    const box = ['Stay up to date with the harbour office. Subscribe to our newsletter.', 'You have successfully subscribed, and an email with an activation link has just been sent to your address.', 'Privacy Policy', '© 2024 Harbour Office']
    const result = clean([p1, p2, p3, ...box].join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
    // A sentence inside the article that merely mentions a newsletter stays.
    const mention = 'The council will announce the dates in its newsletter. Subscribers get them first.'
    expect(body(clean([p1, mention, p2, p3].join('\n')).markdown)).toContain(mention)
  })

  it('does not take an ad\'s leaked markup for prose that carries the article past a box of other pages', () => {
    const ad = '<div><a href="http://ad.example.net/jump/mac;sz=500x500" target="_blank"><img src="http://ad.example.net/ad/mac;sz=500x500" width="500" height="500" border="0" alt="Anzeige"></a></div>'
    const result = clean(`${p1}\n${p2}\n${p3}\nMehr zum Thema\nAnzeige\n${ad}\nAnzeige\n${ad.replace('500x500', '300x250')}\nAktuelles Heft`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('keeps a short subheading after an ad\'s "Scroll to continue" (no box of links)', () => {
    const result = clean(`${p1}\n${p2}\nIklan\nScroll untuk melanjutkan\nTarif tetap\n${p3}`)
    expect(body(result.markdown)).toContain('Tarif tetap')
  })

  it('keeps the article\'s last sentence below a box of links, before the tags line (tr)', () => {
    const tr = [
      'Türkiye Cumhuriyet Merkez Bankası (TCMB), politika faizini yüzde 50\'de sabit bıraktı.',
      'Kurul, enflasyonun ana eğiliminin nisan ayında gerilediğini belirtti.',
      'Ekonomistler kararın beklendiğini söyledi. Prof. Dr. Mehmet Kaya, "Bu karar sürpriz değil" dedi.',
      'Enflasyon mart ayında yıllık %68,5 oldu.',
    ]
    const result = clean([...tr, 'İlginizi Çekebilir', 'Altın fiyatları rekor kırdı', 'Dolar/TL güne nasıl başladı?', 'Bir sonraki toplantı 23 Mayıs\'ta yapılacak.', 'Etiketler: faiz, TCMB, enflasyon', 'Tüm hakları saklıdır.'].join('\n'))
    expect(body(result.markdown)).toBe(`${tr.join('\n\n')}\n\nBir sonraki toplantı 23 Mayıs'ta yapılacak.\n`)
    // Without the tags line after it, a sentence after teasers is not taken for the article's.
    const teasers = clean(`${p1}\n${p2}\nRelated articles\nCouncil approves the new budget\nSchool reopens after the floods\nThe mayor spoke.`)
    expect(body(teasers.markdown)).toBe(`${p1}\n\n${p2}\n`)
  })

  it('keeps a live blog\'s first entry, its time and heading, when the entries below open with times of the same shape', () => {
    const entries = ['6:15 p.m.', 'Trains resume on the Kyushu Shinkansen', p1, '5:58 p.m.', 'Tsunami advisory lifted', p2, '5:30 p.m.', 'Quake measured 7.1', p3]
    const result = clean(['World', 'Politics', 'Share', ...entries, 'Sign up for breaking news alerts'].join('\n'))
    expect(result.removed.flatMap((removal) => removal.text.split('\n'))).toEqual(['World', 'Politics', 'Share', 'Sign up for breaking news alerts'])
  })
})

describe('category lines', () => {
  it('removes a blog theme\'s line about the post inside the article too, however long its list of tags', () => {
    const meta = 'This entry was written by Admin, posted on at 8:23 am, filed under PR Industry Trends and tagged best practices, media relations, Public Relations. Bookmark the permalink. Follow any comments here with the RSS feed for this post.'
    const result = clean([p1, p2, meta, p3].join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('removes a "Filed under …" line after the article, full stop and all, and keeps a sentence that opens with a category word', () => {
    const topics = 'Themen wie der Hafen und die Schule bestimmten den ganzen Abend im Rat der Stadt.'
    const result = clean([p1, p2, topics, p3, 'Filed under bill clinton, warner bros.', 'Verschlagwortet mit Hafen, Rat'].join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${topics}\n\n${p3}\n`)
  })
})

describe('the box about the author', () => {
  it('ends the article above an "About the author" heading, however long the bio under it', () => {
    const bio = 'Mary Brock is a scientist who works on drugs you have hopefully never heard of. She enjoys cooking to bluegrass music, messing with her garden and writing about money for families who want to stay out of debt.'
    const result = clean([p1, p2, p3, 'About the author', 'Mary', 'Mary', bio, 'Comments'].join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
    expect(result.removed[0]?.reason).toMatch(/^the heading of a box about the author \("about the author", en lexicon\) in the page footer/)
  })
})

describe('a feed of teasers above the article', () => {
  it('takes the article under a feed of teasers each cut short by a bare "weiter lesen", not the feed', () => {
    const teaser = (topic: string) => `Der Bildungspolitiker würdigt die Ergebnisse des Gipfels zum Thema ${topic}, der am vergangenen Wochenende mit vielen Gästen stattfand.`
    const feed = ['05.10.2016', 'Geschichtsmuseen im Blick', teaser('Museen'), 'weiter lesen', '04.10.2016', 'Das Land und die Verantwortung', teaser('Finanzen'), 'weiter lesen', '30.09.2016', 'Kein Tag der Einheit?', teaser('Feiertage'), 'weiter lesen']
    const page = ['Aktuelles', ...feed, 'Zurück zur Übersicht', '22.05.2014', 'Entwicklung der Waldorfschule ermöglicht', p1, p2]
    const result = cleanSync(page.join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n`)
  })
})

/** A magazine page: a kicker, the dateline, the headline, a share bar, the lead, a photo credit, the body, the topics. */
const magazine = {
  lead: 'In letzter Zeit kam man am Begriff „Hygge“ nicht vorbei, doch jetzt macht ihm ein neuer Trend aus Japan Konkurrenz.',
  body1: 'Bist du glücklich? Viele von uns müssen da erst einmal überlegen, weil wir darüber noch gar nicht nachgedacht haben, ob wir angekommen sind.',
  body2: 'Für alle, die noch auf der Suche nach Erfüllung sind, kommt die japanische Lebensphilosophie vielleicht gerade recht, denn sie hilft beim Entdecken.',
}
const magazinePage = (kicker: string) =>
  ['Liebe', 'Persönlichkeit', kicker, '19. Juni 2019 16:29 Uhr', 'Mit dieser Methode wirst du glücklicher', 'Facebook', 'Pinterest', 'E-Mail', magazine.lead, '© Shutterstock/racorn', magazine.body1, magazine.body2, 'Themen in diesem Artikel', 'Zufriedenheit'].join('\n')

describe('share bars of network names', () => {
  it('removes a share bar\'s buttons ("Pinterest", "Facebook 12", "What’s App") around and inside the article, and keeps a sentence about Facebook', () => {
    const about = 'Facebook said on Tuesday that it would close the old harbour office by the end of the year.'
    const bar = ['Sharing is caring!', '0', 'SHARES', 'Pinterest', 'Facebook 12', 'What’s App', 'Reddit']
    const result = clean([...bar, p1, p2, 'Twitter', 'E-Mail', about, p3, ...bar].join('\n'))
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${about}\n\n${p3}\n`)
    expect(result.removed.find((removal) => removal.text === 'Twitter')?.reason).toBe('a share bar ("Twitter", networks lexicon) in the article')
  })

  it('keeps the lead under the headline across a share bar between it and the body', () => {
    const lead = 'Die Abgeordnete ist mit breiter Mehrheit zur Vizepräsidentin des Landtags gewählt worden.'
    const body1 = 'Der Landtag hat die Abgeordnete am Dienstag mit 544 Stimmen in das Präsidium gewählt, als eine von fünf Stellvertretern.'
    const body2 = 'Sie gehört dem Landtag seit 2009 an und war zuvor Mitglied des Stadtrats, wo sie den Ausschuss für Bildung leitete.'
    const page = ['Fraktion', 'Fraktion', 'Abgeordnete', 'Themen', 'Suchen', 'Sie wird Vizepräsidentin', lead, 'Stand: 26.10.2021', 'Empfehlen:', 'Twitter', 'Facebook', 'E-Mail', body1, body2, 'Empfehlen:', 'Twitter', 'Facebook']
    const result = cleanSync(page.join('\n'))
    expect(result.meta.title).toBe('Sie wird Vizepräsidentin')
    expect(body(result.markdown)).toBe(`${lead}\n\n${body1}\n\n${body2}\n`)
  })

  it('keeps the lead when the URL names the kicker above the dateline and the headline for the title', () => {
    const result = cleanSync(magazinePage('Ikigai macht dich sofort glücklicher!'), {url: 'https://www.example.de/liebe/ikigai-macht-dich-sofort-gluecklicher--10972896.html'})
    expect(result.meta.title).toBe('Ikigai macht dich sofort glücklicher!')
    expect(body(result.markdown)).toContain(`${magazine.lead}\n\n${magazine.body1}\n\n${magazine.body2}\n`)
  })

  it('keeps the lead under a share bar under the headline, across the photo credit between it and the body, and removes the credit', () => {
    const result = cleanSync(magazinePage('Psychologie'))
    expect(result.meta.title).toBe('Mit dieser Methode wirst du glücklicher')
    expect(body(result.markdown)).toBe(`${magazine.lead}\n\n${magazine.body1}\n\n${magazine.body2}\n`)
  })
})

describe('a copyright notice under the article', () => {
  const article = [p1, p2, p3, p1.replace('Tuesday', 'Monday'), p2.replace('storms', 'floods'), p1.replace('six', 'eight'), p2.replace('twice', 'three times'), p3.replace('March', 'April')]
  const reprint = 'This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please contact our reprints desk.'

  it('ends the article: the reprint notice after it is the page footer, however long its sentences', () => {
    const text = ['Harbour road closes for repairs', ...article, 'Copyright 2012 Harbour Media, Inc. All Rights Reserved', reprint, 'www.example-reprints.com'].join('\n\n')
    const out = body(cleanSync(text).markdown)
    expect(out).toContain(p3.replace('March', 'April'))
    expect(out).not.toContain('non-commercial use')
  })

  it('a photo credit inside the article, with no year or with one, ends nothing: the article goes on under it', () => {
    for (const credit of ['© picture alliance/dpa', '© 2023 Getty Images', '(c) 2021 Jane Doe']) {
      const more = [p1.replace('Tuesday', 'Friday'), p2.replace('winter', 'spring'), p3.replace('school', 'library')]
      const text = ['Harbour road closes for repairs', ...article, credit, ...more].join('\n\n')
      expect(body(cleanSync(text).markdown), credit).toContain(more[2])
    }
  })
  it('ends the article above a line an arrow opens, a link to another page, though it reads as a sentence', () => {
    const page = ['서울 지하철 요금 4월부터 150원 오른다', '서울시는 다음 달 1일부터 지하철 기본요금을 1400원에서 1550원으로 150원 인상한다고 14일 밝혔다.', '시는 적자 누적으로 요금 인상이 불가피하다고 설명했다. 지난해 서울교통공사의 당기순손실은 5000억 원에 달했다.', '청소년과 어린이 요금은 동결된다.', '▶ 버스 요금도 오르나…시 "검토 중"', '▶ 경기도, 광역버스 노선 확대', 'ⓒ 한빛뉴스, 무단전재 및 재배포 금지']
    const markdown = body(cleanSync(page.join('\n'), {format: 'text'}).markdown)
    expect(markdown).toContain('청소년과 어린이 요금은 동결된다.')
    expect(markdown).not.toContain('버스 요금도 오르나')
  })

  it('keeps a live blog\'s later entries under the core, each under a time of the shape its entries open with, across an ad\'s label; a related box ends them', () => {
    const page = ['Bahnstreik: Alle Entwicklungen im Liveticker', 'Die GDL streikt seit Donnerstagmorgen im Personenverkehr. Hier lesen Sie alle Entwicklungen.', '18:42 Uhr', 'Die Bahn meldet, dass im Fernverkehr etwa jeder fünfte Zug fährt.', '17:15 Uhr', 'GDL-Chef Weselsky kündigt an, den Streik bis Freitagabend fortzusetzen. „Wir lassen uns nicht erpressen“, sagte er.', '16:03 Uhr', 'Pendler in München berichten von überfüllten S-Bahnen.', 'Anzeige', '15:30 Uhr', 'Verkehrsminister Wissing ruft beide Seiten zu Gesprächen auf.', 'Weitere Artikel', 'Streik bei der Lufthansa: Was Reisende wissen müssen', 'Kommentare (12)', 'Max M. 14.03.2025, 18:50', 'Unfassbar, schon wieder!']
    const markdown = body(cleanSync(page.join('\n'), {format: 'text'}).markdown)
    expect(markdown).toContain('Pendler in München berichten von überfüllten S-Bahnen.')
    expect(markdown).toContain('Verkehrsminister Wissing ruft beide Seiten zu Gesprächen auf.')
    expect(markdown).not.toContain('Anzeige')
    expect(markdown).not.toContain('Lufthansa')
    expect(markdown).not.toContain('Unfassbar')
  })

  it('goes on with the article\'s sentence under an inline "read also" line, though a box of links follows it', () => {
    const page = ['Harga Cabai Naik Jelang Ramadan', 'JAKARTA, KOMPAS - Harga cabai rawit di sejumlah pasar tradisional Jakarta naik hingga Rp 80.000 per kilogram menjelang Ramadan.', 'Pedagang di Pasar Induk Kramat Jati mengatakan pasokan dari Jawa Tengah berkurang karena hujan deras.', '"Biasanya Rp 50.000, sekarang sudah Rp 80.000," kata Ani, seorang pedagang.', 'Baca juga: Harga Beras Stabil di Awal Maret', 'Pemerintah berencana menggelar operasi pasar pekan depan.', 'Baca Juga', 'Harga Bawang Merah Turun', 'Stok BBM Aman Jelang Lebaran', 'Komentar']
    const markdown = body(cleanSync(page.join('\n'), {format: 'text'}).markdown)
    expect(markdown).toContain('Pemerintah berencana menggelar operasi pasar pekan depan.')
    expect(markdown).not.toContain('Harga Beras Stabil')
    expect(markdown).not.toContain('Harga Bawang Merah Turun')
  })

})

describe('figures beside a share bar', () => {
  const items = ['Buy a good lock', 'A cheap cable lock can be cut in seconds, and thieves skip bikes that would take them minutes to free.', 'Lock the frame', 'A wheel locked to a rack keeps only the wheel, so put the lock through the frame and the rear wheel.', 'Register your bike', 'Police who find a registered bike can return it, and a registered bike is much harder to sell on.']

  it('go as likes and comments counted beside it', () => {
    const result = clean([p1, p2, 'Share', '32', '5', p3, p1.replace('Tuesday', 'Friday')].join('\n\n'))
    expect(body(result.markdown)).not.toMatch(/^(?:32|5)$/mu)
    expect(body(result.markdown)).toContain(p3)
  })

  it("stay when they count up through the page: a listicle's numbers, the first right under the share bar", () => {
    const result = clean([p1, p2, 'Share', 'Tweet', '1', items[0], items[1], '2', items[2], items[3], '3', items[4], items[5], p3].join('\n\n'))
    expect(body(result.markdown)).toMatch(/^1\n\nBuy a good lock$/mu)
    expect(body(result.markdown)).toMatch(/^2$/mu)
  })
})

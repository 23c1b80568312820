import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body, runStages} from '../helpers/run.js'
import {isBio, isUnlabelledName, nameBesideBrand, readByline} from '../../src/util/byline-lines.js'
import {isDateLine} from '../../src/util/dates.js'

const prose = 'Het eerste deel van het artikel is lang genoeg om als echte tekst te tellen, en het eindigt netjes met een punt. Er volgt nog een tweede zin.'
const clean = (text: string) => runStages(text, ['byline'])

describe('byline stage', () => {
  it('reads labelled author and source lines into meta', () => {
    const result = clean(`Auteur:\u00a0Christiaan Slierendrecht\nVerscheen eerder op:\u00a0Marketingfacts\n\n${prose}`)
    expect(result.meta).toMatchObject({author: 'Christiaan Slierendrecht', source: 'Marketingfacts'})
    expect(body(result.markdown)).toBe(`${prose}\n`)
  })

  it('takes the name under the heading of the box about the author when nothing else names one; not one capitalized word (a menu\'s "Archives")', () => {
    const page = (box: string[]) => cleanSync(['Electricity bills fell by a third this winter', prose, prose.replace('eerste', 'tweede'), ...box, 'Related posts', 'How to cut your gas bill', 'Recent from Adam Clark Estes'].join('\n\n'), {format: 'text'})
    const boxed = page(['About the author', 'Adam Clark Estes', 'Senior editor at Gizmodo.'])
    expect(boxed.meta.author).toBe('Adam Clark Estes')
    expect(body(boxed.markdown)).not.toContain('Adam Clark Estes')
    expect(page(['About the author', 'Archives', 'Contact']).meta.author).toBeUndefined()
    // A box's button or a role, which the page prints nowhere else.
    for (const label of ['View Profile', 'Staff Writer', 'Editorial Team']) expect(page(['About the author', label, 'Senior editor at Gizmodo.']).meta.author).toBeUndefined()
    const ja = cleanSync(['電気代を月3000円下げた方法', 'こんにちは、節約ブロガーのゆきです。今年の冬は電気代が高くて驚きました。そこで、実際に試した方法をまとめます。', '小さな工夫の積み重ねで、月3000円ほど安くなりました。ぜひ試してみてください。', 'この記事を書いた人', 'ゆき', '2児の母。節約と家計管理について書いています。'].join('\n'), {format: 'text'})
    expect(ja.meta.author).toBe('ゆき')
    const follow = cleanSync(['電気代を月3000円下げた方法', 'こんにちは、節約ブロガーです。今年の冬は電気代が高くて驚きました。そこで、実際に試した方法をまとめます。', '小さな工夫の積み重ねで、月3000円ほど安くなりました。ぜひ試してみてください。', 'この記事を書いた人', 'フォローする', '2児の母。節約と家計管理について書いています。'].join('\n'), {format: 'text'})
    expect(follow.meta.author).toBeUndefined()
  })

  it('takes the reporter a wire\'s dateline names in brackets at the article\'s start; not an agency alone', () => {
    const page = (lead: string) => cleanSync(['北京地铁17号线北段今日开通', lead, '据介绍，该线路最高时速可达100公里，从未来科学城到东大桥只需约40分钟。市民李先生说，以前通勤要换乘两次。'].join('\n'), {format: 'text'})
    const wire = page('新华社北京3月14日电（记者 王晓燕）北京地铁17号线北段今天上午正式开通运营，全长约22公里，共设9座车站。')
    expect(wire.meta.author).toBe('王晓燕')
    expect(body(wire.markdown)).toContain('（记者 王晓燕）北京地铁17号线')
    const agency = cleanSync('City approves new bridge\n\nWASHINGTON (Reuters) - The city council voted 31 to 4 on Monday to build a new bridge over the river. Construction starts in March.\n\nThe old bridge will be torn down next year.', {format: 'text'})
    expect(agency.meta.author).toBeUndefined()
    // Glued to the title, two names, a role after the name; an agency after "By".
    expect(page('新华社北京3月14日电（记者王晓燕）北京地铁17号线北段今天上午正式开通运营，全长约22公里，共设9座车站。').meta.author).toBe('王晓燕')
    expect(page('新华社北京3月14日电（记者 王晓燕、李明）北京地铁17号线北段今天上午正式开通运营，全长约22公里。').meta.author).toBe('王晓燕、李明')
    expect(page('新华社北京3月14日电（记者 张三 实习生 李四）北京地铁17号线北段今天上午正式开通运营，全长约22公里。').meta.author).toBe('张三')
    const ap = cleanSync('City approves new bridge\n\nNEW YORK (By The Associated Press) — The city council voted 31 to 4 on Monday to build a new bridge over the river. Construction starts in March.\n\nThe old bridge will be torn down next year.', {format: 'text'})
    expect(ap.meta.author).toBeUndefined()
  })

  it('reads a source after its label without a colon only in a few words: not a sentence that opens with the label, a label with its own text, or a date', () => {
    const page = (line: string) => cleanSync(['City approves new bridge', 'The city council voted 31 to 4 on Monday to build a new bridge over the river. Construction starts in March.', line, 'The old bridge, built in 1962, will be torn down next year. The mayor said it would cost 12.5 million euros.'].join('\n\n'), {format: 'text'})
    expect(page('Originally published on Live Science.').meta.source).toBe('Live Science')
    for (const line of ['Source says three more bridges will open soon.', 'Source files: blanket.js, mocha-blanket.js']) {
      const result = page(line)
      expect(result.meta.source).toBeUndefined()
      expect(result.markdown).toContain(line)
    }
    // A date after the label is the page's dateline.
    expect(page('Originally Published on Tuesday, August 9, 2011:').meta).toMatchObject({date: '2011-08-09'})
    expect(page('Originally Published on Tuesday, August 9, 2011:').meta.source).toBeUndefined()
  })

  it('reads "By …" with a date after it', () => {
    const result = clean(`By Jane Doe | March 3, 2024\n${prose}`)
    expect(result.meta).toMatchObject({author: 'Jane Doe', date: '2024-03-03'})
  })

  it('takes the name a dateline opens with before a dash, bar or bullet; not a place before a comma, a host, or a name over a list of dates', () => {
    const page = (dateline: string, more = '') => cleanSync(['Minecraft exploit makes it easy to crash game servers', dateline, prose, more].join('\n\n'), {format: 'text'})
    const signed = page('Dan Goodin - Apr 16, 2015 8:02 pm UTC')
    expect(signed.meta).toMatchObject({author: 'Dan Goodin', date: '2015-04-16'})
    expect(body(signed.markdown)).not.toContain('Dan Goodin')
    expect(page('Los Angeles, April 16, 2015').meta.author).toBeUndefined()
    expect(page('ReligionNewsBlog.com | April 16, 2015').meta.author).toBeUndefined()
    // Episodes of a show, each with its date: a list, not a byline.
    expect(page('NFL Fantasy Live – November 6, 2012 Hour 1', 'NFL Fantasy Live – November 6, 2012 Hour 2').meta.author).toBeUndefined()
  })

  it('takes the signature right under the article: a name set off from its date, or a name alone over the share bar; not a dateline, a weekday or a line in capitals', () => {
    const story = 'Het eerste deel van het verhaal is lang genoeg om als echte tekst te tellen, en het eindigt netjes met een punt. Er volgt nog een zin.'
    const page = (...under: string[]) => cleanSync(['Een dag in de werkplaats', story, story.replace('eerste', 'tweede'), story.replace('eerste', 'derde'), ...under].join('\n'), {format: 'text'})
    expect(page('Marieke de Vries (id:marieke) 2025-02-09 21:30', 'Reageren').meta.author).toBe('Marieke de Vries')
    expect(page('Ngọc Tài', 'Facebook', 'Zalo').meta.author).toBe('Ngọc Tài')
    expect(page('Published Tuesday, November 06, 2012 12:21 PM by David Marshall').meta.author).toBe('David Marshall')
    expect(page('First Published on Nov 20, 2019 01:38 pm').meta.author).toBeUndefined()
    expect(page('Freitag, 30. März 2020').meta.author).toBeUndefined()
    expect(page('READ THE REST', 'Facebook').meta.author).toBeUndefined()
    // A name alone with no share bar under it may be the footer's first menu item.
    expect(page('Privacy Statement').meta.author).toBeUndefined()
  })

  it('reads a Chinese reporter set off by spaces up to the next role, and nobody when a role follows the title at once', () => {
    // The intern or the correspondent after the reporter is another's credit, not part of the name.
    expect(readByline('记者 王晓燕 实习生 李明')?.author).toBe('王晓燕')
    expect(readByline('2026-12-05 来源：城市晚报 记者 王小明 通讯员 李华')).toMatchObject({author: '王小明', source: '城市晚报'})
    // The name before the title, a role after it: "reported", no reporter called so.
    expect(readByline('王晓燕 记者 报道')?.author).toBeUndefined()
    expect(readByline('来源：城市晚报 记者 王小明')?.author).toBe('王小明')
  })

  it('reads the authors without the weekday their dateline opens with, in any lexicon language; a name of two words stays whole', () => {
    expect(readByline('By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT')).toMatchObject({author: 'Mike Wuerthele and Malcolm Owen', date: '2019-11-18'})
    expect(readByline('Von Anna Maria Schmidt Dienstag, 3. Mai 2022')?.author).toBe('Anna Maria Schmidt')
    expect(readByline('By Billy Sunday')?.author).toBe('Billy Sunday')
    expect(readByline('Por María Luisa Domingo, Madrid')?.author).toBe('María Luisa Domingo')
  })

  it('reads no label and name in a control the lexicon names whole ("Text Size": Swedish and Danish "Text" labels a writer)', () => {
    expect(readByline('Text Size')).toBeUndefined()
    expect(readByline('Text: Anna Svensson')?.author).toBe('Anna Svensson')
  })

  it('ends a byline\'s name at a spaced slash, as at a bar: the next author or the writer\'s role follows', () => {
    expect(readByline('Por Laura Jordán / Javier Urbina')?.author).toBe('Laura Jordán')
    expect(readByline('By Bill McKenzie / Editorial Columnist')?.author).toBe('Bill McKenzie')
    // Authors joined by a word stay one byline.
    expect(readByline('By Jane Doe and John Roe')?.author).toBe('Jane Doe and John Roe')
  })

  it('takes a bare name over the reading time a blog platform prints, however far above the article; not a bare name alone far up', () => {
    const menu = ['Homepage', 'Ready to publish?', 'Sign in', 'Get started', 'Topics', 'Politics', 'Culture', 'Technology', 'Science', 'Design']
    const story = ['The first part of the story is long enough to count as real text, and it ends with a full stop. Another sentence follows to finish it.', 'The second part of the story is just as long and tells how the search index was split over two machines.']
    const dump = (under: string) => ['Pippin Lee', under, ...menu, 'How we built the search', ...story].join('\n\n')
    expect(cleanSync(dump('11 min read'), {format: 'text'}).meta.author).toBe('Pippin Lee')
    expect(cleanSync(dump('Follow'), {format: 'text'}).meta.author).toBeUndefined()
    // The platform's follow button between the name and the reading time.
    expect(cleanSync(dump('Follow\n\n11 min read'), {format: 'text'}).meta.author).toBe('Pippin Lee')
  })

  it('takes no news outlet printed beside the date for the author (毎日新聞, 江南晚报, 연합뉴스); a person\'s name there is one', () => {
    const ja = ['東京都は15日、第2子以降の保育料を9月から無償化すると発表した。対象となる世帯は約10万世帯に上る見込みだ。', '小池百合子知事は記者会見で「子育て世帯の負担を減らしたい」と述べた。', '都によると、必要な予算は年間約400億円。財源は都の一般会計から充てる。']
    const page = (name: string) => cleanSync(['ニュース', '国内', '東京都、新たな子育て支援策を発表', '2025年3月15日 10:30', name, ...ja].join('\n'), {format: 'text'}).meta
    for (const outlet of ['毎日新聞', '江南晚报', '연합뉴스']) expect(page(outlet).author, outlet).toBeUndefined()
    expect(page('山田太郎').author).toBe('山田太郎')
  })

  it('takes a bare name right under the headline beside its date, however many buttons stand between the date and the article; not one further down', () => {
    const tr = (subject: string) => `${subject} politika faizini yüzde 42,5'te sabit tuttu ve karar piyasa beklentileriyle uyumlu oldu.`
    const buttons = ['Güncelleme: 15 Mart 2025, 16:20', 'Paylaş', 'Tweetle', 'Abone Ol', 'Yazdır']
    const dump = (head: string[]) => ['Ana Sayfa', 'Gündem', 'Ekonomi', 'Merkez Bankası faizi sabit tuttu', ...head, ...buttons, tr('Merkez Bankası'), tr('Kurul'), tr('Banka')].join('\n')
    expect(cleanSync(dump(['Ayşe Yılmaz', '15 Mart 2025, 14:05']), {format: 'text'}).meta).toMatchObject({title: 'Merkez Bankası faizi sabit tuttu', author: 'Ayşe Yılmaz', date: '2025-03-15'})
    // Under a photo's caption and a category, the name beside a date far above the article is a caption's, or a list's.
    const far = ['Kurul üyeleri toplantıda, Ankara’da çekilen bir fotoğrafta görülüyor.', 'Ekonomi', 'Ayşe Yılmaz', '15 Mart 2025, 14:05']
    expect(cleanSync(dump(far), {format: 'text'}).meta.author).toBeUndefined()
  })

  it("ends the author's name at a handle or a role in brackets, not at a count ('Discuss (0)' is a link)", () => {
    expect(readByline('by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET')).toMatchObject({author: 'Ahiza Garcia', date: '2016-02-01'})
    expect(readByline('By Alissa Wilkinson@alissamarie Updated Jul 2, 2018')?.author).toBe('Alissa Wilkinson')
    expect(readByline('by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)')?.author).toBe('Eleanor Ainge Roy')
    expect(readByline('06 November 2012 by Cory Gunther Discuss (0)')?.author).toBeUndefined()
    expect(readByline('By: Jason Hart (Diary)  |  November 12th, 2012 at 04:00 PM')).toMatchObject({author: 'Jason Hart', date: '2012-11-12'})
    expect(readByline('By Robert (Bob) Smith')?.author).not.toBe('Robert')
  })

  it('removes a name printed twice and the bio after the article', () => {
    const result = clean(`${prose}\n\nCamila Renaux\nCamila Renaux\nCamila Renaux, specialist inom strategisk marknadsföring.`)
    expect(result.meta.author).toBe('Camila Renaux')
    expect(body(result.markdown)).toBe(`${prose}\n`)
    // The two name lines, one after the other, are one removal of two blocks.
    expect(result.removed.map(({reason, text, blocks}) => ({reason, text, blocks}))).toEqual([
      {reason: "the author's name, printed again around the article", text: 'Camila Renaux\nCamila Renaux', blocks: 2},
      {reason: "the author's bio, not part of the article", text: 'Camila Renaux, specialist inom strategisk marknadsföring.', blocks: undefined},
    ])
  })

  it('keeps prose that starts like a byline', () => {
    const text = `By the time we arrived, the harbour was empty and the boats had gone out to sea.\n${prose}`
    expect(clean(text).removed).toEqual([])
    expect(clean(text).meta.author).toBeUndefined()
  })

  it('reads the dateline in the header', () => {
    const result = clean(`28 januari 2025\n${prose}`)
    expect(result.meta.date).toBe('2025-01-28')
  })

  it('removes a label and a year alone beside the dateline, its year printed again; not such a line far from a dateline', () => {
    const result = clean(`Datum:26. Januar 2022\nAusgabejahr:2022\n${prose}`)
    expect(result.meta.date).toBe('2022-01-26')
    expect(body(result.markdown)).toBe(`${prose}\n`)
    expect(body(clean(`${prose}\nAusgabejahr:2022\n${prose}`).markdown)).toContain('Ausgabejahr:2022')
  })

  it("removes the author's bio when it is the article's last line, and keeps a paragraph about the author inside it", () => {
    const body = [
      'Every new garage downtown tells drivers the same thing: come by car. That message is expensive, and the city pays for it.',
      'Tom Hale is wrong about one thing, the mayor said: garages do fill up on weekends, and shops depend on them.',
      'A single space in a structured garage costs $25,000 to $40,000 to build, according to federal figures.',
    ]
    const result = cleanSync(['The city needs fewer parking spaces', 'By Tom Hale', ...body, 'Tom Hale is a former transit planner and a contributing writer.'].join('\n'))
    expect(result.meta.author).toBe('Tom Hale')
    expect(result.removed.map((removal) => removal.text)).toContain('Tom Hale is a former transit planner and a contributing writer.')
    expect(result.markdown).toContain('Tom Hale is wrong about one thing')
  })

  it('reads a label glued to the name after a date ("2025年1月20日 文：山田花子")', () => {
    const lead = '冬の電気代が高くて驚いた人も多いだろう。筆者の家では、次の5つを見直しただけで月3000円ほど下がった。'
    const result = clean(`電気代を月3000円下げた5つの方法\n2025年1月20日 文：山田花子\n${lead}\n${lead}`)
    expect(result.meta).toMatchObject({author: '山田花子', date: '2025-01-20'})
  })

  it('reads a Japanese credit label ("取材・文：", "執筆者：") glued to the time before it, as inline <time> and <span> print; a date glued to a word is no label', () => {
    expect(readByline('2026年12月6日 11時42分取材・文：中村 彩')).toMatchObject({author: '中村 彩', date: '2026-12-06'})
    expect(readByline('2026年12月6日 11時42分文：中村 彩')?.author).toBe('中村 彩')
    expect(readByline('執筆者：中村 彩')?.author).toBe('中村 彩')
    expect(readByline('2026年12月6日 11時42分更新')).toBeUndefined()
  })

  it('reads the name a dash joins to the outlet\'s brand under the headline; not a place and a name', () => {
    expect(nameBesideBrand('Rina Kusuma - detikFinance')).toBe('Rina Kusuma')
    expect(nameBesideBrand('nytimes.com – Jane Doe')).toBe('Jane Doe')
    expect(nameBesideBrand('Cairo – Jane Doe')).toBeUndefined()
    expect(nameBesideBrand('Jane Doe - CNN Indonesia')).toBeUndefined()
    // A lower-case word of the language is no brand: a place over its weekday, a product over its review.
    expect(nameBesideBrand('Rio de Janeiro - sexta-feira')).toBeUndefined()
    expect(nameBesideBrand('Apple Watch - review')).toBeUndefined()
    expect(nameBesideBrand('Rina Kusuma - liputan6')).toBe('Rina Kusuma')
    const lead = 'Harga cabai rawit merah di sejumlah pasar tradisional di Jakarta terus merangkak naik menjelang Natal dan Tahun Baru tahun ini.'
    const result = cleanSync(`Ekonomi\nHarga Cabai Rawit Tembus Rp 90.000 per Kilogram\nRina Kusuma - detikFinance\nSabtu, 05 Des 2026 14:20 WIB\n${lead}\n${lead}`, {format: 'text'})
    expect(result.meta.author).toBe('Rina Kusuma')
  })

  it('reads a Hebrew name after its titles, acronyms in gershayim and words cut by a geresh ("עו"ד ורו"ח", "פרופ\'")', () => {
    expect(readByline('מאת עו"ד ורו"ח דנה לוי')?.author).toBe('דנה לוי')
    expect(readByline("מאת פרופ' יוסי כהן")?.author).toBe('יוסי כהן')
    expect(readByline('מאת דנה לוי')?.author).toBe('דנה לוי')
    // A geresh after ג, ז, צ or ת writes a foreign sound in a name (Serge, Mitch, Rich), no title cut short.
    expect(readByline("מאת סרג' דהן")?.author).toBe("סרג' דהן")
    expect(readByline("מאת ריץ' כהן")?.author).toBe("ריץ' כהן")
    expect(readByline("מאת גב' דנה לוי")?.author).toBe('דנה לוי')
  })

  it('takes the name under the dateline over a menu item above it, reads Hebrew dates, and a news desk is no author', () => {
    const ja = '先月、東京のラーメン屋を30軒まわりました。結論から言うと、一番は新宿の店でした。理由は三つあります。'
    const japanese = cleanSync(`カテゴリー\nプロフィール\n東京で一番おいしいラーメン屋を探した話\n2024-03-05\n山田太郎\n${ja}\n${ja}`)
    expect(japanese.meta).toMatchObject({author: '山田太郎', date: '2024-03-05'})
    const he = 'לפני שנתיים לא יכולתי לרוץ אפילו קילומטר אחד, והיום אני רץ עשרה קילומטרים שלוש פעמים בשבוע.'
    const hebrew = cleanSync(`דף הבית\nאיך להתחיל לרוץ בגיל 40\nדני כהן\n3 בינואר 2024\n${he}\n${he}`)
    expect(hebrew.meta).toMatchObject({author: 'דני כהן', date: '2024-01-03'})
    const tr = 'Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 50’de sabit bıraktı ve kararını açıkladı.'
    const turkish = cleanSync(`Haber Merkezi\nMerkez Bankası faizi sabit tuttu\nAyşe Yılmaz\n25.04.2024 - 14:05\n${tr}\n${tr}`)
    expect(turkish.meta.author).toBe('Ayşe Yılmaz')
  })

  it('takes a place over the dateline that the article\'s opening names ("San Francisco") for no author, and the writer the opening does not name for one', () => {
    const page = (place: string) => cleanSync([
      'Tech giant opens a second campus by the bay', place, 'March 12, 2026', 'Share',
      'The company said on Thursday that its new campus in San Francisco would house four thousand engineers by the end of next year.',
      'Officials welcomed the move, which comes after two years in which several large employers left the downtown area.',
    ].join('\n'))
    expect(page('San Francisco').meta.author).toBeUndefined()
    expect(page('Laura Bennett').meta.author).toBe('Laura Bennett')
  })

  it('reads a Chinese blog\'s "原创 <name>" (original work by) as its byline, and "发布于 浙江" (published in, a place) as no headline', () => {
    const zh = '去年冬天，我辞掉了城里的工作，回到外婆在安吉的老房子。每天早上六点，隔壁的公鸡准时叫醒我。'
    const result = cleanSync(['首页', '文章', '首页 > 生活 > 随笔', '我在乡下住了一个月', '2026-12-07 20:15', '发布于 浙江', '原创 林小雨', zh, zh.replace('六点', '七点')].join('\n'))
    expect(result.meta).toMatchObject({title: '我在乡下住了一个月', author: '林小雨', date: '2026-12-07'})
  })

  it('reads a Chinese reporter\'s title glued to the name, with the place after a slash ("記者陳怡君／台北報導"), and a slash as a label\'s colon ("文／陳怡君"); not a Latin label\'s slash ("Text/Fotos")', () => {
    expect(readByline('記者陳怡君／台北報導')?.author).toBe('陳怡君')
    expect(readByline('记者王晓燕 实习生 李明')?.author).toBe('王晓燕')
    expect(readByline('文／陳怡君')?.author).toBe('陳怡君')
    expect(readByline('Text/Fotos')).toBeUndefined()
    const zh = '台北市捷運工程局今（7）日表示，環狀線北段工程進度已達65%，預計2028年底前完工通車。'
    const result = cleanSync(['首頁', '首頁 > 社會 > 生活', '台北捷運環狀線北段 預計2028年通車', '2026/12/07 11:20', '記者陳怡君／台北報導', zh, zh.replace('65%', '66%')].join('\n'))
    expect(result.meta.author).toBe('陳怡君')
    expect(result.markdown).not.toContain('台北報導')
  })

  it('reads no author in a word the reporter\'s title opens, glued to it: a column\'s kicker ("記者手記", the reporter\'s notes) or a phrase ("記者會後")', () => {
    for (const line of ['記者手記', '記者會後', '記者直擊', '记者观察']) expect(readByline(line), line).toBeUndefined()
    expect(readByline('記者歐陽娜娜')?.author).toBe('歐陽娜娜')
    const zh = '清晨五點，南投山區的最後一班公車從埔里站開出，車上只有三名乘客，其中兩位是要到山上學校教書的老師。'
    const result = cleanSync(['首頁', '記者手記', '走進山城的最後一班公車', '2026年12月5日', zh, zh.replace('三名', '四名')].join('\n'))
    expect(result.meta.author).toBeUndefined()
  })

  it('reads bylines as other languages print them: a Greek "Γράφει η …", a French interview\'s "Propos recueillis par …", a Polish name after its lower-case academic titles, a Korean reporter after the wire\'s place ("부산=이지은 기자")', () => {
    const page = (headline: string, byline: string, sentence: string) => cleanSync([headline, byline, '07.12.2026', sentence, sentence.replace(/\S+$/u, 'x.')].join('\n')).meta.author
    expect(page('Ξεκινούν τα έργα στο λιμάνι της Καβάλας', 'Γράφει η Μαρία Παπαδοπούλου', 'Τα έργα επέκτασης στο λιμάνι της Καβάλας ξεκινούν τον Ιανουάριο και θα διαρκέσουν δύο χρόνια.')).toBe('Μαρία Παπαδοπούλου')
    expect(page('Un boulanger lyonnais témoigne', 'Propos recueillis par Camille Durand', 'Le prix de la farine a doublé en deux ans, et les boulangers de Lyon cherchent des solutions pour tenir.')).toBe('Camille Durand')
    expect(page('Nowe stypendia dla doktorantów', 'Autor: dr hab. Anna Kowalczyk, prof. UN', 'Uniwersytet ogłosił nabór na nowe stypendia dla doktorantów, który potrwa do połowy stycznia przyszłego roku.')).toBe('Anna Kowalczyk')
    const ko = '해운대 해수욕장 일대에서 7일 해운대 빛축제가 개막했다. 축제는 내년 1월 31일까지 이어진다.'
    expect(cleanSync(['부산 해운대 빛축제 개막', '기사입력 2026-12-07 18:40', '부산=이지은 기자', ko, ko.replace('7일', '8일')].join('\n')).meta.author).toBe('이지은')
  })

  it('reads a dateline of two dates side by side ("Publié le … - Mis à jour le …")', () => {
    const result = clean(`Publié le 12 février 2024 à 07h30 - Mis à jour le 12 février 2024 à 10h15\n${prose}\n${prose}`)
    expect(result.meta.date).toBe('2024-02-12')
    expect(result.removed[0]?.reason).toBe('the page\'s dateline; the date is in the front matter')
  })

  it('reads a dateline whose update follows it with no separator, by the label that opens the second date; not a sentence with two dates', () => {
    for (const line of ['Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST', 'Publié le 3 janvier 2019 à 07h30, mis à jour le 16 janvier 2019 à 10h15']) {
      const result = clean(`${line}\n${prose}\n${prose}`)
      expect(result.meta.date, line).toBe('2019-01-03')
      expect(result.removed[0]?.reason, line).toBe('the page\'s dateline; the date is in the front matter')
    }
    expect(isDateLine('The museum, opened on 3 January 2019 and updated on 16 January 2020, draws crowds every weekend.')).toBe(false)
    // An update's own dateline gives way to the publication's printed after it; the other way round, the first stays.
    expect(clean(`edited Mar 3, 2023 at 10:12\nasked Oct 15, 2010 at 6:59\n${prose}\n${prose}`).meta.date).toBe('2010-10-15')
    expect(clean(`Published: 3 January 2019\nUpdated: 16 January 2019\n${prose}\n${prose}`).meta.date).toBe('2019-01-03')
    // A byline's name before the first date: the byline's to read, not a dateline to drop with the name in it.
    expect(isDateLine('by Jane Doe Published Nov. 7, 2012 12:20 pm Updated Nov. 7, 2012 12:50 pm')).toBe(false)
  })

  it('reads a dateline that carries the post\'s buttons beside its date, and no line that carries words of its own', () => {
    const result = clean(`January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments\n${prose}\n${prose}`)
    expect(result.meta.date).toBe('2020-01-13')
    expect(result.removed[0]?.reason).toBe('the page\'s dateline; the date is in the front matter')
    const told = clean(`January 13, 2020 | The release we waited for | View Comments\n${prose}\n${prose}`)
    expect(told.meta.date).toBeUndefined()
  })

  it('takes the name before a comma beside the dateline, and no name with a place across a dash', () => {
    const hi = 'दिल्ली में सोमवार को हुई भारी बारिश से तापमान में गिरावट आई और मौसम विभाग ने अलर्ट जारी किया।'
    expect(cleanSync(`दिल्ली में बारिश से तापमान गिरा\nराहुल शर्मा, नई दिल्ली\n10 अप्रैल 2024\n${hi}\n${hi}`).meta.author).toBe('राहुल शर्मा')
    const ar = 'ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار خفض الإنتاج الذي أعلنته الدول المنتجة.'
    expect(cleanSync(`ارتفاع أسعار النفط إلى 85 دولاراً للبرميل\nالقاهرة - محمد علي\n10 أبريل 2024\n${ar}\n${ar}`).meta.author).toBeUndefined()
    const en = 'Ford is recalling more than 300,000 pickup trucks because the tailgates can open unexpectedly while the trucks are moving.'
    expect(cleanSync(`Home\nBusiness\nFord recalls pickups over tailgates\nTom Krisher, AP Auto Writer\nNovember 19, 2019\n${en}\n${en.replace('Ford', 'The company')}`).meta.author).toBe('Tom Krisher')
  })

  it('takes no category beside the dateline for a Chinese or Japanese name, but a name printed again', () => {
    const ja = '去年の年末、大掃除の途中で祖母の湯のみを落として割ってしまいました。捨てる気にはどうしてもなれず、棚の奥にしまっていました。'
    const category = cleanSync(`むぎ茶ノート\n2025-02-09\nはじめての金継ぎ教室で、祖母の湯のみを直した話\n手仕事\n日記\n${ja}\n${ja}`)
    expect(category.meta).toMatchObject({date: '2025-02-09'})
    expect(category.meta.author).toBeUndefined()
    // Two different paragraphs: one printed twice would be a teaser, and no article to be around.
    const ja2 = '先生は割れた器を漆でつなぎ、継ぎ目を金で飾る方法を丁寧に教えてくれました。完成まで三か月かかりましたが、前よりも愛着がわきました。'
    const named = cleanSync(`2025-02-09\n金継ぎ教室で湯のみを直した話\n山田花子\n${ja}\n${ja2}\n山田花子\n東京の下町で暮らす会社員。`)
    expect(named.meta.author).toBe('山田花子')
    expect(body(named.markdown)).toBe(`${ja}\n\n${ja2}\n`)
  })

  it('takes a menu item printed in the header and the footer menus for no author, and a name printed above and below the article for one', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const menus = cleanSync(`Blog\nAbout\nContact Us\nMenu\nLibrary opens on Sundays\n${en}\n${en}\nAbout\nJoin Us\nContact Us\nPrivacy`)
    expect(menus.meta.author).toBeUndefined()
    const named = cleanSync(`Blog\nAbout\nLibrary opens on Sundays\nMaria Lopez\n${en}\n${en}\nMaria Lopez\nMaria Lopez covers city hall for the paper.`)
    expect(named.meta.author).toBe('Maria Lopez')
    // Share bars printed above and below the article stand beside the name both times.
    const shared = cleanSync(`Blog\nAbout\nLibrary opens on Sundays\nMaria Lopez\nShare\nTweet\n${en}\n${en.replace('council', 'board')}\n${en.replace('council', 'mayor')}\nShare\nTweet\nMaria Lopez\nPrivacy`)
    expect(shared.meta.author).toBe('Maria Lopez')
  })

  it('reads a Greek byline in the genitive ("Της Μαρίας Παπαδοπούλου"), and keeps prose that starts with the article', () => {
    const el = 'Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο πρόγραμμα στέγασης για νέους έως 39 ετών, με επιδότηση ενοικίου.'
    const result = cleanSync(`Νέο πρόγραμμα για τη στέγαση των νέων\nΤης Μαρίας Παπαδοπούλου\n12 Μαρτίου 2025, 10:30\n${el}\nΤου Γιώργου η ιδέα ήταν να ξεκινήσει το πρόγραμμα νωρίτερα, αλλά δεν έγινε δεκτή.\n${el}`)
    expect(result.meta).toMatchObject({author: 'Μαρίας Παπαδοπούλου', date: '2025-03-12'})
    expect(body(result.markdown)).toContain('Του Γιώργου η ιδέα ήταν')
  })

  it('takes a role and a place ("संवाददाता, मुंबई": correspondent, Mumbai) for no author, and a role before a name for one', () => {
    const hi = 'मुंबई में रविवार रात से हो रही भारी बारिश के कारण कई इलाकों में पानी भर गया है और ट्रेनें रुक गईं।'
    expect(cleanSync(`मुंबई में भारी बारिश, लोकल ट्रेनें रुकीं\nसंवाददाता, मुंबई\n14 जुलाई 2025\n${hi}\n${hi}`).meta.author).toBeUndefined()
    expect(cleanSync(`मुंबई में भारी बारिश, लोकल ट्रेनें रुकीं\nसंवाददाता: राहुल शर्मा\n14 जुलाई 2025\n${hi}\n${hi}`).meta.author).toBe('राहुल शर्मा')
  })

  it('reads a Chinese source and author on one line ("来源：城市日报 作者：李明 2025-06-18")', () => {
    const zh = '6月18日上午，杭州地铁新线正式开通运营，全长约32公里，共设车站20座，市民纷纷前来体验。'
    const result = cleanSync(`首页\n新闻\n杭州地铁新线开通\n来源：城市日报 作者：李明 2025-06-18 09:30\n${zh}\n${zh}`)
    expect(result.meta).toMatchObject({author: '李明', source: '城市日报', date: '2025-06-18'})
  })

  it('takes a CMS account name ("Posted by admin") for no author', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const result = cleanSync(`Library opens on Sundays\nPosted on March 30, 2015 by Admin\n${en}\n${en}`)
    expect(result.meta).toMatchObject({date: '2015-03-30'})
    expect(result.meta.author).toBeUndefined()
    expect(body(result.markdown)).not.toContain('Admin')
  })

  it('takes a share button printed twice ("Messenger") for no author, but a one-word name above its bio for one', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const buttons = cleanSync(`Library opens on Sundays\n${en}\n${en.replace('council', 'board')}\nShare this story\nFacebook\nMessenger\nMessenger\nTwitter`)
    expect(buttons.meta.author).toBeUndefined()
    const named = cleanSync(`Library opens on Sundays\n${en}\n${en.replace('council', 'board')}\nRegan\nRegan\nRegan is a librarian who lives in Boston with her two cats.`)
    expect(named.meta.author).toBe('Regan')
  })

  it('takes a Pinterest button under the byline ("Pin It") for no author', () => {
    const en = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall. Residents had asked for it.'
    const result = cleanSync(['Home', 'The harbour road closes for six months', 'By admin | Published: October 29, 2012', 'Pin It', '', en, '', en.replace('Tuesday', 'Monday')].join('\n'))
    expect(result.meta.author).toBeUndefined()
    expect(body(result.markdown)).not.toContain('Pin It')
  })

  it('takes a menu item printed twice above the article ("Fact Check" in the menu and the breadcrumb) for no author', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const result = cleanSync(`Home\nResults\nFact Check\nAuto\nTechnology\nYou are at:\nHome\nFact Check\nIs the library open on Sundays?\nMarch 3, 2024\n${en}\n${en.replace('council', 'board')}`)
    expect(result.meta.author).toBeUndefined()
  })

  it('cuts a role or outlet glued to the name ("By Meg JamesStaff Writer"), and keeps names with a capital inside (DeArdo, MacKenzie)', () => {
    expect(clean(`By Meg JamesStaff Writer\n${prose}`).meta.author).toBe('Meg James')
    expect(clean(`By Jonathan GarberFOXBusiness\n${prose}`).meta.author).toBe('Jonathan Garber')
    expect(clean(`By Bryan DeArdo\n${prose}`).meta.author).toBe('Bryan DeArdo')
    expect(clean(`By Anna MacKenzie | March 3, 2024\n${prose}`).meta.author).toBe('Anna MacKenzie')
  })

  it('reads a byline that ends with a full stop, keeping it after a suffix or an initial, and then removes the bio under the article', () => {
    expect(clean(`By Jane Doe.\n${prose}`).meta.author).toBe('Jane Doe')
    const result = clean(`By Perry Bacon Jr.\n${prose}\n${prose}\nPerry Bacon Jr. is a senior writer for FiveThirtyEight. @perrybaconjr`)
    expect(result.meta.author).toBe('Perry Bacon Jr.')
    expect(body(result.markdown)).toBe(`${prose}\n\n${prose}\n`)
    expect(clean(`By the way.\n${prose}`).meta.author).toBeUndefined()
  })

  it('takes a word in capitals above the first paragraph for an acronym, not an author with a bio, and keeps the paragraph', () => {
    const lead = 'HISTALP ist eine internationale Klimadatensammlung für den Großraum Alpen, die aus einigen hundert Messreihen besteht.'
    const result = clean(`Klima\nHISTALP\n${lead}\n${prose}`)
    expect(result.meta.author).toBeUndefined()
    expect(body(result.markdown)).toContain(lead)
  })

  it('reads a byline whose date follows "on" and a month name, and takes the full name printed under the post over a first name above it', () => {
    expect(clean(`by Jake Goulding on January 20, 2020\n${prose}`).meta).toMatchObject({author: 'Jake Goulding', date: '2020-01-20'})
    const result = clean(`by Marie on October 30, 2012\n${prose}\n${prose}\nWritten by Marie LeBaron\nMarie LeBaron is the founder and managing editor of Make and Takes.`)
    expect(result.meta.author).toBe('Marie LeBaron')
    expect(body(result.markdown)).toBe(`${prose}\n\n${prose}\n`)
  })

  it('removes a name and its bio closing the article when the name signs it above, and keeps a closing section about a person or a topic', () => {
    const en = [
      'Rust is a systems programming language that has been voted the most loved language five years in a row.',
      'It gives programmers control over memory without a garbage collector, and its compiler checks the borrowing of every value.',
      'Companies such as Dropbox and Cloudflare use it in production for the parts of their systems that must be fast.',
      'The language is young, but its community has grown quickly, and its package registry holds tens of thousands of crates.',
    ]
    const bio = 'Jake is the co-founder of Integer 32, the world’s first Rust consultancy.'
    const signed = cleanSync([`by Jake Goulding on January 20, 2020`, ...en, 'Jake Goulding', bio].join('\n'))
    expect(signed.markdown).not.toContain('Integer 32')
    // No signature of the name above: a last section about a person stays.
    const section = cleanSync([...en, 'Jake Goulding', bio].join('\n'))
    expect(section.markdown).toContain(bio)
    // A heading whose words the paragraph repeats in lower case names a topic, not a person with a bio.
    expect(isBio('Web standards are important, and this site adheres to them.', 'Web Standards', 60)).toBe(false)
    expect(isBio('Jake is the co-founder of Integer 32.', 'Jake Goulding', 60)).toBe(true)
  })

  it('reads the outlet\'s dateline after its name, with a date and no sentence\'s end, as no bio; a bio after a dash stays one', () => {
    expect(isBio('NDR Info - Das Coronavirus-Update mit Christian Drosten - 18.03.2020 13:15 Uhr Autor/in: Korinna Hennig', 'NDR Info', 60)).toBe(false)
    expect(isBio('Maria Lopez - reporter for the city desk since 2019', 'Maria Lopez', 60)).toBe(true)
    expect(isBio('Maria Lopez, born on 3 March 1980 in Lyon, covers the city council.', 'Maria Lopez', 60)).toBe(true)
    // A hyphen glued to the word joins a compound: the next country in a list, no bio.
    expect(isBio('Guinea-Bissau', 'Guinea', 60)).toBe(false)
    // A colon glosses a teaser's heading or a section's: no bio.
    expect(isBio('Vanille: Hier erfahren Sie alles, was Sie über Nährwerte wissen sollten.', 'Vanille', 60)).toBe(false)
    expect(isBio('Disclaimer: the views expressed here are the author\'s own.', 'Disclaimer', 60)).toBe(false)
  })

  it('reads no label glued to a word by a hyphen or a dot, and no label repeated after one word, as a byline', () => {
    expect(readByline('Teksti-TV')).toBeUndefined()
    expect(readByline("(By.ID, 'qunit-testresult')))")).toBeUndefined()
    expect(readByline('By Method By Product')).toBeUndefined()
    expect(readByline('BY WEEK BY MONTH BY SEASON')).toBeUndefined()
    expect(readByline('Von Ursula von der Leyen')?.author).toBe('Ursula von der Leyen')
    // A label that is a name's particle opens surnames: Italian "Di Giuseppe Di Piazza".
    expect(readByline('Di Giuseppe Di Piazza')?.author).toBe('Giuseppe Di Piazza')
    expect(readByline('By Jane Doe')?.author).toBe('Jane Doe')
  })

  it('takes no key a list is sorted by ("By Make", "By Model") for the author, but the byline under them; a name printed under several posts stays one', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const sorted = cleanSync(['Find a car', 'By Make', 'By Model', 'By Year', 'Library opens on Sundays', 'By Jane Doe', en, en.replace('council', 'board')].join('\n'))
    expect(sorted.meta.author).toBe('Jane Doe')
    const posts = ['Library opens on Sundays', 'By: Kauth', en, en.replace('council', 'board'), 'Older news', 'Patch notes', 'by Kujii', 'Server merge', 'by Nallec'].join('\n')
    expect(cleanSync(posts).meta.author).toBe('Kauth')
    // Prose between them: the post's "By Sarah" and the related posts' "By Mike", "By Anna" are no sort keys.
    const related = ['Library opens on Sundays', 'By Sarah', en, en.replace('council', 'board'), 'Related posts', 'Bridge repairs start', 'By Mike', 'New bus lines', 'By Anna'].join('\n')
    expect(cleanSync(related).meta.author).toBe('Sarah')
  })

  it("keeps the article's last line that opens with a word of the agency's name the page writes in lower case", () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const last = 'The team is last in the Central Division with a 6-7-5 record.'
    const result = cleanSync(['Library opens on Sundays', 'Monday, 11.05.2012 / 9:04 PM / News', 'The Canadian Press', en, en.replace('council', 'board'), last, 'TOP HEADLINES', 'The Canadian Press'].join('\n'))
    expect(result.meta.author).toBe('The Canadian Press')
    expect(result.markdown).toContain(last)
    // A bio that opens with the full name is one, though its first name is a word the page writes in lower case.
    const bio = 'Will Oremus is a technology writer who covers the business of the internet.'
    const signed = cleanSync(['Library opens on Sundays', 'By Will Oremus', en, `${en} We will see.`, bio].join('\n'))
    expect(signed.meta.author).toBe('Will Oremus')
    expect(signed.markdown).not.toContain(bio)
  })

  it('reads a label of a language near the page\'s, which the lexicon does not know, as a label (Spanish "Por" on a Galician page)', () => {
    const gl = ['O concello aprobou onte a ampliación do horario da biblioteca central, que abrirá tamén os domingos a partir de abril.', 'Os veciños levaban anos pedindo esta medida, e a votación foi moi axustada, segundo explicou a alcaldesa nunha rolda de prensa.', 'A biblioteca terá máis persoal e unha nova sala de estudo para os estudantes da cidade durante os exames.']
    expect(cleanSync(['A biblioteca abre os domingos', 'Por Xoán García', ...gl].join('\n')).meta).toMatchObject({author: 'Xoán García', lang: 'gl'})
  })

  it('takes no share bar printed twice ("Like Tweet", "Social Share") and no "VER MÁS" button for a name', () => {
    for (const buttons of ['Like Tweet', 'Social Share', 'VER MÁS']) expect(isUnlabelledName(buttons)).toBe(false)
    expect(isUnlabelledName('Anna Meier')).toBe(true)
  })

  it('takes no country of a list of countries for the author (one name over the next, a compound of it)', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const countries = ['Ghana', 'Greece', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti']
    const result = cleanSync(['Library opens on Sundays', en, en.replace('council', 'board'), 'Choose your country', ...countries].join('\n'))
    expect(result.meta.author).toBeUndefined()
  })

  it('takes the standfirst between the headline and the byline for the description and keeps it as the lead, but not a caption or a run of names', () => {
    const en = 'The council voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.'
    const page = (under: string) => cleanSync(`News\nLocal\nLibrary opens on Sundays\n${under}\nBy Maria Lopez | March 3, 2024\n${en}\n${en.replace('council', 'board')}`)
    const standfirst = page('Readers asked for it for years, and the vote was close')
    expect(standfirst.meta).toMatchObject({title: 'Library opens on Sundays', author: 'Maria Lopez', description: 'Readers asked for it for years, and the vote was close'})
    expect(body(standfirst.markdown)).toMatch(/^Readers asked for it for years, and the vote was close\n\nThe council voted/u)
    expect(page('Readers queue outside the central library on Sunday morning. (Jane Doe/AP)').meta.description).toBeUndefined()
    expect(page('Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader').meta.description).toBeUndefined()
  })

  it('takes the standfirst over a bare name and its dateline, and no contact line for one', () => {
    const uk = (subject: string) => `${subject} відкрили в суботу. Його довжина становить 1,2 кілометра, а будівництво тривало шість років.`
    const page = (under: string) => cleanSync(['Головна', 'Новини', 'Київ відкрив новий міст через Дніпро', under, 'Олена Коваль', '15 березня 2025, 10:30', 'Поділитися', uk('Новий міст'), uk('Новий тунель'), uk('Нову дорогу')].join('\n'), {format: 'text'})
    const lead = 'Рух мостом почнеться з понеділка, повідомили в міській адміністрації'
    const result = page(lead)
    expect(result.meta).toMatchObject({title: 'Київ відкрив новий міст через Дніпро', author: 'Олена Коваль', date: '2025-03-15', description: lead})
    expect(body(result.markdown).startsWith(`${lead}\n\n`)).toBe(true)
    expect(page('E-Mail: redakciya@example.ua Web-page: http://example.ua').meta.description).toBeUndefined()
  })

  it('keeps the standfirst as the lead over a row of buttons between the byline and the article, and the buttons go', () => {
    const fr = (subject: string) => `${subject} devrait atteindre 19 millions de tonnes cette année, selon le ministère de l’agriculture à Kiev.`
    const lead = 'La récolte ukrainienne est la plus faible depuis dix ans. Les cours ont bondi de 12 % en une semaine.'
    const buttons = ['Temps de lecture 3 min.', 'Offrir l\'article', 'Ajouter à vos sélections', 'Partager']
    const dump = ['Politique', 'Économie', 'Le prix du blé s\'envole', lead, 'Par Claire Martin', 'Publié le 14 mars 2025', ...buttons, fr('La récolte de blé'), fr('La récolte de maïs'), fr('La récolte d’orge')].join('\n')
    const result = cleanSync(dump, {format: 'text'})
    expect(result.meta).toMatchObject({title: 'Le prix du blé s\'envole', author: 'Claire Martin', description: lead})
    expect(body(result.markdown)).toBe(`${lead}\n\n${fr('La récolte de blé')}\n\n${fr('La récolte de maïs')}\n\n${fr('La récolte d’orge')}\n`)
    // Over a whole menu between the byline and the article, the line under the headline is a description only.
    const menu = ['Accueil', 'Monde', 'France', 'Sport', 'Culture', 'Sciences', 'Santé', 'Climat', 'Vidéos']
    const far = cleanSync(dump.replace('Partager', ['Partager', ...menu].join('\n')), {format: 'text'})
    expect(far.meta.description).toBe(lead)
    expect(body(far.markdown)).toBe(`${fr('La récolte de blé')}\n\n${fr('La récolte de maïs')}\n\n${fr('La récolte d’orge')}\n`)
  })

  it("ends the article at the author's bio, with the lines just above it, when a feed of teasers follows it", () => {
    const en = (subject: string) => `The ${subject} voted on Tuesday to extend the opening hours of the central library to Sundays from April onwards.`
    const teaser = (title: string) => `${title}\nDozens of residents gathered outside the town hall on Monday evening to protest against the plan, which they say came too fast.\n1 digg local.example News`
    const input = `Library opens on Sundays\nBy Maria Lopez\n${en('council')}\n${en('board')}\n${en('mayor')}\nOpening hours:\nMonday to Friday 9 to 18\nSunday 11 to 16\nMaria Lopez is a freelance writer living in Minneapolis\nWant more stories like this?\n${teaser('Bridge closes for repairs')}\n${teaser('Market moves to the square')}\n${teaser('School gets a new roof')}`
    const result = cleanSync(input)
    expect(result.meta.author).toBe('Maria Lopez')
    expect(body(result.markdown)).toBe(`${en('council')}\n\n${en('board')}\n\n${en('mayor')}\n\nOpening hours:\n\nMonday to Friday 9 to 18\n\nSunday 11 to 16\n`)
    expect(result.removed.find((removal) => removal.text.startsWith('Maria Lopez is'))?.reason).toBe("the author's bio, not part of the article; the article ends above it")
  })

  it("starts the article under the author's box that opens it, past the box's share bar; a bio that runs on into the article stays", () => {
    const en = (subject: string) => `The ${subject} voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.`
    const post = [en('council'), en('board'), en('mayor')]
    const bio = 'Jane Doe - Jane Doe is a senior editor at the Harbour Post, where she writes about the city, its council and its harbour for the website and the magazine. She is the author of a memoir. More'
    const born = 'Born in 1975 in the old town, the daughter of two fishermen. Studied at the university for some years in the nineties. Emerged with a purpose, if not a degree, and slowly moved up the coast with a dog and a boat until she reached the harbour.'
    const head = ['The Harbour Post', 'Home', 'Blog', 'Politics']
    const dump = [...head, bio, born, 'All Posts', 'RSS feed', 'Share\t« Previous Doe | Next Doe »\t Email  Print', 'Harbour road closes for six months', 'By Jane Doe', 'Tweet Nov 5 2012, 12:50 PM ET Comment', ...post, 'Join the Discussion', 'Most Popular'].join('\n')
    const result = cleanSync(dump, {format: 'text'})
    expect(result.meta.author).toBe('Jane Doe')
    expect(body(result.markdown)).toBe(`${post.join('\n\n')}\n`)
    expect(result.removed.find((removal) => removal.text.startsWith('Jane Doe - Jane Doe is'))?.reason).toBe("the author's bio, over the article; the article starts under its box")
    // The bio with the article right under it, no chrome between: the post opens with it.
    const opening = cleanSync([...head, 'Harbour road closes for six months', 'By Jane Doe', bio, ...post, 'Join the Discussion'].join('\n'), {format: 'text'})
    expect(body(opening.markdown)).toContain(post[0])
    expect(body(opening.markdown)).toContain('senior editor')
    // A lead that opens with the author's name as its subject, over a share bar: no box, the name is not set off.
    const lead = 'Jane Doe takes us through the history of the harbour road, from the first cart track to the wall the storms broke last winter.'
    const shared = cleanSync([...head, 'Harbour road closes for six months', 'By Jane Doe', lead, 'Share on Facebook', ...post, 'Join the Discussion'].join('\n'), {format: 'text'})
    expect(body(shared.markdown)).toContain(post[0])
    expect(shared.removed.some((removal) => removal.reason.startsWith("the author's bio, over the article"))).toBe(false)
  })

  it('takes the case of a name the byline prints in capitals from the page\'s own spelling of it, and finds its bio under that spelling (closing the article, or in its head under the lead); a name printed nowhere else stays as printed', () => {
    const de = 'Der erste Teil des Artikels ist lang genug, um als echter Text zu zählen, und er endet ordentlich mit einem Punkt. Es folgt ein zweiter Satz.'
    const bio = 'Moritz Gathmann leitet das Ressort Berliner Republik bei Cicero. Er studierte Russistik und Geschichte in Berlin.'
    const result = clean(`VON MORITZ GATHMANN am 21. April 2020\n${de}\n${de.replace('erste', 'zweite')}\n${de.replace('erste', 'dritte')}\nAutoreninfo\n${bio}`)
    expect(result.meta.author).toBe('Moritz Gathmann')
    expect(result.removed.find((removal) => removal.text === bio)?.reason).toMatch(/^the author's bio/u)
    expect(clean(`BY BETSY MCKAY\n${prose}`).meta.author).toBe('BETSY MCKAY')
    // The author box under the lead and its photo, the interview going on below it: the bio goes, the article stays.
    const rest = [de.replace('erste', 'zweite'), de.replace('erste', 'dritte'), de.replace('erste', 'vierte')]
    const interview = cleanSync(['Home', 'Innenpolitik', 'Es kommt darauf an, wie die Menschen sterben', `VON MORITZ GATHMANN am 21. April 2020`, de, 'Die Intensivstation im Universitätsklinikum / picture alliance', 'Autoreninfo', bio, ...rest].join('\n'), {format: 'text'})
    expect(interview.meta.author).toBe('Moritz Gathmann')
    expect(body(interview.markdown)).not.toContain('Ressort')
    for (const paragraph of rest) expect(body(interview.markdown)).toContain(paragraph)
  })

  it('reads a label after the name only in scripts without case ("김민지 기자", "王晓燕 记者"), not a word before "by" or "text" ("Supported by", "Resize Text"), and takes no share bar for a name printed twice', () => {
    expect(readByline('김민지 기자')?.author).toBe('김민지')
    expect(readByline('王晓燕 记者')?.author).toBe('王晓燕')
    // The byline that closes a Korean article, with the reporter's address.
    expect(readByline('김민지 기자 minji@example.co.kr')?.author).toBe('김민지')
    // The label after the name, then the date in the same line (a byline <p> printed whole).
    expect(readByline('山田太郎 記者 2026年12月5日 10:30')).toMatchObject({author: '山田太郎', date: '2026-12-05'})
    expect(readByline('김철수 기자 2026.12.05 10:30')).toMatchObject({author: '김철수', date: '2026-12-05'})
    expect(readByline('北京 2026年12月5日 10:30')).toBeUndefined()
    for (const label of ['Supported by', 'Powered by', 'GROUP BY', 'Resize Text', 'Chapter Text']) expect(readByline(label)).toBeUndefined()
    const shared = clean(`Facebook Twitter\n${prose}\n${prose.replace('eerste', 'tweede')}\n${prose.replace('eerste', 'derde')}\nFacebook Twitter`)
    expect(shared.meta.author).toBeUndefined()
  })

  it('reads a name that a date follows with nothing between ("By JEFFREY GETTLEMAN JAN. 13, 2017"), and a sentence that opens with "By" and holds a date as no byline', () => {
    expect(readByline('By Bethonie Butler February 14, 2013')).toMatchObject({author: 'Bethonie Butler', date: '2013-02-14'})
    expect(readByline('By JEFFREY GETTLEMAN JAN. 13, 2017')).toMatchObject({author: 'JEFFREY GETTLEMAN', date: '2017-01-13'})
    expect(readByline('By Nelson D. Schwartz Jan. 3, 2017')?.author).toBe('Nelson D. Schwartz')
    expect(readByline('Von Jörg Albers 3. Mai 2025')?.author).toBe('Jörg Albers')
    expect(readByline('By the way March 3, 2017 was a Friday')).toBeUndefined()
  })

  it("reads a forum's user name in lower case between the label and the post's date, and the post's date over a member's joining date", () => {
    expect(readByline('Av fjellrypa, 12. oktober 2024 i Vann, avløp og oppvarming')).toMatchObject({author: 'fjellrypa', date: '2024-10-12'})
    expect(readByline('Post by crumbshot » Sun Mar 09, 2025 8:14 am')).toMatchObject({author: 'crumbshot', date: '2025-03-09'})
    expect(readByline('by admin, 5 May 2024')).toBeUndefined()
    const result = clean(`Joined: Wed Jun 15, 2022 7:02 pm\nPost by crumbshot » Sun Mar 09, 2025 8:14 am\n${prose}`)
    expect(result.meta).toMatchObject({author: 'crumbshot', date: '2025-03-09'})
  })
})

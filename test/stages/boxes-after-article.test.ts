import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body, runStages} from '../helpers/run.js'

const p1 = 'The council voted on Tuesday to close the old harbour road for six months while engineers repair the sea wall.'
const p2 = 'Residents had asked for the repairs since the storms of last winter, when water reached the first houses twice.'
const p3 = 'The work starts in March, and the council promises a detour for buses and a new crossing for the school.'
const clean = (text: string) => runStages(text, ['boilerplate'])

describe('boxes after the article', () => {
  it('takes no "Recent Posts" heading for a box inside the article when the blogger\'s bio follows it', () => {
    const bio1 = 'I am Amy and I am so glad you have stopped by, as a sleep consultant I help families get the rest they need every night.'
    const bio2 = 'My blog is full of things to help you celebrate motherhood, from nursery ideas and sleep schedules to printables and gift lists.'
    const result = clean(`${p1}\n${p2}\n${p3}\nAuthor\nRecent Posts\nAmy Motroni\n${bio1}\n${bio2}\nFiled Under: Baby, Nurseries`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('still reads a "Related" heading with one link and the article going on under it as a box inside the article', () => {
    const result = clean(`${p1}\n${p2}\nRelated articles\nCouncil approves the budget for the new harbour\n${p3}\n${p1.replace('Tuesday', 'Monday')}`)
    expect(body(result.markdown)).toContain(p3)
  })

  it('ends the article above a feed of teasers cut off with an ellipsis, and above the feed\'s heading', () => {
    const teasers = [
      'Five tips for good remote leadership Good remote leadership shows in empathy and in how a team talks, says a coach who…',
      'Skills shortage will grow next year Two thirds of hiring managers expect the shortage of skilled staff to get worse, a study…',
      'Five tasks for HR and IT leaders HR and IT must work closer together and use their synergies, says a manager of…',
    ]
    const result = clean(`${p1}\n${p2}\n${p3}\nRecommended by us\n${teasers.join('\n')}`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
  })

  it('keeps an article\'s paragraphs that trail off with an ellipsis, two of them at its end', () => {
    const trailing = ['And then the lights went out over the harbour, one after the other, until only the lighthouse was left…', 'Nobody on the road that night knew what the council would decide the next morning about the wall…']
    const result = clean(`${p1}\n${p2}\n${p3}\n${trailing.join('\n')}`)
    expect(body(result.markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n\n${trailing.join('\n\n')}\n`)
  })

  it('ends the article above the site\'s box about itself, headed by the site\'s name, and above its links to the site\'s channels', () => {
    const about = 'Der Webcomic mit den niedlichen Schafen. Jeden Montag und Donnerstag gibt es einen neuen Comic zu lesen.'
    const page = `${p1}\n${p2}\n${p3}\nMäscot auf Facebook…\n…und anderem Web 2.0 Gedöns.\nMäscot\n${about}`
    expect(body(runStages(page, ['boilerplate'], {url: 'http://www.maescot.de/kleine-schafskunde/'}).markdown)).toBe(`${p1}\n\n${p2}\n\n${p3}\n`)
    // Another site's name is a section of the article.
    expect(body(runStages(page, ['boilerplate'], {url: 'https://example.org/schafe/'}).markdown)).toContain(about)
  })

  describe('a box of other pages\' headlines that the sum crosses for the prose under it', () => {
    const article = [p1, p2, p3, p1.replace('Tuesday', 'Monday'), p2.replace('winter', 'spring'), p3.replace('March', 'April')]
    const box = ['Related Posts', 'Harbour road reopens after the storm damage', 'Why the sea wall keeps failing every winter', 'Council plans a new crossing near the school']
    const after = 'Previous Post: How I Get Things Done'

    it('ends the article above the box when a teaser\'s paragraph stands alone under it', () => {
      const teaser =
        'Did you like this article? You can get every new article of the harbour blog in your inbox each morning, with the council\'s agenda, the tide tables for the week, the ferry times, the road works, the weather for the coast and the letters our readers send us about the town, the port and the people who live and work by the sea, from the fishermen to the shop owners, the teachers and the harbour master, who writes a column for us every month about the ships that come in and the ones that leave, and about what the harbour will look like in ten years, when the new wall stands and the old road is a promenade with benches, trees and a cycle lane from the ferry terminal to the lighthouse at the end of the pier.'
      const result = clean([...article, ...box, teaser, after].join('\n'))
      expect(body(result.markdown)).toBe(`${article.join('\n\n')}\n`)
    })

    it('ends the article above a feed of headlines that ask, each over its teaser\'s sentence, under a "Latest news" heading', () => {
      const feed = [
        'Alcohol use disorder: A step toward better treatment?',
        'Current treatments for alcohol use disorder are unsatisfactory, but recent research points toward a new way of helping people in the first weeks.',
        'What role does the gut play in Parkinson\'s disease?',
        'A review of existing research has examined the evidence for a connection between the gastrointestinal system and the disease over many years.',
        'Weight loss: How important is eating breakfast?',
        'A new study has examined the importance of eating breakfast in the process of losing weight, and the answer surprised the team that led it.',
        'Does coffee really keep you awake at night?',
        'Researchers followed two thousand adults for a year to find out how the time of their last cup changed the hours and the quality of their sleep.',
      ]
      const result = clean([...article, 'Latest news', ...feed, after].join('\n'))
      expect(body(result.markdown)).toBe(`${article.join('\n\n')}\n`)
    })

    it('goes on under the box when the article\'s paragraphs follow it, three in a row', () => {
      const more = ['The engineers will start at the northern end, where the wall is weakest.', 'A second team follows in May with the new drains under the road.', 'The council expects the road to reopen before the summer season.'].map(
        (line) => `${line} The harbour master agreed to the plan after a long meeting with the residents.`,
      )
      const result = clean([...article, ...box, ...more, after].join('\n'))
      expect(body(result.markdown)).toBe(`${[...article, ...more].join('\n\n')}\n`)
    })

    it('keeps the article\'s last paragraph under a box of one link put inside it, to the comments\' heading; the link goes', () => {
      const de = ['Der Pegel der Donau in Passau ist in der Nacht auf 11,20 Meter gestiegen. Am Mittwochmorgen soll der Scheitel erreicht werden.', 'Rund 2.000 Menschen mussten ihre Wohnungen verlassen. Die Feuerwehr ist mit 600 Einsatzkräften vor Ort, unterstützt von der Bundeswehr.']
      const last = 'Der Oberbürgermeister bat die Bevölkerung, die Altstadt zu meiden. „Bleiben Sie bitte zu Hause“, sagte er am Abend.'
      const dump = ['Donaukurier', 'Region', 'Hochwasser in Passau: Pegel steigt weiter', 'Von Max Huber 03.06.2025', ...de, 'Auch interessant', 'Hochwasser 2013: Was seitdem geschah', last, 'Kommentare (2)', 'Schlimm, ich hoffe, alle bleiben gesund. Wir haben 2013 auch alles verloren und wissen, wie sich das anfühlt.', '© Donaukurier 2025 · Impressum · Datenschutz']
      const result = cleanSync(dump.join('\n'), {format: 'text'})
      expect(body(result.markdown)).toBe(`${[...de, last].join('\n\n')}\n`)
    })

    it('keeps a Korean article\'s short closing sentences under a box of one link, down to the reporter\'s sign-off', () => {
      const ko = ['해운대 해수욕장 일대에서 7일 해운대 빛축제가 개막했다. 축제는 내년 1월 31일까지 이어진다.', '올해 축제에는 LED 조명 약 300만 개가 사용됐으며, 행사 기간 중 약 200만 명이 방문할 것으로 예상된다.', '해운대구 관계자는 "올해는 친환경 조명으로 전력 사용량을 20% 줄였다"고 말했다.']
      const closing = ['축제 기간 구남로 일대에는 차량 통행이 제한된다.', '경찰은 교통 혼잡에 대비해 인력 120명을 배치할 계획이라고 밝혔다.', '구청은 안전요원 80명을 추가로 배치하고 임시 화장실도 설치했다.']
      const dump = ['로그인', '전체기사', '정치', '경제', '부산 해운대 빛축제 개막…내년 1월까지', '기사입력 2026-12-07 18:40', ...ko, '관련 기사', '부산 광안리 드론쇼 주말 운영 확대', ...closing, '이지은 기자 jieun@busan.example.kr', '<저작권자 © 부산일보 무단전재 및 재배포 금지>', '공유', '많이 본 기사', '부산 지하철 요금 인상', '태풍 피해 복구 완료']
      const text = body(cleanSync(dump.join('\n'), {format: 'text'}).markdown)
      for (const sentence of closing) expect(text).toContain(sentence)
      expect(text).not.toContain('드론쇼')
    })

    it('goes on under a subheading the lexicon names a box ("New") when sections of two paragraphs follow it: release notes', () => {
      const section = (subject: string) => [`The ${subject} now opens files of any size in a second, and it keeps your place in each of them when you come back.`, `We rewrote the ${subject} for this release after many of you asked for it in the forum over the last year.`]
      const notes = ['New', ...section('editor'), 'Improved', ...section('search'), 'Fixed', ...section('printer')]
      const result = clean([...article, ...notes, after].join('\n'))
      expect(body(result.markdown)).toContain(section('printer')[1])
    })
  })
})

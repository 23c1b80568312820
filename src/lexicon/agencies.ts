import {onFirstUse} from '../util/on-first-use.js'
/** Wires and photo agencies: the credits under photos, and the datelines of wire copy. */

/**
 * Wires and photo agencies whose name closes a caption ("(Manu Fernandez/AP)",
 * "(AP Photo/Alan Diaz, File)", "[File: Reuters]", "© Reuters / David
 * Mercado"), as they print them. A name of five letters or more matches in
 * any case ("GETTY"); a short one as printed or in capitals, so that "ePA"
 * (elektronische Patientenakte) is no EPA.
 */
const agencies = [
  'AP', 'AP Photo', 'AFP', 'AFP Photo', 'Reuters', 'Getty', 'Getty Images', 'EPA', 'EPA-EFE', 'EFE', 'dpa', 'picture alliance', 'imago',
  'ANP', 'Belga', 'TT', 'NTB', 'Ritzau', 'Scanpix', 'Lehtikuva', 'Keystone', 'APA', 'ANSA', 'Lusa', 'Sipa', 'PA', 'PA Images', 'PA Wire',
  'Shutterstock', 'iStock', 'Alamy', 'Bloomberg', 'Xinhua', 'Kyodo', 'Yonhap', 'TASS', 'RIA Novosti', 'Anadolu', 'AA', 'Bernama', 'Antara',
  'Associated Press', 'Agence France-Presse', 'UPI', 'Canadian Press', 'The Canadian Press', 'AAP', 'Corbis', 'WireImage', 'FilmMagic',
  'NurPhoto', 'ZUMA Press', 'ZUMA Wire', 'SOPA Images', 'LightRocket', 'Abaca', 'Sygma',
  // National agencies: Poland, Czechia, Hungary, Bulgaria, Romania, Croatia, Serbia, Slovenia, Greece, Ukraine, India, Mexico, Argentina, Cuba, Switzerland.
  'PAP', 'ČTK', 'MTI', 'BTA', 'Agerpres', 'HINA', 'Tanjug', 'STA', 'ANA-MPA', 'Ukrinform', 'PTI', 'IANS', 'Notimex', 'Télam', 'Prensa Latina', 'SDA',
  // In the scripts of their own pages: Korean, Japanese, Chinese, Russian, Arabic.
  '연합뉴스', '뉴스1', '뉴시스', '로이터', 'AP 연합뉴스', 'AFP 연합뉴스', '共同通信', '共同', '時事通信', '時事', 'ロイター', '新华社', '新華社', '中新社', '中央社',
  'ТАСС', 'РИА Новости', 'Интерфакс', 'وكالة الأنباء', 'رويترز', 'أ ف ب', 'רויטרס', 'รอยเตอร์',
]
const anyCase = new Set(agencies.filter((name) => name.length >= 5).map((name) => name.toLowerCase()))
const asPrinted = new Set(agencies.filter((name) => name.length < 5).flatMap((name) => [name, name.toUpperCase()]))

/** Is this a wire's or a photo agency's name, as printed ("AP", "Reuters", "GETTY")? */
export function isAgency(part: string): boolean {
  return asPrinted.has(part) || anyCase.has(part.toLowerCase())
}

/**
 * A news outlet's name in the scripts that write it without spaces, known by
 * the word it ends with (newspaper, daily, evening paper, news agency,
 * broadcaster, news): 毎日新聞, 江南晚报, 한국일보, 연합뉴스. No person's name
 * ends so; printed beside a date, it names the paper, not the writer.
 */
const outletEnding = /(?:新聞|新闻|日報|日报|晚報|晚报|時報|时报|通信|通訊|通讯|放送|テレビ|電視台|电视台|신문|일보|뉴스|방송)$/u

/** Is this a news outlet's name, as Chinese, Japanese and Korean pages print it beside the date? */
export function isOutletName(text: string): boolean {
  return outletEnding.test(text.trim())
}

/** A wire's dateline: the place in capitals, the wire in brackets, a dash ("HAYWARD, Calif. (AP) —", "WASHINGTON (Reuters) -"). */
const datelineOpening = onFirstUse(() => /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:,\s[\p{L}.\s]{2,20})?\s\(([^()]{2,20})\)\s?[—–-]\s/u)

/** Does this paragraph open with a wire's dateline, as the lead of a news article does? */
export function opensWithWireDateline(text: string): boolean {
  const wire = datelineOpening().exec(text)?.[1]
  return wire !== undefined && isAgency(wire.trim())
}

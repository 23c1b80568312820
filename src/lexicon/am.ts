import type {LanguageLexicon} from './categories.js'

/** Amharic (Ethiopic script, no case; a label's colon is ፦ or :). Phrases are matched against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['ተዛማጅ ዜናዎች', 'ተያያዥ ዜናዎች', 'ተዛማጅ ጽሑፎች', 'ተጨማሪ ዜናዎች'],
  popular: ['በብዛት የተነበቡ', 'በብዛት የተነበበ', 'ተወዳጅ ዜናዎች'],
  recent: ['የቅርብ ጊዜ ዜናዎች', 'ወቅታዊ ዜናዎች'],
  newsletter: ['ለጋዜጣችን ይመዝገቡ', 'ለዜና መጽሔታችን ይመዝገቡ'],
  share: ['ያጋሩ', 'አጋራ'],
  postedIn: ['መለያዎች', 'ምድብ'],
  readMore: ['ተጨማሪ ያንብቡ', 'ተጨማሪ ለማንበብ', 'ይህንንም ያንብቡ'],
  comments: ['አስተያየቶች', 'አስተያየት ይስጡ', '{n} አስተያየቶች'],
  commentsOn: [],
  authorBox: ['ስለ ጸሐፊው'],
  cookie: ['ኩኪዎችን እንጠቀማለን', 'የግላዊነት ፖሊሲ'],
  copyright: ['መብቱ በሕግ የተጠበቀ ነው', 'መብቱ በህግ የተጠበቀ ነው'],
  advertisement: ['ማስታወቂያ'],
  breadcrumbHome: ['መነሻ', 'ዋና ገጽ'],
  authorLabel: ['ጸሐፊ', 'አዘጋጅ'],
  sourceLabel: ['ምንጭ'],
  photoCredit: ['ፎቶ', 'ምስል'],
  readingTime: ['ለማንበብ {n} ደቂቃ'],
  login: ['ግባ', 'ይግቡ'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Serbian, in Cyrillic and in Latin letters. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['повезане вести', 'сличне вести', 'можда вас занима', 'још вести', 'povezane vesti', 'slične vesti', 'još vesti'],
  popular: ['најчитаније', 'најпопуларније', 'најгледаније', 'најкоментарисаније', 'najčitanije', 'najkomentarisanije'],
  recent: ['најновије', 'најновије вести', 'последње вести', 'najnovije vesti', 'poslednje vesti'],
  newsletter: ['пријавите се на билтен', 'претплатите се', 'ваша имејл адреса', 'prijavite se na bilten'],
  share: ['подели', 'поделите', 'подели на фејсбуку', 'podeli', 'podelite', 'podeli na fejsbuku'],
  postedIn: ['објављено у', 'категорија', 'ознаке', 'тагови'],
  readMore: ['прочитајте још', 'прочитај више', 'опширније', 'opširnije'],
  comments: ['коментари', 'коментариши', 'оставите коментар', '{n} коментара', 'нема коментара', 'komentariši'],
  commentsOn: [],
  authorBox: ['о аутору'],
  cookie: ['овај сајт користи колачиће', 'користимо колачиће', 'прихвати све', 'политика приватности', 'ovaj sajt koristi kolačiće', 'politika privatnosti'],
  copyright: ['сва права задржана'],
  advertisement: ['оглас', 'реклама', 'спонзорисано', 'sponzorisano'],
  breadcrumbHome: ['почетна', 'насловна', 'naslovna', 'home'],
  authorLabel: ['аутор', 'ауторка', 'пише', 'разговарао', 'разговарала', 'razgovarao', 'razgovarala'],
  sourceLabel: ['извор'],
  photoCredit: ['фото', 'фотографија'],
  readingTime: ['време читања', '{n} мин читања', 'vreme čitanja'],
  login: ['пријави се', 'региструј се', 'мој налог'],
} satisfies LanguageLexicon

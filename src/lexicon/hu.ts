import type {LanguageLexicon} from './categories.js'

/** Hungarian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['kapcsolódó cikkek', 'kapcsolódó', 'hasonló cikkek', 'hasonló bejegyzések', 'ez is érdekelheti', 'ezek is érdekelhetnek', 'további cikkek', 'ajánlott cikkek', 'ajánló'],
  popular: ['legolvasottabb', 'legolvasottabb cikkek', 'legnépszerűbb', 'legnépszerűbb cikkek', 'népszerű', 'népszerű bejegyzések', 'legtöbbet olvasott'],
  recent: ['legfrissebb', 'legfrissebb hírek', 'legújabb', 'legújabb bejegyzések', 'legújabb cikkek', 'friss hírek', 'új'],
  newsletter: ['iratkozzon fel hírlevelünkre', 'iratkozz fel a hírlevélre', 'iratkozz fel hírlevelünkre', 'hírlevél', 'feliratkozás', 'hírlevél feliratkozás', 'add meg az e-mail címed', 'e-mail cím'],
  share: ['megosztás', 'megosztom', 'oszd meg', 'megosztás facebookon', 'megosztás twitteren', 'megosztás e-mailben', 'link másolása', 'kövess minket', 'kövessen minket'],
  postedIn: ['kategória', 'kategóriák', 'címkék', 'témák', 'közzétéve'],
  readMore: ['tovább olvasom', 'tovább a cikkre', 'olvassa el ezt is', 'ezt is olvasd el', 'olvasd el ezt is', 'bővebben', 'lásd még'],
  comments: ['hozzászólások', 'szólj hozzá', 'hozzászólás írása', 'hozzászólás küldése', '{n} hozzászólás', 'nincs hozzászólás', 'kommentek'],
  commentsOn: [],
  authorBox: ['a szerzőről'],
  cookie: ['az oldal sütiket használ', 'weboldalunk sütiket használ', 'a weboldal sütiket használ', 'ez a weboldal sütiket használ', 'sütiket használunk', 'süti beállítások', 'cookie beállítások', 'összes elfogadása', 'elfogadom', 'adatvédelmi tájékoztató', 'adatkezelési tájékoztató', 'adatvédelem', 'felhasználási feltételek'],
  copyright: ['minden jog fenntartva', 'szerzői jog'],
  advertisement: ['a cikk a hirdetés alatt folytatódik', 'a cikk a hirdetés után folytatódik', 'hirdetés', 'szponzorált', 'szponzorált tartalom', 'támogatott tartalom', 'fizetett tartalom', 'reklám'],
  breadcrumbHome: ['főoldal', 'kezdőlap', 'kezdőoldal', 'home'],
  authorLabel: ['szerző', 'szerzője', 'írta'],
  sourceLabel: ['eredetileg megjelent', 'először megjelent', 'forrás'],
  photoCredit: ['fotó', 'kép', 'fénykép', 'borítókép', 'illusztráció', 'illusztráció fotó'],
  readingTime: ['olvasási idő', '{n} perc olvasás', '{n} perc olvasási idő', 'olvasási idő: {n} perc'],
  login: ['bejelentkezés', 'belépés', 'regisztráció', 'fiókom', 'kijelentkezés', 'kilépés'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Hungarian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["kapcsolódó cikkek", "kapcsolódó", "hasonló cikkek", "ez is érdekelheti", "további cikkek", "ajánlott cikkek"],
  popular: ["legolvasottabb", "legnépszerűbb", "népszerű", "népszerű bejegyzések", "legtöbbet olvasott"],
  recent: ["legfrissebb", "legújabb bejegyzések", "friss hírek", "legújabb", "új"],
  newsletter: ["iratkozzon fel hírlevelünkre", "iratkozz fel a hírlevélre", "hírlevél", "feliratkozás", "add meg az e-mail címed"],
  share: ["megosztás", "megosztom", "megosztás facebookon", "megosztás twitteren", "link másolása"],
  postedIn: ["kategória", "kategóriák", "címkék", "témák", "közzétéve"],
  readMore: ["tovább", "tovább olvasom", "olvassa el ezt is", "ezt is olvasd el", "bővebben", "lásd még"],
  comments: ["hozzászólások", "szólj hozzá", "hozzászólás írása", "{n} hozzászólás", "nincs hozzászólás", "kommentek"],
  cookie: ["ez a weboldal sütiket használ", "sütiket használunk", "süti beállítások", "cookie beállítások", "összes elfogadása", "elfogadom", "adatvédelmi tájékoztató", "adatkezelési tájékoztató"],
  copyright: ["minden jog fenntartva", "szerzői jog"],
  advertisement: ["hirdetés", "szponzorált", "reklám", "támogatott tartalom"],
  breadcrumbHome: ["főoldal", "kezdőlap", "home"],
  authorLabel: ["szerző", "írta", "szerzője"],
  sourceLabel: ["eredetileg megjelent", "először megjelent", "forrás"],
  photoCredit: ["fotó", "kép", "fénykép", "illusztráció", "forrás: kép"],
  readingTime: ["olvasási idő", "{n} perc olvasás", "olvasási idő: {n} perc"],
  login: ["bejelentkezés", "belépés", "regisztráció", "fiókom", "kijelentkezés"],
} satisfies LanguageLexicon

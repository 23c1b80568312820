import type {LanguageLexicon} from './categories.js'

/** Polish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["powiązane artykuły", "podobne artykuły", "zobacz także", "może cię zainteresować", "więcej artykułów", "powiązane wpisy", "inne wpisy"],
  popular: ["najczęściej czytane", "najpopularniejsze", "popularne wpisy", "popularne", "najchętniej czytane"],
  recent: ["najnowsze wpisy", "najnowsze", "ostatnie wpisy", "najnowsze artykuły", "nowe", "z ostatniej chwili"],
  newsletter: ["zapisz się do newslettera", "zapisz się na newsletter", "newsletter", "zapisz się", "subskrybuj", "podaj swój adres e-mail"],
  share: ["udostępnij", "udostępnij na facebooku", "udostępnij na twitterze", "podziel się", "kopiuj link", "udostępnij artykuł"],
  postedIn: ["opublikowano w", "kategoria", "kategorie", "tagi", "tematy", "wpis opublikowany w"],
  readMore: ["czytaj więcej", "przeczytaj też", "przeczytaj także", "czytaj też", "czytaj także", "czytaj dalej"],
  comments: ["komentarze", "dodaj komentarz", "zostaw komentarz", "{n} komentarzy", "brak komentarzy", "skomentuj"],
  cookie: ["ta strona używa plików cookie", "używamy plików cookie", "ustawienia cookies", "polityka cookies", "akceptuję wszystkie", "akceptuję", "polityka prywatności", "regulamin"],
  copyright: ["wszelkie prawa zastrzeżone", "prawa autorskie"],
  advertisement: ["reklama", "sponsorowane", "artykuł sponsorowany", "materiał partnera", "ogłoszenie"],
  breadcrumbHome: ["strona główna", "start", "home"],
  authorLabel: ["autor", "autorka", "napisał", "napisała", "tekst", "przez"],
  sourceLabel: ["pierwotnie opublikowano na", "artykuł ukazał się pierwotnie na", "źródło"],
  photoCredit: ["fot", "zdjęcie", "foto", "ilustracja", "źródło zdjęcia"],
  readingTime: ["czas czytania", "{n} min czytania", "czas czytania: {n} min", "{n} minut czytania"],
  login: ["zaloguj się", "zaloguj", "zarejestruj się", "moje konto", "wyloguj", "załóż konto"],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Polish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['powiązane artykuły', 'powiązane wpisy', 'podobne artykuły', 'podobne wpisy', 'polecane artykuły', 'może cię zainteresować', 'może cię również zainteresować', 'więcej artykułów', 'inne wpisy', 'inne wiadomości', 'pozostałe wiadomości'],
  popular: ['najczęściej czytane', 'najchętniej czytane', 'najpopularniejsze', 'najpopularniejsze artykuły', 'popularne wpisy', 'popularne'],
  recent: ['najnowsze wpisy', 'najnowsze', 'najnowsze artykuły', 'najnowsze wiadomości', 'ostatnie wpisy', 'nowe', 'z ostatniej chwili'],
  newsletter: ['zapisz się do newslettera', 'zapisz się na newsletter', 'zapisz się na nasz newsletter', 'bądź na bieżąco', 'zapisz się do naszego newslettera', 'newsletter', 'zapisz się', 'subskrybuj', 'podaj swój adres e-mail', 'twój adres e-mail'],
  share: ['udostępnij', 'udostępnij na facebooku', 'udostępnij na twitterze', 'udostępnij na linkedin', 'udostępnij artykuł', 'podziel się', 'kopiuj link', 'skopiuj link', 'obserwuj nas', 'obserwuj nas na'],
  postedIn: ['opublikowano w', 'wpis opublikowany w', 'kategoria', 'kategorie', 'tagi', 'tematy'],
  readMore: ['czytaj więcej', 'czytaj dalej', 'czytaj też', 'czytaj także', 'czytaj również', 'przeczytaj też', 'przeczytaj także', 'przeczytaj również', 'zobacz także', 'zobacz też', 'zobacz również'],
  comments: ['komentarze', 'dodaj komentarz', 'zostaw komentarz', 'napisz komentarz', 'odpowiedz', '{n} komentarzy', '{n} komentarze', 'brak komentarzy', 'skomentuj', 'ta witryna wykorzystuje akismet', 'zapamiętaj moje dane w tej przeglądarce', 'powiadom mnie o nowych komentarzach', 'twój adres e-mail nie zostanie opublikowany', 'wymagane pola są oznaczone'],
  commentsOn: ['{n} odpowiedzi na', 'jedna odpowiedź na', '{n} komentarzy do', '{n} przemyśleń na temat'],
  authorBox: ['o autorze', 'o autorce'],
  cookie: ['używamy plików cookies', 'ta strona używa plików cookies', 'ta strona używa cookies', 'strona korzysta z plików cookies', 'ta strona używa plików cookie', 'ta strona korzysta z plików cookie', 'używamy plików cookie', 'ustawienia cookies', 'ustawienia plików cookie', 'polityka cookies', 'akceptuję wszystkie', 'akceptuję', 'zaakceptuj wszystkie', 'odrzuć wszystkie', 'polityka prywatności', 'regulamin'],
  copyright: ['wszelkie prawa zastrzeżone', 'prawa autorskie'],
  advertisement: ['artykuł jest kontynuacją poniżej', 'dalsza część artykułu pod reklamą', 'dalsza część artykułu poniżej', 'reklama', 'sponsorowane', 'artykuł sponsorowany', 'materiał sponsorowany', 'materiał partnera', 'materiał promocyjny', 'ogłoszenie'],
  breadcrumbHome: ['strona główna', 'start', 'home'],
  authorLabel: ['autor', 'autorka', 'napisał', 'napisała', 'przez', 'tekst'],
  sourceLabel: ['pierwotnie opublikowano na', 'artykuł ukazał się pierwotnie na', 'źródło'],
  photoCredit: ['fot', 'foto', 'zdjęcie', 'zdjęcie ilustracyjne', 'ilustracja', 'grafika', 'źródło zdjęcia'],
  readingTime: ['czas czytania', '{n} min czytania', '{n} minut czytania', 'czas czytania: {n} min'],
  login: ['zaloguj się', 'zaloguj', 'logowanie', 'zarejestruj się', 'rejestracja', 'moje konto', 'wyloguj', 'wyloguj się', 'załóż konto'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Turkish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['ilgili haberler', 'ilgili yazılar', 'ilgili içerikler', 'benzer haberler', 'benzer yazılar', 'ilginizi çekebilir', 'bunlar da ilginizi çekebilir', 'diğer haberler', 'diğer yazılar'],
  popular: ['en çok okunanlar', 'çok okunanlar', 'en çok okunan haberler', 'en çok izlenenler', 'popüler', 'popüler yazılar', 'popüler haberler'],
  recent: ['son haberler', 'son yazılar', 'son eklenenler', 'en yeni', 'yeni', 'son dakika', 'güncel'],
  newsletter: ['bültenimize abone olun', 'e-bültene kaydolun', 'e-bültene abone ol', 'haber bülteni', 'bülten', 'abone ol', 'e-posta adresinizi girin', 'e-posta adresiniz'],
  share: ['paylaş', 'haberi paylaş', "facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş", 'e-posta ile gönder', 'bağlantıyı kopyala', 'linki kopyala', 'bizi takip edin'],
  postedIn: ['kategori', 'kategoriler', 'etiketler', 'etiket', 'konular', 'yayınlandığı kategori'],
  readMore: ['devamını oku', 'devamı', 'haberin devamı', 'ayrıca okuyun', 'bunu da okuyun', 'ilgili haber', 'ayrıca bakınız'],
  comments: ['yorumlar', 'yorum yap', 'yorum yazın', 'bir yorum yazın', 'yanıtla', '{n} yorum', 'yorum yok', 'yorumlar kapalı'],
  commentsOn: [],
  authorBox: ['yazar hakkında'],
  cookie: ['bu site çerez kullanmaktadır', 'bu site çerezleri kullanmaktadır', 'bu web sitesi çerez kullanmaktadır', 'bu web sitesi çerezleri kullanmaktadır', 'web sitemizde çerezler kullanılmaktadır', 'sitemizde çerezler kullanılmaktadır', 'bu sitede çerezler kullanılmaktadır', 'çerezleri kullanıyoruz', 'çerez ayarları', 'çerez politikası', 'tümünü kabul et', 'kabul et', 'gizlilik politikası', 'kvkk aydınlatma metni', 'kullanım koşulları'],
  copyright: ['tüm hakları saklıdır', 'telif hakkı'],
  advertisement: ['haberin devamı reklamdan sonra', 'yazının devamı reklamdan sonra', 'reklam', 'sponsorlu', 'sponsorlu içerik', 'ilan', 'advertorial'],
  breadcrumbHome: ['ana sayfa', 'anasayfa', 'home'],
  authorLabel: ['yazar', 'yazan'],
  sourceLabel: ['ilk olarak yayımlandı', 'ilk kez yayımlandığı yer', 'kaynak'],
  photoCredit: ['fotoğraf', 'fotoğraflar', 'foto', 'görsel', 'illüstrasyon', 'temsili görsel', 'arşiv fotoğrafı'],
  readingTime: ['okuma süresi', '{n} dk okuma', '{n} dakika okuma', '{n} dakikalık okuma', 'okuma süresi: {n} dakika'],
  login: ['giriş yap', 'üye girişi', 'üye ol', 'kayıt ol', 'hesabım', 'çıkış yap'],
} satisfies LanguageLexicon

import type {LanguageLexicon} from './categories.js'

/** Turkish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["ilgili haberler", "ilgili yazılar", "benzer haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "diğer haberler", "ilgili içerikler"],
  popular: ["en çok okunanlar", "çok okunanlar", "popüler", "popüler yazılar", "en çok izlenenler", "gündem"],
  recent: ["son haberler", "son yazılar", "en yeni", "yeni", "son dakika", "güncel"],
  newsletter: ["bültenimize abone olun", "e-bültene kaydolun", "bülten", "abone ol", "e-posta adresinizi girin", "haber bülteni"],
  share: ["paylaş", "facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş", "bağlantıyı kopyala", "haberi paylaş"],
  postedIn: ["kategori", "kategoriler", "etiketler", "konular", "yayınlandığı kategori"],
  readMore: ["devamını oku", "haberin devamı", "ayrıca okuyun", "bunu da okuyun", "daha fazla", "ilgili haber"],
  comments: ["yorumlar", "yorum yap", "yorum yazın", "{n} yorum", "yorum yok", "yorumlar kapalı"],
  cookie: ["bu site çerez kullanmaktadır", "çerezleri kullanıyoruz", "çerez ayarları", "çerez politikası", "tümünü kabul et", "kabul et", "gizlilik politikası", "kvkk aydınlatma metni"],
  copyright: ["tüm hakları saklıdır", "telif hakkı"],
  advertisement: ["reklam", "sponsorlu", "sponsorlu içerik", "ilan", "advertorial"],
  breadcrumbHome: ["ana sayfa", "anasayfa", "home"],
  authorLabel: ["yazar", "yazan", "haber"],
  sourceLabel: ["ilk olarak yayımlandı", "ilk kez yayımlandığı yer", "kaynak"],
  photoCredit: ["fotoğraf", "foto", "görsel", "illüstrasyon", "fotoğraflar"],
  readingTime: ["okuma süresi", "{n} dk okuma", "okuma süresi: {n} dakika", "{n} dakikalık okuma"],
  login: ["giriş yap", "üye ol", "kayıt ol", "hesabım", "çıkış yap", "üye girişi"],
} satisfies LanguageLexicon

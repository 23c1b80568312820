import type {LanguageLexicon} from './categories.js'

/** Indonesian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["artikel terkait", "berita terkait", "terkait", "baca juga artikel", "anda mungkin juga suka", "artikel lainnya", "berita lainnya", "rekomendasi"],
  popular: ["terpopuler", "paling banyak dibaca", "populer", "terpopuler hari ini", "trending"],
  recent: ["terbaru", "berita terbaru", "artikel terbaru", "terkini", "baru"],
  newsletter: ["berlangganan newsletter", "daftar newsletter", "newsletter", "berlangganan", "masukkan email anda", "dapatkan update berita"],
  share: ["bagikan", "bagikan artikel", "bagikan ke facebook", "bagikan ke twitter", "bagikan ke whatsapp", "salin tautan", "salin link"],
  postedIn: ["diposting di", "kategori", "tag", "topik", "tagar"],
  readMore: ["baca juga", "baca selengkapnya", "selengkapnya", "lihat juga", "simak juga", "scroll untuk melanjutkan"],
  comments: ["komentar", "tulis komentar", "tinggalkan komentar", "{n} komentar", "belum ada komentar"],
  cookie: ["situs ini menggunakan cookie", "kami menggunakan cookie", "pengaturan cookie", "kebijakan cookie", "terima semua", "setuju", "kebijakan privasi", "syarat dan ketentuan"],
  copyright: ["hak cipta dilindungi undang-undang", "hak cipta"],
  advertisement: ["iklan", "advertisement", "konten bersponsor", "disponsori", "advertorial"],
  breadcrumbHome: ["beranda", "home", "halaman utama"],
  authorLabel: ["oleh", "penulis", "ditulis oleh", "reporter"],
  sourceLabel: ["pertama kali terbit di", "artikel ini telah tayang di", "sumber", "telah tayang di"],
  photoCredit: ["foto", "gambar", "ilustrasi", "lihat foto", "sumber foto"],
  readingTime: ["waktu baca", "{n} menit baca", "waktu baca {n} menit"],
  login: ["masuk", "daftar", "akun saya", "keluar", "login"],
} satisfies LanguageLexicon

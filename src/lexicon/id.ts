import type {LanguageLexicon} from './categories.js'

/** Indonesian. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['artikel terkait', 'berita terkait', 'terkait', 'artikel lainnya', 'berita lainnya', 'anda mungkin juga suka', 'artikel pilihan', 'rekomendasi', 'rekomendasi untuk anda'],
  popular: ['terpopuler', 'terpopuler hari ini', 'paling populer', 'paling banyak dibaca', 'populer', 'trending'],
  recent: ['terbaru', 'berita terbaru', 'artikel terbaru', 'postingan terbaru', 'terkini', 'berita terkini', 'baru'],
  newsletter: ['berlangganan newsletter', 'daftar newsletter', 'newsletter', 'berlangganan', 'masukkan email anda', 'alamat email anda', 'dapatkan update berita'],
  share: ['bagikan', 'bagikan artikel', 'bagikan ke facebook', 'bagikan ke twitter', 'bagikan ke whatsapp', 'salin tautan', 'salin link', 'ikuti kami', 'ikuti kami di'],
  postedIn: ['diposting di', 'diterbitkan di', 'kategori', 'tag', 'tagar', 'topik'],
  readMore: ['baca juga', 'baca selengkapnya', 'selengkapnya', 'baca artikel selengkapnya', 'lihat juga', 'simak juga', 'scroll untuk melanjutkan'],
  comments: ['komentar', 'tulis komentar', 'tinggalkan komentar', 'tinggalkan balasan', 'balas', '{n} komentar', 'belum ada komentar'],
  commentsOn: ['{n} tanggapan untuk', 'satu tanggapan untuk', '{n} komentar pada'],
  authorBox: ['tentang penulis'],
  cookie: ['situs ini menggunakan cookie', 'kami menggunakan cookie', 'pengaturan cookie', 'kebijakan cookie', 'terima semua', 'setuju', 'kebijakan privasi', 'syarat dan ketentuan', 'pedoman media siber'],
  copyright: ['hak cipta dilindungi undang-undang', 'hak cipta'],
  advertisement: ['iklan', 'advertisement', 'konten bersponsor', 'konten sponsor', 'disponsori', 'advertorial'],
  breadcrumbHome: ['beranda', 'halaman utama', 'home'],
  authorLabel: ['oleh', 'penulis', 'ditulis oleh', 'reporter'],
  sourceLabel: ['artikel ini telah tayang di', 'telah tayang di', 'pertama kali terbit di', 'sumber'],
  photoCredit: ['foto', 'gambar', 'ilustrasi', 'foto ilustrasi', 'lihat foto', 'sumber foto'],
  readingTime: ['waktu baca', '{n} menit baca', 'waktu baca {n} menit', '{n} menit membaca'],
  login: ['masuk', 'login', 'daftar akun', 'buat akun', 'akun saya', 'keluar akun'],
} satisfies LanguageLexicon

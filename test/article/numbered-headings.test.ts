import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

const sections = [
  ['1. Sark, Channel Islands', 'Sark has no cars at all: you arrive by boat and get around on foot, by bike or by horse and cart, and the nights are dark.'],
  ['2. Procida, Italy', 'Procida is the quieter neighbour of Capri and Ischia, and its fishing harbour is lined with houses painted pink, yellow and blue.'],
  ['3. Hydra, Greece', 'Hydra banned cars and motorbikes decades ago, and donkeys still carry luggage up from the port to the houses on the hill.'],
]
const dump = (toc: string[]) =>
  ['Home', 'Travel', '10 tiny islands worth the ferry ride', 'By Sam Carter', 'June 2, 2025', 'Share', 'Pin', 'Email', ...toc, ...sections.flat(), 'Advertisement', 'More from Travel', 'The best night trains in Europe'].join('\n')

describe('the first of the article\'s numbered headings', () => {
  it('opens the article over its first section when the next number heads the second, though a table of contents printed it too', () => {
    const result = cleanSync(dump(['Table of Contents', ...sections.map(([heading]) => heading!)]), {format: 'text'})
    expect(body(result.markdown)).toBe(`${sections.map(([heading, text]) => `## ${heading}\n\n${text}`).join('\n\n')}\n`)
  })
})

describe('the article\'s numbered headings going on past a box', () => {
  const desa = [
    ['1. Desa Wanurejo', 'Desa ini terkenal dengan kerajinan batik dan letaknya hanya 1,5 km dari Borobudur. Tiket masuk gratis, sewa sepeda Rp25.000 per hari.'],
    ['2. Desa Candirejo', 'Kamu bisa berkeliling desa naik andong dan belajar membuat gerabah bersama warga, lalu makan siang di rumah penduduk.'],
  ]
  const third = 'Dari Punthuk Setumbu kamu bisa melihat matahari terbit di balik Borobudur. Datanglah sebelum pukul 04.30 WIB agar dapat tempat.'
  const page = (box: string[], next: string) => ['Beranda', 'Wisata', 'Lima Desa Wisata di Sekitar Borobudur', 'Oleh Rina Lestari', '7 Desember 2026',
    'Berikut lima desa yang bisa kamu kunjungi saat libur akhir tahun bersama keluarga atau teman.', ...desa.flat(), ...box, next, third,
    'Halaman Selanjutnya', '1', '2', 'Tags: Magelang, Desa Wisata', 'Bagikan artikel ini', 'Artikel Terkait', 'Pantai Tersembunyi di Gunungkidul'].join('\n')

  it('keeps the next number and its paragraph under a "read also" teaser put between', () => {
    const text = body(cleanSync(page(['Baca Juga', 'Kuliner Khas Magelang yang Wajib Dicoba'], '3. Desa Karangrejo'), {format: 'text'}).markdown)
    expect(text).toContain('3. Desa Karangrejo')
    expect(text).toContain(third)
    expect(text).not.toContain('Pantai Tersembunyi')
  })

  it('not a heading that does not go on with the numbers', () => {
    const text = body(cleanSync(page(['Baca Juga', 'Kuliner Khas Magelang yang Wajib Dicoba'], '7. Desa Karangrejo'), {format: 'text'}).markdown)
    expect(text).not.toContain('7. Desa Karangrejo')
  })
})

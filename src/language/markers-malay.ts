import {onFirstUse} from '../util/on-first-use.js'
/*
 * Indonesian and Malay share most of their words, and stopwords-iso's Malay
 * list is drawn from news text (it holds `dewan`, `anggota`), so it cannot
 * tell them apart. The two standards differ in spelling (`bagian` and
 * `bahagian`, `-itas` and `-iti`, `-si` and `-syen`), in month and day
 * names (`Maret`/`Mac`, `Senin`/`Isnin`), and in everyday words (`persen`/
 * `peratus`, `karena`/`kerana`, `polisi`/`polis`). Words both use, with a
 * different sense (Indonesian `negeri` in `luar negeri`, `boleh` in `tidak
 * boleh`), are left out. A short text often has none of these, and is
 * `und` unless a hint decides.
 */

/** Indonesian `-itas` where Malay writes `-iti` (`kualitas`/`kualiti`). */
export const indonesianSpelling = onFirstUse(() => /\p{L}{3}itas$/u)

/** Malay `-syen` where Indonesian writes `-si` (`televisyen`/`televisi`). */
export const malaySpelling = onFirstUse(() => /\p{L}{2}syen$/u)

export const indonesian = [
  'bahwa', 'karena', 'bisa', 'saja', 'mau', 'yaitu', 'pemerintah', 'uang', 'kantor', 'mobil', 'polisi', 'universitas',
  'perusahaan', 'karyawan', 'dokter', 'telepon', 'informasi', 'renovasi', 'provinsi', 'kabupaten', 'kecamatan', 'kelurahan',
  'bupati', 'gubernur', 'walikota', 'rupiah', 'persen', 'sebagian', 'bagian', 'terkait', 'kemarin', 'besok', 'ujar', 'ujarnya',
  'tuturnya', 'imbuhnya', 'ungkapnya', 'justru', 'dinas', 'kebijakan', 'kemacetan', 'sepekan', 'pasokan', 'angkutan',
  'rekor', 'dibanding', 'dibandingkan', 'menggelar', 'digelar', 'laga', 'timnas', 'sepeda', 'nggak', 'enggak', 'gak', 'aja',
  'dong', 'silakan', 'maret', 'juni', 'juli', 'agustus', 'desember', 'senin', 'kamis', 'jumat',
]

export const malay = [
  'bahawa', 'kerana', 'sahaja', 'mahu', 'baharu', 'iaitu', 'kerajaan', 'wang', 'pejabat', 'polis', 'universiti', 'syarikat',
  'kakitangan', 'doktor', 'telefon', 'kualiti', 'aktiviti', 'komuniti', 'fasiliti', 'identiti', 'kapasiti', 'maklumat',
  'jabatan', 'pengerusi', 'timbalan', 'kos', 'bajet', 'bandaraya', 'kanak', 'selepas', 'encik', 'nak', 'gabenor', 'ringgit',
  'peratus', 'sebahagian', 'bahagian', 'berbanding', 'seramai', 'kesesakan', 'memberitahu', 'jurulatih', 'jurucakap',
  'tempoh', 'bekalan', 'pengangkutan', 'peniaga', 'perkhidmatan', 'hospital', 'bas', 'motosikal', 'rekod', 'mac', 'jun',
  'julai', 'ogos', 'disember', 'isnin', 'khamis', 'jumaat', 'ahad',
]

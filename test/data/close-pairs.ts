/**
 * News paragraphs in the languages franc cannot tell apart (Croatian,
 * Serbian and Bosnian; Indonesian and Malay), written for these tests: each
 * in the language as its press writes it, on everyday topics (parliament,
 * football, prices, airports, universities, weather, queues), Serbian in
 * both Latin and Cyrillic.
 *
 * They were written before the marker lists in `src/language/markers.ts`
 * were touched, and split then: `tuning` is what the lists may be checked
 * against; `heldOut` is never looked at while tuning, and measures whether
 * the lists generalize. Report both.
 */
export const tuning: Record<string, readonly string[]> = {
  hr: [
    'Hrvatski sabor u petak je izglasao izmjene Zakona o prostornom uređenju, a oporba je najavila da će zatražiti ocjenu ustavnosti. Zastupnici vladajuće većine tvrde da će nove odredbe ubrzati izdavanje građevinskih dozvola. Prema podacima ministarstva, na rješenje trenutačno čeka više od četiri tisuće zahtjeva.',
    'Zagrebački Dinamo pobijedio je Hajduk s 2:1 na Maksimiru pred gotovo dvadeset tisuća gledatelja. Pobjednički pogodak postigao je mladi napadač u posljednjim minutama susreta. Trener splitske momčadi nakon utakmice je rekao da su njegovi igrači zaslužili barem bod.',
    'Cijene kruha i mlijeka u trgovinama porasle su tijekom prošlog tjedna za gotovo pet posto. Udruga potrošača upozorava da obitelji s djecom sve teže spajaju kraj s krajem. Iz Vlade poručuju da pripremaju novi paket mjera kojim bi se ograničile cijene osnovnih namirnica.',
  ],
  sr: [
    'Narodna skupština Srbije usvojila je u četvrtak izmene zakona o planiranju i izgradnji, a opozicija je najavila da će zatražiti ocenu ustavnosti. Poslanici vladajuće većine tvrde da će nove odredbe ubrzati izdavanje građevinskih dozvola. Prema podacima ministarstva, na rešenje trenutno čeka više od četiri hiljade zahteva.',
    'Crvena zvezda je pobedila Partizan rezultatom 2:1 pred gotovo trideset hiljada gledalaca na Marakani. Pobednički gol postigao je mladi napadač u poslednjim minutima utakmice. Trener crno-belih posle meča je rekao da su njegovi igrači zaslužili bar bod.',
    'На Универзитету у Новом Саду у понедељак је отворен нови центар за истраживање воде. У њему ће радити тридесетак научника из Србије и иностранства. Пројекат је финансиран средствима Европске уније, а вредан је око дванаест милиона евра.',
    'Народно позориште у Београду ове сезоне припрема шест премијера, међу којима и две нове опере. Управница позоришта каже да је публика све бројнија и да су улазнице за прва извођења већ распродате. Покровитељ сезоне је Град Београд.',
  ],
  bs: [
    'Parlamentarna skupština Bosne i Hercegovine u srijedu je usvojila izmjene Zakona o državljanstvu, a nekoliko zastupnika najavilo je da će tražiti ocjenu ustavnosti. Prema podacima ministarstva, na rješenje trenutno čeka više od dvije hiljade zahtjeva.',
    'Fudbalski klub Željezničar pobijedio je Sarajevo rezultatom 2:1 na Grbavici pred gotovo deset hiljada gledalaca. Pobjednički gol postigao je mladi napadač u posljednjim minutama utakmice. Trener gostiju nakon susreta je rekao da su njegovi igrači zaslužili barem bod.',
    'Cijene hljeba i mlijeka u prodavnicama porasle su tokom prošle sedmice za skoro pet posto. Udruženje potrošača upozorava da porodice s djecom sve teže sastavljaju kraj s krajem. Iz Vijeća ministara poručuju da pripremaju nove mjere kojima bi se ograničile cijene osnovnih namirnica.',
  ],
  id: [
    'Pemerintah Provinsi DKI Jakarta memutuskan untuk memperpanjang masa uji coba ganjil-genap di sejumlah ruas jalan hingga akhir Maret. Kepala Dinas Perhubungan mengatakan kebijakan tersebut terbukti mengurangi kemacetan pada jam sibuk. Meski begitu, sebagian warga mengeluhkan minimnya angkutan umum di wilayah pinggiran.',
    'Harga cabai rawit di sejumlah pasar tradisional di Bandung melonjak hingga Rp90.000 per kilogram dalam sepekan terakhir. Para pedagang mengaku pasokan dari petani berkurang karena cuaca buruk. Dinas Perdagangan berjanji akan menggelar operasi pasar agar harga kembali stabil.',
    'Tim nasional Indonesia berhasil menang 2-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion Gelora Bung Karno, Kamis malam. Kedua gol dicetak pada babak kedua. Pelatih timnas mengaku puas dengan permainan anak asuhnya, tetapi mengingatkan bahwa perjuangan belum selesai.',
  ],
  ms: [
    'Kerajaan negeri Selangor memutuskan untuk melanjutkan tempoh percubaan pengangkutan awam percuma sehingga akhir bulan Mac. Exco Pengangkutan berkata langkah itu terbukti mengurangkan kesesakan lalu lintas pada waktu puncak. Walau bagaimanapun, sebahagian penduduk merungut tentang kekurangan bas di kawasan luar bandar.',
    'Harga cili api di beberapa pasar borong di Kuala Lumpur melonjak sehingga RM25 sekilogram dalam tempoh seminggu. Peniaga memberitahu bekalan daripada petani berkurangan kerana cuaca buruk. Kementerian Perdagangan Dalam Negeri berjanji akan mengambil tindakan supaya harga kembali stabil.',
    'Skuad kebangsaan Malaysia berjaya menewaskan Vietnam 2-0 dalam perlawanan kelayakan yang berlangsung di Stadium Nasional Bukit Jalil pada malam Khamis. Kedua-dua gol dijaringkan pada separuh masa kedua. Jurulatih skuad berkata beliau berpuas hati dengan prestasi pemain, namun perjuangan belum selesai.',
  ],
}

export const heldOut: Record<string, readonly string[]> = {
  hr: [
    'Zračna luka u Splitu ove je godine zabilježila rekordan broj putnika, više od tri milijuna. Najviše putnika stiglo je iz Njemačke i Velike Britanije. Ravnatelj zračne luke najavio je proširenje terminala koje bi trebalo biti gotovo do sljedećeg ljeta.',
    'Na Sveučilištu u Rijeci u ponedjeljak je otvoren novi centar za istraživanje mora. U njemu će raditi tridesetak znanstvenika iz Hrvatske i inozemstva. Projekt je financiran sredstvima Europske unije, a vrijedan je oko dvanaest milijuna eura.',
    'Hrvatsko narodno kazalište u Osijeku ove sezone priprema šest premijera, među kojima i dvije nove opere. Intendantica kazališta kaže da je publika sve brojnija te da su ulaznice za prve izvedbe već rasprodane. Pokrovitelj sezone je grad Osijek.',
  ],
  sr: [
    'Cene hleba i mleka u prodavnicama porasle su tokom prošle nedelje za skoro pet odsto. Udruženje potrošača upozorava da porodice sa decom sve teže sastavljaju kraj s krajem. Iz Vlade poručuju da pripremaju novi paket mera kojim bi se ograničile cene osnovnih namirnica.',
    'Beogradski aerodrom ove godine zabeležio je rekordan broj putnika, više od osam miliona. Najviše putnika stiglo je iz Nemačke, Turske i Rusije. Direktor aerodroma najavio je proširenje terminala koje bi trebalo da bude završeno do sledećeg leta.',
    'Републички хидрометеоролошки завод упозорава да ће током викенда температура пасти испод нуле, а у брдско-планинским пределима очекује се снег. Возачима се саветује да не крећу на пут без зимске опреме. Путеви Србије саопштили су да су екипе спремне за чишћење.',
    'Влада Србије усвојила је у среду предлог буџета за следећу годину. Министар финансија изјавио је да ће плате у јавном сектору бити повећане за десет одсто, а пензије за девет. Опозиција тврди да је буџет нереалан и да ће довести до новог задуживања.',
  ],
  bs: [
    'Međunarodni aerodrom Sarajevo ove godine zabilježio je rekordan broj putnika, više od milion i po. Najviše putnika doputovalo je iz Turske, Njemačke i Austrije. Direktor aerodroma najavio je proširenje terminala koje bi trebalo biti završeno do narednog ljeta.',
    'Na Univerzitetu u Sarajevu u ponedjeljak je otvoren novi centar za historijska istraživanja. U njemu će raditi tridesetak naučnika iz Bosne i Hercegovine i inostranstva. Projekt je finansiran sredstvima Evropske unije, a vrijedan je oko pet miliona konvertibilnih maraka.',
    'Općina Stari Grad najavila je obnovu nekoliko sokaka u Baščaršiji, a radovi bi trebali početi već naredne sedmice. Načelnik općine kaže da će trgovci i ugostitelji za to vrijeme moći nesmetano raditi. Sarajlije se nadaju da će nakon obnove u čaršiju dolaziti još više turista.',
  ],
  id: [
    'Sebanyak 1.200 mahasiswa baru mengikuti upacara penerimaan di Universitas Gadjah Mada, Senin pagi. Rektor berpesan agar mereka tidak hanya mengejar nilai, tetapi juga aktif dalam kegiatan sosial. Tahun ini jumlah pendaftar meningkat hampir 15 persen dibanding tahun lalu.',
    'Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat disertai angin kencang akan melanda sebagian besar wilayah Jawa Barat hingga Minggu. Warga yang tinggal di daerah rawan longsor diminta untuk tetap waspada. Petugas BPBD sudah disiagakan di beberapa titik.',
    'Kantor imigrasi mencatat lonjakan permohonan paspor menjelang musim libur sekolah. Antrean sudah terlihat sejak pukul enam pagi, padahal layanan baru dibuka pukul delapan. Kepala kantor mengimbau masyarakat untuk mendaftar secara daring agar tidak perlu menunggu terlalu lama.',
  ],
  ms: [
    'Seramai 1,200 pelajar baharu menghadiri majlis pendaftaran di Universiti Malaya pada pagi Isnin. Naib Canselor menasihati mereka supaya tidak hanya mengejar keputusan peperiksaan, tetapi juga aktif dalam kegiatan kemasyarakatan. Tahun ini jumlah permohonan meningkat hampir 15 peratus berbanding tahun lepas.',
    'Jabatan Meteorologi Malaysia menjangkakan hujan lebat disertai angin kencang akan melanda sebahagian besar negeri Johor sehingga hari Ahad. Penduduk yang tinggal di kawasan berisiko tanah runtuh dinasihatkan supaya sentiasa berwaspada. Anggota bomba dan penyelamat telah digerakkan ke beberapa lokasi.',
    'Jabatan Imigresen merekodkan peningkatan mendadak permohonan pasport menjelang cuti sekolah. Orang ramai sudah mula beratur seawal pukul enam pagi walaupun kaunter hanya dibuka pada pukul lapan. Ketua pengarah jabatan menggesa orang ramai membuat temu janji secara dalam talian supaya tidak perlu menunggu terlalu lama.',
  ],
}

"""Demo news posts, 2009–2024. See news.py for the body item format."""

from datetime import date

SUBBAG = "Subbag Program dan Informasi"

POSTS = [
    {
        "slug": "depsos-dorong-penumbuhan-lk3-di-setiap-kabupaten-kota",
        "title": "Departemen Sosial Dorong Setiap Kabupaten/Kota Menumbuhkan LK3",
        "date": date(2009, 3, 19),
        "updated": date(2013, 1, 4),
        "summary": ("Sosialisasi nasional di Hotel Sahid Yogyakarta mengajak daerah mendirikan Lembaga Konsultasi "
                    "Kesejahteraan Keluarga dan memantapkan pengelola WKSBM. Pesertanya berasal dari 32 provinsi."),
        "categories": ["pemberdayaan-sosial", "kegiatan-dinas"],
        "tags": ["LK3", "WKSBM", "sosialisasi", "UU Kesejahteraan Sosial"],
        "authors": ["rina-wulandari"],
        "programmes": ["lk3", "wksbm"],
        "source": SUBBAG,
        "body": [
            ("p", ("Departemen Sosial Republik Indonesia, melalui Direktorat Jenderal Pemberdayaan Sosial, menggelar "
                  "Sosialisasi Penumbuhan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) dan Pemantapan Pengelola "
                  "Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM) di Hotel Sahid Yogyakarta, Kamis "
                  "(19/3/2009). Peserta yang hadir mewakili 32 provinsi, terdiri atas pejabat yang menangani "
                  "pemberdayaan keluarga serta pengelola dan kepala seksi yang membidangi WKSBM.")),
            ("p", ("Kegiatan ini berangkat dari Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial. "
                  "Undang-undang tersebut menempatkan pembangunan kesejahteraan sosial sebagai tanggung jawab "
                  "bersama pemerintah, pemerintah daerah, dan masyarakat. Artinya, warga beserta lembaga yang "
                  "tumbuh di tengah mereka perlu diberdayakan agar sanggup ikut berperan.")),
            ("h", "Pusat layanan bagi masalah keluarga"),
            ("p", ("Panitia menjelaskan bahwa sosialisasi ini dimaksudkan untuk mendorong pemerintah kabupaten/kota "
                  "dan masyarakat agar mau dan mampu membentuk LK3, yakni pusat pelayanan sosial yang membantu "
                  "keluarga mengurai persoalan sosial psikologis. Pertemuan ini juga menjadi ajang berbagi "
                  "pengalaman mengelola WKSBM di desa dan kelurahan lokasi pengembangan.")),
            ("p", ("Acara dibuka oleh Sekretaris Jenderal Departemen Sosial RI. Dalam sambutan tertulisnya, Sekjen "
                  "menyebut tiga nilai strategis pertemuan itu: menumbuhkan LK3 di setiap kabupaten/kota supaya "
                  "jangkauan layanan bagi keluarga semakin luas; menata ulang posisi sekaligus menghidupkan kembali "
                  "peran LK3 dan WKSBM; serta melahirkan kesepakatan untuk memperkuat dan memperluas keduanya ke "
                  "lebih banyak wilayah.")),
            ("h", "Dua lembaga yang saling menopang"),
            ("p", ("Menurut Sekjen, kedua lembaga itu berbeda peran tetapi saling melengkapi. LK3 menjalankan fungsi "
                  "konsultasi, sementara WKSBM, yang berakar pada kelompok sosial tradisional di desa dan "
                  "kelurahan, menjadi tempat rujukan sekaligus penyangga LK3. WKSBM pun dapat memberikan "
                  "konsultasi, sehingga bila berjalan baik banyak masalah keluarga sudah tertangani di tingkat "
                  "desa. LK3 lalu berperan menilai kebutuhan dan membuka akses keluarga ke sumber-sumber bantuan.")),
            ("p", ("Lewat kegiatan ini, Departemen Sosial berharap LK3 segera berdiri di setiap kabupaten/kota dan "
                  "makin banyak warga yang bersedia menjadi pengelola WKSBM di desa atau kelurahannya.")),
            ("facts", "Sekilas kegiatan", [
                ("Tanggal", "Kamis, 19 Maret 2009"),
                ("Tempat", "Hotel Sahid Yogyakarta"),
                ("Peserta", "Perwakilan 32 provinsi"),
                ("Penyelenggara", "Ditjen Pemberdayaan Sosial, Depsos RI"),
                ("Landasan", "UU No. 11 Tahun 2009"),
            ]),
        ],
    },
    {
        "slug": "pengurus-wksbm-kulon-progo-ikuti-pemantapan",
        "title": "Pengurus WKSBM dari Tiga Desa di Kulon Progo Ikuti Pemantapan",
        "date": date(2011, 6, 14),
        "summary": ("Tiga puluh pengurus WKSBM belajar mendata warga rentan, menyusun jadwal kunjungan rumah dan "
                    "merujuk kasus keluarga ke LK3 kabupaten."),
        "categories": ["pemberdayaan-sosial"],
        "tags": ["WKSBM", "Kulon Progo", "relawan sosial"],
        "authors": ["dewi-kusumastuti"],
        "programmes": ["wksbm"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Sebanyak 30 pengurus Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM) dari tiga desa di "
                  "Kabupaten Kulon Progo mengikuti pemantapan pengelolaan selama dua hari di Wates. Kegiatan ini "
                  "menjadi bekal bagi pengurus yang sebagian besar baru bergabung tahun ini.")),
            ("p", ("Materi hari pertama membahas pendataan warga rentan di tingkat padukuhan: lanjut usia yang "
                  "tinggal sendiri, anak putus sekolah, serta keluarga yang kepala rumah tangganya sakit menahun. "
                  "Peserta berlatih mengisi formulir sederhana yang kemudian direkap setiap bulan.")),
            ("p", ("Pada hari kedua, peserta mempraktikkan cara menerima keluhan warga dan menentukan kapan sebuah "
                  "masalah perlu dirujuk ke Lembaga Konsultasi Kesejahteraan Keluarga (LK3) kabupaten. Contoh "
                  "kasus yang dibahas antara lain pertengkaran suami istri yang berulang dan anak yang enggan "
                  "bersekolah.")),
            ("quote", ("Dulu kami menolong tetangga berdasarkan kabar dari mulut ke mulut. Sekarang kami punya "
                      "catatan, jadi tidak ada warga yang terlewat."), "Suparmi", "Pengurus WKSBM (nama samaran)"),
        ],
    },
    {
        "slug": "bimbingan-teknis-tksk-se-diy-2013",
        "title": "Bimbingan Teknis TKSK se-DIY: Memperkuat Pendamping di Tingkat Kecamatan",
        "date": date(2013, 10, 8),
        "summary": ("Tenaga Kesejahteraan Sosial Kecamatan dari 78 kecamatan di DIY mendapat pembekalan tentang "
                    "pendataan, pelaporan dan koordinasi dengan pemerintah desa."),
        "categories": ["pemberdayaan-sosial", "kegiatan-dinas"],
        "tags": ["TKSK", "bimbingan teknis", "pendamping sosial"],
        "authors": ["bambang-setyawan"],
        "programmes": ["wksbm"],
        "source": SUBBAG,
        "body": [
            ("p", ("Dinas Sosial DIY menyelenggarakan bimbingan teknis bagi Tenaga Kesejahteraan Sosial Kecamatan "
                  "(TKSK) dari seluruh kabupaten/kota. TKSK adalah relawan yang ditugaskan di setiap kecamatan untuk "
                  "membantu pemerintah menyelenggarakan kesejahteraan sosial, mulai dari pendataan hingga "
                  "pendampingan penerima bantuan.")),
            ("p", ("Peserta mendalami tata cara pelaporan bulanan, pemanfaatan data penyandang masalah kesejahteraan "
                  "sosial, dan koordinasi dengan WKSBM serta pekerja sosial masyarakat di desa dan kelurahan.")),
            ("p", ("Para peserta juga saling bertukar pengalaman. TKSK dari Gunungkidul, misalnya, bercerita tentang "
                  "tantangan menjangkau warga di padukuhan yang jauh dari pusat kecamatan, sedangkan TKSK Kota "
                  "Yogyakarta berbagi cara menangani warga tanpa identitas kependudukan.")),
        ],
    },
    {
        "slug": "lk3-buka-layanan-konsultasi-keluarga-di-lima-kabupaten-kota",
        "title": "LK3 Kini Melayani Konsultasi Keluarga di Lima Kabupaten/Kota",
        "date": date(2024, 1, 23),
        "summary": ("Warga yang menghadapi masalah rumah tangga, pengasuhan atau tekanan ekonomi dapat berkonsultasi "
                    "gratis di LK3 terdekat. Jadwal layanan tiap lokasi dapat dilihat di sini."),
        "categories": ["pemberdayaan-sosial"],
        "tags": ["LK3", "konseling keluarga", "layanan gratis"],
        "authors": ["rina-wulandari", "dewi-kusumastuti"],
        "programmes": ["lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "caption": "Ruang konseling LK3 dirancang tenang dan tertutup agar warga nyaman bercerita.",
        "credit": "Dok. Dinas Sosial DIY",
        "body": [
            ("p", ("Mulai Januari 2024, Lembaga Konsultasi Kesejahteraan Keluarga (LK3) melayani warga di kelima "
                  "kabupaten/kota di DIY. Selain di kantor Dinas Sosial DIY di Banguntapan, layanan konsultasi kini "
                  "tersedia di Kota Yogyakarta, Sleman, Bantul, Kulon Progo dan Gunungkidul.")),
            ("p", ("LK3 menerima siapa saja yang ingin membicarakan persoalan keluarga: konflik suami istri, anak "
                  "remaja yang sulit diajak bicara, beban merawat orang tua yang sakit, hingga tekanan karena utang. "
                  "Konselor akan mendengarkan tanpa menghakimi dan membantu menyusun langkah penyelesaian.")),
            ("h", "Jadwal layanan"),
            ("table", "Jadwal layanan LK3 di DIY", ["Lokasi", "Hari", "Jam"], [
                ["LK3 Provinsi (Banguntapan)", "Senin–Jumat", "08.00–15.30"],
                ["Kota Yogyakarta", "Senin–Kamis", "08.00–15.00"],
                ["Kabupaten Sleman", "Senin–Jumat", "08.00–14.30"],
                ["Kabupaten Bantul", "Senin–Jumat", "08.00–14.30"],
                ["Kabupaten Kulon Progo", "Selasa dan Kamis", "09.00–14.00"],
                ["Kabupaten Gunungkidul", "Senin, Rabu, Jumat", "08.30–14.00"],
            ]),
            ("p", ("Warga tidak perlu membawa surat pengantar. Cukup datang pada jam layanan atau menelepon lebih "
                  "dulu untuk membuat janji. Seluruh layanan tidak dipungut biaya.")),
            ("cta", "lk3", "Butuh teman bicara untuk masalah keluarga?",
             "Lihat alamat, nomor telepon dan langkah berkonsultasi di LK3.", "Lihat layanan LK3"),
        ],
    },
    {
        "slug": "penyaluran-bantuan-permakanan-lansia-tunggal-2024",
        "title": "Bantuan Permakanan untuk Lansia yang Hidup Sendiri Mulai Disalurkan",
        "date": date(2024, 3, 12),
        "summary": ("Lanjut usia yang tinggal sendiri dan tidak memiliki penghasilan menerima makanan siap santap "
                    "setiap hari, diantar oleh pendamping dari lingkungan sekitar."),
        "categories": ["perlindungan-jaminan-sosial"],
        "tags": ["lansia", "bantuan sosial", "permakanan"],
        "authors": ["agus-prasetyo"],
        "source": "Bidang Perlindungan dan Jaminan Sosial",
        "body": [
            ("p", ("Dinas Sosial DIY bersama dinas sosial kabupaten/kota mulai menyalurkan bantuan permakanan bagi "
                  "lanjut usia (lansia) yang hidup sendiri. Bantuan berupa makanan siap santap ini diantar ke rumah "
                  "penerima oleh pendamping yang tinggal tidak jauh dari mereka.")),
            ("p", ("Penerima bantuan adalah lansia berusia 60 tahun ke atas yang tidak memiliki keluarga yang merawat, "
                  "tidak berpenghasilan tetap, dan tercatat dalam data terpadu kesejahteraan sosial. Usulan nama "
                  "berasal dari kalurahan dan diverifikasi oleh pekerja sosial.")),
            ("p", ("Selain memastikan kebutuhan gizi terpenuhi, kunjungan harian pendamping juga menjadi cara memantau "
                  "kesehatan lansia. Bila penerima tampak sakit atau tidak membukakan pintu, pendamping segera "
                  "menghubungi ketua RT dan puskesmas.")),
            ("facts", "Bantuan permakanan", [
                ("Sasaran", "Lansia tunggal tanpa penghasilan"),
                ("Bentuk", "Makanan siap santap"),
                ("Frekuensi", "Setiap hari"),
                ("Pengusulan", "Melalui kalurahan"),
            ]),
            ("p", ("Warga yang mengetahui lansia di sekitarnya hidup sendiri dan kekurangan dapat melapor ke "
                  "pemerintah kalurahan, TKSK, atau langsung ke Dinas Sosial DIY.")),
        ],
    },
    {
        "slug": "tagana-diy-siaga-hadapi-musim-pancaroba",
        "title": "Tagana DIY Siaga Menghadapi Musim Pancaroba",
        "date": date(2024, 5, 7),
        "summary": ("Taruna Siaga Bencana memeriksa peralatan dapur umum, perahu karet dan tenda di gudang logistik, "
                    "serta memperbarui daftar relawan yang siap dikerahkan."),
        "categories": ["perlindungan-jaminan-sosial", "kegiatan-dinas"],
        "tags": ["Tagana", "kesiapsiagaan bencana", "logistik"],
        "authors": ["bambang-setyawan"],
        "source": SUBBAG,
        "body": [
            ("p", ("Memasuki musim pancaroba, Taruna Siaga Bencana (Tagana) DIY melakukan apel dan pemeriksaan "
                  "peralatan di gudang logistik Dinas Sosial DIY. Cuaca yang berubah-ubah pada masa peralihan musim "
                  "kerap membawa angin kencang, tanah longsor dan banjir di sejumlah wilayah.")),
            ("p", ("Relawan memeriksa kelengkapan dapur umum lapangan, tenda pengungsian, perahu karet, genset dan "
                  "perlengkapan komunikasi. Barang yang rusak dicatat untuk diganti, sedangkan bahan makanan yang "
                  "mendekati masa kedaluwarsa didistribusikan ke panti sosial.")),
            ("facts", "Kesiapan Tagana DIY", [
                ("Relawan aktif", "± 600 orang"),
                ("Dapur umum lapangan", "5 unit"),
                ("Gudang logistik", "Banguntapan, Bantul"),
            ]),
            ("p", ("Tagana merupakan relawan sosial yang dibentuk dan dibina oleh instansi sosial untuk membantu "
                  "penanggulangan bencana. Saat bencana terjadi, mereka mendirikan dapur umum, membantu evakuasi dan "
                  "mendampingi pengungsi, terutama anak-anak dan lansia.")),
        ],
    },
    {
        "slug": "peringatan-hari-anak-nasional-2024-di-brspa",
        "title": "Hari Anak Nasional 2024: Anak-Anak BRSPA Tampil di Panggung Kreasi",
        "date": date(2024, 7, 23),
        "summary": ("Anak-anak asuh Balai Rehabilitasi Sosial dan Pengasuhan Anak menampilkan tari, musik dan puisi "
                    "di hadapan orang tua asuh, relawan dan warga sekitar balai."),
        "categories": ["rehabilitasi-sosial", "kegiatan-dinas"],
        "tags": ["Hari Anak Nasional", "BRSPA", "perlindungan anak"],
        "authors": ["rina-wulandari"],
        "source": "BRSPA DIY",
        "caption": "Panggung kreasi anak di halaman balai.",
        "body": [
            ("p", ("Halaman Balai Rehabilitasi Sosial dan Pengasuhan Anak (BRSPA) DIY ramai sejak pagi. Dalam rangka "
                  "Hari Anak Nasional 2024, anak-anak asuh balai menampilkan tari tradisional, musik akustik dan "
                  "pembacaan puisi karya mereka sendiri.")),
            ("p", ("Acara ini disiapkan selama sebulan. Pekerja sosial dan pengasuh mendampingi anak memilih "
                  "penampilan sesuai minatnya, bukan ditentukan oleh orang dewasa. Bagi sebagian anak, ini pertama "
                  "kalinya mereka tampil di depan banyak orang.")),
            ("quote", "Yang paling penting bukan penampilannya sempurna, tetapi anak merasa didengar dan dihargai.",
             "Rina Wulandari", "Pekerja Sosial di BRSPA DIY"),
            ("p", ("Selain pentas, balai membuka pojok konsultasi pengasuhan bagi orang tua dari kampung sekitar. "
                  "Beberapa keluarga menanyakan cara menghadapi anak yang kecanduan gawai dan cara membicarakan "
                  "perundungan di sekolah.")),
        ],
    },
    {
        "slug": "rehabilitasi-rtlh-gunungkidul-2024",
        "title": "Empat Puluh Rumah Tidak Layak Huni di Gunungkidul Selesai Diperbaiki",
        "date": date(2024, 8, 20),
        "summary": ("Warga di empat kapanewon bergotong royong memperbaiki atap, dinding dan lantai rumah keluarga "
                    "miskin dengan bantuan bahan bangunan dari program RS-RTLH."),
        "categories": ["penanganan-fakir-miskin"],
        "tags": ["RTLH", "Gunungkidul", "gotong royong"],
        "authors": ["agus-prasetyo"],
        "programmes": ["rs-rtlh"],
        "source": "Bidang Penanganan Fakir Miskin",
        "body": [
            ("p", ("Program Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-RTLH) tahun 2024 di Kabupaten Gunungkidul "
                  "rampung. Sebanyak 40 rumah keluarga miskin kini memiliki atap yang tidak lagi bocor, dinding "
                  "bata yang kokoh, dan lantai yang tidak lagi berupa tanah.")),
            ("p", ("Bantuan disalurkan dalam bentuk bahan bangunan. Pengerjaannya dilakukan bersama-sama oleh "
                  "tetangga, dipimpin tukang setempat dan dipantau fasilitator. Cara ini menekan biaya upah "
                  "sekaligus menghidupkan kembali tradisi sambatan.")),
            ("table", "Sebaran rumah yang diperbaiki", ["Kapanewon", "Jumlah rumah"], [
                ["Semanu", "12"], ["Tepus", "10"], ["Ponjong", "9"], ["Nglipar", "9"],
            ]),
            ("quote", "Sekarang kalau hujan saya bisa tidur tenang, tidak perlu memindah-mindah ember.",
             "Mbah Tukiyem", "Penerima bantuan di Semanu (nama samaran)"),
            ("p", ("Usulan penerima tahun berikutnya dibuka melalui pemerintah kalurahan. Warga yang rumahnya rusak "
                  "diminta menyampaikan kepada dukuh agar masuk dalam musyawarah usulan.")),
        ],
    },
    {
        "slug": "pelatihan-psm-pendamping-lansia-2024",
        "title": "Pekerja Sosial Masyarakat Dilatih Mendampingi Lansia di Rumah",
        "date": date(2024, 10, 15),
        "summary": ("Sebanyak 60 Pekerja Sosial Masyarakat belajar merawat lansia di rumah, mengenali tanda "
                    "penelantaran dan menghubungkan keluarga dengan layanan kesehatan."),
        "categories": ["pemberdayaan-sosial"],
        "tags": ["PSM", "lansia", "pelatihan", "relawan sosial"],
        "authors": ["dewi-kusumastuti"],
        "programmes": ["wksbm"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Proporsi penduduk lanjut usia di DIY termasuk yang tertinggi di Indonesia. Banyak di antaranya "
                  "tinggal bersama cucu atau sendirian karena anak-anaknya merantau. Untuk itu Dinas Sosial DIY "
                  "melatih 60 Pekerja Sosial Masyarakat (PSM) agar mampu mendampingi lansia di rumah.")),
            ("p", ("Peserta mempelajari dasar perawatan sehari-hari: membantu berpindah dari tempat tidur, mencegah "
                  "jatuh, dan memastikan obat diminum sesuai aturan. Mereka juga belajar mengenali tanda "
                  "penelantaran, misalnya lansia yang tampak kurang makan atau tidak pernah keluar rumah.")),
            ("p", ("PSM adalah warga yang secara sukarela membantu penanganan masalah sosial di lingkungannya. "
                  "Setelah pelatihan, mereka akan bekerja bersama WKSBM dan kader posyandu lansia di kalurahan "
                  "masing-masing.")),
        ],
    },
    {
        "slug": "hari-disabilitas-internasional-2024-alat-bantu",
        "title": "Hari Disabilitas Internasional: 150 Alat Bantu Diserahkan kepada Penyandang Disabilitas",
        "date": date(2024, 12, 3),
        "summary": ("Kursi roda, kruk, tongkat adaptif dan alat bantu dengar diserahkan setelah asesmen kebutuhan "
                    "oleh pekerja sosial dan terapis."),
        "categories": ["rehabilitasi-sosial"],
        "tags": ["disabilitas", "alat bantu", "Hari Disabilitas Internasional"],
        "authors": ["rina-wulandari"],
        "source": "Bidang Rehabilitasi Sosial",
        "body": [
            ("p", ("Bertepatan dengan Hari Disabilitas Internasional, Dinas Sosial DIY menyerahkan 150 alat bantu "
                  "kepada penyandang disabilitas dari lima kabupaten/kota. Alat bantu meliputi kursi roda, kruk, "
                  "tongkat adaptif bagi penyandang disabilitas netra, dan alat bantu dengar.")),
            ("p", ("Setiap penerima lebih dulu menjalani asesmen. Pekerja sosial dan terapis mengukur kebutuhan, "
                  "kondisi rumah dan kegiatan sehari-hari penerima, sehingga alat yang diberikan benar-benar sesuai "
                  "dan tidak berakhir tersimpan di sudut rumah.")),
            ("table", "Alat bantu yang diserahkan", ["Jenis alat", "Jumlah"], [
                ["Kursi roda", "62"], ["Kruk", "31"], ["Tongkat adaptif", "27"], ["Alat bantu dengar", "30"],
            ]),
            ("p", ("Penyerahan alat bantu merupakan bagian dari layanan rehabilitasi sosial bagi penyandang "
                  "disabilitas. Keluarga yang membutuhkan dapat mengajukan permohonan melalui dinas sosial "
                  "kabupaten/kota dengan melampirkan surat keterangan dari fasilitas kesehatan.")),
        ],
    },
]

"""Demo news posts, 2025. See news.py for the body item format."""

from datetime import date

SUBBAG = "Subbag Program dan Informasi"

POSTS = [
    {
        "slug": "pemutakhiran-data-penerima-bantuan-sosial-2025",
        "title": "Pemutakhiran Data Penerima Bantuan Sosial: Warga Bisa Mengusulkan dan Menyanggah",
        "date": date(2025, 1, 21),
        "summary": ("Kalurahan bersama pendamping sosial memperbarui data keluarga penerima bantuan. Warga yang merasa "
                    "layak tetapi belum terdata, atau melihat penerima yang sudah mampu, dapat melapor."),
        "categories": ["perlindungan-jaminan-sosial", "penanganan-fakir-miskin"],
        "tags": ["PKH", "data penerima", "bantuan sosial"],
        "authors": ["agus-prasetyo"],
        "source": "Bidang Perlindungan dan Jaminan Sosial",
        "sticky": True,
        "body": [
            ("p", ("Ketepatan sasaran bantuan sosial sangat bergantung pada data. Karena itu, sepanjang awal 2025 "
                  "pemerintah kalurahan bersama pendamping Program Keluarga Harapan (PKH), TKSK dan operator data "
                  "kabupaten/kota memutakhirkan data keluarga penerima bantuan di seluruh DIY.")),
            ("p", ("Pemutakhiran dilakukan melalui musyawarah di tingkat kalurahan. Keluarga yang kondisinya sudah "
                  "membaik diusulkan keluar, sedangkan keluarga yang jatuh miskin karena sakit, kehilangan pekerjaan "
                  "atau ditinggal kepala keluarga diusulkan masuk.")),
            ("h", "Peran warga"),
            ("p", ("Warga memegang peran penting. Siapa pun yang melihat tetangganya membutuhkan bantuan tetapi belum "
                  "terdata dapat menyampaikan usulan. Sebaliknya, warga juga boleh menyanggah bila mengetahui "
                  "penerima yang sebenarnya sudah mampu.")),
            ("faq", "Pertanyaan yang sering diajukan", [
                ("Bagaimana cara mengusulkan keluarga yang belum terdata?", ("Sampaikan kepada dukuh atau pemerintah "
                 "kalurahan dengan membawa KTP dan Kartu Keluarga. Usulan akan dibahas dalam musyawarah kalurahan.")),
                ("Apakah mengusulkan diri sendiri diperbolehkan?", ("Boleh. Keluarga dapat mengusulkan dirinya "
                 "sendiri; petugas akan melakukan verifikasi ke rumah.")),
                ("Ke mana melapor bila ada penerima yang sudah mampu?", ("Laporkan ke pemerintah kalurahan, "
                 "pendamping PKH, atau layanan pengaduan Dinas Sosial DIY. Identitas pelapor dirahasiakan.")),
                ("Apakah pengurusan ini dipungut biaya?", ("Tidak. Bila ada yang meminta imbalan, laporkan kepada "
                 "Dinas Sosial DIY.")),
            ]),
        ],
    },
    {
        "slug": "wksbm-sinduharjo-jadi-tempat-rujukan-warga",
        "title": "WKSBM Sinduharjo: Dari Jimpitan ke Rujukan Konseling Keluarga",
        "date": date(2025, 2, 18),
        "summary": ("Di Ngaglik, Sleman, pengurus WKSBM mengelola jimpitan untuk lansia dan mengantar warga yang "
                    "bermasalah dalam keluarga untuk berkonsultasi ke LK3."),
        "categories": ["pemberdayaan-sosial"],
        "tags": ["WKSBM", "Sleman", "jimpitan", "LK3"],
        "authors": ["dewi-kusumastuti"],
        "programmes": ["wksbm", "lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "caption": "Pertemuan bulanan pengurus WKSBM di balai kalurahan.",
        "credit": "Dok. Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Setiap malam, kaleng jimpitan di depan rumah warga Kalurahan Sinduharjo, Ngaglik, Sleman, diisi "
                  "segenggam beras atau uang receh. Hasilnya dikelola oleh Wahana Kesejahteraan Sosial Berbasis "
                  "Masyarakat (WKSBM) kalurahan untuk membantu lansia yang hidup sendiri dan keluarga yang sedang "
                  "kesulitan.")),
            ("p", ("WKSBM Sinduharjo beranggotakan ibu-ibu PKK, karang taruna, kelompok pengajian dan beberapa "
                  "pensiunan guru. Mereka bertemu sebulan sekali di balai kalurahan untuk membahas warga yang perlu "
                  "dibantu dan membagi tugas kunjungan rumah.")),
            ("h", "Menjembatani warga dengan LK3"),
            ("p", ("Tidak semua masalah bisa diselesaikan dengan beras dan kunjungan. Ketika menjumpai pasangan yang "
                  "terus bertengkar atau anak yang berhenti sekolah, pengurus menawarkan pendampingan untuk "
                  "berkonsultasi ke LK3 Kabupaten Sleman. Pengurus kerap ikut mengantar agar warga tidak canggung.")),
            ("quote", ("Warga lebih mau bercerita kepada tetangga yang dikenal. Tugas kami membuka pintu, lalu "
                      "konselor LK3 yang membantu menyelesaikan."), "Sri Mulyani", "Ketua WKSBM (nama samaran)"),
            ("p", ("Pola kerja ini sejalan dengan gagasan awal WKSBM sebagai penyangga LK3: masalah ringan ditangani "
                  "warga, masalah yang lebih berat dirujuk ke tenaga profesional.")),
        ],
    },
    {
        "slug": "keluarga-penerima-pkh-graduasi-mandiri-2025",
        "title": "Ratusan Keluarga Penerima PKH Mundur karena Sudah Mandiri",
        "date": date(2025, 4, 15),
        "summary": ("Berkat usaha warung, ternak dan jahit, ratusan keluarga penerima manfaat Program Keluarga "
                    "Harapan menyatakan diri keluar dari program secara sukarela."),
        "categories": ["penanganan-fakir-miskin"],
        "tags": ["PKH", "graduasi", "usaha ekonomi produktif"],
        "authors": ["agus-prasetyo", "bambang-setyawan"],
        "source": "Bidang Penanganan Fakir Miskin",
        "body": [
            ("p", ("Sepanjang triwulan pertama 2025, ratusan keluarga penerima manfaat (KPM) Program Keluarga "
                  "Harapan (PKH) di DIY menyatakan keluar dari program secara sukarela. Mereka merasa sudah mampu "
                  "mencukupi kebutuhan keluarga tanpa bantuan tunai bersyarat.")),
            ("p", ("Graduasi sejahtera mandiri, begitu istilahnya, tidak datang tiba-tiba. Pendamping PKH mendorong "
                  "penerima mengikuti pertemuan peningkatan kemampuan keluarga yang membahas pengelolaan keuangan, "
                  "pengasuhan anak dan kesehatan. Sebagian penerima lalu merintis usaha kecil.")),
            ("table", "Jenis usaha keluarga yang graduasi", ["Jenis usaha", "Persentase"], [
                ["Warung kelontong dan makanan", "41%"],
                ["Ternak kambing dan ayam", "23%"],
                ["Jasa jahit dan kerajinan", "19%"],
                ["Lainnya", "17%"],
            ]),
            ("p", ("Pemerintah daerah memberi apresiasi kepada keluarga yang graduasi. Tempat mereka dalam program "
                  "dapat dialihkan kepada keluarga lain yang lebih membutuhkan.")),
            ("quote", ("Awalnya saya ragu melepas bantuan. Tetapi warung sudah jalan, anak-anak juga sudah bisa "
                      "sekolah dengan tenang."), "Bu Wartini", "Mantan penerima PKH di Bantul (nama samaran)"),
        ],
    },
    {
        "slug": "lk3-layani-konseling-remaja-dan-orang-tua",
        "title": "LK3 Tambah Layanan Konseling untuk Remaja dan Orang Tua",
        "date": date(2025, 5, 20),
        "summary": ("Perundungan, kecanduan gawai dan pergaulan bebas menjadi keluhan yang makin sering dibawa orang "
                    "tua ke LK3. Kini tersedia sesi khusus remaja dan kelas pengasuhan."),
        "categories": ["pemberdayaan-sosial", "rehabilitasi-sosial"],
        "tags": ["LK3", "remaja", "perundungan", "pengasuhan"],
        "authors": ["rina-wulandari"],
        "programmes": ["lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Catatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) menunjukkan bahwa masalah remaja kini "
                  "menjadi alasan kedua terbanyak warga datang berkonsultasi, setelah konflik suami istri. Orang tua "
                  "mengeluhkan anak yang menjadi korban atau pelaku perundungan, kecanduan gawai, hingga pergaulan "
                  "yang mengkhawatirkan.")),
            ("p", ("Menjawab kebutuhan itu, LK3 membuka sesi konseling khusus remaja. Remaja dapat datang sendiri "
                  "atau bersama orang tua, dan berbicara dengan konselor tanpa didengar orang tuanya bila mereka "
                  "menghendaki.")),
            ("h", "Kelas pengasuhan"),
            ("p", ("Bagi orang tua, LK3 menyelenggarakan kelas pengasuhan dua kali sebulan. Materinya praktis: cara "
                  "mengajak anak bicara tanpa menghakimi, membuat kesepakatan penggunaan gawai, dan mengenali tanda "
                  "anak yang mengalami perundungan.")),
            ("ul", ["Sesi konseling remaja: setiap hari layanan, dengan janji temu",
                    "Kelas pengasuhan: minggu kedua dan keempat setiap bulan",
                    "Konseling keluarga: orang tua dan anak bersama-sama"]),
            ("p", ("Semua layanan gratis. Sekolah yang ingin mengundang konselor LK3 untuk berbicara di pertemuan "
                  "orang tua murid dapat menghubungi sekretariat LK3.")),
            ("cta", "lk3", "Ingin berkonsultasi tentang anak remaja Anda?",
             "Temukan LK3 terdekat dan jadwal layanannya.", "Cari lokasi LK3"),
        ],
    },
    {
        "slug": "rehabilitasi-sosial-korban-penyalahgunaan-napza-2025",
        "title": "Rehabilitasi Sosial Bantu Mantan Pengguna NAPZA Kembali ke Keluarga",
        "date": date(2025, 6, 24),
        "summary": ("Pemulihan tidak berhenti di klinik. Pekerja sosial mendampingi mantan pengguna NAPZA dan "
                    "keluarganya agar dapat diterima kembali di lingkungan."),
        "categories": ["rehabilitasi-sosial"],
        "tags": ["NAPZA", "rehabilitasi sosial", "Hari Anti Narkotika Internasional"],
        "authors": ["rina-wulandari"],
        "source": "Bidang Rehabilitasi Sosial",
        "body": [
            ("p", ("Menjelang Hari Anti Narkotika Internasional, Dinas Sosial DIY mengingatkan bahwa pemulihan "
                  "pengguna narkotika, psikotropika dan zat adiktif (NAPZA) membutuhkan lebih dari perawatan medis. "
                  "Mereka perlu dibantu membangun kembali hubungan dengan keluarga, pekerjaan dan masyarakat.")),
            ("p", ("Di sinilah rehabilitasi sosial berperan. Pekerja sosial menyusun rencana pemulihan bersama klien: "
                  "konseling individu, pertemuan kelompok, pelatihan keterampilan, dan pendampingan saat kembali ke "
                  "rumah.")),
            ("p", ("Keluarga juga dilibatkan. Banyak keluarga merasa malu atau marah, sehingga tanpa sadar menjauhkan "
                  "anggota keluarga yang sedang pulih. Sesi keluarga membantu mereka memahami proses pemulihan dan "
                  "menyiapkan rumah sebagai tempat yang aman.")),
            ("quote", ("Penerimaan keluarga sering menjadi penentu. Klien yang didukung keluarganya jauh lebih jarang "
                      "kambuh."), "Hendra Saputra", "Konselor adiksi (nama samaran)"),
            ("p", ("Keluarga yang ingin mendapatkan informasi tentang rehabilitasi sosial dapat menghubungi Bidang "
                  "Rehabilitasi Sosial atau berkonsultasi lebih dulu di LK3.")),
        ],
    },
    {
        "slug": "hari-anak-nasional-2025-forum-anak",
        "title": "Hari Anak Nasional 2025: Forum Anak Sampaikan Usulan kepada Pemerintah Daerah",
        "date": date(2025, 7, 23),
        "summary": ("Perwakilan forum anak dari lima kabupaten/kota menyerahkan usulan tentang ruang bermain aman, "
                    "pencegahan perundungan dan akses sekolah bagi anak dengan disabilitas."),
        "categories": ["rehabilitasi-sosial", "kegiatan-dinas"],
        "tags": ["Hari Anak Nasional", "forum anak", "perlindungan anak"],
        "authors": ["rina-wulandari", "bambang-setyawan"],
        "source": SUBBAG,
        "body": [
            ("p", ("Peringatan Hari Anak Nasional 2025 di DIY diisi dengan dialog antara anak dan pemerintah daerah. "
                  "Perwakilan forum anak dari lima kabupaten/kota menyampaikan usulan yang mereka himpun dari "
                  "teman-teman sebaya.")),
            ("p", ("Usulan itu antara lain ruang bermain yang aman dan dekat permukiman, saluran pengaduan perundungan "
                  "yang mudah dijangkau, dan sekolah yang ramah bagi anak dengan disabilitas. Anak-anak dari "
                  "lembaga kesejahteraan sosial anak (LKSA) juga meminta lebih banyak kesempatan magang.")),
            ("facts", "Hari Anak Nasional 2025", [
                ("Tanggal", "23 Juli 2025"),
                ("Peserta", "Forum anak 5 kabupaten/kota"),
                ("Usulan yang diserahkan", "17 butir"),
            ]),
            ("p", ("Dinas Sosial DIY berjanji meneruskan usulan kepada perangkat daerah terkait dan melaporkan "
                  "tindak lanjutnya pada pertemuan forum anak berikutnya.")),
        ],
    },
    {
        "slug": "rtlh-kulon-progo-bantul-2025",
        "title": "Bedah Rumah di Kulon Progo dan Bantul: Warga Bergotong Royong Memperbaiki 65 Rumah",
        "date": date(2025, 8, 12),
        "summary": ("Bantuan bahan bangunan dari program RS-RTLH tahun 2025 menyasar 65 rumah keluarga miskin. "
                    "Pekerjaan dikerjakan secara sambatan oleh tetangga."),
        "categories": ["penanganan-fakir-miskin"],
        "tags": ["RTLH", "bedah rumah", "Kulon Progo", "Bantul"],
        "authors": ["agus-prasetyo"],
        "programmes": ["rs-rtlh"],
        "source": "Bidang Penanganan Fakir Miskin",
        "caption": "Warga bergotong royong memasang rangka atap (ilustrasi).",
        "body": [
            ("p", ("Tahun ini program Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-RTLH) menyasar 65 rumah di "
                  "Kabupaten Kulon Progo dan Bantul. Penerima adalah keluarga miskin yang rumahnya beratap bocor, "
                  "berdinding anyaman bambu yang lapuk, atau berlantai tanah.")),
            ("p", ("Setiap penerima mendapat bantuan bahan bangunan sesuai hasil verifikasi. Tetangga, karang taruna "
                  "dan tukang setempat bergotong royong mengerjakan perbaikan, sehingga sebagian besar rumah selesai "
                  "dalam dua sampai tiga minggu.")),
            ("table", "Sasaran RS-RTLH 2025", ["Kabupaten", "Jumlah rumah", "Selesai per Agustus"], [
                ["Kulon Progo", "30", "26"],
                ["Bantul", "35", "31"],
            ]),
            ("p", ("Perbaikan rumah tidak hanya soal bangunan. Rumah yang sehat mengurangi risiko penyakit, memberi "
                  "anak tempat belajar yang layak, dan mengembalikan rasa percaya diri keluarga di tengah "
                  "lingkungannya.")),
        ],
    },
    {
        "slug": "tagana-latihan-dapur-umum-lapangan-2025",
        "title": "Latihan Dapur Umum Lapangan: Tagana Masak 1.000 Porsi dalam Tiga Jam",
        "date": date(2025, 9, 9),
        "summary": ("Simulasi penanganan pengungsi di Kapanewon Cangkringan menguji kecepatan Tagana mendirikan dapur "
                    "umum, membagi makanan dan mendata pengungsi rentan."),
        "categories": ["perlindungan-jaminan-sosial"],
        "tags": ["Tagana", "dapur umum", "simulasi bencana", "Merapi"],
        "authors": ["bambang-setyawan"],
        "source": SUBBAG,
        "body": [
            ("p", ("Taruna Siaga Bencana (Tagana) DIY menggelar latihan dapur umum lapangan di Kapanewon Cangkringan, "
                  "Sleman. Skenarionya, ratusan warga lereng Merapi mengungsi dan membutuhkan makanan dalam waktu "
                  "singkat.")),
            ("p", ("Dalam tiga jam, relawan mendirikan tenda, menyiapkan tungku dan memasak 1.000 porsi nasi bungkus. "
                  "Tim lain mendata pengungsi dan menandai kelompok rentan seperti ibu hamil, bayi, lansia dan "
                  "penyandang disabilitas agar mendapat makanan yang sesuai.")),
            ("h", "Catatan evaluasi"),
            ("ul", ["Waktu pendirian dapur umum perlu dipersingkat menjadi di bawah 45 menit",
                    "Menu khusus balita dan lansia harus disiapkan sejak awal",
                    "Jalur antrean perlu dipisah untuk kelompok rentan"]),
            ("p", ("Hasil evaluasi akan dipakai untuk memperbarui prosedur tetap dapur umum sebelum puncak musim "
                  "hujan.")),
        ],
    },
    {
        "slug": "tksk-dilatih-manajemen-kasus-2025",
        "title": "TKSK Dilatih Manajemen Kasus agar Warga Tidak Dipingpong",
        "date": date(2025, 10, 14),
        "summary": ("Tenaga Kesejahteraan Sosial Kecamatan belajar mencatat, merencanakan dan memantau penanganan "
                    "satu kasus dari awal sampai tuntas, termasuk rujukan ke LK3."),
        "categories": ["pemberdayaan-sosial", "kegiatan-dinas"],
        "tags": ["TKSK", "manajemen kasus", "pelatihan"],
        "authors": ["dewi-kusumastuti"],
        "programmes": ["wksbm", "lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Warga yang mencari bantuan sering harus bolak-balik dari satu kantor ke kantor lain. Untuk "
                  "mengurangi hal itu, Dinas Sosial DIY melatih Tenaga Kesejahteraan Sosial Kecamatan (TKSK) dalam "
                  "manajemen kasus.")),
            ("p", ("Dengan manajemen kasus, satu petugas memegang satu warga atau keluarga dari awal hingga masalahnya "
                  "tertangani. Petugas menilai kebutuhan, menyusun rencana, menghubungi layanan yang diperlukan, dan "
                  "memantau hasilnya.")),
            ("p", ("Peserta berlatih dengan contoh nyata, misalnya lansia tanpa identitas kependudukan yang juga "
                  "membutuhkan perawatan kesehatan, atau ibu tunggal yang kehilangan pekerjaan dan anaknya "
                  "terancam putus sekolah.")),
            ("p", ("TKSK juga diperkenalkan dengan jalur rujukan ke LK3 untuk masalah keluarga dan ke WKSBM untuk "
                  "dukungan warga di sekitar rumah klien.")),
        ],
    },
    {
        "slug": "layanan-ramah-disabilitas-kantor-dinas-sosial",
        "title": "Kantor Dinas Sosial DIY Kini Lebih Ramah Disabilitas",
        "date": date(2025, 12, 2),
        "summary": ("Jalur landai, toilet aksesibel, juru bahasa isyarat terjadwal dan loket prioritas kini tersedia "
                    "di kantor pelayanan Dinas Sosial DIY."),
        "categories": ["rehabilitasi-sosial", "kegiatan-dinas"],
        "tags": ["disabilitas", "aksesibilitas", "pelayanan publik"],
        "authors": ["dewi-kusumastuti"],
        "source": SUBBAG,
        "body": [
            ("p", ("Menjelang Hari Disabilitas Internasional, Dinas Sosial DIY menyelesaikan penataan ruang pelayanan "
                  "agar lebih mudah diakses penyandang disabilitas. Perubahan ini disusun bersama organisasi "
                  "penyandang disabilitas yang ikut menguji langsung setiap fasilitas.")),
            ("ul", ["Jalur landai dari tempat parkir hingga loket",
                    "Toilet aksesibel dengan pegangan dan pintu geser",
                    "Juru bahasa isyarat setiap Selasa dan Kamis, atau dengan janji",
                    "Loket prioritas bagi penyandang disabilitas, lansia dan ibu hamil",
                    "Jalur pemandu bagi penyandang disabilitas netra"]),
            ("p", ("Warga yang membutuhkan juru bahasa isyarat di luar jadwal dapat menghubungi kantor paling lambat "
                  "sehari sebelum kedatangan.")),
        ],
    },
]

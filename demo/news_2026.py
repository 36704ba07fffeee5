"""Demo news posts, 2026. See news.py for the body item format."""

from datetime import date

SUBBAG = "Subbag Program dan Informasi"

POSTS = [
    {
        "slug": "evaluasi-layanan-lk3-tahun-2025",
        "title": "Sepanjang 2025, LK3 Mendampingi 1.240 Keluarga",
        "date": date(2026, 1, 20),
        "summary": ("Rapat evaluasi tahunan LK3 mencatat konflik suami istri dan masalah remaja sebagai keluhan "
                    "terbanyak. Layanan lewat telepon tumbuh paling cepat."),
        "categories": ["pemberdayaan-sosial"],
        "tags": ["LK3", "evaluasi", "konseling keluarga", "data layanan"],
        "authors": ["rina-wulandari", "dewi-kusumastuti"],
        "programmes": ["lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Lembaga Konsultasi Kesejahteraan Keluarga (LK3) di DIY mendampingi 1.240 keluarga sepanjang 2025. "
                  "Angka itu disampaikan dalam rapat evaluasi tahunan yang dihadiri konselor, pekerja sosial dan "
                  "pengelola LK3 dari lima kabupaten/kota.")),
            ("table", "Jenis masalah yang dikonsultasikan ke LK3, 2025", ["Jenis masalah", "Jumlah keluarga"], [
                ["Konflik suami istri", "386"],
                ["Masalah anak dan remaja", "312"],
                ["Tekanan ekonomi dan utang", "221"],
                ["Perawatan lansia atau anggota keluarga sakit", "164"],
                ["Kekerasan dalam rumah tangga (dirujuk)", "97"],
                ["Lainnya", "60"],
            ]),
            ("p", ("Sebagian besar keluarga cukup mengikuti satu sampai tiga sesi. Kasus yang membutuhkan penanganan "
                  "lebih lanjut, terutama kekerasan dalam rumah tangga, dirujuk ke unit perlindungan perempuan dan "
                  "anak, layanan kesehatan, atau bantuan hukum.")),
            ("h", "Konsultasi lewat telepon meningkat"),
            ("p", ("Jumlah warga yang memilih berkonsultasi lewat telepon naik hampir dua kali lipat dibanding tahun "
                  "sebelumnya. Banyak di antaranya warga Gunungkidul dan Kulon Progo yang tinggal jauh dari lokasi "
                  "layanan, serta pekerja yang sulit meninggalkan tempat kerja pada jam kantor.")),
            ("quote", ("Angka ini bukan tanda keluarga di DIY makin bermasalah. Justru warga makin berani mencari "
                      "bantuan sebelum masalahnya membesar."), "Dewi Kusumastuti",
             "Penyuluh Sosial, Bidang Pemberdayaan Sosial"),
            ("p", ("Untuk 2026, LK3 menargetkan penambahan jam layanan sore di Kota Yogyakarta dan Sleman, serta "
                  "pelatihan lanjutan bagi konselor tentang pendampingan keluarga dengan anak disabilitas.")),
        ],
    },
    {
        "slug": "kampung-siaga-bencana-bertambah-2026",
        "title": "Kampung Siaga Bencana Bertambah, Warga Dilatih Menolong Diri Sendiri",
        "date": date(2026, 2, 24),
        "summary": ("Lima kampung baru di wilayah rawan longsor dan banjir membentuk Kampung Siaga Bencana lengkap "
                    "dengan peta risiko, jalur evakuasi dan lumbung sosial."),
        "categories": ["perlindungan-jaminan-sosial"],
        "tags": ["Kampung Siaga Bencana", "Tagana", "kesiapsiagaan bencana"],
        "authors": ["bambang-setyawan"],
        "source": SUBBAG,
        "body": [
            ("p", ("Jumlah Kampung Siaga Bencana (KSB) di DIY bertambah lima. Kampung-kampung baru itu berada di "
                  "wilayah rawan longsor di perbukitan Menoreh, Kulon Progo, dan di bantaran sungai yang kerap "
                  "meluap di Bantul.")),
            ("p", ("KSB adalah wadah penanggulangan bencana berbasis masyarakat. Warga dilatih memetakan risiko di "
                  "lingkungannya, menentukan jalur dan titik kumpul evakuasi, serta mendata tetangga yang perlu "
                  "dibantu lebih dulu saat mengungsi.")),
            ("p", ("Setiap KSB juga mengelola lumbung sosial berisi bahan makanan, selimut dan perlengkapan dasar. "
                  "Dengan begitu, warga dapat bertahan pada jam-jam pertama sebelum bantuan dari luar tiba.")),
            ("facts", "KSB baru 2026", [
                ("Jumlah kampung", "5"),
                ("Warga terlatih", "± 250 orang"),
                ("Pendamping", "Tagana dan TKSK setempat"),
            ]),
        ],
    },
    {
        "slug": "bantuan-sosial-tepat-sasaran-jalur-pengaduan",
        "title": "Bantuan Sosial Tepat Sasaran: Ke Mana Warga Mengadu?",
        "date": date(2026, 3, 17),
        "summary": ("Dinas Sosial DIY membuka jalur pengaduan bantuan sosial lewat loket, telepon dan surat. Semua "
                    "aduan dicatat dan ditindaklanjuti paling lambat 14 hari kerja."),
        "categories": ["perlindungan-jaminan-sosial", "penanganan-fakir-miskin"],
        "tags": ["bantuan sosial", "pengaduan", "pelayanan publik"],
        "authors": ["agus-prasetyo"],
        "source": "Bidang Perlindungan dan Jaminan Sosial",
        "body": [
            ("p", ("Pertanyaan seputar bantuan sosial masih mendominasi pesan yang masuk ke Dinas Sosial DIY: mengapa "
                  "bantuan tidak cair, mengapa tetangga yang mampu justru menerima, atau ke mana harus mendaftar. "
                  "Untuk itu, dinas menata ulang jalur pengaduan agar lebih jelas.")),
            ("h", "Tiga jalur pengaduan"),
            ("ul", ["Datang ke loket pengaduan di kantor Dinas Sosial DIY pada jam layanan",
                    "Menelepon layanan pengaduan di (0274) 555 0199",
                    "Mengirim surat atau surel ke pengaduan@dinsos-diy.example.org"]),
            ("p", ("Setiap aduan diberi nomor dan dicatat. Petugas akan memeriksa data, berkoordinasi dengan dinas "
                  "sosial kabupaten/kota atau pendamping, lalu memberi jawaban paling lambat 14 hari kerja.")),
            ("p", ("Warga diimbau tidak mempercayai pihak yang menjanjikan pencairan bantuan dengan imbalan uang. "
                  "Pendaftaran, pengaduan dan seluruh layanan Dinas Sosial DIY tidak dipungut biaya.")),
        ],
    },
    {
        "slug": "perempuan-kepala-keluarga-usaha-ekonomi-produktif",
        "title": "Perempuan Kepala Keluarga Rintis Usaha Lewat Bantuan Usaha Ekonomi Produktif",
        "date": date(2026, 4, 21),
        "summary": ("Bertepatan dengan Hari Kartini, 80 perempuan kepala keluarga menerima modal usaha dan "
                    "pendampingan kelompok untuk mengembangkan usaha kecil."),
        "categories": ["penanganan-fakir-miskin", "pemberdayaan-sosial"],
        "tags": ["usaha ekonomi produktif", "perempuan kepala keluarga", "Hari Kartini"],
        "authors": ["dewi-kusumastuti"],
        "source": "Bidang Penanganan Fakir Miskin",
        "caption": "Anggota kelompok usaha menata produk olahan untuk dipasarkan (ilustrasi).",
        "credit": "Dok. Bidang Penanganan Fakir Miskin",
        "body": [
            ("p", ("Bertepatan dengan Hari Kartini, Dinas Sosial DIY menyerahkan bantuan Usaha Ekonomi Produktif (UEP) "
                  "kepada 80 perempuan kepala keluarga. Mereka adalah ibu yang menanggung nafkah keluarga sendiri "
                  "karena bercerai, ditinggal suami, atau suaminya sakit menahun.")),
            ("p", ("Bantuan tidak diberikan begitu saja. Penerima tergabung dalam kelompok berisi delapan sampai "
                  "sepuluh orang, mengikuti pelatihan pembukuan sederhana, dan menyusun rencana usaha bersama "
                  "pendamping.")),
            ("p", ("Jenis usaha yang dipilih beragam: olahan singkong dan pisang, katering rumahan, warung sembako, "
                  "hingga jasa laundry. Kelompok bertemu setiap bulan untuk mencatat perkembangan dan saling "
                  "memberi masukan.")),
            ("quote", ("Dulu saya hanya buruh cuci. Sekarang saya punya pelanggan katering sendiri, dan teman-teman "
                      "kelompok yang menyemangati."), "Bu Ngatini", "Penerima UEP di Sleman (nama samaran)"),
            ("p", ("Pendampingan akan berlanjut selama satu tahun. Kelompok yang berkembang baik akan dihubungkan "
                  "dengan koperasi dan pelatihan pemasaran daring.")),
        ],
    },
    {
        "slug": "hari-lanjut-usia-nasional-2026",
        "title": "Hari Lanjut Usia Nasional 2026: Lansia Sehat, Aktif dan Dihargai",
        "date": date(2026, 5, 29),
        "summary": ("Peringatan HLUN di DIY diisi pemeriksaan kesehatan, lomba senam lansia dan penyerahan bantuan "
                    "bagi lansia terlantar."),
        "categories": ["perlindungan-jaminan-sosial", "kegiatan-dinas"],
        "tags": ["lansia", "Hari Lanjut Usia Nasional", "bantuan sosial"],
        "authors": ["agus-prasetyo"],
        "source": SUBBAG,
        "body": [
            ("p", ("Ratusan lanjut usia memadati lapangan dalam peringatan Hari Lanjut Usia Nasional (HLUN) 2026 "
                  "tingkat DIY. Mereka mengikuti senam bersama, pemeriksaan tekanan darah dan gula darah, serta "
                  "konsultasi gizi.")),
            ("p", ("Dalam kesempatan yang sama, Dinas Sosial DIY menyerahkan bantuan bagi lansia terlantar berupa "
                  "paket sembako, alat bantu jalan dan perlengkapan kebersihan diri. Bantuan diserahkan melalui "
                  "pendamping agar dapat diantar ke rumah lansia yang tidak mampu hadir.")),
            ("p", ("Peringatan ini juga menjadi pengingat bahwa merawat lansia adalah tanggung jawab bersama. "
                  "Keluarga, tetangga dan kelompok warga seperti WKSBM diharapkan ikut memastikan tidak ada lansia "
                  "yang kesepian atau kekurangan di lingkungannya.")),
        ],
    },
    {
        "slug": "forum-wksbm-se-diy-2026",
        "title": "Forum WKSBM se-DIY Sepakati Jalur Rujukan dengan LK3",
        "date": date(2026, 6, 9),
        "summary": ("Pengurus WKSBM dari lima kabupaten/kota bertemu untuk berbagi praktik baik dan menyepakati format "
                    "rujukan kasus keluarga ke LK3."),
        "categories": ["pemberdayaan-sosial", "kegiatan-dinas"],
        "tags": ["WKSBM", "LK3", "forum", "rujukan"],
        "authors": ["dewi-kusumastuti", "bambang-setyawan"],
        "programmes": ["wksbm", "lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Sebanyak 120 pengurus Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM) dari lima "
                  "kabupaten/kota berkumpul dalam Forum WKSBM se-DIY. Selama sehari penuh, mereka berbagi cara "
                  "menolong warga di kalurahan masing-masing.")),
            ("p", ("Cerita yang dibawa beragam. Ada WKSBM yang mengelola lumbung beras untuk lansia, ada yang "
                  "membentuk kelompok belajar bagi anak yang tertinggal pelajaran, ada pula yang rutin mengantar "
                  "warga dengan disabilitas ke puskesmas.")),
            ("h", "Satu format rujukan"),
            ("p", ("Forum menyepakati satu lembar rujukan yang sama untuk semua WKSBM ketika meneruskan kasus keluarga "
                  "ke Lembaga Konsultasi Kesejahteraan Keluarga (LK3). Lembar itu memuat ringkasan masalah, "
                  "persetujuan warga, dan nama pengurus yang bisa dihubungi.")),
            ("facts", "Forum WKSBM 2026", [
                ("Peserta", "120 pengurus"),
                ("Asal", "5 kabupaten/kota"),
                ("Kesepakatan utama", "Format rujukan ke LK3"),
            ]),
            ("p", ("Dengan format bersama, konselor LK3 dapat segera memahami latar belakang warga yang dirujuk, "
                  "sementara pengurus WKSBM mendapat kabar tindak lanjutnya.")),
        ],
    },
    {
        "slug": "hari-anak-nasional-2026-pengasuhan-berbasis-keluarga",
        "title": "Hari Anak Nasional 2026: Setiap Anak Berhak Tumbuh dalam Keluarga",
        "date": date(2026, 7, 23),
        "summary": ("BRSPA DIY memperingati Hari Anak Nasional dengan mempertemukan anak asuh dengan keluarga "
                    "pengasuh pengganti dan mengajak warga menjadi orang tua asuh."),
        "categories": ["rehabilitasi-sosial", "kegiatan-dinas"],
        "tags": ["Hari Anak Nasional", "BRSPA", "pengasuhan", "orang tua asuh"],
        "authors": ["rina-wulandari"],
        "source": "BRSPA DIY",
        "body": [
            ("p", ("Tema pengasuhan berbasis keluarga mewarnai peringatan Hari Anak Nasional 2026 di Balai "
                  "Rehabilitasi Sosial dan Pengasuhan Anak (BRSPA) DIY. Prinsipnya sederhana: tempat terbaik bagi "
                  "anak adalah keluarga, sedangkan panti atau balai hanya pilihan terakhir dan sementara.")),
            ("p", ("Dalam acara ini, anak-anak yang pernah tinggal di balai dan kini diasuh keluarga pengganti datang "
                  "bersama orang tua asuh mereka. Mereka berbagi pengalaman menyesuaikan diri di rumah baru.")),
            ("quote", ("Pengasuhan di keluarga membutuhkan persiapan, tetapi anak yang tumbuh dengan kasih sayang "
                      "satu keluarga berkembang jauh lebih baik."), "Rina Wulandari", "Pekerja Sosial di BRSPA DIY"),
            ("p", ("BRSPA membuka kesempatan bagi warga yang ingin menjadi keluarga pengasuh pengganti. Calon keluarga "
                  "akan mengikuti asesmen, pelatihan dan pendampingan oleh pekerja sosial.")),
        ],
    },
    {
        "slug": "rs-rtlh-2026-lima-kabupaten-kota",
        "title": "Program RS-RTLH 2026 Jangkau Kelima Kabupaten/Kota",
        "date": date(2026, 8, 18),
        "summary": ("Untuk pertama kalinya perbaikan rumah tidak layak huni dilaksanakan serentak di lima "
                    "kabupaten/kota dengan total sasaran 150 rumah."),
        "categories": ["penanganan-fakir-miskin"],
        "tags": ["RTLH", "bedah rumah", "penanganan fakir miskin"],
        "authors": ["agus-prasetyo"],
        "programmes": ["rs-rtlh"],
        "source": "Bidang Penanganan Fakir Miskin",
        "body": [
            ("p", ("Program Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-RTLH) tahun 2026 dilaksanakan serentak di "
                  "lima kabupaten/kota. Total sasarannya 150 rumah, terbanyak di Gunungkidul yang masih memiliki "
                  "banyak rumah berdinding bambu dan berlantai tanah.")),
            ("table", "Sasaran RS-RTLH 2026", ["Kabupaten/kota", "Jumlah rumah"], [
                ["Kota Yogyakarta", "15"], ["Sleman", "30"], ["Bantul", "30"], ["Kulon Progo", "30"],
                ["Gunungkidul", "45"],
            ]),
            ("p", ("Tahun ini verifikasi calon penerima melibatkan TKSK dan pengurus WKSBM, sehingga data kondisi "
                  "rumah dan keluarga lebih akurat. Foto sebelum dan sesudah perbaikan juga diunggah ke sistem "
                  "pelaporan agar mudah dipantau.")),
            ("p", ("Di Kota Yogyakarta, perbaikan difokuskan pada rumah di permukiman padat bantaran sungai yang "
                  "sanitasinya buruk. Bantuan meliputi pembuatan jamban sehat dan perbaikan atap.")),
            ("cta", "rs-rtlh", "Rumah tetangga Anda tidak layak huni?",
             "Baca syarat dan cara pengusulan bantuan RS-RTLH.", "Lihat program RS-RTLH"),
        ],
    },
    {
        "slug": "lk3-buka-konsultasi-lewat-telepon-dan-pesan",
        "title": "Tak Sempat Datang? LK3 Melayani Konsultasi Lewat Telepon",
        "date": date(2026, 10, 13),
        "summary": ("Warga kini dapat berkonsultasi tentang masalah keluarga melalui telepon pada jam layanan, atau "
                    "meninggalkan pesan untuk dihubungi kembali oleh konselor."),
        "categories": ["pemberdayaan-sosial"],
        "tags": ["LK3", "konseling keluarga", "layanan telepon"],
        "authors": ["rina-wulandari"],
        "programmes": ["lk3"],
        "source": "Bidang Pemberdayaan Sosial",
        "body": [
            ("p", ("Tidak semua orang bisa meninggalkan pekerjaan atau rumah untuk datang ke kantor LK3. Karena itu, "
                  "Lembaga Konsultasi Kesejahteraan Keluarga kini melayani konsultasi lewat telepon di nomor "
                  "(0274) 555 0110 pada jam layanan.")),
            ("p", ("Di luar jam layanan, warga dapat meninggalkan pesan berisi nama panggilan dan waktu yang nyaman "
                  "untuk dihubungi. Konselor akan menelepon kembali pada hari kerja berikutnya.")),
            ("p", ("Konsultasi lewat telepon cocok untuk percakapan awal, pertanyaan tentang pengasuhan, atau bagi "
                  "warga yang belum siap bertatap muka. Bila diperlukan, konselor akan menawarkan sesi tatap muka "
                  "atau kunjungan rumah.")),
            ("p", ("Dalam keadaan darurat, misalnya ada anggota keluarga yang terancam keselamatannya, warga diminta "
                  "segera menghubungi layanan darurat atau kantor polisi terdekat.")),
        ],
    },
    {
        "slug": "penjangkauan-ppks-di-kota-yogyakarta",
        "title": "Penjangkauan Malam Hari: Petugas Dampingi Warga Tanpa Tempat Tinggal di Kota Yogyakarta",
        "date": date(2026, 11, 10),
        "summary": ("Tim penjangkauan menemui gelandangan, pengemis dan anak jalanan, menawarkan tempat singgah, "
                    "pemeriksaan kesehatan dan bantuan mengurus dokumen kependudukan."),
        "categories": ["rehabilitasi-sosial"],
        "tags": ["PPKS", "penjangkauan", "gelandangan dan pengemis", "anak jalanan"],
        "authors": ["bambang-setyawan"],
        "source": "Bidang Rehabilitasi Sosial",
        "body": [
            ("p", ("Selama dua pekan, tim penjangkauan Dinas Sosial DIY bersama dinas sosial Kota Yogyakarta menyusuri "
                  "kawasan pusat kota pada malam hari. Mereka menemui warga yang tidur di emperan toko, pengemis, "
                  "dan anak-anak yang masih berada di jalan hingga larut.")),
            ("p", ("Pendekatannya persuasif. Petugas mengajak bicara, menawarkan makanan dan tempat singgah "
                  "sementara, serta menanyakan kebutuhan masing-masing. Tidak ada yang dipaksa ikut.")),
            ("p", ("Warga yang bersedia dibawa ke rumah singgah mendapat pemeriksaan kesehatan, makanan dan "
                  "pendampingan pekerja sosial. Banyak dari mereka tidak memiliki KTP, sehingga petugas membantu "
                  "menghubungi dinas kependudukan agar mereka dapat mengakses layanan kesehatan dan bantuan sosial.")),
            ("table", "Hasil penjangkauan", ["Kelompok", "Ditemui", "Bersedia didampingi"], [
                ["Gelandangan", "34", "21"],
                ["Pengemis", "27", "12"],
                ["Anak jalanan", "9", "9"],
            ]),
            ("p", ("Seluruh anak yang ditemui telah dipertemukan kembali dengan keluarganya atau ditempatkan sementara "
                  "di balai sambil menunggu asesmen pekerja sosial.")),
        ],
    },
]

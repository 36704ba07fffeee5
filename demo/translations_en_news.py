"""English text of the six translated demo news posts (see translations_en.py)."""

POST_SLUGS = (
    "bimbingan-teknis-tksk-se-diy-2013",
    "pelatihan-psm-pendamping-lansia-2024",
    "layanan-ramah-disabilitas-kantor-dinas-sosial",
    "kampung-siaga-bencana-bertambah-2026",
    "hari-lanjut-usia-nasional-2026",
    "lk3-buka-konsultasi-lewat-telepon-dan-pesan",
)

ENGLISH = {
    # Disability-friendly office
    "Kantor Dinas Sosial DIY Kini Lebih Ramah Disabilitas":
        "The Social Services Office Is Now More Accessible for People with Disabilities",
    "layanan-ramah-disabilitas-kantor-dinas-sosial": "disability-friendly-social-services-office",
    "Jalur landai, toilet aksesibel, juru bahasa isyarat terjadwal dan loket prioritas kini tersedia di kantor "
    "pelayanan Dinas Sosial DIY.":
        "Ramps, accessible toilets, scheduled sign language interpreters and priority counters are now available "
        "at the service office of the Social Services Department.",
    "Menjelang Hari Disabilitas Internasional, Dinas Sosial DIY menyelesaikan penataan ruang pelayanan agar lebih "
    "mudah diakses penyandang disabilitas. Perubahan ini disusun bersama organisasi penyandang disabilitas yang "
    "ikut menguji langsung setiap fasilitas.":
        "Ahead of the International Day of Persons with Disabilities, the department finished rearranging its "
        "service area so that people with disabilities can use it more easily. The changes were planned with "
        "disabled people's organisations, whose members tested every facility themselves.",
    "Jalur landai dari tempat parkir hingga loket": "A ramp from the car park to the counters",
    "Toilet aksesibel dengan pegangan dan pintu geser": "Accessible toilets with grab rails and sliding doors",
    "Juru bahasa isyarat setiap Selasa dan Kamis, atau dengan janji":
        "Sign language interpreters every Tuesday and Thursday, or by appointment",
    "Loket prioritas bagi penyandang disabilitas, lansia dan ibu hamil":
        "Priority counters for people with disabilities, older people and pregnant women",
    "Jalur pemandu bagi penyandang disabilitas netra": "Tactile guide paths for blind and partially sighted people",
    "Warga yang membutuhkan juru bahasa isyarat di luar jadwal dapat menghubungi kantor paling lambat sehari "
    "sebelum kedatangan.":
        "Anyone who needs a sign language interpreter outside these days can contact the office at least one day "
        "before their visit.",
    "Subbag Program dan Informasi": "Programme and Information Unit",
    # National Older Persons' Day 2026
    "Hari Lanjut Usia Nasional 2026: Lansia Sehat, Aktif dan Dihargai":
        "National Older Persons' Day 2026: Healthy, Active and Valued",
    "hari-lanjut-usia-nasional-2026": "national-older-persons-day-2026",
    "Peringatan HLUN di DIY diisi pemeriksaan kesehatan, lomba senam lansia dan penyerahan bantuan bagi lansia "
    "terlantar.":
        "The day was marked in DIY with health checks, an exercise competition for older people and aid for "
        "neglected older people.",
    "Ratusan lanjut usia memadati lapangan dalam peringatan Hari Lanjut Usia Nasional (HLUN) 2026 tingkat DIY. "
    "Mereka mengikuti senam bersama, pemeriksaan tekanan darah dan gula darah, serta konsultasi gizi.":
        "Hundreds of older people filled the field for the provincial celebration of National Older Persons' "
        "Day 2026. They joined a group exercise session, had their blood pressure and blood sugar checked and "
        "received advice on nutrition.",
    "Dalam kesempatan yang sama, Dinas Sosial DIY menyerahkan bantuan bagi lansia terlantar berupa paket sembako, "
    "alat bantu jalan dan perlengkapan kebersihan diri. Bantuan diserahkan melalui pendamping agar dapat diantar ke "
    "rumah lansia yang tidak mampu hadir.":
        "At the same event the department handed over aid for neglected older people: food parcels, walking "
        "aids and personal hygiene kits. The aid went through social facilitators so that it could be delivered "
        "to the homes of those who could not attend.",
    "Peringatan ini juga menjadi pengingat bahwa merawat lansia adalah tanggung jawab bersama. Keluarga, tetangga "
    "dan kelompok warga seperti WKSBM diharapkan ikut memastikan tidak ada lansia yang kesepian atau kekurangan di "
    "lingkungannya.":
        "The day was also a reminder that caring for older people is a shared responsibility. Families, "
        "neighbours and community groups such as WKSBM are asked to make sure that no older person in their "
        "neighbourhood is lonely or goes without.",
    # Community social workers trained to care for older people
    "Pekerja Sosial Masyarakat Dilatih Mendampingi Lansia di Rumah":
        "Community Social Workers Trained to Support Older People at Home",
    "pelatihan-psm-pendamping-lansia-2024": "community-social-workers-elderly-care-training-2024",
    "Sebanyak 60 Pekerja Sosial Masyarakat belajar merawat lansia di rumah, mengenali tanda penelantaran dan "
    "menghubungkan keluarga dengan layanan kesehatan.":
        "Sixty community social workers learned how to care for older people at home, spot signs of neglect and "
        "connect families with health services.",
    "Proporsi penduduk lanjut usia di DIY termasuk yang tertinggi di Indonesia. Banyak di antaranya tinggal bersama "
    "cucu atau sendirian karena anak-anaknya merantau. Untuk itu Dinas Sosial DIY melatih 60 Pekerja Sosial "
    "Masyarakat (PSM) agar mampu mendampingi lansia di rumah.":
        "DIY has one of the highest shares of older people in Indonesia. Many live with their grandchildren or "
        "alone because their children have moved away for work. The department has therefore trained 60 "
        "community social workers (PSM) to support older people at home.",
    "Peserta mempelajari dasar perawatan sehari-hari: membantu berpindah dari tempat tidur, mencegah jatuh, dan "
    "memastikan obat diminum sesuai aturan. Mereka juga belajar mengenali tanda penelantaran, misalnya lansia yang "
    "tampak kurang makan atau tidak pernah keluar rumah.":
        "Participants learned the basics of daily care: helping someone get out of bed, preventing falls and "
        "making sure medicines are taken as prescribed. They also learned to recognise signs of neglect, such as "
        "an older person who seems underfed or never leaves the house.",
    "PSM adalah warga yang secara sukarela membantu penanganan masalah sosial di lingkungannya. Setelah pelatihan, "
    "mereka akan bekerja bersama WKSBM dan kader posyandu lansia di kalurahan masing-masing.":
        "Community social workers are residents who volunteer to help with social problems in their "
        "neighbourhood. After the training they will work with WKSBM networks and the volunteers of the "
        "village health posts for older people.",
    # Disaster-ready villages
    "Kampung Siaga Bencana Bertambah, Warga Dilatih Menolong Diri Sendiri":
        "More Disaster-Ready Villages, with Residents Trained to Help Themselves",
    "kampung-siaga-bencana-bertambah-2026": "more-disaster-ready-villages-2026",
    "Lima kampung baru di wilayah rawan longsor dan banjir membentuk Kampung Siaga Bencana lengkap dengan peta "
    "risiko, jalur evakuasi dan lumbung sosial.":
        "Five new villages in landslide- and flood-prone areas have become Disaster-Ready Villages, complete with "
        "risk maps, evacuation routes and social food stores.",
    "Jumlah Kampung Siaga Bencana (KSB) di DIY bertambah lima. Kampung-kampung baru itu berada di wilayah rawan "
    "longsor di perbukitan Menoreh, Kulon Progo, dan di bantaran sungai yang kerap meluap di Bantul.":
        "DIY now has five more Disaster-Ready Villages (KSB). The new ones lie in the landslide-prone Menoreh "
        "hills of Kulon Progo and along riverbanks in Bantul that often flood.",
    "KSB adalah wadah penanggulangan bencana berbasis masyarakat. Warga dilatih memetakan risiko di lingkungannya, "
    "menentukan jalur dan titik kumpul evakuasi, serta mendata tetangga yang perlu dibantu lebih dulu saat "
    "mengungsi.":
        "A KSB is a community-based disaster management group. Residents are trained to map the risks around "
        "them, agree on evacuation routes and assembly points, and list the neighbours who need help first when "
        "everyone has to leave.",
    "Setiap KSB juga mengelola lumbung sosial berisi bahan makanan, selimut dan perlengkapan dasar. Dengan begitu, "
    "warga dapat bertahan pada jam-jam pertama sebelum bantuan dari luar tiba.":
        "Each KSB also keeps a social store of food, blankets and basic supplies, so that residents can manage "
        "the first hours before outside help arrives.",
    "KSB baru 2026": "New KSB in 2026",
    "Jumlah kampung": "Number of villages",
    "5": "5",
    "Warga terlatih": "Residents trained",
    "± 250 orang": "about 250 people",
    "Pendamping": "Supported by",
    "Tagana dan TKSK setempat": "local Tagana volunteers and TKSK",
    # TKSK technical guidance 2013
    "Bimbingan Teknis TKSK se-DIY: Memperkuat Pendamping di Tingkat Kecamatan":
        "Technical Guidance for TKSK across DIY: Strengthening Support at the District Level",
    "bimbingan-teknis-tksk-se-diy-2013": "tksk-technical-guidance-diy-2013",
    "Tenaga Kesejahteraan Sosial Kecamatan dari 78 kecamatan di DIY mendapat pembekalan tentang pendataan, "
    "pelaporan dan koordinasi dengan pemerintah desa.":
        "District social welfare workers from 78 districts in DIY were briefed on data collection, reporting and "
        "coordination with village governments.",
    "Dinas Sosial DIY menyelenggarakan bimbingan teknis bagi Tenaga Kesejahteraan Sosial Kecamatan (TKSK) dari "
    "seluruh kabupaten/kota. TKSK adalah relawan yang ditugaskan di setiap kecamatan untuk membantu pemerintah "
    "menyelenggarakan kesejahteraan sosial, mulai dari pendataan hingga pendampingan penerima bantuan.":
        "The Social Services Department held technical guidance sessions for District Social Welfare Workers "
        "(TKSK) from every regency and city. TKSK are volunteers assigned to each district to help the "
        "government deliver social welfare, from data collection to supporting aid recipients.",
    "Peserta mendalami tata cara pelaporan bulanan, pemanfaatan data penyandang masalah kesejahteraan sosial, dan "
    "koordinasi dengan WKSBM serta pekerja sosial masyarakat di desa dan kelurahan.":
        "Participants went through monthly reporting procedures, the use of data on people with social welfare "
        "problems, and coordination with WKSBM networks and community social workers in the villages.",
    "Para peserta juga saling bertukar pengalaman. TKSK dari Gunungkidul, misalnya, bercerita tentang tantangan "
    "menjangkau warga di padukuhan yang jauh dari pusat kecamatan, sedangkan TKSK Kota Yogyakarta berbagi cara "
    "menangani warga tanpa identitas kependudukan.":
        "Participants also shared their experience. TKSK from Gunungkidul, for example, talked about the "
        "difficulty of reaching residents in hamlets far from the district centre, while TKSK from Yogyakarta "
        "City explained how they help residents who have no identity documents.",
    # LK3 by telephone
    "Tak Sempat Datang? LK3 Melayani Konsultasi Lewat Telepon":
        "Can't Come In? LK3 Now Offers Counselling by Telephone",
    "lk3-buka-konsultasi-lewat-telepon-dan-pesan": "lk3-counselling-by-telephone",
    "Warga kini dapat berkonsultasi tentang masalah keluarga melalui telepon pada jam layanan, atau meninggalkan "
    "pesan untuk dihubungi kembali oleh konselor.":
        "Residents can now talk about family problems by telephone during opening hours, or leave a message and "
        "a counsellor will call them back.",
    "Tidak semua orang bisa meninggalkan pekerjaan atau rumah untuk datang ke kantor LK3. Karena itu, Lembaga "
    "Konsultasi Kesejahteraan Keluarga kini melayani konsultasi lewat telepon di nomor (0274) 555 0110 pada jam "
    "layanan.":
        "Not everyone can leave work or home to visit an LK3 office. The Family Welfare Counselling Centre "
        "therefore now offers counselling by telephone on +62 274 555 0110 during opening hours.",
    "Di luar jam layanan, warga dapat meninggalkan pesan berisi nama panggilan dan waktu yang nyaman untuk "
    "dihubungi. Konselor akan menelepon kembali pada hari kerja berikutnya.":
        "Outside opening hours, callers can leave a message with the name they would like to be called and a "
        "convenient time. A counsellor will call back on the next working day.",
    "Konsultasi lewat telepon cocok untuk percakapan awal, pertanyaan tentang pengasuhan, atau bagi warga yang "
    "belum siap bertatap muka. Bila diperlukan, konselor akan menawarkan sesi tatap muka atau kunjungan rumah.":
        "Telephone counselling suits a first conversation, questions about parenting, or people who are not yet "
        "ready to meet face to face. If needed, the counsellor will offer a face-to-face session or a home visit.",
    "Dalam keadaan darurat, misalnya ada anggota keluarga yang terancam keselamatannya, warga diminta segera "
    "menghubungi layanan darurat atau kantor polisi terdekat.":
        "In an emergency, for example when a family member's safety is at risk, please call the emergency "
        "services or the nearest police station straight away.",
}

# WhatsApp dan konsol: tanpa tombol dan tanpa perintah garis miring, pengikut mengetik kata dan angka.

wa-words-start = gabung, mulai
wa-words-help = bantuan, menu
wa-words-stop = berhenti, stop langganan
wa-words-done = selesai, sudah
wa-words-undo = batal
wa-words-pledge = janji, saya berjanji
wa-words-plans = rencana, rencana saya, tugas
wa-words-language = bahasa
wa-words-topics = topik, isu
wa-words-timezone = zona waktu
wa-words-privacy = privasi
wa-words-forget = lupakan, hapus data

wa-media-only = Terima kasih! Saya hanya bisa membaca pesan teks, bukan foto, pesan suara, atau berkas. Balas *menu* untuk melihat apa yang bisa saya lakukan.

help-whatsapp = Ini yang bisa saya lakukan — cukup balas dengan katanya:
    • *rencana* — aksi Anda saat ini
    • *selesai 2* — centang tugas 2 (*batal 2* untuk membatalkan centang)
    • *janji* — berkomitmen pada rencana terbaru Anda
    • *topik* — pilih isu yang Anda ikuti
    • *bahasa* — ganti bahasa
    • *zona waktu* — ubah waktu pengingat datang
    • *privasi* — apa yang saya simpan tentang Anda
    • *berhenti* — hentikan semua pesan
    • *lupakan* — hapus semua tentang Anda
    • *menu* — daftar ini
start-welcome-back-whatsapp = Selamat datang kembali! Anda sudah terdaftar. Balas *rencana* untuk melihat aksi Anda, atau *menu* untuk yang lainnya.
start-resubscribed-whatsapp = Selamat datang kembali! Anda akan menerima rencana Forum lagi. Ubah isu Anda kapan saja dengan membalas *topik*.
privacy-whatsapp = 🔒 Apa yang saya simpan, dan mengapa
    • Bahasa Anda, isu yang Anda ikuti, dan perkiraan zona waktu Anda — agar rencana yang tepat sampai pada jam yang wajar.
    • Tautan influencer yang Anda gunakan untuk bergabung — agar mereka dapat melihat berapa banyak orang yang beraksi, hanya dalam bentuk total.
    • Rencana yang Anda terima, yang Anda janjikan, dan tugas yang Anda centang — untuk daftar periksa dan pengingat Anda.
    • Alamat WhatsApp Anda, dalam bentuk terenkripsi — hanya untuk mengirimi Anda pesan. Saya tidak pernah menyimpan nomor telepon Anda dalam bentuk yang bisa dibaca, juga tidak nama Anda.
    Tidak seorang pun, bahkan influencer atau penyelenggara, dapat melihat siapa Anda dalam laporan.
    Balas *berhenti* untuk menghentikan semua pesan, atau *lupakan* untuk menghapus semua tentang Anda secara permanen.
stop-done-whatsapp = Beres — Anda tidak akan menerima rencana atau pengingat lagi. Balas *gabung* kapan pun Anda ingin kembali. Untuk menghapus data Anda juga, balas *lupakan*.
stop-not-subscribed-whatsapp = Anda belum terdaftar, jadi tidak ada yang perlu dihentikan. Balas *gabung* untuk mendaftar.
forget-done-whatsapp = Semua tentang Anda telah dihapus. Terima kasih atas semua yang telah Anda lakukan. Jika suatu saat ingin kembali, cukup balas *gabung*.
settings-pick-topics-whatsapp = Isu apa yang ingin Anda ikuti? Balas dengan nomornya.
onboarding-pick-topics-whatsapp = Isu apa yang ingin Anda perjuangkan? Balas dengan nomor setiap isu yang Anda pedulikan.
onboarding-privacy-whatsapp = 🔒 Privasi Anda
    • Saya hanya menyimpan bahasa Anda, isu yang Anda pilih, perkiraan zona waktu Anda, dan tugas yang Anda centang.
    • Saya tidak pernah menyimpan nama Anda, dan alamat WhatsApp Anda disimpan dalam bentuk terenkripsi.
    • Influencer hanya melihat total, tidak pernah siapa Anda.
    • Balas *berhenti* untuk menghentikan semua pesan, atau *lupakan* untuk menghapus semua tentang Anda.
onboarding-summary-whatsapp = Semua siap! ✅
    Bahasa: { $language }
    Isu: { $topics }
    Pengingat disesuaikan untuk: { $timezone }

    Selanjutnya: saat Forum menerbitkan rencana untuk salah satu isu Anda, rencana itu akan sampai di sini sebagai beberapa tugas sederhana. Berjanjilah, centang satu per satu, dan selesai.
    Balas *bahasa*, *topik*, atau *zona waktu* untuk mengubah apa pun, atau *menu* untuk semua yang bisa saya lakukan.
flow-reprompt-choose-one-whatsapp = Maaf, saya tidak mengerti. Silakan balas dengan angka dari 1 sampai { $count }, atau *menu* untuk bantuan.
flow-reprompt-choose-many-whatsapp = Maaf, saya tidak mengerti. Silakan balas dengan angka yang Anda inginkan, misalnya 1 3, atau *menu* untuk bantuan.
flow-reprompt-choose-many-keep-whatsapp = Maaf, saya tidak mengerti. Balas dengan angka yang Anda inginkan, misalnya 1 3, atau 0 untuk mempertahankan yang sudah dicentang.
flow-pick-at-least-one-whatsapp = Silakan pilih setidaknya satu: balas dengan nomornya.
unknown-command-whatsapp = Saya tidak mengenal kata itu. Balas *menu* untuk melihat apa yang bisa saya lakukan.
fallback-whatsapp = Terima kasih atas pesan Anda! Saya bot, jadi tidak bisa membaca teks bebas. Balas *rencana* untuk aksi Anda, *selesai 1* untuk mencentang tugas, atau *menu* untuk yang lainnya.
fallback-opted-out-whatsapp = Anda sedang tidak menerima rencana. Balas *gabung* untuk mulai lagi, atau *menu* untuk lainnya.
wa-words-sources = sumber

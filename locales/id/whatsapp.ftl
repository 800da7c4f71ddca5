# WhatsApp dan konsol: tanpa tombol dan tanpa perintah garis miring, pengikut mengetik kata dan angka.

wa-words-start = gabung, mulai
wa-words-help = bantuan, menu
wa-words-stop = berhenti, stop langganan
wa-words-done = selesai, sudah
wa-words-undo = batal
wa-words-pledge = komitmen, aku berkomitmen, janji
wa-words-plans = rencana, rencanaku, rencana saya, tugas
wa-words-language = bahasa
wa-words-topics = topik, isu
wa-words-timezone = zona waktu
wa-words-privacy = privasi
wa-words-forget = lupakan, hapus data

wa-media-only = Terima kasih! Aku hanya bisa membaca pesan teks, bukan foto, pesan suara, atau berkas. Balas *menu* untuk melihat apa yang bisa aku lakukan.

help-whatsapp = Ini yang bisa aku lakukan — cukup balas dengan katanya:
    • *rencana* — aksimu saat ini
    • *selesai 2* — centang tugas 2 (*batal 2* untuk membatalkan centang)
    • *komitmen* — berkomitmen pada rencanamu yang terbaru
    • *topik* — pilih isu yang kamu ikuti
    • *bahasa* — ganti bahasa
    • *zona waktu* — atur kapan pengingat dikirim
    • *privasi* — data apa saja yang aku simpan tentangmu
    • *berhenti* — hentikan semua pesan
    • *lupakan* — hapus semua datamu
    • *menu* — daftar ini
start-welcome-back-whatsapp = Selamat datang kembali! Kamu sudah terdaftar. Balas *rencana* untuk melihat aksimu, atau *menu* untuk hal lainnya.
start-resubscribed-whatsapp = Selamat datang kembali! Kamu akan kembali menerima rencana aksi dari Forum. Ubah isu yang kamu ikuti kapan saja dengan membalas *topik*.
privacy-whatsapp = 🔒 Apa yang aku simpan, dan mengapa
    • Bahasamu, isu yang kamu ikuti, dan perkiraan zona waktumu — agar aku bisa mengirim rencana aksi yang tepat pada jam yang wajar.
    • Lewat tautan influencer mana kamu bergabung — agar mereka bisa melihat berapa banyak orang yang beraksi, hanya dalam bentuk jumlah total.
    • Rencana aksi yang kamu terima, komitmenmu, dan tugas yang sudah kamu centang — untuk daftar periksa dan pengingatmu.
    • Alamat WhatsApp-mu, dalam bentuk terenkripsi — hanya untuk mengirim pesan kepadamu. Aku tidak pernah menyimpan nomor teleponmu dalam bentuk yang bisa dibaca, juga tidak menyimpan namamu.
    Tidak ada seorang pun, bahkan influencer atau penyelenggara, yang bisa mengetahui siapa kamu dari laporan.
    Balas *berhenti* untuk menjeda semua pesan, atau *lupakan* untuk menghapus semua datamu untuk selamanya.
stop-done-whatsapp = Beres — kamu tidak akan menerima rencana aksi atau pengingat lagi. Balas *gabung* kapan pun kamu ingin kembali. Untuk sekalian menghapus datamu, balas *lupakan*.
stop-not-subscribed-whatsapp = Kamu belum terdaftar, jadi tidak ada yang perlu dihentikan. Balas *gabung* untuk mendaftar.
forget-done-whatsapp = Semua datamu sudah dihapus. Terima kasih atas semua yang sudah kamu lakukan. Kalau suatu saat ingin kembali, cukup balas *gabung*.
settings-pick-topics-whatsapp = Isu apa saja yang ingin kamu ikuti? Balas dengan nomornya.
onboarding-pick-topics-whatsapp = Isu apa saja yang ingin kamu perjuangkan? Balas dengan nomor setiap isu yang kamu pedulikan.
onboarding-privacy-whatsapp = 🔒 Privasimu
    • Aku hanya menyimpan bahasamu, isu yang kamu pilih, perkiraan zona waktumu, dan tugas yang kamu centang.
    • Aku tidak pernah menyimpan namamu, dan alamat WhatsApp-mu disimpan dalam bentuk terenkripsi.
    • Influencer hanya bisa melihat jumlah total, tidak pernah tahu siapa kamu.
    • Balas *berhenti* untuk menjeda semua pesan, atau *lupakan* untuk menghapus semua datamu.
onboarding-summary-whatsapp = Semua siap! ✅
    Bahasa: { $language }
    Isu: { $topics }
    Pengingat mengikuti waktu: { $timezone }

    Selanjutnya: saat Forum menerbitkan rencana aksi untuk salah satu isu pilihanmu, kamu akan menerimanya di sini sebagai beberapa tugas sederhana. Berkomitmenlah, centang tugasnya satu per satu, dan selesai.
    Balas *bahasa*, *topik*, atau *zona waktu* untuk mengubah apa pun, atau *menu* untuk semua yang bisa aku lakukan.
flow-reprompt-choose-one-whatsapp = Maaf, aku tidak mengerti. Balas dengan angka dari 1 sampai { $count }, atau *menu* untuk bantuan.
flow-reprompt-choose-many-whatsapp = Maaf, aku tidak mengerti. Balas dengan angka yang kamu inginkan, misalnya 1 3, atau *menu* untuk bantuan.
flow-reprompt-choose-many-keep-whatsapp = Maaf, aku tidak mengerti. Balas dengan angka yang kamu inginkan, misalnya 1 3, atau 0 untuk mempertahankan yang sudah dicentang.
flow-pick-at-least-one-whatsapp = Pilih setidaknya satu: balas dengan nomornya.
unknown-command-whatsapp = Aku tidak mengenal kata itu. Balas *menu* untuk melihat apa yang bisa aku lakukan.
fallback-whatsapp = Terima kasih atas pesanmu! Aku bot, jadi tidak bisa membaca teks bebas. Balas *rencana* untuk aksimu, *selesai 1* untuk mencentang tugas, atau *menu* untuk hal lainnya.
fallback-opted-out-whatsapp = Kamu sedang tidak menerima rencana. Balas *gabung* untuk mulai lagi, atau *menu* untuk hal lainnya.
wa-words-sources = sumber

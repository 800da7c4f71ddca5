# WhatsApp dan konsol: tiada butang dan tiada arahan garis miring, jadi pengikut menaip perkataan dan nombor.

wa-words-start = sertai, mula
wa-words-help = bantuan, menu
wa-words-stop = berhenti, henti
wa-words-done = siap, selesai
wa-words-undo = batal
wa-words-pledge = ikrar, saya berikrar
wa-words-plans = pelan, pelan saya, tugasan
wa-words-language = bahasa
wa-words-topics = topik, isu
wa-words-timezone = zon waktu
wa-words-privacy = privasi
wa-words-forget = lupakan, padam

wa-media-only = Terima kasih! Saya hanya boleh membaca mesej teks, bukan gambar, nota suara atau fail. Balas *menu* untuk melihat apa yang boleh saya lakukan.

help-whatsapp = Ini yang boleh saya lakukan — balas sahaja dengan perkataannya:
    • *pelan* — tindakan anda sekarang
    • *siap 2* — tandakan tugasan 2 (*batal 2* untuk membuang tanda)
    • *ikrar* — berikrar untuk pelan terbaharu anda
    • *topik* — pilih perjuangan yang anda ikuti
    • *bahasa* — tukar bahasa
    • *zon waktu* — tukar masa peringatan tiba
    • *privasi* — apa yang saya simpan tentang anda
    • *berhenti* — hentikan semua mesej
    • *lupakan* — padam segala-galanya tentang anda
    • *menu* — senarai ini
start-welcome-back-whatsapp = Selamat kembali! Anda sudah mendaftar. Balas *pelan* untuk melihat tindakan anda, atau *menu* untuk yang lain.
start-resubscribed-whatsapp = Selamat kembali! Anda akan menerima pelan Forum semula. Tukar perjuangan anda bila-bila masa dengan membalas *topik*.
privacy-whatsapp = 🔒 Apa yang saya simpan, dan mengapa
    • Bahasa anda, perjuangan yang anda ikuti dan anggaran zon waktu anda — supaya pelan yang sesuai sampai pada waktu yang munasabah.
    • Pautan pempengaruh yang anda gunakan untuk menyertai — supaya mereka dapat melihat berapa ramai yang bertindak, dalam jumlah keseluruhan sahaja.
    • Pelan yang anda terima, yang anda ikrarkan dan tugasan yang anda tandakan — untuk senarai semak dan peringatan anda.
    • Alamat WhatsApp anda, dalam bentuk tersulit — hanya untuk menghantar mesej kepada anda. Saya tidak pernah menyimpan nombor telefon anda dalam bentuk yang boleh dibaca, dan tidak juga nama anda.
    Tiada sesiapa, walaupun pempengaruh atau penganjur, dapat melihat siapa anda dalam laporan.
    Balas *berhenti* untuk menghentikan semua mesej, atau *lupakan* untuk memadam segala-galanya tentang anda buat selamanya.
stop-done-whatsapp = Baik — anda tidak akan menerima pelan atau peringatan lagi. Balas *sertai* bila-bila masa anda mahu kembali. Untuk memadam data anda juga, balas *lupakan*.
stop-not-subscribed-whatsapp = Anda belum mendaftar, jadi tiada apa yang perlu dihentikan. Balas *sertai* untuk mendaftar.
forget-done-whatsapp = Segala-galanya tentang anda telah dipadam. Terima kasih atas semua yang telah anda lakukan. Jika suatu hari anda mahu kembali, balas sahaja *sertai*.
settings-pick-topics-whatsapp = Perjuangan mana yang anda mahu ikuti? Balas dengan nombornya.
onboarding-pick-topics-whatsapp = Perjuangan mana yang anda mahu bertindak untuknya? Balas dengan nombor setiap satu yang anda ambil berat.
onboarding-privacy-whatsapp = 🔒 Privasi anda
    • Saya hanya menyimpan bahasa anda, perjuangan yang anda pilih, anggaran zon waktu anda dan tugasan yang anda tandakan.
    • Saya tidak pernah menyimpan nama anda, dan alamat WhatsApp anda disimpan dalam bentuk tersulit.
    • Pempengaruh hanya melihat jumlah, tidak pernah siapa anda.
    • Balas *berhenti* untuk menghentikan semua mesej, atau *lupakan* untuk memadam segala-galanya tentang anda.
onboarding-summary-whatsapp = Semua sudah sedia! ✅
    Bahasa: { $language }
    Perjuangan: { $topics }
    Peringatan mengikut waktu: { $timezone }

    Seterusnya: apabila Forum menerbitkan pelan untuk salah satu perjuangan anda, ia akan sampai di sini sebagai beberapa tugasan mudah. Berikrar, tandakan satu demi satu, dan itu sahaja.
    Balas *bahasa*, *topik* atau *zon waktu* untuk menukar apa-apa, atau *menu* untuk semua yang boleh saya lakukan.
flow-reprompt-choose-one-whatsapp = Maaf, saya tidak faham. Sila balas dengan nombor dari 1 hingga { $count }, atau *menu* untuk bantuan.
flow-reprompt-choose-many-whatsapp = Maaf, saya tidak faham. Sila balas dengan nombor yang anda mahu, contohnya 1 3, atau *menu* untuk bantuan.
flow-reprompt-choose-many-keep-whatsapp = Maaf, saya tidak faham. Balas dengan nombor yang anda mahu, contohnya 1 3, atau 0 untuk mengekalkan yang sudah ditanda.
flow-pick-at-least-one-whatsapp = Sila pilih sekurang-kurangnya satu: balas dengan nombornya.
unknown-command-whatsapp = Saya tidak kenal perkataan itu. Balas *menu* untuk melihat apa yang boleh saya lakukan.
fallback-whatsapp = Terima kasih atas mesej anda! Saya bot, jadi saya tidak boleh membaca teks bebas. Balas *pelan* untuk tindakan anda, *siap 1* untuk menandakan tugasan, atau *menu* untuk yang lain.
fallback-opted-out-whatsapp = Anda tidak menerima pelan sekarang. Balas *sertai* untuk bermula semula, atau *menu* untuk lagi.
wa-words-sources = sumber

# Replies to the follower commands.

start-welcome-back = Selamat kembali! Anda sudah berdaftar. Hantar /plans untuk melihat tindakan anda, atau /help untuk perkara lain.
start-resubscribed = Selamat kembali! Anda akan menerima pelan tindakan Forum semula. Tukar isu yang anda ikuti pada bila-bila masa dengan /topics.
start-topic-added = Selamat kembali! Saya telah menambah { $topic } ke dalam senarai isu anda.
help = Ini yang boleh saya lakukan:
    /plans — tindakan semasa anda
    /topics — pilih isu yang anda ikuti
    /language — tukar bahasa
    /timezone — tukar waktu peringatan dihantar
    /privacy — apa yang saya simpan tentang anda
    /stop — hentikan semua mesej
    /forget — padam segala-galanya tentang anda
    /help — senarai ini
privacy = 🔒 Apa yang saya simpan, dan mengapa
    • Bahasa anda, isu yang anda ikuti dan anggaran zon waktu anda — supaya saya dapat menghantar pelan yang sesuai pada waktu yang munasabah.
    • Pautan pempengaruh yang anda gunakan untuk menyertai — supaya mereka dapat melihat berapa ramai yang bertindak, dalam bentuk jumlah sahaja.
    • Pelan yang anda terima, yang anda ikrarkan, tugasan yang telah anda tandakan, dan perhimpunan yang anda kata akan hadiri — untuk senarai semak dan peringatan anda.
    • ID sembang anda, dalam bentuk tersulit — hanya untuk menghantar mesej kepada anda. Saya tidak menyimpan nama, nama pengguna atau nombor telefon anda.
    Tiada sesiapa, malah pempengaruh atau penganjur sekalipun, dapat mengetahui siapa anda melalui laporan.
    /stop menjeda semua mesej; /forget memadam segala-galanya tentang anda buat selama-lamanya.
stop-done = Selesai — anda tidak akan menerima pelan atau peringatan lagi. Hantar /start bila-bila masa anda mahu kembali. Untuk memadam data anda juga, hantar /forget.
stop-not-subscribed = Anda belum berdaftar, jadi tiada apa-apa untuk dihentikan. Hantar /start untuk menyertai.
settings-pick-language = Bahasa apakah yang anda mahu?
settings-language-saved = Selesai! Mulai sekarang saya akan menggunakan { $language }.
settings-pick-topics = Isu apakah yang anda mahu ikuti? Ketik untuk menanda atau membuang tanda, kemudian ketik Selesai.
settings-topics-saved = Disimpan. Isu yang anda ikuti: { $topics }.
settings-pick-timezone = Di manakah anda lebih kurang? Peringatan akan tiba pada waktu yang munasabah di sana.
settings-timezone-saved = Disimpan. Peringatan ditetapkan mengikut waktu: { $timezone }.
forget-confirm = Padam segala-galanya tentang anda? Ini akan membuang tetapan, ikrar dan kemajuan anda buat selama-lamanya, dan anda tidak akan menerima sebarang mesej lagi. Tindakan ini tidak boleh dibatalkan.
forget-yes = Ya, padam semuanya
forget-no = Tidak, simpan data saya
forget-kept = Tiada apa-apa yang dipadam. 👍
forget-done = Segala-galanya tentang anda telah dipadam. Terima kasih atas semua yang telah anda lakukan. Jika anda mahu kembali suatu hari nanti, hantar sahaja /start.
forget-nothing = Saya tidak menyimpan apa-apa maklumat tentang anda.
help-organiser = Untuk penganjur:
    /planhelp — cadang, luluskan, terbitkan dan pantau pelan
    /report [kod] — laporan forum, atau laporan seorang pempengaruh
    /influencer add | invite | list — daftarkan pempengaruh
    /recount — kira semula angka laporan daripada rekod
help-influencer = Untuk pempengaruh:
    /mylink — pautan sertai dan kod QR anda
    /report — laporan audiens anda (/report csv untuk hamparan)
    /weekly on|off — laporan setiap minggu
    /summaries on|off — ringkasan selepas setiap pelan dihantar

# Telegram's command menu (short descriptions).
menu-plans = Tindakan semasa anda
menu-topics = Isu yang anda ikuti
menu-language = Tukar bahasa
menu-timezone = Masa peringatan
menu-privacy = Apa yang disimpan tentang anda
menu-stop = Hentikan semua mesej
menu-forget = Padam semua tentang anda
menu-help = Semua yang bot boleh lakukan

# Replies to the follower commands.

start-welcome-back = Selamat datang kembali! Kamu sudah terdaftar. Kirim /plans untuk melihat aksimu, atau /help untuk hal lainnya.
start-resubscribed = Selamat datang kembali! Kamu akan kembali menerima rencana aksi dari Forum. Ubah isu yang kamu ikuti kapan saja lewat /topics.
start-topic-added = Selamat datang kembali! Aku sudah menambahkan { $topic } ke daftar isu yang kamu ikuti.
help = Ini yang bisa aku lakukan:
    /plans — aksimu saat ini
    /topics — pilih isu yang kamu ikuti
    /language — ganti bahasa
    /timezone — atur kapan pengingat dikirim
    /privacy — data apa saja yang aku simpan tentangmu
    /stop — hentikan semua pesan
    /forget — hapus semua datamu
    /help — daftar ini
privacy = 🔒 Apa yang aku simpan, dan mengapa
    • Bahasamu, isu yang kamu ikuti, dan perkiraan zona waktumu — agar aku bisa mengirim rencana aksi yang tepat pada jam yang wajar.
    • Lewat tautan influencer mana kamu bergabung — agar mereka bisa melihat berapa banyak orang yang beraksi, hanya dalam bentuk jumlah total.
    • Rencana aksi yang kamu terima, komitmenmu, tugas yang sudah kamu centang, dan pertemuan yang kamu bilang akan kamu hadiri — untuk daftar periksa dan pengingatmu.
    • ID obrolanmu, dalam bentuk terenkripsi — hanya untuk mengirim pesan kepadamu. Aku tidak menyimpan nama, nama pengguna, atau nomor teleponmu.
    Tidak ada seorang pun, bahkan influencer atau penyelenggara, yang bisa mengetahui siapa kamu dari laporan.
    /stop menjeda semua pesan; /forget menghapus semua datamu untuk selamanya.
stop-done = Beres — kamu tidak akan menerima rencana aksi atau pengingat lagi. Kirim /start kapan pun kamu ingin kembali. Untuk sekalian menghapus datamu, kirim /forget.
stop-not-subscribed = Kamu belum terdaftar, jadi tidak ada yang perlu dihentikan. Kirim /start untuk bergabung.
settings-pick-language = Kamu ingin memakai bahasa apa?
settings-language-saved = Beres! Mulai sekarang aku akan menggunakan { $language }.
settings-pick-topics = Isu apa saja yang ingin kamu ikuti? Ketuk untuk mencentang atau menghapus centang, lalu ketuk Selesai.
settings-topics-saved = Tersimpan. Isu yang kamu ikuti: { $topics }.
settings-pick-timezone = Kira-kira kamu berada di mana? Pengingat akan datang pada jam yang wajar di sana.
settings-timezone-saved = Tersimpan. Pengingat disesuaikan dengan waktu: { $timezone }.
forget-confirm = Hapus semua datamu? Pengaturan, komitmen, dan progresmu akan terhapus untuk selamanya, dan kamu tidak akan menerima pesan lagi. Tindakan ini tidak bisa dibatalkan.
forget-yes = Ya, hapus semuanya
forget-no = Tidak, simpan dataku
forget-kept = Tidak ada yang dihapus. 👍
forget-done = Semua datamu sudah dihapus. Terima kasih atas semua yang telah kamu lakukan. Jika suatu saat ingin kembali, cukup kirim /start.
forget-nothing = Aku tidak menyimpan data apa pun tentangmu.
help-organiser = Untuk penyelenggara:
    /planhelp — usulkan, setujui, terbitkan, dan pantau rencana
    /report [kode] — laporan forum, atau laporan satu influencer
    /influencer add | invite | list — daftarkan influencer
    /recount — hitung ulang angka laporan dari catatan
help-influencer = Untuk influencer:
    /mylink — tautan bergabung dan kode QR kamu
    /report — laporan audiensmu (/report csv untuk spreadsheet)
    /weekly on|off — laporan setiap minggu
    /summaries on|off — ringkasan setelah setiap rencana dikirim

# Telegram's command menu (short descriptions).
menu-plans = Aksimu saat ini
menu-topics = Isu yang kamu ikuti
menu-language = Ganti bahasa
menu-timezone = Waktu pengingat
menu-privacy = Apa yang disimpan tentangmu
menu-stop = Hentikan semua pesan
menu-forget = Hapus semua tentangmu
menu-help = Semua yang bisa dilakukan bot

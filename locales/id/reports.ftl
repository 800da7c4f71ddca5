# Laporan jangkauan untuk influencer dan penyelenggara, serta alat influencer (/claim, /mylink, /report).

report-title-audience = 📊 Laporan jangkauan — { $name }
report-title-forum = 📊 Laporan jangkauan — seluruh Forum
report-as-of = Per { $date } (UTC)
report-followers-heading = 👥 Pengikut
report-joined = Bergabung: { $all } · 7 hari terakhir: { $week } · 30 hari terakhir: { $month }
report-active = Aktif: { $active } · masih mendaftar: { $onboarding }
report-left = Berhenti: { $optedOut } · memblokir bot: { $blocked }
report-languages = 🗣 Bahasa: { $list }
report-topics = 🏷 Isu: { $list }
report-breakdown-small = ditampilkan mulai { $min } pengikut aktif
report-others = lainnya
report-others-small = lainnya, masing-masing kurang dari { $min }
report-plans-heading = 📋 Rencana
report-no-plans = 📋 Belum ada rencana yang dikirim. Angkamu akan muncul di sini setelah rencana pertama.
report-more-plans = { $count ->
   *[other] …dan { $count } rencana lama lainnya di file CSV.
}
report-plan-title = “{ $title }” ({ $id })
report-line = { $label }: { $value }
report-stage-reached = Terjangkau
report-stage-pledged = Berkomitmen
report-stage-task = Tugas { $number }
report-stage-completed = Semua tugas selesai
report-percent = { $value }%
report-rate-of-reached = { $pct } dari yang terjangkau
report-rate-of-pledged = { $pct } dari yang berkomitmen
report-rate-forum = Forum: { $pct }
report-privacy-note = 🔒 Hanya total, dibulatkan ke kelipatan 5 — tidak ada yang bisa dikenali. “<10” berarti kurang dari 10 orang; rincian dan persentase hanya muncul untuk kelompok yang lebih besar.
report-footer-influencer = /mylink — tautan dan kode QR-mu · /report csv — angka ini sebagai spreadsheet · /weekly on — laporan ini setiap minggu · /summaries on — ringkasan singkat setelah tiap rencana
report-footer-organiser = /report kode — laporan satu influencer · /report csv — sebagai spreadsheet · /influencer list — semua influencer
report-usage = Kirim /report saja, atau /report csv untuk file spreadsheet.
report-not-yours = Kamu hanya bisa melihat laporan audiensmu sendiri.
report-chart-caption = Corong rencana terbaru: terjangkau → berkomitmen → tiap tugas → semua tugas selesai.
report-chart-title-audience = Corong rencana — { $name }
report-chart-title-forum = Corong rencana — seluruh Forum
report-csv-caption = 📄 Laporan jangkauanmu sebagai spreadsheet (CSV). “<5” menandai kelompok yang terlalu kecil untuk ditampilkan.
report-csv-button = 📄 Spreadsheet (CSV)
report-csv-hint = Kirim /report csv untuk file spreadsheet.
report-csv-coming = Menyiapkan spreadsheet…
report-weekly-intro = 🗓 Assalamu'alaikum! Ini laporan jangkauan mingguanmu.
report-weekly-footer = /weekly off menghentikan laporan mingguan. /report menampilkan angka terbaru kapan saja.
report-weekly-on = ✅ Kamu akan menerima laporan jangkauan setiap minggu, yang pertama pada { $date }.
report-weekly-off = Laporan mingguan dimatikan. /report tetap menampilkan angkamu kapan saja.
report-summaries-on = ✅ Setelah setiap rencana terkirim ke semua orang, aku akan mengirimkan ringkasan singkat untukmu.
report-summaries-off = Ringkasan rencana dimatikan.
report-subscription-usage = Kirim /weekly on atau /weekly off, dan /summaries on atau /summaries off.
report-summary-title = 📣 “{ $title }” kini sudah dikirim ke semua orang.
report-summary-audience = Audiensmu: { $reached } terjangkau · { $pledged } sudah berkomitmen.
report-summary-rate = Itu { $pct } dari yang terjangkau — terima kasih telah mengajak mereka.
report-summary-forum = Seluruh Forum: { $reached } terjangkau.
report-summary-footer = /report menampilkan gambaran lengkapnya.

influencer-telegram-only = Alat influencer hanya berfungsi di Telegram.
influencer-only = Ini untuk para influencer Forum. Kalau kamu salah satunya, mintalah kode undangan kepada penyelenggara, lalu kirim /claim diikuti kode itu.
influencer-unknown = Aku tidak mengenal influencer dengan kode “{ $code }”.
influencer-claim-usage = Kirim /claim diikuti kode undangan dari penyelenggara, misalnya: /claim ABCD234XYZ
influencer-claim-invalid = Kode undangan itu tidak berlaku atau sudah dipakai. Silakan minta yang baru kepada penyelenggara.
influencer-claimed = 🎉 Selamat datang, { $name }! Kode bergabungmu adalah { $code }.
    /mylink memberimu tautan bergabung dan kode QR untuk videomu.
    /report menunjukkan berapa orang yang bergabung dan beraksi lewat kamu — hanya total, tanpa nama.
influencer-usage = Perintah influencer:
    /influencer add kode [ID pengguna Telegram] Nama tampilan — daftarkan influencer
    /influencer invite kode — kode undangan baru untuk dipakai dengan /claim
    /influencer list — semua yang terdaftar
    /report kode — laporan satu influencer; /report — seluruh Forum
influencer-added = ✅ { $name } terdaftar dengan kode bergabung { $code }.
influencer-invite = Undangan untuk { $code }: minta dia mengirim pesan ini kepadaku — /claim { $invite }
    Hanya berlaku sekali.
influencer-owner-set = Laporannya akan dikirim ke akun Telegram yang kamu berikan.
influencer-code-taken = Kode “{ $code }” sudah dipakai (oleh influencer atau isu). Silakan pilih kode lain.
influencer-bad-args = Aku tidak bisa mendaftarkannya:
    { $problems }
    Cara: /influencer add kode [ID pengguna Telegram] Nama tampilan
influencer-list-heading = Influencer:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = Belum ada influencer terdaftar. /influencer add untuk mendaftarkan.
influencer-state-claimed = laporan dikirim ke akunnya
influencer-state-invited = undangan belum dipakai
influencer-state-none = belum ada akun

mylink-intro = 🔗 Tautan bergabungmu, { $name }:
mylink-topic-intro = 🔗 Tautan bergabungmu untuk { $topic }, { $name }:
mylink-telegram = Telegram: { $link }
mylink-whatsapp = WhatsApp: { $link }
mylink-topics-heading = Satu tautan per isu (isu itu langsung dicentang bagi yang bergabung):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = Tempelkan di deskripsi videomu; kode QR di bawah untuk videonya sendiri. /mylink diikuti nama isu memberi kode QR isu itu.
mylink-qr-telegram = Kode QR — bergabung lewat Telegram ({ $code })
mylink-qr-whatsapp = Kode QR — bergabung lewat WhatsApp ({ $code })
mylink-none = Tautan bergabung belum disiapkan (bot belum punya nama Telegram atau nomor WhatsApp). Mohon beri tahu penyelenggara.
mylink-unknown-topic = Aku tidak mengenal isu “{ $topic }”. Isu: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 Semua angka laporan sedang dihitung ulang dari catatan. Prosesnya berjalan di latar belakang; /report akan menampilkan angka yang sudah diperbaiki dalam beberapa menit.

# Laporan capaian untuk pempengaruh dan penganjur, serta alat pempengaruh (/claim, /mylink, /report).

report-title-audience = 📊 Laporan capaian — { $name }
report-title-forum = 📊 Laporan capaian — seluruh Forum
report-as-of = Setakat { $date } (UTC)
report-followers-heading = 👥 Pengikut
report-joined = Menyertai: { $all } · 7 hari terakhir: { $week } · 30 hari terakhir: { $month }
report-active = Aktif: { $active } · masih mendaftar: { $onboarding }
report-left = Berhenti langgan: { $optedOut } · menyekat bot: { $blocked }
report-languages = 🗣 Bahasa: { $list }
report-topics = 🏷 Isu: { $list }
report-breakdown-small = dipaparkan mulai { $min } pengikut aktif
report-others = lain-lain
report-others-small = lain-lain, setiap satu kurang daripada { $min }
report-plans-heading = 📋 Pelan
report-no-plans = 📋 Belum ada pelan yang dihantar. Angka anda akan muncul di sini selepas pelan pertama.
report-more-plans = { $count ->
   *[other] …dan { $count } pelan lama lagi dalam fail CSV.
}
report-plan-title = “{ $title }” ({ $id })
report-line = { $label }: { $value }
report-stage-reached = Dicapai
report-stage-pledged = Berikrar
report-stage-task = Tugasan { $number }
report-stage-completed = Semua tugasan siap
report-percent = { $value }%
report-rate-of-reached = { $pct } daripada yang dicapai
report-rate-of-pledged = { $pct } daripada yang berikrar
report-rate-forum = Forum: { $pct }
report-privacy-note = 🔒 Jumlah sahaja, dibundarkan kepada gandaan 5 — tiada sesiapa yang boleh dikenal pasti. “<10” bermaksud kurang daripada 10 orang; pecahan dan peratusan hanya dipaparkan untuk kumpulan yang lebih besar.
report-footer-influencer = /mylink — pautan dan kod QR anda · /report csv — angka ini sebagai hamparan · /weekly on — laporan ini setiap minggu · /summaries on — ringkasan pendek selepas tiap pelan
report-footer-organiser = /report kod — laporan satu pempengaruh · /report csv — sebagai hamparan · /influencer list — semua pempengaruh
report-usage = Hantar /report saja, atau /report csv untuk fail hamparan.
report-not-yours = Anda hanya boleh melihat laporan audiens anda sendiri.
report-chart-caption = Corong pelan terbaru: dicapai → berikrar → tiap tugasan → semua tugasan siap.
report-chart-title-audience = Corong pelan — { $name }
report-chart-title-forum = Corong pelan — seluruh Forum
report-csv-caption = 📄 Laporan capaian anda sebagai hamparan (CSV). “<5” menandakan kumpulan yang terlalu kecil untuk dipaparkan.
report-csv-button = 📄 Hamparan (CSV)
report-csv-hint = Hantar /report csv untuk fail hamparan.
report-csv-coming = Menyediakan hamparan…
report-weekly-intro = 🗓 Assalamualaikum! Inilah laporan capaian mingguan anda.
report-weekly-footer = /weekly off menghentikan laporan mingguan. /report memaparkan angka terbaru bila-bila masa.
report-weekly-on = ✅ Anda akan menerima laporan capaian setiap minggu, yang pertama pada { $date }.
report-weekly-off = Laporan mingguan dimatikan. /report tetap memaparkan angka anda bila-bila masa.
report-summaries-on = ✅ Selepas setiap pelan terhantar ke semua orang, saya akan menghantar ringkasan pendek.
report-summaries-off = Ringkasan pelan dimatikan.
report-subscription-usage = Hantar /weekly on atau /weekly off, dan /summaries on atau /summaries off.
report-summary-title = 📣 “{ $title }” kini sudah dihantar ke semua orang.
report-summary-audience = Audiens anda: { $reached } dicapai · { $pledged } sudah berikrar.
report-summary-rate = Itu { $pct } daripada yang dicapai — terima kasih kerana membawa mereka.
report-summary-forum = Seluruh Forum: { $reached } dicapai.
report-summary-footer = /report memaparkan gambaran lengkapnya.

influencer-telegram-only = Alat pempengaruh hanya berfungsi di Telegram.
influencer-only = Ini untuk para pempengaruh Forum. Jika anda salah seorang daripadanya, mintalah kod undangan kepada penganjur, lalu hantar /claim diikuti kod itu.
influencer-unknown = Saya tidak mengenali pempengaruh dengan kod “{ $code }”.
influencer-claim-usage = Hantar /claim diikuti kod undangan daripada penganjur, misalnya: /claim ABCD234XYZ
influencer-claim-invalid = Kod undangan itu tidak sah atau sudah digunakan. Sila minta yang baru kepada penganjur.
influencer-claimed = 🎉 Selamat datang, { $name }! Kod penyertaan anda ialah { $code }.
    /mylink memberikan anda pautan penyertaan dan kod QR untuk video anda.
    /report menunjukkan berapa orang yang menyertai dan bertindak melalui anda — jumlah sahaja, tanpa nama.
influencer-usage = Perintah pempengaruh:
    /influencer add kod [ID pengguna Telegram] Nama paparan — daftarkan pempengaruh
    /influencer invite kod — kod undangan baru untuk digunakan dengan /claim
    /influencer list — semua yang berdaftar
    /report kod — laporan satu pempengaruh; /report — seluruh Forum
influencer-added = ✅ { $name } didaftarkan dengan kod penyertaan { $code }.
influencer-invite = Undangan untuk { $code }: minta dia menghantar mesej ini kepada saya — /claim { $invite }
    Hanya sah sekali.
influencer-owner-set = Laporannya akan dihantar ke akaun Telegram yang anda berikan.
influencer-code-taken = Kod “{ $code }” sudah digunakan (oleh pempengaruh atau isu). Sila pilih kod lain.
influencer-bad-args = Saya tidak dapat mendaftarkannya:
    { $problems }
    Cara: /influencer add kod [ID pengguna Telegram] Nama paparan
influencer-list-heading = Pempengaruh:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = Belum ada pempengaruh berdaftar. Gunakan /influencer add untuk mendaftar.
influencer-state-claimed = laporan dihantar ke akaunnya
influencer-state-invited = undangan belum digunakan
influencer-state-none = belum ada akaun

mylink-intro = 🔗 Pautan penyertaan anda, { $name }:
mylink-topic-intro = 🔗 Pautan penyertaan anda untuk { $topic }, { $name }:
mylink-telegram = Telegram: { $link }
mylink-whatsapp = WhatsApp: { $link }
mylink-topics-heading = Satu pautan per isu (isu itu terus ditanda bagi yang menyertai):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = Tampalkan dalam keterangan video anda; kod QR di bawah untuk video itu sendiri. /mylink diikuti nama isu memberi kod QR isu itu.
mylink-qr-telegram = Kod QR — menyertai melalui Telegram ({ $code })
mylink-qr-whatsapp = Kod QR — menyertai melalui WhatsApp ({ $code })
mylink-none = Pautan penyertaan belum disediakan (bot belum mempunyai nama Telegram atau nombor WhatsApp). Sila maklumkan kepada penganjur.
mylink-unknown-topic = Saya tidak mengenali isu “{ $topic }”. Isu: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 Semua angka laporan sedang dikira semula daripada rekod. Ia berjalan di latar belakang; /report akan memaparkan angka yang telah dibetulkan dalam beberapa minit.

# Anggota forum dan keputusannya (src/forum).

forum-members-only = Perintah ini khusus untuk anggota Forum.
forum-member-usage = Perintah anggota (penyelenggara):
    /member add <id telegram> influencer <kode audiens> — tambahkan influencer atau organisasi anggota
    /member add <id telegram> organiser — usulkan penyelenggara baru (forum yang memutuskan)
    /member remove <id telegram> — keluarkan anggota (penyelenggara lewat keputusan forum)
    /member approve <keputusan> — setujui keputusan tentang penyelenggara
    /members — siapa saja anggota forum
forum-member-exists = Orang ini sudah menjadi anggota Forum.
forum-member-added = ✅ Ditambahkan sebagai influencer, dengan audiens: { $codes }.
forum-member-unknown = Orang ini bukan anggota Forum.
forum-member-bootstrap = Penyelenggara ini termasuk penyelenggara pertama yang diatur dalam konfigurasi bot (ADMIN_TELEGRAM_IDS). Hanya pengelola bot yang bisa mengubahnya.
forum-member-removed = ✅ Dikeluarkan dari Forum.
forum-left = Anda telah keluar dari Forum. Persetujuan Anda atas rencana yang masih menunggu tidak lagi dihitung. Terima kasih atas semua yang telah Anda lakukan.
forum-not-member = Anda bukan anggota Forum.
forum-decision-unknown = Saya tidak mengenal keputusan bernama “{ $id }”.
forum-decision-closed = Keputusan “{ $id }” sudah dijalankan.
forum-decision-add-proposed = 📝 Penyelenggara baru diusulkan (keputusan “{ $id }”). Usulan Anda dihitung sebagai persetujuan Anda: { $count } dari { $required }. Penyelenggara lain menyetujui dengan /member approve { $id }.
forum-decision-remove-proposed = 📝 Pengeluaran seorang penyelenggara diusulkan (keputusan “{ $id }”). Usulan Anda dihitung sebagai persetujuan Anda: { $count } dari { $required }. Penyelenggara lain menyetujui dengan /member approve { $id }.
forum-decision-approved = 👍 Disetujui. Keputusan “{ $id }” mendapat { $count } dari { $required } persetujuan.
forum-decision-held = ✋ Keputusan “{ $id }” ditahan: { $objections } anggota berkeberatan. Keputusan berjalan bila keberatan ditarik, atau dengan { $required } persetujuan ditambah satu untuk setiap keberatan (saat ini { $count }).
forum-decision-done = ✅ Keputusan “{ $id }” disepakati ({ $count } persetujuan) dan sudah dijalankan.
forum-plan-held = ✋ Rencana “{ $id }” ditahan: { $objections } anggota berkeberatan. Rencana berjalan bila keberatan ditarik, atau dengan { $required } persetujuan ditambah satu untuk setiap keberatan (saat ini { $count }).
forum-objected = ✋ Keberatan Anda atas “{ $id }” dicatat. Keberatan ini menahan keputusan sampai Anda menariknya (/unobject { $id }) atau cukup banyak anggota tetap menyetujui.
forum-objected-already = Anda sudah menyatakan keberatan atas “{ $id }”.
forum-objection-withdrawn = Keberatan Anda atas “{ $id }” sudah ditarik.
forum-objection-none = Anda tidak punya keberatan atas “{ $id }” untuk ditarik.
forum-object-usage = Tulis /object diikuti id rencana atau keputusan (misalnya m.k3x9p2); /unobject menarik keberatan Anda.
forum-members = Forum hari ini:
    Penyelenggara: { $organisers } ({ $bootstrap } di antaranya dari konfigurasi bot)
    Influencer dan organisasi anggota: { $influencers } (audiens: { $codes })
    Saat ini sebuah keputusan membutuhkan { $required } persetujuan.
help-forum = Untuk anggota forum:
    /members — siapa saja anggota forum
    /object <rencana atau keputusan> — tahan keputusan yang tidak Anda setujui; /unobject menariknya
    /leave — keluar dari forum
    /profile — bahasa, zona waktu, dan bahasa yang bisa Anda pakai untuk meninjau rencana
    /record <rencana atau keputusan> — siapa yang mengusulkan, menyetujui, dan menolak, serta kapan
    /member — tambah dan keluarkan anggota (penyelenggara)
plan-agreed-by = 🤝 Disepakati oleh { $count } anggota forum pada { $date }.
plan-file-hint = 📎 Rencana ini tampaknya terpotong: Telegram hanya menyimpan 4.096 karakter pertama sebuah pesan. Kirim saja file .yaml rencana itu (sebagai dokumen, dengan /propose atau /validate sebagai keterangannya).
forum-profile = Profil forum Anda:
    Bahasa: { $language }
    Zona waktu: { $zone }
    Bahasa yang bisa Anda pakai untuk meninjau rencana: { $speaks }
    Nama Anda di catatan forum: { $name }
    Ubah dengan /profile language ur, /profile zone Karachi (kota, zona waktu, atau UTC+5), atau /profile speaks ur en.
forum-profile-usage = Maaf, saya tidak menangkapnya. Tulis misalnya:
    /profile language fr
    /profile zone Istanbul (kota, zona waktu seperti Asia/Dhaka, atau UTC+3)
    /profile speaks ar en — bahasa yang bisa Anda pakai untuk meninjau terjemahan rencana
    /profile name Aminah K. — nama yang ditampilkan untuk Anda di catatan forum (/profile name - menghapusnya)
    Bahasa: ar, en, ur, tr, id, ms, fr, ug, bn.
forum-record-usage = Tulis /record diikuti ID rencana atau keputusan (misalnya m.k3x9p2).
forum-record-unknown = Saya tidak mengenal rencana atau keputusan bernama “{ $id }”.
forum-record-plan = 📜 Catatan rencana “{ $id }” ({ $title }), versi { $revision }
forum-record-decision-add = 📜 Catatan keputusan “{ $id }”: { $member } menjadi penyelenggara
forum-record-decision-remove = 📜 Catatan keputusan “{ $id }”: { $member } tidak lagi menjadi penyelenggara
forum-record-proposed = Diusulkan oleh { $who } pada { $date }.
forum-record-approvals = Persetujuan:
forum-record-approved = 👍 { $who }, { $date }
forum-record-objections = Keberatan yang masih berlaku:
forum-record-objected = ✋ { $who }, sejak { $date }
forum-record-none = — belum ada
forum-record-tally = Persetujuan yang dihitung: { $count } dari { $required } · keberatan: { $objections }
forum-record-agreed = ✅ Disepakati pada { $date }.
forum-record-done = ✅ Dilaksanakan pada { $date }.
forum-record-ready = Persetujuannya sudah cukup dan bisa dilanjutkan.
forum-record-waiting = ⏳ Belum disepakati.
forum-record-unnamed = anggota yang belum memasang nama
forum-record-you = Anda
forum-record-gone = (tidak dihitung lagi: anggota ini sekarang tidak berhak menyetujui)

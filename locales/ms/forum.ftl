# Ahli forum dan keputusannya (src/forum).

forum-members-only = Arahan ini untuk ahli Forum sahaja.
forum-member-usage = Arahan ahli (penganjur):
    /member add <id telegram> influencer <kod audiens> — tambah pempengaruh atau organisasi ahli
    /member add <id telegram> organiser — cadangkan penganjur baharu (forum yang memutuskan)
    /member remove <id telegram> — keluarkan ahli (penganjur melalui keputusan forum)
    /member approve <keputusan> — luluskan keputusan tentang penganjur
    /members — siapa ahli forum
forum-member-exists = Orang ini sudah menjadi ahli Forum.
forum-member-added = ✅ Ditambah sebagai pempengaruh, dengan audiens: { $codes }.
forum-member-unknown = Orang ini bukan ahli Forum.
forum-member-bootstrap = Penganjur ini antara penganjur pertama yang ditetapkan dalam konfigurasi bot (ADMIN_TELEGRAM_IDS). Hanya pengendali bot yang boleh mengubahnya.
forum-member-removed = ✅ Dikeluarkan daripada Forum.
forum-left = Anda telah keluar daripada Forum. Kelulusan anda bagi pelan yang masih menunggu tidak lagi dikira. Terima kasih atas segala sumbangan anda.
forum-not-member = Anda bukan ahli Forum.
forum-decision-unknown = Saya tidak tahu keputusan bernama “{ $id }”.
forum-decision-closed = Keputusan “{ $id }” sudah dilaksanakan.
forum-decision-add-proposed = 📝 Penganjur baharu dicadangkan (keputusan “{ $id }”). Cadangan anda dikira sebagai kelulusan anda: { $count } daripada { $required }. Penganjur lain meluluskan dengan /member approve { $id }.
forum-decision-remove-proposed = 📝 Pengeluaran seorang penganjur dicadangkan (keputusan “{ $id }”). Cadangan anda dikira sebagai kelulusan anda: { $count } daripada { $required }. Penganjur lain meluluskan dengan /member approve { $id }.
forum-decision-approved = 👍 Diluluskan. Keputusan “{ $id }” mempunyai { $count } daripada { $required } kelulusan.
forum-decision-held = ✋ Keputusan “{ $id }” ditangguhkan: { $objections } ahli membantah. Ia diteruskan apabila bantahan ditarik balik, atau dengan { $required } kelulusan ditambah satu bagi setiap bantahan (kini { $count }).
forum-decision-done = ✅ Keputusan “{ $id }” dipersetujui ({ $count } kelulusan) dan sudah dilaksanakan.
forum-plan-held = ✋ Pelan “{ $id }” ditangguhkan: { $objections } ahli membantah. Ia diteruskan apabila bantahan ditarik balik, atau dengan { $required } kelulusan ditambah satu bagi setiap bantahan (kini { $count }).
forum-objected = ✋ Bantahan anda terhadap “{ $id }” direkodkan. Ia menangguhkan keputusan sehingga anda menariknya balik (/unobject { $id }) atau cukup ramai ahli tetap meluluskannya.
forum-objected-already = Anda sudah membantah “{ $id }”.
forum-objection-withdrawn = Bantahan anda terhadap “{ $id }” telah ditarik balik.
forum-objection-none = Anda tiada bantahan terhadap “{ $id }” untuk ditarik balik.
forum-object-usage = Tulis /object diikuti id pelan atau keputusan (contohnya m.k3x9p2); /unobject menarik balik bantahan anda.
forum-members = Forum hari ini:
    Penganjur: { $organisers } ({ $bootstrap } daripadanya daripada konfigurasi bot)
    Pempengaruh dan organisasi ahli: { $influencers } (audiens: { $codes })
    Kini sesuatu keputusan memerlukan { $required } kelulusan.
help-forum = Untuk ahli forum:
    /members — siapa ahli forum
    /object <pelan atau keputusan> — tangguhkan keputusan yang anda tidak setuju; /unobject menariknya balik
    /leave — keluar daripada forum
    /profile — bahasa, zon waktu dan bahasa yang anda boleh gunakan untuk menyemak pelan
    /record <pelan atau keputusan> — siapa yang mencadangkan, meluluskan dan membantah, serta bila
    /member — tambah dan keluarkan ahli (penganjur)
plan-agreed-by = 🤝 Dipersetujui oleh { $count } ahli forum pada { $date }.
plan-file-hint = 📎 Pelan ini nampaknya terpotong: Telegram hanya menyimpan 4,096 aksara pertama sesuatu mesej. Sebaliknya, hantar fail .yaml pelan itu (sebagai dokumen, dengan /propose atau /validate sebagai kapsyennya).
forum-profile = Profil forum anda:
    Bahasa: { $language }
    Zon waktu: { $zone }
    Bahasa yang anda boleh gunakan untuk menyemak pelan: { $speaks }
    Nama anda dalam rekod forum: { $name }
    Tukar dengan /profile language ur, /profile zone Karachi (bandar, zon waktu atau UTC+5) atau /profile speaks ur en.
forum-profile-usage = Maaf, saya tidak faham. Tulis contohnya:
    /profile language fr
    /profile zone Istanbul (bandar, zon waktu seperti Asia/Dhaka, atau UTC+3)
    /profile speaks ar en — bahasa yang anda boleh gunakan untuk menyemak terjemahan pelan
    /profile name Aminah K. — nama yang dipaparkan untuk anda dalam rekod forum (/profile name - memadamnya)
    Bahasa: ar, en, ur, tr, id, ms, fr, ug, bn.
forum-record-usage = Tulis /record diikuti ID pelan atau keputusan (contohnya m.k3x9p2).
forum-record-unknown = Saya tidak mengenali pelan atau keputusan bernama “{ $id }”.
forum-record-plan = 📜 Rekod pelan “{ $id }” ({ $title }), versi { $revision }
forum-record-decision-add = 📜 Rekod keputusan “{ $id }”: { $member } menjadi penganjur
forum-record-decision-remove = 📜 Rekod keputusan “{ $id }”: { $member } tidak lagi menjadi penganjur
forum-record-proposed = Dicadangkan oleh { $who } pada { $date }.
forum-record-approvals = Kelulusan:
forum-record-approved = 👍 { $who }, { $date }
forum-record-objections = Bantahan yang masih berdiri:
forum-record-objected = ✋ { $who }, sejak { $date }
forum-record-none = — belum ada
forum-record-tally = Kelulusan yang dikira: { $count } daripada { $required } · bantahan: { $objections }
forum-record-agreed = ✅ Dipersetujui pada { $date }.
forum-record-done = ✅ Dilaksanakan pada { $date }.
forum-record-ready = Kelulusannya sudah mencukupi dan boleh diteruskan.
forum-record-waiting = ⏳ Belum dipersetujui.
forum-record-unnamed = ahli yang belum menetapkan nama
forum-record-you = anda
forum-record-gone = (tidak dikira lagi: ahli ini kini tidak berhak meluluskan)

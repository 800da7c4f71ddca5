# Rapat-rapat forum (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    Kapan: { $date } (waktu { $place })
    Di mana: { $link }
    Tamu: { $guests }
    Agenda:
    { $agenda }
meeting-invitation-head = 📨 Anda diundang ke rapat Forum.
meeting-invitation-foot = Apakah Anda akan hadir? Jawab di bawah; jawaban bisa diubah kapan saja. Untuk mengusulkan butir agenda: /proposal { $id } lalu judulnya, dan tulisan Anda di baris-baris berikutnya.
meeting-rsvp-yes = Ya
meeting-rsvp-no = Tidak
meeting-rsvp-maybe = Mungkin
meeting-rsvp-hint = Jawab dengan /rsvp { $id } lalu yes (ya), no (tidak) atau maybe (mungkin).
meeting-rsvp-usage = Tulis /rsvp, kode rapat dan jawaban Anda, misalnya: /rsvp mt4k2x yes (atau no, atau maybe).
meeting-rsvp-saved-yes = ✅ Dicatat: Anda akan hadir. Sampai jumpa!
meeting-rsvp-saved-no = Dicatat: kali ini Anda tidak bisa hadir. Terima kasih sudah memberi tahu.
meeting-rsvp-saved-maybe = Dicatat: mungkin. Jawaban bisa diubah kapan saja.
meeting-is-cancelled = ❌ Rapat ini dibatalkan.
meeting-is-over = Rapat ini sudah selesai.
meeting-unknown = Saya tidak mengenal rapat bernama “{ $id }”. /meeting menampilkan rapat yang akan datang.
meeting-proposals-title = Usulan ({ $count }):
meeting-proposal-line = • { $id }: { $title } — didukung { $count } anggota
meeting-rsvp-counts = Jawaban: { $yes } ya, { $maybe } mungkin, { $no } tidak; { $none } belum menjawab.
meeting-minutes-title = 📝 Notulen:
meeting-none = Belum ada rapat yang dijadwalkan.
meeting-list-title = Rapat yang akan datang:
meeting-list-line = • { $id }: { $topic } — { $date } (waktu { $place })
meeting-usage = Perintah rapat (penyelenggara):
    /meeting schedule, lalu satu baris untuk tiap isian (nama isian tetap dalam bahasa Inggris):
      when: 2026-12-15 18:00 Europe/Istanbul (atau nama kota, atau UTC+3)
      link: https://…
      topic: …
      guests: nama; nama (sebagaimana mereka ingin ditampilkan)
      agenda: butir; butir
    /meeting move <kode> <tanggal jam zona> — waktu baru (anggota diberi tahu)
    /meeting cancel <kode> — membatalkan (anggota diberi tahu)
    /meeting list — rapat yang akan datang; /meeting show <kode> — satu rapat, usulan dan jawabannya
    /minutes <kode>, lalu notulennya, dan baris “plan: <usulan> <id rencana>” untuk tiap usulan yang menjadi rencana
meeting-member-usage = /meeting list menampilkan rapat yang akan datang, dan /meeting show diikuti kode rapat menampilkan agendanya, usulan dan jawaban sejauh ini.
meeting-schedule-errors = Rapat ini belum bisa saya jadwalkan:
meeting-error-when = Baris “when:” perlu tanggal, jam dan zona waktu, misalnya 2026-12-15 18:00 Asia/Jakarta.
meeting-error-date = Tanggal atau jam itu tidak ada; mohon periksa hari, bulan dan jamnya.
meeting-error-zone = Saya tidak mengenali zona waktu atau kota itu. Coba zona seperti Asia/Jakarta, kota seperti Jakarta, atau selisih seperti UTC+7.
meeting-error-past = Waktu itu sudah lewat; mohon pilih waktu yang akan datang.
meeting-error-missing-when = Mohon tambahkan baris “when:” berisi tanggal, jam dan zona.
meeting-error-missing-link = Mohon tambahkan baris “link:” berisi alamat rapat (diawali https://).
meeting-error-missing-topic = Mohon tambahkan baris “topic:” yang menyebut topik rapat.
meeting-error-link = Tautan harus berupa alamat lengkap yang diawali https://.
meeting-error-long = Salah satu baris terlalu panjang (paling banyak 200 karakter).
meeting-error-empty = Salah satu baris kosong.
meeting-error-guests = Tamunya terlalu banyak: paling banyak 12.
meeting-error-agenda = Agendanya panjang: paling banyak 15 butir.
meeting-error-line = Saya tidak memahami baris ini: “{ $line }”. Setiap baris diawali when:, link:, topic:, guests: atau agenda:.
meeting-scheduled = ✅ Rapat { $id } sudah dijadwalkan: { $topic }, { $date } (waktu { $place }).
    Undangan yang dikirim: { $invited }, masing-masing dalam bahasa dan zona waktu anggota itu sendiri.
meeting-unreachable = Anggota yang belum bisa dihubungi bot: { $unreachable }. Bot belum pernah menerima pesan dari mereka; mereka diundang begitu menulis ke bot.
meeting-moved = ✅ Rapat { $id } dipindah ke { $date } (waktu { $place }). Anggota yang diundang sedang diberi tahu.
meeting-moved-notice = 🗓 Rapat “{ $topic }” pindah waktu: { $date } (waktu { $place }). Tautan: { $link }
meeting-cancelled = Rapat { $id } dibatalkan. Anggota yang diundang sedang diberi tahu.
meeting-cancelled-already = Rapat { $id } sudah dibatalkan sebelumnya.
meeting-cancelled-notice = ❌ Rapat “{ $topic }” yang dijadwalkan pada { $date } (waktu { $place }) dibatalkan. Mohon maaf atas perubahan ini.
meeting-reminder-day = ⏰ Besok: “{ $topic }”, { $date } (waktu { $place }). Tautan: { $link }
meeting-reminder-hour = ⏰ Satu jam lagi: “{ $topic }”, { $date } (waktu { $place }). Tautan: { $link }
meeting-proposal-usage = Untuk mengusulkan butir, tulis /proposal, kode rapat dan judul, lalu tulisan Anda di baris-baris berikutnya, misalnya:
    /proposal mt4k2x Gerakan buku musim dingin
    Setiap influencer membagikan satu daftar buku…
    Untuk melampirkan makalah, kirim sebagai dokumen dengan kata-kata yang sama sebagai keterangannya.
meeting-proposal-long = Itu terlalu panjang: judul paling banyak { $title } karakter, dan tulisan paling banyak { $text } karakter.
meeting-proposed = ✅ Usulan Anda { $id } masuk agenda rapat { $meeting }. Anggota dapat mendukungnya dengan /back { $id }.
meeting-proposal-unknown = Saya tidak mengenal usulan bernama “{ $id }”.
meeting-backed = 👍 Anda mendukung usulan { $id }. /unback { $id } menarik dukungan Anda.
meeting-backed-already = Anda sudah mendukung usulan { $id }.
meeting-unbacked = Dukungan Anda untuk usulan { $id } sudah ditarik.
meeting-unbacked-none = Anda tidak mendukung usulan { $id }.
meeting-minutes-usage = Tulis /minutes dan kode rapat, lalu notulennya di baris-baris berikutnya, dan untuk tiap usulan yang menjadi rencana sebuah baris seperti: plan: mt4k2x-1 winter-books
meeting-minutes-early = Rapat { $id } belum dimulai: notulen ditulis sesudahnya.
meeting-plan-unknown = Saya tidak mengenal rencana bernama “{ $id }”. Usulkan rencananya dulu, lalu catat di notulen.
meeting-minutes-long = Notulennya terlalu panjang: paling banyak { $max } karakter. Buat singkat saja; rinciannya ada di rencana.
meeting-minutes-saved = ✅ Notulen rapat { $id } sudah dicatat.
meeting-minutes-plans = Rencana yang lahir dari rapat ini: { $plans }.
meeting-plan-provenance = dari rapat { $meeting }
help-meetings = Rapat:
    /meeting list — rapat yang akan datang; /meeting show <kode> — agenda dan usulannya
    /rsvp <kode> yes, no atau maybe — jawaban Anda (atau tombol di undangan)
    /proposal <kode> <judul> — usulkan butir, tulisan Anda di baris berikutnya
    /back <usulan> — dukung usulan; /unback menariknya
help-meetings-organiser = Rapat (penyelenggara):
    /meeting — menjadwalkan, memindah, membatalkan, mendaftar dan menampilkan rapat
    /minutes <kode> — mencatat notulen dan rencana yang lahir dari rapat
    /rsvp, /proposal, /back dan /unback — seperti anggota lainnya
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = Usulan { $id } tidak disertai dokumen.

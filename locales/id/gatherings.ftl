# Pertemuan langsung yang diumumkan kepada pengikut suatu isu: undangan, jawaban, pengingat, perintah penyelenggara.

gathering-title = 📣 Pertemuan langsung: { $title }
gathering-host-forum = Diselenggarakan oleh Forum
gathering-host-influencer = Diselenggarakan oleh { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes } menit
gathering-guests = 🎙 Bersama { $guests }
gathering-cause = 🎗 Untuk { $cause }
gathering-invite-line = Mau ikut? Beri tahu kami kalau kamu akan hadir, nanti kami ingatkan satu jam sebelumnya.
gathering-you-are-going = ✅ Kamu bilang akan hadir. Kami akan mengingatkanmu satu jam sebelumnya.
gathering-button-going = ✋ Saya akan hadir
gathering-button-not-going = Ternyata saya tidak bisa datang
gathering-hint = Balas *hadir* untuk memberi tahu bahwa kamu akan datang.
gathering-hint-going = Balas *tidak hadir* kalau ternyata kamu tidak bisa datang.

gathering-going-thanks = Sampai jumpa di sana! Kami akan mengingatkanmu satu jam sebelumnya.
gathering-going-already = Kamu sudah bilang akan hadir. 👍
gathering-not-going-done = Baik, namamu sudah kami coret dari daftar. Terima kasih sudah memberi tahu.
gathering-not-going-already = Kamu memang tidak ada di daftar pertemuan ini.
gathering-cancelled-notice = Pertemuan ini dibatalkan.
gathering-over-notice = Pertemuan ini sudah berlangsung.
gathering-not-invited = Undangan ini untuk pengikut isu yang lain.
gathering-reminder = ⏰ Satu jam lagi dimulai: { $title }
gathering-cancelled-message = ❌ “{ $title }” ({ $when }) dibatalkan dan tidak jadi diadakan. Terima kasih sudah bilang akan hadir.

gatherings-none = Saat ini belum ada pertemuan untuk isu-isu yang kamu ikuti.
gatherings-intro = Ada { $count } pertemuan untuk isu-isu yang kamu ikuti:
gatherings-intro-whatsapp = Ada { $count } pertemuan untuk isu-isu yang kamu ikuti. Balas *hadir 1*, *hadir 2*… untuk menjawab salah satunya.
gathering-pick-number = Yang mana? Kirim /going dengan nomornya di /gatherings (1 sampai { $count }), misalnya /going 1.
gathering-pick-number-whatsapp = Yang mana? Balas *hadir* dengan nomornya di daftar *pertemuan* (1 sampai { $count }), misalnya *hadir 1*.

help-gatherings-hosts = Untuk pertemuan langsung:
    /gathering — umumkan pertemuan kepada pengikut suatu isu (/gathering help untuk contoh)
    /gathering list — yang akan datang · /gathering cancel <id>
    /gatherings — yang mengundangmu

gathering-hosts-only = Hanya penyelenggara forum dan influencer yang bisa mengumumkan pertemuan.
gathering-usage = Untuk mengumumkan pertemuan langsung, kirim /gathering lalu rinciannya, satu per baris:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Asia/Jakarta
    link: https://meet.example.org/live
    title: Malam bersama para keluarga
    guests: Abu Ali, Dr. Amina Yusuf
    minutes: 90

    "starts" berisi tanggal, jam, dan zona waktu (atau waktu ISO seperti 2026-12-05T18:00+07:00); setiap pengikut melihatnya dalam zona waktunya sendiri. Tautan harus diawali https://. Tamu dan durasi boleh dikosongkan (60 menit jika tidak diisi). Influencer yang punya beberapa audiens menambahkan "audience: <kode>".
gathering-invalid = Pertemuan ini belum bisa diumumkan:
    { $errors }

    Kirim /gathering help untuk melihat contoh.
gathering-unknown-audience = Tidak ada influencer dengan kode { $audience }.
gathering-which-audience = Untuk audiens yang mana? Tambahkan baris "audience: <kode>"; milikmu: { $codes }.
gathering-announced-forum = 📣 { $id } diumumkan: “{ $title }”, { $when }. Undangan sedang dikirim ke semua pengikut { $cause }; yang bilang akan hadir mendapat pengingat satu jam sebelumnya.
    Untuk membatalkan: /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } diumumkan: “{ $title }”, { $when }. Undangan sedang dikirim ke pengikut { $cause } di audiens { $audience }; yang bilang akan hadir mendapat pengingat satu jam sebelumnya.
    Untuk membatalkan: /gathering cancel { $id }
gathering-list-none = Tidak ada pertemuan yang akan datang.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = Tidak ada pertemuan { $id } yang bisa kamu kelola.
gathering-cancelled = { $id } (“{ $title }”) dibatalkan. Tidak akan ada lagi undangan atau pengingat untuknya.

gathering-report-heading = 📣 Pertemuan (diundang → bilang akan hadir)
gathering-report-line = { $title } · { $when }: { $invited } → { $yes }
gathering-report-audience =     { $audience }: { $invited } → { $yes }

wa-words-going = hadir, saya hadir, saya akan hadir, ikut
wa-words-notgoing = tidak hadir, tidak bisa hadir, nggak bisa datang
wa-words-gatherings = pertemuan, acara

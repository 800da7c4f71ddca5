# Perhimpunan secara langsung yang diumumkan kepada pengikut sesuatu isu: jemputan, jawapan, peringatan, arahan penganjur.

gathering-title = 📣 Perhimpunan secara langsung: { $title }
gathering-host-forum = Anjuran Forum
gathering-host-influencer = Anjuran { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes } minit
gathering-guests = 🎙 Bersama { $guests }
gathering-cause = 🎗 Untuk { $cause }
gathering-invite-line = Anda akan turut serta? Beritahu kami dan kami akan ingatkan anda sejam sebelumnya.
gathering-you-are-going = ✅ Anda telah menyatakan akan hadir. Kami akan ingatkan anda sejam sebelumnya.
gathering-button-going = ✋ Saya akan hadir
gathering-button-not-going = Saya tidak dapat hadir rupanya
gathering-hint = Balas *hadir* untuk menyatakan anda akan datang.
gathering-hint-going = Balas *tidak hadir* jika anda tidak dapat datang.

gathering-going-thanks = Jumpa di sana! Kami akan ingatkan anda sejam sebelumnya.
gathering-going-already = Anda sudah menyatakan akan hadir. 👍
gathering-not-going-done = Baik, nama anda telah dikeluarkan daripada senarai. Terima kasih kerana memaklumkan.
gathering-not-going-already = Anda memang tiada dalam senarai perhimpunan ini.
gathering-cancelled-notice = Perhimpunan ini telah dibatalkan.
gathering-over-notice = Perhimpunan ini sudah pun berlangsung.
gathering-not-invited = Jemputan ini untuk pengikut isu yang lain.
gathering-reminder = ⏰ Bermula sejam lagi: { $title }
gathering-cancelled-message = ❌ “{ $title }” ({ $when }) telah dibatalkan dan tidak akan diadakan. Terima kasih kerana menyatakan akan hadir.

gatherings-none = Tiada perhimpunan akan datang untuk isu-isu anda buat masa ini.
gatherings-intro = { $count } perhimpunan akan datang untuk isu-isu anda:
gatherings-intro-whatsapp = { $count } perhimpunan akan datang untuk isu-isu anda. Balas *hadir 1*, *hadir 2*… untuk menjawab salah satu.
gathering-pick-number = Yang mana satu? Hantar /going dengan nombornya dalam /gatherings (1 hingga { $count }), contohnya /going 1.
gathering-pick-number-whatsapp = Yang mana satu? Balas *hadir* dengan nombornya dalam senarai *perhimpunan* (1 hingga { $count }), contohnya *hadir 1*.

help-gatherings-hosts = Untuk perhimpunan secara langsung:
    /gathering — umumkan perhimpunan kepada pengikut sesuatu isu (/gathering help untuk contoh)
    /gathering list — yang akan datang · /gathering cancel <id>
    /gatherings — yang anda dijemput

gathering-hosts-only = Hanya penganjur forum dan pempengaruh boleh mengumumkan perhimpunan.
gathering-usage = Untuk mengumumkan perhimpunan secara langsung, hantar /gathering diikuti butirannya, satu setiap baris:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Asia/Kuala_Lumpur
    link: https://meet.example.org/live
    title: Malam bersama keluarga
    guests: Abu Ali, Dr. Amina Yusuf
    minutes: 90

    "starts" mengambil tarikh, masa dan zon waktu (atau masa ISO seperti 2026-12-05T18:00+08:00); setiap pengikut melihatnya dalam zon waktu sendiri. Pautan mesti bermula dengan https://. Tetamu dan tempoh adalah pilihan (60 minit jika tidak dinyatakan). Pempengaruh yang mempunyai beberapa audiens menambah "audience: <kod>".
gathering-invalid = Perhimpunan ini belum boleh diumumkan:
    { $errors }

    Hantar /gathering help untuk melihat contoh.
gathering-unknown-audience = Tiada pempengaruh dengan kod { $audience }.
gathering-which-audience = Untuk audiens anda yang mana? Tambah baris "audience: <kod>"; milik anda: { $codes }.
gathering-announced-forum = 📣 { $id } diumumkan: “{ $title }”, { $when }. Jemputan sedang dihantar kepada semua pengikut { $cause }; mereka yang menyatakan akan hadir menerima peringatan sejam sebelumnya.
    Untuk membatalkannya: /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } diumumkan: “{ $title }”, { $when }. Jemputan sedang dihantar kepada pengikut { $cause } dalam audiens { $audience }; mereka yang menyatakan akan hadir menerima peringatan sejam sebelumnya.
    Untuk membatalkannya: /gathering cancel { $id }
gathering-list-none = Tiada perhimpunan akan datang.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = Tiada perhimpunan { $id } yang boleh anda uruskan.
gathering-cancelled = { $id } (“{ $title }”) telah dibatalkan. Tiada lagi jemputan atau peringatan akan dihantar untuknya.

gathering-report-heading = 📣 Perhimpunan (dijemput → menyatakan akan hadir)
gathering-report-line = { $title } · { $when }: { $invited } → { $yes }
gathering-report-audience =     { $audience }: { $invited } → { $yes }

wa-words-going = hadir, saya hadir, saya akan hadir
wa-words-notgoing = tidak hadir, tak dapat hadir, tidak dapat hadir
wa-words-gatherings = perhimpunan, acara

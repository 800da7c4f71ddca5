# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = Perintah ini khusus untuk penyelenggara Forum.
org-plan-usage = Perintah rencana:
    /propose diikuti YAML rencana di baris berikutnya — ajukan rencana
    /validate diikuti YAML — periksa rencana tanpa menyimpannya
    /preview <plan-id> [language] — lihat persis seperti yang akan dilihat pengikut
    /approve <plan-id> — setujui rencana (perlu persetujuan { $required } penyelenggara)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — terbitkan sekarang atau pada waktu tertentu (UTC)
    /cancel <plan-id> — hentikan rencana
    /status [plan-id] — status rencana dan pengiriman
    /clitoken — token pribadi Anda untuk CLI rencana (npm run plan)
org-plan-invalid = Rencana itu punya masalah:
    { $errors }
org-plan-valid = ✅ Rencana “{ $id }” valid: { $tasks } tugas, bahasa: { $languages }.
org-plan-proposed = 📝 Rencana “{ $id }” telah diajukan. Rencana ini perlu { $required } persetujuan dari penyelenggara yang berbeda (/approve { $id }).
org-plan-locked = Rencana “{ $id }” sudah dikirim dan tidak bisa diubah lagi.
org-plan-busy = Penyelenggara lain sedang mengubah rencana “{ $id }”. Coba lagi sebentar lagi.
org-plan-revised = Rencana “{ $id }” diubah saat Anda menyetujuinya, jadi persetujuan Anda hanya berlaku untuk versi lama. Lihat versi barunya (/preview { $id }) lalu setujui lagi.
org-plan-unknown = Aku tidak mengenal rencana bernama “{ $id }”.
org-plan-approved = 👍 Disetujui. Rencana “{ $id }” sudah mendapat { $count } dari { $required } persetujuan.
org-plan-quorum = ✅ Rencana “{ $id }” sudah mendapat { $required } persetujuan dan siap diterbitkan (/publish { $id }).
org-plan-not-approved = Rencana “{ $id }” perlu { $required } persetujuan terlebih dahulu; saat ini baru ada { $count }.
org-plan-scheduled = ⏰ Rencana “{ $id }” akan diterbitkan pada { $at } (UTC).
org-plan-publishing = 🚀 Rencana “{ $id }” sedang dikirim. /status { $id } menampilkan perkembangannya.
org-plan-cancelled = 🛑 Rencana “{ $id }” dibatalkan. Tidak akan ada lagi yang menerimanya.
org-plan-bad-state = Rencana “{ $id }” berstatus { $status }; tindakan itu tidak bisa dilakukan sekarang.
org-plan-bad-time = Aku tidak bisa membaca waktu itu. Gunakan format YYYY-MM-DDTHH:MM dalam UTC, misalnya 2026-12-01T18:00.
org-status-line = { $id }: { $status } · persetujuan { $approvals }/{ $required } · terkirim { $sent }, tertunda { $pending }, gagal { $failed }, diblokir { $blocked }
org-status-none = Belum ada rencana.
org-preview-note = 👀 Pratinjau dalam { $language } — persis seperti yang akan dilihat pengikut:

org-clitoken = 🔑 Ini token pribadi Anda untuk CLI rencana. Token hanya ditampilkan kali ini; /clitoken yang baru akan menggantikannya.
    { $token }
    Cara memakainya: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    Rahasiakan: siapa pun yang memilikinya bisa menyetujui dan menerbitkan rencana atas nama Anda. Anda bisa menghapus pesan ini sekarang.
org-withdraw-usage = Cara pakai: /withdraw <id rencana> <nomor tugas>, mis. /withdraw rencana-saya 2. Langsung berlaku, tanpa persetujuan.
org-withdraw-no-task = Rencana “{ $id }” punya tugas 1 sampai { $total }.
org-withdraw-already = Tugas { $task } dari “{ $id }” sudah ditarik.
org-withdraw-done = Tugas { $task } dari “{ $id }” ditarik: tombolnya kini menyatakan itu, pengingat melewatinya, dan laporan tidak lagi menghitungnya.
org-close-usage = Cara pakai: /close <id rencana>. Rencana berakhir sekarang: pengingat berhenti dan daftar tugasnya menyatakan rencana sudah berakhir.
org-close-not-open = “{ $id }” tidak sedang terbuka ({ $status }), jadi tidak ada yang perlu ditutup.
org-close-done = “{ $id }” ditutup: pengingat berhenti dan daftar tugasnya kini menyatakan rencana sudah berakhir.
help-organiser-life = Setelah rencana terbit:
    /withdraw <rencana> <tugas> — tarik tugas seketika (tautan salah, tiruan penipuan)
    /close <rencana> — akhiri rencana sekarang, sebelum tanggal berakhirnya

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 Siaran “{ $id }”
bcast-watch-figures = Terkirim { $sent } · tertunda { $pending } · gagal { $failed } · diblokir { $blocked }
bcast-watch-rate = { $rate } per detik · sekitar { $left } lagi
bcast-watch-rate-unknown = Sedang mengukur kecepatan…
bcast-watch-done = ✅ Selesai dalam { $took }. Inilah angka akhirnya.

# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = Arahan ini hanya untuk penganjur Forum.
org-plan-usage = Arahan pelan:
    /propose diikuti YAML pelan pada baris seterusnya — cadangkan pelan
    /validate diikuti YAML — semak pelan tanpa menyimpannya
    /preview <plan-id> [language] — lihat sama seperti yang akan dilihat oleh pengikut
    /approve <plan-id> — luluskan pelan ({ $required } penganjur mesti meluluskannya)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — terbitkan sekarang atau pada masa tertentu (UTC)
    /cancel <plan-id> — hentikan pelan
    /status [plan-id] — status pelan dan penghantaran
    /clitoken — token peribadi anda untuk CLI pelan (npm run plan)
org-plan-invalid = Pelan itu ada masalah:
    { $errors }
org-plan-valid = ✅ Pelan “{ $id }” sah: { $tasks } tugasan, bahasa: { $languages }.
org-plan-proposed = 📝 Pelan “{ $id }” telah dicadangkan. Ia memerlukan { $required } kelulusan daripada penganjur yang berbeza (/approve { $id }).
org-plan-locked = Pelan “{ $id }” sudah pun dihantar dan tidak boleh diubah.
org-plan-busy = Penganjur lain sedang mengubah pelan “{ $id }” sekarang. Cuba lagi sebentar lagi.
org-plan-revised = Pelan “{ $id }” telah diubah semasa anda meluluskannya, jadi kelulusan anda hanya dikira untuk versi lama. Lihat versi baharu (/preview { $id }) dan luluskannya semula.
org-plan-unknown = Saya tidak tahu pelan bernama “{ $id }”.
org-plan-approved = 👍 Diluluskan. Pelan “{ $id }” kini mempunyai { $count } daripada { $required } kelulusan.
org-plan-quorum = ✅ Pelan “{ $id }” telah mendapat { $required } kelulusan dan boleh diterbitkan (/publish { $id }).
org-plan-not-approved = Pelan “{ $id }” memerlukan { $required } kelulusan terlebih dahulu; buat masa ini ia ada { $count }.
org-plan-scheduled = ⏰ Pelan “{ $id }” akan diterbitkan pada { $at } (UTC).
org-plan-publishing = 🚀 Pelan “{ $id }” sedang dihantar sekarang. /status { $id } menunjukkan kemajuannya.
org-plan-cancelled = 🛑 Pelan “{ $id }” telah dibatalkan. Tiada sesiapa lagi akan menerimanya.
org-plan-bad-state = Pelan “{ $id }” berstatus { $status }; perkara itu tidak boleh dilakukan sekarang.
org-plan-bad-time = Saya tidak dapat membaca masa itu. Gunakan format YYYY-MM-DDTHH:MM dalam UTC, contohnya 2026-12-01T18:00.
org-status-line = { $id }: { $status } · kelulusan { $approvals }/{ $required } · dihantar { $sent }, menunggu { $pending }, gagal { $failed }, disekat { $blocked }
org-status-none = Belum ada pelan lagi.
org-preview-note = 👀 Pratonton dalam { $language } — sama seperti yang akan dilihat oleh pengikut:

org-clitoken = 🔑 Ini token peribadi anda untuk CLI pelan. Ia hanya dipaparkan sekali ini; /clitoken yang baharu akan menggantikannya.
    { $token }
    Gunakannya begini: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    Rahsiakannya: sesiapa yang memilikinya boleh meluluskan dan menerbitkan pelan atas nama anda. Anda boleh memadam mesej ini sekarang.
org-withdraw-usage = Cara guna: /withdraw <id pelan> <nombor tugasan>, cth. /withdraw pelan-saya 2. Berkuat kuasa serta-merta, tanpa kelulusan.
org-withdraw-no-task = Pelan “{ $id }” mempunyai tugasan 1 hingga { $total }.
org-withdraw-already = Tugasan { $task } bagi “{ $id }” sudah ditarik balik.
org-withdraw-done = Tugasan { $task } bagi “{ $id }” ditarik balik: butangnya kini menyatakannya, peringatan melangkauinya dan laporan tidak lagi mengiranya.
org-close-usage = Cara guna: /close <id pelan>. Pelan tamat sekarang: peringatan berhenti dan senarai tugasannya menyatakan ia telah tamat.
org-close-not-open = “{ $id }” tidak terbuka ({ $status }), jadi tiada apa-apa untuk ditutup.
org-close-done = “{ $id }” ditutup: peringatan telah berhenti dan senarai tugasannya kini menyatakan ia telah tamat.
help-organiser-life = Selepas pelan diterbitkan:
    /withdraw <pelan> <tugasan> — tarik balik tugasan serta-merta (pautan salah, tiruan penipuan)
    /close <pelan> — tamatkan pelan sekarang, sebelum tarikh tamatnya

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 Siaran “{ $id }”
bcast-watch-figures = Dihantar { $sent } · menunggu { $pending } · gagal { $failed } · disekat { $blocked }
bcast-watch-rate = { $rate } sesaat · lebih kurang { $left } lagi
bcast-watch-rate-unknown = Sedang mengukur kelajuan…
bcast-watch-done = ✅ Selesai dalam { $took }. Inilah angka akhirnya.
